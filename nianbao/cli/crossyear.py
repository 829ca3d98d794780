"""``nianbao crossyear``: one agency's consecutive reports checked against each other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

from nianbao.analysis.crossyear import cross_year
from nianbao.analysis.reuse import text_reuse, top_reusers
from nianbao.batch.inputs import discover
from nianbao.core.record import Record
from nianbao.core.serialize import read_jsonl
from nianbao.pipeline import extract


def crossyear(
    paths: list[Path] = typer.Argument(..., help="JSONL files of records from `nianbao extract`, or report files/folders."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the agencies and checks as JSON here."),
) -> None:
    """Check one agency's consecutive years: S1 结转 → 上年结转, S2 现行有效 carried forward; and the share of
    each section's text reused from the year before."""
    def records() -> Iterator[Record]:
        for path in paths:
            if path.suffix == ".jsonl":
                yield from read_jsonl(path)
            else:
                yield from (extract(f) for f in discover([path]))

    loaded = list(records())
    result = cross_year(loaded)
    reuse = text_reuse(loaded)
    if json_out:
        data = result.to_dict() | {"reuse": [r.row() for r in reuse]}
        json_out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    console = Console()
    agencies = RichTable(title=f"nianbao crossyear — {len(result.agencies)} agencies")
    agencies.add_column("agency")
    agencies.add_column("reports by year")
    for name, years in result.agencies.items():
        agencies.add_row(name, ", ".join(f"{y}: {doc}" for y, doc in years.items()))
    console.print(agencies)
    style = {"pass": "green", "fail": "bold red", "skipped": "yellow"}
    for check in result.checks:
        console.print(f"[{style[check.status.value]}]{check.status.value:7}[/] {check.rule} {check.scope}  {check.message}")
    if not result.checks:
        console.print("no agency has reports for two consecutive years")
    if reuse:
        table = RichTable(title="text reused from the year before (share of each section's characters)")
        for column in ("agency", "years", "section", "sentences", "reused", "share"):
            table.add_column(column, justify="right" if column in ("sentences", "reused", "share") else "left")
        for r in reuse:
            table.add_row(r.agency, f"{r.previous_year}→{r.year}", r.section, str(r.sentences), str(r.reused_sentences),
                          f"{r.share:.0%}", style="bold" if r.section == "all" else "")
        console.print(table)
        for agency, share, pairs in top_reusers(reuse, 5):
            console.print(f"reuses most: {agency}  {share:.0%} of its text over {pairs} year pair(s)")
    for note in result.notes:
        console.print(f"[yellow]{note}")
