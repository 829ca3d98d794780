"""Tables an analysis adds to a run after its panel is written (reuse, themes): Parquet and a DuckDB view.

The panel's own tables are written record by record (``nianbao.outputs.panel``); these are computed across
the corpus by ``nianbao.analysis`` and handed over as rows by the CLI (outputs never imports analysis).
Each goes to ``<run>/<name>.parquet`` (schema and descriptions from ``columns.DERIVED``) and, where the run
has ``nianbao.duckdb``, becomes a view over that file with its comments, so ``nianbao query`` sees it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from nianbao.outputs.columns import DERIVED, DESCRIPTIONS, arrow_schema
from nianbao.outputs.store import DATABASE, _quote, temporary


def write_derived(run: str | Path, name: str, rows: Iterable[dict]) -> Path:
    """Write ``rows`` as the derived table ``name`` of the run in ``run``; returns the Parquet file."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    run = Path(run)
    run.mkdir(parents=True, exist_ok=True)
    columns = [c[0] for c in DERIVED[name]]
    rows = list(rows)
    schema = arrow_schema(name)
    table = pa.Table.from_pydict({c: [r.get(c) for r in rows] for c in columns}, schema=schema)
    final = run / f"{name}.parquet"
    tmp = temporary(final)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if (run / DATABASE).is_file():
        _view(run / DATABASE, name, final)
    return final


def _view(database: Path, name: str, parquet: Path) -> None:
    import duckdb

    con = duckdb.connect(str(database))
    try:
        con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({_quote(str(parquet.resolve()))})")
        con.execute(f"COMMENT ON VIEW {name} IS {_quote(DESCRIPTIONS[name])}")
        con.execute("CHECKPOINT")
    finally:
        con.close()
