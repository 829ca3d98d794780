"""``nianbao codebook``: every canonical id with its Chinese label."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from nianbao.core import codebook

err = Console(stderr=True)


def export(
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
