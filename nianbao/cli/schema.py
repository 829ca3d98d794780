"""``nianbao schema``: the record's JSON Schema, generated from the record types."""

from __future__ import annotations

import json
import sys

import typer

from nianbao.core.serialize import record_schema


def schema(
    compact: bool = typer.Option(False, "--compact", help="The schema of compact records: the same types with "
                                 "fewer fields filled, so the same schema (printed for scripts that ask)."),
) -> None:
    """Print the JSON Schema every record (full or compact) validates against."""
    # A compact record leaves out optional fields only, so one schema covers both forms.
    sys.stdout.write(json.dumps(record_schema(), ensure_ascii=False, indent=1) + "\n")
