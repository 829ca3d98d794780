"""``nianbao crossyear``: one agency's consecutive reports checked against each other."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

from nianbao.analysis.crossyear import cross_year
from nianbao.batch.inputs import discover
from nianbao.core.record import Record
from nianbao.core.serialize import read_jsonl
from nianbao.pipeline import extract


def crossyear(
    paths: list[Path] = typer.Argument(..., help="JSONL files of records from `nianbao extract`, or report files/folders."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the agencies and checks as JSON here."),
) -> None:
    """Check one agency's consecutive years: S1 结转 → 上年结转, S2 现行有效 carried forward."""
    def records() -> Iterator[Record]:
        for path in paths:
            if path.suffix == ".jsonl":
                yield from read_jsonl(path)
            else:
                yield from (extract(f) for f in discover([path]))

    result = cross_year(records())
    if json_out:
        json_out.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
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
    for note in result.notes:
        console.print(f"[yellow]{note}")
