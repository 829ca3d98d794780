"""``nianbao gold check`` / ``nianbao gold schema``: validate gold annotations, print their JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console

err = Console(stderr=True)
gold_app = typer.Typer(help="Gold annotations: validate them, print their schema.", no_args_is_help=True)


@gold_app.command("check")
def gold_check(
    directory: Path = typer.Argument(Path("corpus/gold"), help="Folder of gold JSON files."),
) -> None:
    """Validate every gold file: its types (the path of each bad field) and the semantic checks."""
    from nianbao.evaluation.gold_check import check_dir

    if not directory.is_dir():
        err.print(f"[red]{directory} is not a folder")
        raise typer.Exit(2)
    files, problems = check_dir(directory)
    for line in problems:
        typer.echo(line)
    err.print(f"{files} gold files, {len(problems)} problems")
    if problems or not files:
        raise typer.Exit(1)


@gold_app.command("schema")
def gold_schema() -> None:
    """Print the JSON Schema of a gold file, derived from the gold types (enums from the codebook)."""
    from nianbao.core.gold import schema

    typer.echo(json.dumps(schema(), ensure_ascii=False, indent=1))
