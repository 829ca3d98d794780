"""``nianbao show``: one report (or records) drawn in the terminal, and a PDF's cells boxed on its pages."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from nianbao.cli.extract import TABLES_HELP, extract_config
from nianbao.core.serialize import dumps, read_jsonl
from nianbao.outputs.overlay import draw_overlay
from nianbao.outputs.render import render
from nianbao.pipeline import extract

err = Console(stderr=True)


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
    records = list(read_jsonl(file)) if file.suffix == ".jsonl" else [extract(file, extract_config(tables=tables))]
    if overlay is not None:
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
