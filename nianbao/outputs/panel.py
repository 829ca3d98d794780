"""Records (JSONL) → the tidy panel: Parquet tables, a DuckDB database, CSV on request.

``write_tables`` streams: a first pass reads only each line's head (doc id and source) to sort the
records by path, a second pass reads the records in that order, a chunk at a time (``nianbao.outputs.chunks``
builds each chunk's Arrow tables, in this process and helper processes), and writes each table through
a pyarrow ``ParquetWriter`` in row groups of ``ROW_GROUPS`` rows. Memory stays bounded (one record and
one row group per table) whatever the run's size, and because the order comes from the records'
content, not from the order the batch runner finished them in, the same records in any order give
byte-identical Parquet files (a Dask run and a local run agree).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Sequence

import msgspec

from nianbao.core.serialize import record_head
from nianbao.outputs.chunks import Job, chunked, start_helpers_early
from nianbao.outputs.columns import TABLES, arrow_schema
from nianbao.outputs.store import temporary, write_duckdb
from nianbao.outputs.tidy import codebook_rows

if TYPE_CHECKING:
    import pyarrow as pa

log = logging.getLogger(__name__)

# Rows per Parquet row group, the rows each table holds in memory before writing them. Cells are short
# rows; paragraphs and checks carry kilobytes of text each, so they flush sooner (65,536 rows for every
# table peaked at ~400 MB writing 2,000 sample records, these at ~230 MB, 80 MB of it the interpreter).
ROW_GROUP = 65_536
ROW_GROUPS = {"cells": ROW_GROUP, "reports": 8_192, "paragraphs": 8_192, "figures": 8_192, "checks": 8_192}
_ANY = msgspec.json.Decoder()


class _Entry(NamedTuple):
    """Where one record sits in its JSONL, and the key it is sorted by."""

    path: str
    sha256: str
    doc_id: str
    digest: bytes  # SHA-1 of the line: two records with the same path still sort the same way every run
    file: int
    offset: int
    length: int
    line: int  # 1-based, for error messages


def _index(paths: Sequence[Path]) -> list[_Entry]:
    """Every record line of the JSONL files, sorted by (path, sha256, doc id, line digest)."""
    entries: list[_Entry] = []
    for number, path in enumerate(paths):
        with open(path, "rb") as fh:
            offset = 0
            for lineno, line in enumerate(fh, 1):
                start, offset = offset, offset + len(line)
                if not line.strip():
                    continue
                try:
                    if line.endswith(b"\n"):
                        doc_id, source, _ = record_head(line)
                    else:  # the last line: parse it all, its head may be whole while its tail is cut off
                        record = _ANY.decode(line)
                        if not isinstance(record, dict):
                            raise ValueError("not a JSON object")
                        doc_id, source = record.get("doc_id"), record.get("source") or {}
                except ValueError as exc:
                    if not line.endswith(b"\n"):  # the last line of a run killed mid-write: not a record
                        log.warning("%s:%d: skipping a record cut short (%s)", path, lineno, exc)
                        continue
                    raise ValueError(f"{path}:{lineno}: not a JSON record: {exc}") from exc
                entries.append(_Entry(str(source.get("path") or ""), str(source.get("sha256") or ""),
                                      str(doc_id or ""), b"", number, start, len(line), lineno))
    entries.sort()
    return _break_ties(entries, paths)


def _break_ties(entries: list[_Entry], paths: Sequence[Path]) -> list[_Entry]:
    """Order records that share path, sha256 and doc id by the SHA-1 of their line, hashed only for them:
    hashing every line of a 100,000-record run cost more than sorting it."""
    out: list[_Entry] = []
    i = 0
    while i < len(entries):
        j = i + 1
        while j < len(entries) and entries[j][:3] == entries[i][:3]:
            j += 1
        if j - i > 1:
            tied = []
            for e in entries[i:j]:
                with open(paths[e.file], "rb") as fh:
                    fh.seek(e.offset)
                    tied.append(e._replace(digest=hashlib.sha1(fh.read(e.length)).digest()))
            out.extend(sorted(tied))
        else:
            out.append(entries[i])
        i = j
    return out


class _TableWriter:
    """One tidy table written to a temporary Parquet file in row groups, renamed into place on commit."""

    def __init__(self, name: str, out_dir: Path) -> None:
        import pyarrow.parquet as pq

        self.name = name
        self.final = out_dir / f"{name}.parquet"
        self.schema = arrow_schema(name)
        self.columns = [c[0] for c in TABLES[name]]
        self.buffer: list[pa.Table] = []  # rows not yet written, as the chunks brought them
        self.pending = 0
        self.rows = 0
        self.row_group = ROW_GROUPS.get(name, ROW_GROUP)
        self.tmp = temporary(self.final)
        # zstd: a third smaller than snappy on these string-heavy tables, and every reader supports it.
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression="zstd")

    def extend(self, table: "pa.Table") -> None:
        """Add rows given as an Arrow table of this table's schema; full row groups are written at once."""
        if not table.num_rows:
            return
        self.buffer.append(table)
        self.pending += table.num_rows
        if self.pending >= self.row_group:
            import pyarrow as pa

            rows = pa.concat_tables(self.buffer)
            # Exactly ``row_group`` rows per group whatever the chunks' sizes: the same file for any chunking.
            while rows.num_rows >= self.row_group:
                self._write(rows.slice(0, self.row_group))
                rows = rows.slice(self.row_group)
            self.buffer, self.pending = [rows], rows.num_rows

    def _write(self, rows: "pa.Table") -> None:
        self.writer.write_table(rows)
        self.rows += rows.num_rows

    def flush(self) -> None:
        if self.pending:
            import pyarrow as pa

            self._write(pa.concat_tables(self.buffer))
            self.buffer, self.pending = [], 0

    def close(self) -> int:
        self.flush()
        self.writer.close()
        return self.rows

    def commit(self) -> None:
        os.replace(self.tmp, self.final)

    def abort(self) -> None:
        try:
            self.writer.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def _jobs(entries: list[_Entry]) -> list[Job]:
    """Each record's job, with the path of the first record of its sha256 (in path order) if it repeats one."""
    first: dict[str, str] = {}
    jobs = []
    for e in entries:
        duplicate_of = first.get(e.sha256) if e.sha256 else None
        if e.sha256 and duplicate_of is None:
            first[e.sha256] = e.path
        jobs.append(Job(e.file, e.offset, e.length, e.line, duplicate_of))
    return jobs


def write_parquet(records_jsonl: Path | Sequence[Path], out_dir: Path, *, workers: int = 1) -> dict[str, int]:
    """Write the tidy tables as ``out_dir/<table>.parquet`` from JSONL records; returns rows per table.

    Reports get one row per record. The content tables (cells, paragraphs, figures, checks, …) get the
    rows of the first record of each sha256 in path order: a file present twice in a corpus is read
    the same way twice, so its copies share those rows and ``reports.duplicate_of`` names the first.
    ``workers``: processes that build the rows, this one included; the files are the same byte for byte
    whatever the number. More than one starts ``workers - 1`` helper processes (forkserver), which import
    the calling script's ``__main__``:
    call it from a script under ``if __name__ == "__main__":`` (the ``nianbao`` command does).
    """
    paths = [Path(records_jsonl)] if isinstance(records_jsonl, (str, Path)) else [Path(p) for p in records_jsonl]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    start_helpers_early(paths, workers)
    jobs = _jobs(_index(paths))
    writers: dict[str, _TableWriter] = {}
    try:
        for name in TABLES:
            writers[name] = _TableWriter(name, out_dir)
        for tables in chunked([str(p) for p in paths], jobs, workers):
            for name, table in tables.items():
                writers[name].extend(table)
        codebook = list(codebook_rows())
        writers["codebook"].extend(_codebook_table(codebook))
        counts = {name: writer.close() for name, writer in writers.items()}
    except BaseException:
        for writer in writers.values():
            writer.abort()
        raise
    for writer in writers.values():
        writer.commit()
    return counts


def _codebook_table(rows: list[dict]) -> "pa.Table":
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=arrow_schema("codebook"))


def write_tables(records_jsonl: Path | Sequence[Path], out_dir: Path, *, csv: bool = False,
                 workers: int = 1) -> dict[str, int]:
    """The whole panel from JSONL records: Parquet tables, ``nianbao.duckdb`` and, with ``csv``, CSV files.

    Each file is written under a temporary name and renamed, so a reader never sees a half-written
    table. Returns the number of rows written per table. ``workers``: as for ``write_parquet``.
    """
    counts = write_parquet(records_jsonl, out_dir, workers=workers)
    write_duckdb(Path(out_dir))
    if csv:
        write_csv(Path(out_dir))
    return counts


def _csv_value(value: Any) -> Any:
    # Lists become JSON arrays: unambiguous, and pandas/R read them back with one json call.
    return None if value is None else json.dumps(value, ensure_ascii=False)


def write_csv(out_dir: Path) -> list[Path]:
    """``out_dir/csv/<table>.csv`` for every Parquet table of the run, list columns as JSON arrays."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    folder = Path(out_dir) / "csv"
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in TABLES:
        source = pq.ParquetFile(Path(out_dir) / f"{name}.parquet")
        lists = [f.name for f in source.schema_arrow if pa.types.is_list(f.type)]
        schema = pa.schema([pa.field(f.name, pa.string()) if f.name in lists else f for f in source.schema_arrow])
        final = folder / f"{name}.csv"
        tmp = temporary(final)
        try:
            with open(tmp, "wb") as fh:
                # UTF-8 with a BOM: Excel opens a BOM-less CSV in the locale's code page (GBK on Chinese
                # Windows, cp1252 elsewhere) and shows the Chinese text as mojibake; pandas and R skip it.
                fh.write(b"\xef\xbb\xbf")
                with pacsv.CSVWriter(fh, schema) as writer:
                    for batch in source.iter_batches(batch_size=ROW_GROUP):
                        arrays = [pa.array([_csv_value(v) for v in column.to_pylist()], pa.string())
                                  if field.name in lists else column
                                  for field, column in zip(batch.schema, batch.columns)]
                        writer.write_batch(pa.RecordBatch.from_arrays(arrays, schema=schema))
            os.replace(tmp, final)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        written.append(final)
    return written
