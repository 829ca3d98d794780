"""The ``nianbao`` command: extract, show, evaluate, crossyear, codebook, panel, query."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

from classification import commands
from nianbao import codebook, output_commands
from nianbao.batch import command as batch_command
from nianbao.batch.command import TABLES_HELP, reader_options
from nianbao.batch.inputs import discover
from nianbao.evaluate import evaluate as score
from nianbao.evaluate import load_gold
from nianbao.evaluate_figures import FigureEvaluation
from nianbao.evaluation import commands as evaluation_commands
from nianbao.pipeline import extract as extract_one
from nianbao.record import Record
from nianbao.render import render
from nianbao.serialize import dumps, read_jsonl
from nianbao.synth import commands as synth_commands

app = typer.Typer(help="Read Chinese government information-disclosure annual reports into structured records.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)


app.command()(batch_command.extract)


@app.command()
def show(
    file: Path = typer.Argument(..., help="A report file, or a JSONL of records from `nianbao extract`."),
    as_json: bool = typer.Option(False, "--json", help="Print the record as JSON instead of drawing it."),
    overlay: Optional[Path] = typer.Option(None, "--overlay", help="PDF only: also write a PNG of the table pages "
                                           "with every detected cell boxed and its value written in."),
    tables: Optional[str] = typer.Option(None, "--tables", help=TABLES_HELP),
) -> None:
    """Draw a report's metadata, tables 二 三 四 and checks in the terminal."""
    if not file.exists():
        err.print(f"[red]no such file: {file}")
        raise typer.Exit(2)
    records = list(read_jsonl(file)) if file.suffix == ".jsonl" else [extract_one(file, None, reader_options(tables, True))]
    if overlay is not None:
        from nianbao.overlay import draw_overlay

        if file.suffix.lower() != ".pdf":
            err.print("[red]--overlay draws on the pages of a PDF: give a .pdf file")
            raise typer.Exit(2)
        try:
            drawn = draw_overlay(records[0], file, overlay)
        except ValueError as exc:
            err.print(f"[red]{exc}")
            raise typer.Exit(1) from exc
        err.print(f"{drawn} cells drawn on {overlay}")
    console = Console()
    for record in records:
        if as_json:
            console.print_json(dumps(record))
        else:
            render(record, console)


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


@app.command()
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
    result = score(load_gold(gold), read_jsonl(records))
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
        from classification.report import render_scores

        render_scores(console, data["paragraphs"], "paragraph labels")


app.command()(commands.tag)
app.command()(commands.train)
app.command()(output_commands.panel)
app.command()(output_commands.query)
app.add_typer(evaluation_commands.gold_app, name="gold")
app.add_typer(evaluation_commands.labelstudio_app, name="labelstudio")
app.command()(synth_commands.synth)


@app.command()
def crossyear(
    paths: list[Path] = typer.Argument(..., help="JSONL files of records from `nianbao extract`, or report files/folders."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the agencies and checks as JSON here."),
) -> None:
    """Check one agency's consecutive years: S1 结转 → 上年结转, S2 现行有效 carried forward."""
    from nianbao.crossyear import cross_year

    def records() -> Iterator[Record]:
        for path in paths:
            if path.suffix == ".jsonl":
                yield from read_jsonl(path)
            else:
                yield from (extract_one(f) for f in discover([path]))

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


@app.command("codebook")
def codebook_cmd(
    fmt: str = typer.Option("csv", "--format", help="csv or json."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: standard output)."),
) -> None:
    """Export every canonical id with its Chinese label."""
    if fmt not in ("csv", "json"):
        err.print("[red]--format must be csv or json")
        raise typer.Exit(2)
    text = codebook.export(fmt)  # type: ignore[arg-type]
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    app()
