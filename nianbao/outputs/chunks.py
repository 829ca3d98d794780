"""Records → the panel's Arrow tables, a chunk of records at a time, in the writing process and helper processes.

``nianbao.outputs.panel`` indexes and sorts the records and writes the tables; this module builds them.
Building the Python columns (``nianbao.outputs.tidy``) and converting them to Arrow is most of the panel's
cost, so chunks are built in parallel: the writing process builds one in ``2 * workers - 1`` itself and
``workers - 1`` helper processes (forked by a forkserver that has this module and pyarrow loaded) build the
rest, handing their tables back through a memory-mapped Arrow file in shared memory, in the order of the
records. The tables are the same whichever process built them.
"""

from __future__ import annotations

import gc
import os
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterator, NamedTuple, Sequence

import msgspec

from nianbao.core.record import Record
from nianbao.outputs.columns import TABLES, arrow_schema
from nianbao.outputs.tidy import CONTENT_TABLES, report_row

if TYPE_CHECKING:
    import multiprocessing.context

    import pyarrow as pa

# Records a worker turns into Arrow tables at a time: large enough that Arrow's conversion dominates the
# hand-over, small enough that a few chunks in flight stay within tens of megabytes.
CHUNK = 200
# Starting worker processes costs about a second: below this many chunks one process is faster.
MIN_CHUNKS_TO_SPREAD = 8
# Records at which the helpers' server is started before the index pass: that many chunks of 10 KB records
# (a compact record is 20-25 KB), so a run that will spread nearly always starts it early.
MIN_BYTES_TO_START_EARLY = MIN_CHUNKS_TO_SPREAD * CHUNK * 10_000
# Where helpers leave their tables for the writing process to map (a RAM-backed folder; where it is missing
# or full the tables go back pickled through the pool's pipe, two copies more on each side).
SPILL = "/dev/shm"


# Typed decoding: msgspec builds the Structs in C, three times faster than json.loads builds dicts.
_RECORD = msgspec.json.Decoder(Record)


class Job(NamedTuple):
    """One record for a chunk worker: where its line is, and the earlier path of the same content."""

    file: int
    offset: int
    length: int
    line: int
    duplicate_of: str | None


def chunk_tables(paths: Sequence[str], jobs: Sequence[Job]) -> dict[str, "pa.Table"]:
    """The rows of a run of records as one Arrow table per tidy table."""
    import pyarrow as pa

    collecting = gc.isenabled()
    # Records are trees without cycles, freed by reference counting; the cyclic collector only walked the
    # columns' millions of objects again and again.
    gc.disable()
    try:
        columns: dict[str, dict[str, list]] = {name: {c[0]: [] for c in TABLES[name]}
                                               for name in ("reports", *CONTENT_TABLES)}
        files: dict[int, IO[bytes]] = {}
        try:
            for job in jobs:
                fh = files.get(job.file) or files.setdefault(job.file, open(paths[job.file], "rb"))
                fh.seek(job.offset)
                try:
                    record = _RECORD.decode(fh.read(job.length))
                except ValueError as exc:
                    raise ValueError(f"{paths[job.file]}:{job.line}: not a JSON record: {exc}") from exc
                for key, value in report_row(record, job.duplicate_of).items():
                    columns["reports"][key].append(value)
                if job.duplicate_of is None:
                    for name, build in CONTENT_TABLES.items():
                        target = columns[name]
                        for key, values in build(record).items():
                            target[key] += values
        finally:
            for fh in files.values():
                fh.close()
        return {name: pa.Table.from_pydict(cols, schema=arrow_schema(name)) for name, cols in columns.items()}
    finally:
        if collecting:
            gc.enable()


def _helper_chunk(paths: Sequence[str], jobs: Sequence[Job], spill: str | None) -> "dict[str, pa.Table | str]":
    """``chunk_tables`` in a helper process: each table written as an Arrow IPC stream to its own file in
    ``spill`` (shared memory), whose name goes back; the table itself where that folder takes no file.

    A file per table: the writing process keeps a table's rows until its row group is full (the reports of
    forty chunks), and a mapped file stays in memory as long as any of its tables does."""
    import pyarrow as pa

    out: dict[str, pa.Table | str] = {}
    for name, table in chunk_tables(paths, jobs).items():
        out[name] = table
        if spill is None:
            continue
        try:
            fd, file = tempfile.mkstemp(prefix=f"nianbao-{name}-", suffix=".arrow", dir=spill)
        except OSError:
            continue
        os.close(fd)
        try:
            with pa.OSFile(file, "wb") as sink, pa.ipc.new_stream(sink, table.schema) as stream:
                stream.write_table(table)
        except OSError:  # full: a container's /dev/shm is often 64 MB
            os.unlink(file)
            continue
        out[name] = file
    return out


def _handed_over(result: "dict[str, pa.Table | str]") -> dict[str, "pa.Table"]:
    """A helper's tables: those it sent, and those it left in files read in place (memory-mapped; the file
    is removed at once, its pages stay while the table is alive)."""
    import pyarrow as pa

    tables = {}
    for name, table in result.items():
        if isinstance(table, str):
            try:
                with pa.memory_map(table) as source:
                    buffer = source.read_buffer()
            finally:
                os.unlink(table)
            table = pa.ipc.open_stream(buffer).read_all()
        tables[name] = table
    return tables


def _remove(result: "dict[str, pa.Table | str]") -> None:
    """Remove the files of a helper's tables that will not be read."""
    for table in result.values():
        if isinstance(table, str):
            os.unlink(table)


def _forkserver() -> "multiprocessing.context.BaseContext":
    """The helpers' start method, its server told what to import before it forks them.

    forkserver: a fresh process, not a fork of a caller that may hold threads (DuckDB, a Dask client). The
    server imports this module and pyarrow once and each helper forks with them (importing them cost a
    helper ~0.35 CPU-s); only a server not started yet in this process takes the list."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", __name__, "pyarrow"])
    return context


def start_helpers_early(paths: Sequence[Path], workers: int) -> None:
    """Start the forkserver of a run that will have helpers, so that it imports while this process indexes:
    the first helper otherwise waited ~0.5 s for it, and this process with it."""
    if workers > 1 and sum(p.stat().st_size for p in paths) >= MIN_BYTES_TO_START_EARLY:
        import multiprocessing.forkserver

        _forkserver()
        multiprocessing.forkserver.ensure_running()


def chunked(paths: Sequence[str], jobs: list[Job], workers: int) -> Iterator[dict[str, "pa.Table"]]:
    """Every chunk's tables in order, built by ``workers`` processes: this one and ``workers - 1`` helpers.

    This process builds one chunk in ``2 * workers - 1`` itself, between writing the others: a helper's
    chunk costs a hand-over (~16 MB per 200 full records), and this process would otherwise mostly wait
    for them. It also indexes, concatenates and writes, so it takes fewer chunks than a helper: a third
    of them with one helper."""
    chunks = [jobs[i:i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    if workers <= 1 or len(chunks) < MIN_CHUNKS_TO_SPREAD:
        yield from (chunk_tables(paths, chunk) for chunk in chunks)
        return
    from concurrent.futures import Future, ProcessPoolExecutor

    every = 2 * workers - 1
    spill = SPILL if os.path.isdir(SPILL) else None
    helpers: dict[int, Future] = {}
    try:
        with ProcessPoolExecutor(workers - 1, mp_context=_forkserver()) as pool:
            submitted = 0
            for i, chunk in enumerate(chunks):
                # The helpers' chunks among the next few, submitted ahead: a few in flight, whatever the run's size.
                while submitted < min(len(chunks), i + 2 * every):
                    if submitted % every:
                        helpers[submitted] = pool.submit(_helper_chunk, paths, chunks[submitted], spill)
                    submitted += 1
                yield _handed_over(helpers.pop(i).result()) if i % every else chunk_tables(paths, chunk)
    finally:
        # A run stopped early (an error, a bad record): the files of chunks built but never read go too.
        for future in helpers.values():
            if not future.cancelled() and future.exception() is None:
                _remove(future.result())
