"""The ``nianbao panel`` and ``nianbao query`` commands: build a run's tidy tables, ask them SQL.

pyarrow and duckdb are imported inside the commands, so ``nianbao --help`` and the other commands
start without them.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table as RichTable

err = Console(stderr=True)


def panel(
    records: list[Path] = typer.Argument(..., help="JSONL files of records (from `nianbao extract -o` or a batch run)."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder to write the tables to (created if absent)."),
    csv_too: bool = typer.Option(False, "--csv", help="Also write csv/<table>.csv (UTF-8 with BOM, for Excel)."),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-j", help="Processes building the rows "
                                "(default: the cores); the tables are the same whatever the number."),
) -> None:
    """Build the tidy panel from records: Parquet tables, nianbao.duckdb, and CSV on request."""
    from nianbao.outputs.panel import write_tables

    missing = [str(p) for p in records if not p.is_file()]
    if missing:
        err.print(f"[red]no such file: {', '.join(missing)}")
        raise typer.Exit(2)
    try:
        counts = write_tables(records, output, csv=csv_too, workers=workers)
    except ValueError as exc:  # a line that is no JSON record
        err.print(f"[red]{exc}")
        raise typer.Exit(1) from exc
    counts["reuse"] = write_reuse(records, output)
    err.print(", ".join(f"{n} {name}" for name, n in counts.items()) + f" → {output}/"
              + " (*.parquet, nianbao.duckdb" + (", csv/" if csv_too else "") + ")")


_REUSE_KEYS = ("doc_id", "status", "source", "metadata", "sections", "paragraphs")


def write_reuse(records: list[Path], output: Path) -> int:
    """The ``reuse`` table of a run (text reused from the agency's report of the year before), computed by
    ``nianbao.analysis.reuse`` and written beside the panel; returns its rows."""
    from nianbao.analysis.reuse import text_reuse
    from nianbao.outputs.derived import write_derived

    def slim() -> Any:  # what reuse reads of each record: not the cells and checks that make up most of it
        for path in records:
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        record = json.loads(line)
                    except ValueError:
                        continue
                    yield {k: record.get(k) for k in _REUSE_KEYS} | {
                        "paragraphs": [{"section": p.get("section"), "text": p.get("text")}
                                       for p in record.get("paragraphs") or []]}

    rows = [r.row() for r in text_reuse(slim())]
    write_derived(output, "reuse", rows)
    return len(rows)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # counts are stored as float64 (a column holds 2.5 万元 too): show 12, not 12.0
    return str(value)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)  # dates, decimals


def query(
    sql: str = typer.Argument(..., help="A DuckDB SELECT over the tables reports, cells, paragraphs, figures, "
                              "checks, codebook and the views report_cells, report_checks."),
    run: Path = typer.Option(Path("."), "--run", help="The run's output folder (nianbao.duckdb or the *.parquet files)."),
    as_csv: bool = typer.Option(False, "--csv", help="Print CSV instead of a table."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines (one object per row) instead of a table."),
    limit: int = typer.Option(100, "--max-rows", help="Rows to draw in the table view (CSV and JSON print all)."),
) -> None:
    """Run SQL with DuckDB over a run's tidy tables (read-only) and print the result."""
    import duckdb

    from nianbao.outputs.store import NoRunError, connect_run

    try:
        con = connect_run(run)
    except NoRunError as exc:
        err.print(f"[red]{exc}")
        raise typer.Exit(2) from exc
    try:
        result = con.execute(sql)
        columns = [d[0] for d in result.description or []]
        if as_csv or as_json:
            writer = csv.writer(sys.stdout, lineterminator="\n") if as_csv else None
            if writer:
                writer.writerow(columns)
            while batch := result.fetchmany(10_000):
                for row in batch:
                    if writer:
                        writer.writerow([_cell(v) for v in row])
                    else:
                        sys.stdout.write(json.dumps(dict(zip(columns, map(_jsonable, row))), ensure_ascii=False) + "\n")
            return
        rows = result.fetchmany(limit + 1)
    except duckdb.Error as exc:
        err.print(f"[red]{type(exc).__name__}: {exc}")
        raise typer.Exit(1) from exc
    finally:
        con.close()
    table = RichTable(*columns, caption=f"first {limit} rows" if len(rows) > limit else None)
    for row in rows[:limit]:
        table.add_row(*(_cell(v) for v in row))
    Console().print(table)
