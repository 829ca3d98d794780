"""``nianbao gold check``: validate gold annotations."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

err = Console(stderr=True)
gold_app = typer.Typer(help="Gold annotations: validate them.", no_args_is_help=True)


@gold_app.command("check")
def gold_check(
    directory: Path = typer.Argument(Path("corpus/gold"), help="Folder of gold JSON files."),
) -> None:
    """Validate every gold file: the JSON schema (corpus/gold.schema.json) and the semantic checks."""
    try:
        from nianbao.evaluation.gold_check import check_dir

        files, problems = check_dir(directory)
    except ModuleNotFoundError as exc:
        err.print(f"[red]{exc.name} is missing: pip install 'nianbao[eval]'")
        raise typer.Exit(2) from exc
    for line in problems:
        typer.echo(line)
    err.print(f"{files} gold files, {len(problems)} problems")
    if problems or not files:
        raise typer.Exit(1)
