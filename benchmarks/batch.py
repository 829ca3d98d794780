"""Batch-run speed and memory: reports/s on one core per input format, the speed-up from 1 to 2 workers,
peak memory per worker, and wall time as the corpus grows.

    python benchmarks/batch.py CORPUS_DIR [--formats txt,html,docx,pdf] [--sizes 1000,10000,100000]

CORPUS_DIR is any folder of reports, e.g. one written by ``nianbao synth N -o DIR``. Each measurement
is a real ``run_batch`` into a fresh run folder (records appended, as a user's run does); the tidy
panel is timed separately. Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from pathlib import Path

import psutil

from nianbao.batch import BatchOptions, run_batch
from nianbao.batch.inputs import discover
from nianbao.batch.runner import RECORDS
from nianbao.core.config import ExtractConfig
from nianbao.outputs.panel import write_tables


class WorkerMemory:
    """Samples the resident memory of this process's descendants (the workers) while a run goes on."""

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.peak, self.peak_pss, self._stop = interval, 0, 0, threading.Event()

    def __enter__(self) -> WorkerMemory:
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = psutil.Process()
        while not self._stop.is_set():
            for child in me.children(recursive=True):
                try:
                    if not child.children():  # a worker; the fork server (the workers' parent) reads nothing
                        # RSS counts the pages a worker shares with the fork server (the tagger, the
                        # libraries) in full; PSS charges each worker its share of them.
                        info = child.memory_full_info()
                        self.peak, self.peak_pss = max(self.peak, info.rss), max(self.peak_pss, info.pss)
                except psutil.Error:
                    pass
            self._stop.wait(self.interval)


def timed_run(files: list[Path], workers: int, engine: str = "local") -> tuple[float, str, Path]:
    """Seconds for a run of ``files`` on ``workers`` processes, the workers' peak memory, the run folder."""
    out = Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    with WorkerMemory() as memory:
        started = time.perf_counter()
        summary = run_batch(files, out, BatchOptions(workers=workers, engine=engine,
                                                     config=ExtractConfig(ocr=False)))
        seconds = time.perf_counter() - started
    assert summary.balanced and summary.skipped == 0, summary.line()
    return seconds, f"worker peak RSS {memory.peak / 2**20:.0f} MB, PSS {memory.peak_pss / 2**20:.0f} MB", out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--formats", default="txt,html,docx,pdf")
    parser.add_argument("--per-format", type=int, default=300, help="reports per format for the one-core rate")
    parser.add_argument("--speedup", type=int, default=2000, help="txt/html reports for the 1 → 2 worker speed-up")
    parser.add_argument("--sizes", default="", help="corpus sizes (txt/html) for the wall-time series, e.g. 1000,10000")
    args = parser.parse_args()
    every = discover([args.corpus])
    by_format = {f: [p for p in every if p.suffix == "." + f] for f in args.formats.split(",")}
    print(f"corpus {args.corpus}: {len(every):,} files; machine: {psutil.cpu_count()} cores")

    for fmt, files in by_format.items():
        if files:
            seconds, peak, out = timed_run(files[: args.per_format], 1)
            n = min(len(files), args.per_format)
            print(f"one core, {fmt:>4}: {n / seconds:7.1f} reports/s ({n} reports, {seconds:.1f} s, {peak})")
            shutil.rmtree(out)

    text = [p for p in every if p.suffix in (".txt", ".html")]
    sample = text[: args.speedup]
    if sample:
        one, _, out1 = timed_run(sample, 1)
        two, peak2, out2 = timed_run(sample, 2)
        print(f"speed-up 1 → 2 workers on {len(sample)} txt/html reports: {one:.1f} s → {two:.1f} s = "
              f"{one / two:.2f}× ({peak2})")
        started = time.perf_counter()
        rows = write_tables(out2 / RECORDS, out2)
        print(f"panel of {len(sample)} records: {time.perf_counter() - started:.1f} s ({rows['cells']:,} cell rows)")
        shutil.rmtree(out1), shutil.rmtree(out2)

    for size in [int(s) for s in args.sizes.split(",") if s]:
        if size > len(text):
            print(f"wall time for {size:,}: the corpus has only {len(text):,} txt/html reports")
            continue
        seconds, peak, out = timed_run(text[:size], psutil.cpu_count() or 1)
        started = time.perf_counter()
        write_tables(out / RECORDS, out)
        panel = time.perf_counter() - started
        print(f"wall time for {size:,} txt/html reports on {psutil.cpu_count()} workers: {seconds:.0f} s extract "
              f"+ {panel:.0f} s panel = {(seconds + panel) / 60:.1f} min ({size / seconds:.1f} reports/s, {peak})")
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
