"""The ``nianbao`` command: extract, show, evaluate, crossyear, codebook."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table as RichTable

from classification import commands
from nianbao import codebook
from nianbao.evaluate import evaluate as score
from nianbao.evaluate import load_gold
from nianbao.evaluate_figures import FigureEvaluation
from nianbao.pipeline import extract as extract_one
from nianbao.record import Record
from nianbao.render import render
from nianbao.serialize import dumps, read_jsonl, write_jsonl, write_records
from nianbao.synth import commands as synth_commands

app = typer.Typer(help="Read Chinese government information-disclosure annual reports into structured records.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)


def input_files(paths: list[Path]) -> list[Path]:
    """Files named, and the supported files under folders named, in a stable order."""
    from extraction.readers import supported_suffixes

    suffixes = supported_suffixes()
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes))
        else:
            out.append(path)
    return out


_TABLES_HELP = ("PDF table extractors, comma-separated, e.g. 'geometry,camelot': each page's candidates "
                "are aligned and the best reading kept (geometry, camelot, camelot-raster).")


def reader_options(tables: str | None, ocr: bool) -> dict:
    """Per-reader options from the command line."""
    pdf: dict = {"use_ocr": ocr}
    if tables:
        pdf["tables"] = [name.strip() for name in tables.split(",") if name.strip()]
    return {"pdf": pdf}


@app.command()
def extract(
    paths: list[Path] = typer.Argument(..., help="Report files or folders of them (txt, md, html, docx, pdf)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSONL file to write (default: standard output)."),
    reader: Optional[str] = typer.Option(None, help="Force a reader by name (text, markdown, html, docx, pdf)."),
    tables: Optional[str] = typer.Option(None, "--tables", help=_TABLES_HELP),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="OCR PDF pages that have no text layer (needs nianbao[ocr])."),
) -> None:
    """Extract one record per report into JSONL."""
    files = input_files(paths)
    options = reader_options(tables, ocr)
    statuses: Counter[str] = Counter()
    progress = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        TextColumn("{task.fields[name]}"), console=err, disable=not err.is_terminal)

    def records() -> Iterator[Record]:
        task = progress.add_task("extract", total=len(files), name="")
        for path in files:
            progress.update(task, name=path.name[:40])
            record = extract_one(path, reader, options)
            statuses[record.status.value] += 1
            progress.advance(task)
            yield record

    with progress:
        if output is None:
            write_records(records(), sys.stdout)
        else:
            write_jsonl(records(), output)
    summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items()))
    err.print(f"{len(files)} inputs → {sum(statuses.values())} records ({summary or 'none'})"
              + (f"; written to {output}" if output else ""))


@app.command()
def show(
    file: Path = typer.Argument(..., help="A report file, or a JSONL of records from `nianbao extract`."),
    as_json: bool = typer.Option(False, "--json", help="Print the record as JSON instead of drawing it."),
    overlay: Optional[Path] = typer.Option(None, "--overlay", help="PDF only: also write a PNG of the table pages "
                                           "with every detected cell boxed and its value written in."),
    tables: Optional[str] = typer.Option(None, "--tables", help=_TABLES_HELP),
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
    misses: int = typer.Option(30, help="How many misses to print."),
) -> None:
    """Score records against gold: cell exact match per table, metadata per field, and the misses."""
    result = score(load_gold(gold), read_jsonl(records))
    data = result.to_dict()
    if json_out:
        json_out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    console = Console()
    table = RichTable(title=f"nianbao evaluate — {result.documents} documents")
    for column in ("what", "correct", "total", "accuracy"):
        table.add_column(column, justify="left" if column == "what" else "right")
    for group in ("cells", "metadata"):
        for name, s in data[group].items():
            acc = "-" if s["accuracy"] is None else f"{s['accuracy']:.3f}"
            table.add_row(f"{group}: {name}", str(s["correct"]), str(s["total"]), acc)
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
    if "paragraphs" in data:
        from classification.report import render_scores

        render_scores(console, data["paragraphs"], "paragraph labels")


app.command()(commands.tag)
app.command()(commands.train)
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
                yield from (extract_one(f) for f in input_files([path]))

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
