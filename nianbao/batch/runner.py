"""A batch run: inputs → skip what is done → engine → journal (+ progress) → accounting.

The accounting always closes: every input is a record written this run, an error record written this
run, or skipped (its content already has a record in the run, or it is a copy of another input).
"""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Callable, Iterator

from nianbao.core.config import ExtractConfig
from nianbao.core.version import __version__
from nianbao.batch.engines import DaskEngine, Engine, Failure, Limits, LocalEngine, Task
from nianbao.core.hashing import file_sha256
from nianbao.batch.journal import RecordJournal, atomic_write_text, write_jsonl_lines
from nianbao.core.record import Problem, Record, SourceFile, Status
from nianbao.core.compact import compact
from nianbao.core.serialize import dumps, loads

RECORDS = "records.jsonl"
RUN_FILE = "run.json"
SKIPPED = "skipped.jsonl"


@dataclass
class BatchOptions:
    workers: int = os.cpu_count() or 1  # 0: in this process, one by one, without limits
    engine: str = "local"  # local or dask
    scheduler: str | None = None  # a Dask scheduler's address (engine dask)
    timeout: float | None = 300.0  # seconds per document
    max_memory_mb: float | None = 2000.0  # resident memory per worker
    retry_errors: bool = False  # run again the inputs whose record in the run is an error
    # Compact records (nianbao.core.compact, ~4x smaller, same panel): None writes them to run folders
    # and full records to a .jsonl or a stream, where a reader may want every cell's source text.
    compact: bool | None = None
    config: ExtractConfig = field(default_factory=ExtractConfig)  # how each document is read


@dataclass
class RunSummary:
    """What a run did with its inputs; ``inputs == records + errors + skipped`` always."""

    inputs: int = 0
    records: int = 0  # records of documents read this run (ok, partial, not_a_report)
    errors: int = 0  # error records written this run
    skipped_done: int = 0  # their content already had a record in the run
    skipped_duplicate: int = 0  # a copy of another input of this run
    statuses: dict[str, int] = field(default_factory=dict)
    error_codes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def skipped(self) -> int:
        return self.skipped_done + self.skipped_duplicate

    @property
    def balanced(self) -> bool:
        return self.inputs == self.records + self.errors + self.skipped

    def line(self) -> str:
        rate = (self.records + self.errors) / self.seconds if self.seconds else 0.0
        return (f"{self.inputs} inputs = {self.records} records + {self.errors} errors + {self.skipped} skipped "
                f"({self.skipped_done} done before, {self.skipped_duplicate} duplicates) in {self.seconds:.1f} s, "
                f"{rate:.1f} documents/s")


def failure_record(task: Task, failure: Failure) -> Record:
    """The error record of a document the guard stopped or whose worker died."""
    source = SourceFile(task.path, task.sha256, task.size)
    return Record(Path(task.path).name, source, Status.ERROR, errors=[Problem(failure.code, failure.message, "batch")],
                  nianbao_version=__version__)


class InProcessEngine:
    """Documents one by one in this process (``--workers 0``): for debugging; no timeout or memory limit."""

    name = "in-process"

    def __init__(self, config: ExtractConfig) -> None:
        self.config = config

    def run(self, tasks: Iterator[Task]) -> Iterator[tuple[Task, str | Failure]]:
        from nianbao.batch.worker import extract_line

        for task in tasks:
            yield task, extract_line(task.path, task.sha256, self.config)


def make_engine(options: BatchOptions, n_inputs: int) -> Engine | InProcessEngine:
    limits = Limits(options.timeout, options.max_memory_mb)
    workers = max(0, min(options.workers, n_inputs))
    if options.engine == "dask":
        return DaskEngine(max(1, options.workers), limits, options.config, options.scheduler)
    if options.engine != "local":
        raise ValueError(f"unknown engine {options.engine!r}: use local or dask")
    if workers == 0:
        return InProcessEngine(options.config)
    return LocalEngine(workers, limits, options.config)


Progress = Callable[[RunSummary, str], None]  # called after each input with the summary so far and its name


def run_batch(files: list[Path], out: Path | None, options: BatchOptions, *,
              progress: Progress | None = None, stream: IO[str] | None = None) -> RunSummary:
    """Run every file; records go to ``out`` (a run folder, or a ``.jsonl`` file) or to ``stream``.

    With ``out``, a re-run skips inputs whose content already has a record there (errors too, unless
    ``retry_errors``) and resumes where a killed run stopped.
    """
    started = time.monotonic()
    summary = RunSummary(inputs=len(files))
    journal, skipped_rows, done = None, [], {}
    if out is not None:
        folder = out.suffix != ".jsonl"
        journal = RecordJournal(out / RECORDS if folder else out)
        done = journal.recover()
        if options.retry_errors:
            errored = {sha for sha, status in done.items() if status == Status.ERROR.value}
            journal.drop(errored)
            done = {sha: status for sha, status in done.items() if sha not in errored}
        if folder:
            out.mkdir(parents=True, exist_ok=True)
            _write_run_file(out, options, summary, complete=False)
    seen: dict[str, str] = {}

    def tasks() -> Iterator[Task]:
        for path in files:
            sha = file_sha256(path)
            if sha is not None and sha in done:
                summary.skipped_done += 1
                skipped_rows.append({"path": str(path), "sha256": sha, "reason": "done"})
            elif sha is not None and sha in seen:
                summary.skipped_duplicate += 1
                skipped_rows.append({"path": str(path), "sha256": sha, "reason": "duplicate", "duplicate_of": seen[sha]})
            else:
                if sha is not None:
                    seen[sha] = str(path)
                yield Task(str(path), sha, _size(path))
                continue
            if progress:
                progress(summary, path.name)

    shrink = options.compact if options.compact is not None else (out is not None and out.suffix != ".jsonl")
    engine = make_engine(options, len(files))
    try:
        for task, result in engine.run(tasks()):
            line = dumps(failure_record(task, result)) if isinstance(result, Failure) else result
            if shrink and not isinstance(result, Failure):
                line = dumps(compact(loads(line)))
            status = Status.ERROR.value if isinstance(result, Failure) else _status(line)
            if journal:
                journal.append(line)
            else:
                (stream or sys.stdout).write(line + "\n")
            summary.statuses[status] = summary.statuses.get(status, 0) + 1
            if status == Status.ERROR.value:
                summary.errors += 1
                code = result.code if isinstance(result, Failure) else _first_error(line)
                summary.error_codes[code] = summary.error_codes.get(code, 0) + 1
            else:
                summary.records += 1
            summary.seconds = time.monotonic() - started
            if progress:
                progress(summary, Path(task.path).name)
    finally:
        summary.seconds = time.monotonic() - started
        if journal:
            journal.close()
        if out is not None and out.suffix != ".jsonl":
            write_jsonl_lines(out / SKIPPED, skipped_rows)
            _write_run_file(out, options, summary, complete=summary.balanced, engine=engine.name)
    return summary


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _status(line: str) -> str:
    from nianbao.core.serialize import record_head

    return str(record_head(line.encode("utf-8"))[2])


def _first_error(line: str) -> str:
    errors = json.loads(line).get("errors") or [{}]
    return errors[0].get("code", "unknown")


def _write_run_file(out: Path, options: BatchOptions, summary: RunSummary, *, complete: bool, engine: str = "") -> None:
    settings = {k: v for k, v in asdict(options).items() if k != "config"} | {"config": options.config.to_dict()}
    data = {"nianbao_version": __version__, "written": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "complete": complete, "engine": engine or options.engine, "options": settings,
            "accounting": asdict(summary) | {"skipped": summary.skipped, "balanced": summary.balanced},
            "summary": summary.line()}
    atomic_write_text(out / RUN_FILE, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
