"""``nianbao codebook``: every canonical id with its Chinese label."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from nianbao.core import codebook
from nianbao.core.problems import rows as problem_rows

err = Console(stderr=True)


def export(
    fmt: str = typer.Option("csv", "--format", help="csv or json."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (default: standard output)."),
    problems: bool = typer.Option(False, "--problems", help="Only the problem codes of records' errors and warnings "
                                  "(code, kind, meaning)."),
) -> None:
    """Export every canonical id with its Chinese label (and every problem code, kind 'problem')."""
    if fmt not in ("csv", "json"):
        err.print("[red]--format must be csv or json")
        raise typer.Exit(2)
    text = _problems(fmt) if problems else codebook.export(fmt)  # type: ignore[arg-type]
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def _problems(fmt: str) -> str:
    data = problem_rows()
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=("code", "kind", "meaning"), lineterminator="\n")
    writer.writeheader()
    writer.writerows(data)
    return buf.getvalue()
