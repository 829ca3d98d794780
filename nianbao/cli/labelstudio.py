"""``nianbao labelstudio export/import``: the Label Studio round-trip, tasks out and annotations back into gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from nianbao.core.serialize import read_jsonl
from nianbao.core.gold import GoldError, load_gold
from nianbao.evaluation.labelstudio import export_tasks, import_annotations, labeling_config, merge_into_gold

err = Console(stderr=True)
labelstudio_app = typer.Typer(help="Label Studio round-trip: tasks out, annotations back into gold.", no_args_is_help=True)


@labelstudio_app.command("export")
def labelstudio_export(
    records: Path = typer.Argument(..., help="JSONL of records from `nianbao extract`."),
    output: Path = typer.Option(..., "-o", "--output", help="Label Studio tasks JSON to write."),
    config: Optional[Path] = typer.Option(None, "--config", help="Also write the labeling config XML here."),
    gold: Optional[Path] = typer.Option(
        None, "--gold", help="Gold folder: its labels and figures become annotations."
    ),
    model_version: str = typer.Option("nianbao", help="model_version of the pre-annotations."),
) -> None:
    """One task per paragraph, nianbao's labels and figures as pre-annotations."""
    try:
        annotations = load_gold(gold) if gold else None
    except GoldError as exc:  # a bad gold file: its name and field, not a traceback
        typer.echo(f"{exc} (nianbao gold check {gold} lists every problem)", err=True)
        raise typer.Exit(1) from exc
    tasks = export_tasks(read_jsonl(records), annotations, model_version)
    output.write_text(json.dumps(tasks, ensure_ascii=False, indent=1), encoding="utf-8")
    if config:
        config.write_text(labeling_config(), encoding="utf-8")
    err.print(f"{len(tasks)} tasks written to {output}")


@labelstudio_app.command("import")
def labelstudio_import(
    export: Path = typer.Argument(..., help="A Label Studio JSON export of the annotated tasks."),
    gold: Path = typer.Option(
        ..., "--gold", help="Gold folder to write into (paragraphs and figures are replaced)."
    ),
) -> None:
    """Write the annotations' paragraph labels and figures into the gold files."""
    gold.mkdir(parents=True, exist_ok=True)
    try:
        written = merge_into_gold(import_annotations(json.loads(export.read_text(encoding="utf-8"))), gold)
    except GoldError as exc:  # the gold file or an annotation does not fit the gold types: nothing more written
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    err.print(f"{len(written)} gold files written in {gold}")
