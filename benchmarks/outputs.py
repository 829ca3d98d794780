"""Tidy-table writing speed: records/s and cell rows/s from JSONL to Parquet, then to DuckDB.

    .venv/bin/python benchmarks/outputs.py [--records 2000] [--jsonl RECORDS.jsonl] [--compact] [--workers N]

Extracts the bundled text, HTML and DOCX samples (or reads --jsonl), repeats the records to --records
with a distinct path and sha256 per copy (so every copy writes its cells, as distinct reports do),
shuffles them, and times ``write_parquet`` (rows built by ``--workers`` processes) and ``write_duckdb``.
``--compact`` writes the records in compact form, as a run folder holds them (``nianbao.core.compact``).

Besides wall time it prints the CPU seconds the panel took (the writing process and its worker
processes): on the shared 2-core machine wall time moves with the other users' load, CPU time much less.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.forkserver
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.core.compact import compact  # noqa: E402
from nianbao.core.record import Record  # noqa: E402
from nianbao.core.serialize import dumps, from_dict, to_dict  # noqa: E402
from nianbao.outputs.panel import write_parquet  # noqa: E402
from nianbao.outputs.store import write_duckdb  # noqa: E402


def sample_records() -> list[dict]:
    from nianbao.pipeline import extract  # here, so the writing process does not load the extractors

    samples = sorted(p for p in (ROOT / "corpus" / "samples").iterdir() if p.suffix in (".txt", ".html", ".docx"))
    return [to_dict(extract(p)) for p in samples]


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM; ru_maxrss would carry the parent's peak across exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _stop_forkserver() -> None:
    """Reap the forkserver, so the CPU time of the workers it forked (and reaped) counts in RUSAGE_CHILDREN.

    Private API of multiprocessing (its tests use it), so only here, in a benchmark, and skipped if it moves."""
    server = getattr(multiprocessing.forkserver, "_forkserver", None)
    if server is not None and hasattr(server, "_stop"):
        server._stop()


def cpu_seconds() -> tuple[float, float]:
    """(this process, its reaped descendants) user + system CPU seconds so far."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def write(jsonl: Path, out: Path, queue: "multiprocessing.Queue", workers: int) -> None:
    """In a fresh process, so its peak memory is the writer's alone, not the benchmark's copy of the records."""
    import nianbao.outputs.panel  # noqa: F401  (imported before the clock starts, as the CLI has it)

    cpu0 = cpu_seconds()
    start = time.perf_counter()
    counts = write_parquet(jsonl, out, workers=workers)
    parquet = time.perf_counter() - start
    _stop_forkserver()
    cpu1 = cpu_seconds()
    rss = peak_mb()
    start = time.perf_counter()
    write_duckdb(out)
    duck = time.perf_counter() - start
    cpu2 = cpu_seconds()
    queue.put((counts, parquet, duck, rss, peak_mb(), (cpu1[0] - cpu0[0], cpu1[1] - cpu0[1]), sum(cpu2) - sum(cpu1)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--jsonl", type=Path, help="records to repeat (default: the bundled samples, extracted)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                        help="processes building the rows, the writing one included (default: the cores)")
    parser.add_argument("--compact", action="store_true", help="compact records, as a run folder holds them")
    args = parser.parse_args()
    base = ([json.loads(line) for line in args.jsonl.open(encoding="utf-8") if line.strip()]
            if args.jsonl else sample_records())
    typed = [from_dict(Record, r) for r in base[:200]]  # for the record sizes, before any compacting
    if args.compact:
        base = [to_dict(compact(from_dict(Record, r))) for r in base]
    with tempfile.TemporaryDirectory() as tmp:
        jsonl = Path(tmp) / "records.jsonl"
        lines = []
        for i in range(args.records):
            record = dict(base[i % len(base)])
            record["source"] = {**record["source"], "path": f"corpus/{i:06d}/{record['doc_id']}", "sha256": f"{i:064x}"}
            lines.append(json.dumps(record, ensure_ascii=False))
        random.Random(0).shuffle(lines)
        jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
        del lines, base
        size = jsonl.stat().st_size
        spawn = multiprocessing.get_context("spawn")
        queue = spawn.Queue()
        child = spawn.Process(target=write, args=(jsonl, Path(tmp) / "run", queue, args.workers))
        child.start()
        counts, parquet, duck, rss, rss_duck, (cpu_parent, cpu_workers), cpu_duck = queue.get()
        child.join()
    rows = sum(n for name, n in counts.items() if name != "codebook")
    if typed:
        full_kb = sum(len(dumps(r).encode()) for r in typed) / len(typed) / 1024
        compact_kb = sum(len(dumps(compact(r)).encode()) for r in typed) / len(typed) / 1024
        print(f"record size: {full_kb:.1f} KB full, {compact_kb:.1f} KB compact (mean of {len(typed)} distinct records)")
    per = 1000 / args.records
    print(f"panel: {parquet * per:.2f} s per 1,000 records (Parquet, wall), "
          f"{(cpu_parent + cpu_workers) * per:.2f} CPU-s per 1,000 ({cpu_parent * per:.2f} writing process + "
          f"{cpu_workers * per:.2f} its {args.workers - 1} helper processes and their forkserver), "
          f"{'compact' if args.compact else 'full'} records; "
          f"load average {os.getloadavg()[0]:.2f}")
    print(f"{args.records} records, {size / 2**20:.0f} MB of JSONL, {counts['cells']} cell rows, {rows} rows in all")
    print(f"parquet: {parquet:.1f} s = {args.records / parquet:.0f} records/s, {counts['cells'] / parquet:,.0f} cell rows/s, "
          f"{rows / parquet:,.0f} rows/s")
    print(f"duckdb:  {duck:.1f} s = {rows / duck:,.0f} rows/s, {cpu_duck:.1f} CPU-s")
    print(f"peak RSS writing Parquet {rss:.0f} MB, with DuckDB's load after it "
          f"{rss_duck:.0f} MB")


if __name__ == "__main__":
    main()
