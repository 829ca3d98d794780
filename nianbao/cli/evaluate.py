"""``nianbao evaluate``: score records (nianbao's or any tool's) against gold, with the misses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

from nianbao.classification.report import render_scores
from nianbao.evaluation.evaluate import evaluate as score
from nianbao.core.gold import GoldError, load_gold
from nianbao.evaluation.figures import FigureEvaluation
from nianbao.core.serialize import read_jsonl


def _print_figure_scores(figures: FigureEvaluation, console: Console, misses: int) -> None:
    """Precision, recall and F1 per figure id, and the figure misses."""
    if not figures.documents:
        return
    table = RichTable(title=f"figures — {figures.documents} documents with gold figures")
    for column in ("figure id", "tp", "fp", "fn", "P", "R", "F1"):
        table.add_column(column, justify="left" if column == "figure id" else "right", no_wrap=True)
    num = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    rows = [(k, s) for k, s in sorted(figures.scores.items()) if k in figures.annotated]
    for name, sc in rows + [("all", figures.overall)]:
        table.add_row(name, str(sc.tp), str(sc.fp), str(sc.fn), num(sc.precision), num(sc.recall), num(sc.f1))
    Console(width=max(console.width, 96), file=console.file).print(table)  # figure ids are long: never cut them
    extra = {k: s.fp for k, s in sorted(figures.scores.items()) if k not in figures.annotated}
    if extra:
        console.print("not annotated in gold (not scored): " + ", ".join(f"{k} ×{n}" for k, n in extra.items()))
    for miss in figures.scored_misses[:misses]:
        f = miss.figure
        console.print(f"[red]{miss.kind}[/] {miss.doc_id} {f['id']} = {f['value']}"
                      + (f" ({f['qualifier']})" if f.get("qualifier") else ""))


def evaluate(
    records: Path = typer.Argument(..., help="JSONL of records to score."),
    gold: Path = typer.Option(Path("corpus/gold"), "--gold", help="Folder of gold JSON files."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the metrics as JSON here."),
    markdown_out: Optional[Path] = typer.Option(None, "--markdown", help="Also write a Markdown summary here."),
    html_out: Optional[Path] = typer.Option(None, "--html", help="Also write an HTML report with plots here."),
    misses: int = typer.Option(30, help="How many misses to print."),
) -> None:
    """Score records (nianbao's or any tool's record JSON) against gold: cells, identity breaks,
    metadata, status, paragraph labels, figures, and the misses."""
    try:
        annotations = load_gold(gold)
    except GoldError as exc:  # a bad gold file: its name and field, not a traceback
        typer.echo(f"{exc} (nianbao gold check {gold} lists every problem)", err=True)
        raise typer.Exit(1) from exc
    result = score(annotations, read_jsonl(records))
    data = result.to_dict()
    if json_out:
        json_out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    if markdown_out:
        from nianbao.evaluation.markdown import markdown_summary

        markdown_out.write_text(markdown_summary(data), encoding="utf-8")
    if html_out:
        from nianbao.evaluation.html import html_report

        html_out.write_text(html_report(data), encoding="utf-8")
    console = Console()
    table = RichTable(title=f"nianbao evaluate — {result.documents} documents")
    for column in ("what", "correct", "total", "accuracy"):
        table.add_column(column, justify="left" if column == "what" else "right")
    for group in ("cells", "metadata"):
        for name, s in data[group].items():
            acc = "-" if s["accuracy"] is None else f"{s['accuracy']:.3f}"
            table.add_row(f"{group}: {name}", str(s["correct"]), str(s["total"]), acc)
    for name, s in data["cells_by_format"].items():
        table.add_row(f"cells: format {name}", str(s["correct"]), str(s["total"]), f"{s['accuracy']:.3f}")
    c = data["checks"]
    if c["documents"]:
        table.add_row("identity breaks: exact per document", str(c["exact"]), str(c["documents"]), f"{c['exact_rate']:.3f}")
    s = data["status"]
    table.add_row("status: report or not", str(s["correct"]), str(s["total"]), "-" if s["accuracy"] is None else f"{s['accuracy']:.3f}")
    console.print(table)
    _print_figure_scores(result.figures, console, misses)
    for miss in result.misses[:misses]:
        console.print(f"[red]miss[/] {miss.doc_id} {miss.item}: gold {miss.gold!r} · predicted {miss.predicted!r}")
    if len(result.misses) > misses:
        console.print(f"… {len(result.misses) - misses} more misses")
    if result.unscored:
        console.print(f"[yellow]{len(result.unscored)} gold documents had no record: {', '.join(result.unscored)}")
    if data["paragraphs"] is not None:
        render_scores(console, data["paragraphs"], "paragraph labels")
