"""The run's DuckDB database (the tidy tables in one file) and opening a run for queries.

``write_duckdb`` loads the Parquet tables into ``nianbao.duckdb`` with every column's description as a
comment; ``connect_run`` opens that database read-only or, where a run has only Parquet files, puts
views over them, so ``nianbao query`` answers the same SQL either way.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from nianbao.outputs.columns import DERIVED, DESCRIPTIONS, TABLES

if TYPE_CHECKING:
    import duckdb

DATABASE = "nianbao.duckdb"

# Joins researchers write in nearly every query, kept as views so a question is one SELECT.
VIEWS: dict[str, tuple[tuple[str, ...], str]] = {
    # Every cell with its report's agency, year, place and format: the panel in long form.
    "report_cells": (("reports", "cells"), """
        SELECT r.path, r.agency, r.year, r.format_version, r.admin_level, r.region, r.status, c.*
        FROM reports r JOIN cells c USING (sha256)"""),
    # Checks with the report they belong to, for "which agencies' tables do not add up".
    "report_checks": (("reports", "checks"), """
        SELECT r.path, r.agency, r.year, r.format_version, k.*
        FROM reports r JOIN checks k USING (sha256)"""),
}


class NoRunError(FileNotFoundError):
    """The folder holds neither a nianbao database nor the Parquet tables."""


def temporary(final: Path) -> Path:
    """A fresh name beside ``final`` to write to before renaming onto it (same folder: the rename is atomic).

    Not ``mkstemp``: its files are private (0600), and the tables are for sharing, so the writer
    creates the file with the user's usual permissions.
    """
    return final.with_name(f".{final.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_duckdb(out_dir: Path) -> Path:
    """Build ``out_dir/nianbao.duckdb`` from the Parquet tables under a temporary name, then rename it."""
    import duckdb

    out_dir = Path(out_dir)
    final = out_dir / DATABASE
    tmp = temporary(final)
    try:
        con = duckdb.connect(str(tmp))
        try:
            # DuckDB's buffer pool defaults to 80% of RAM and grew with the run (600 MB loading 5.5 M rows);
            # capped, it evicts to the database file and the load stays bounded, ~30% slower. And no
            # progress bar: this runs at the end of a batch run, whose console is the runner's.
            con.execute("SET memory_limit = '512MB'")
            try:
                con.execute("SET enable_progress_bar = false")
            except duckdb.Error:
                pass  # under Jupyter without ipywidgets DuckDB refuses to touch the setting: no bar there anyway
            for name, columns in TABLES.items():
                parquet = _quote(str((out_dir / f"{name}.parquet").resolve()))
                con.execute(f"CREATE TABLE {name} AS SELECT * FROM read_parquet({parquet})")
                con.execute(f"COMMENT ON TABLE {name} IS {_quote(DESCRIPTIONS[name])}")
                for column, _, doc in columns:
                    con.execute(f'COMMENT ON COLUMN {name}."{column}" IS {_quote(doc)}')
            for name, (_, sql) in VIEWS.items():
                con.execute(f"CREATE VIEW {name} AS {sql}")
            con.execute("CHECKPOINT")  # everything in the file itself, no write-ahead log left beside it
        finally:
            con.close()
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)
        raise
    return final


def connect_run(run: Path) -> "duckdb.DuckDBPyConnection":
    """A DuckDB connection over a run's outputs: its database read-only, else views over its Parquet files."""
    import duckdb

    run = Path(run)
    database = run / DATABASE
    if database.is_file():
        con = duckdb.connect(str(database), read_only=True)
        con.execute("SET enable_progress_bar = false")  # output goes to stdout, maybe into a pipe
        return con
    present = [name for name in (*TABLES, *DERIVED) if (run / f"{name}.parquet").is_file()]
    if not present:
        raise NoRunError(f"no nianbao run in {run}: neither {DATABASE} nor any of "
                         f"{', '.join(n + '.parquet' for n in TABLES)} is there "
                         "(build them with `nianbao panel RECORDS.jsonl -o DIR`)")
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    for name in present:
        parquet = _quote(str((run / f"{name}.parquet").resolve()))
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({parquet})")
    for name, (needs, sql) in VIEWS.items():
        if set(needs) <= set(present):
            con.execute(f"CREATE VIEW {name} AS {sql}")
    return con
