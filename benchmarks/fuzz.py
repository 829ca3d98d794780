"""The long fuzz run: N mutants of the real reports through the batch runner, counted by status and code.

    python benchmarks/fuzz.py --mutants 5000 [--seed 1] [--workers 1] [--timeout 60] [--out DIR]

Mutants are drawn by Hypothesis (nianbao.synth.fuzz: structure-aware mutators per format, reproducible
from --seed) from corpus/samples and ../shared, written to DIR/mutants, and run by ``run_batch`` with a
per-document timeout, so a hang is a ``timeout`` record. Prints mutants by format, records by status,
every problem code with its count, and the mutants that gave internal_error, stage_failed or timeout
(the run's records are in DIR/run/records.jsonl). Exits 1 if any did or a code is no ProblemCode.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from nianbao.batch import BatchOptions, run_batch
from nianbao.batch.runner import RECORDS
from nianbao.core.config import ExtractConfig
from nianbao.core.problems import ProblemCode
from nianbao.synth.fuzz import seed_files, write_mutants

ROOT = Path(__file__).resolve().parents[1]
BAD = {ProblemCode.INTERNAL_ERROR.value, ProblemCode.STAGE_FAILED.value, ProblemCode.TIMEOUT.value,
       ProblemCode.WORKER_CRASHED.value, ProblemCode.MEMORY_LIMIT.value}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mutants", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds per document: past it, a hang")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="nianbao-fuzz-"))
    seeds = seed_files(ROOT, args.shared)
    started = time.monotonic()
    paths = write_mutants(seeds, out / "mutants", args.mutants, args.seed)
    made = time.monotonic() - started
    print(f"{len(paths)} mutants of {len(seeds)} seeds in {made:.0f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(Counter(p.suffix for p in paths).items())))
    options = BatchOptions(workers=args.workers, timeout=args.timeout, max_memory_mb=2000,
                           config=ExtractConfig(ocr=False))
    summary = run_batch(paths, out / "run", options)
    print(summary.line())
    records = [json.loads(line) for line in (out / "run" / RECORDS).read_bytes().split(b"\n") if line.strip()]
    statuses = Counter(r["status"] for r in records)
    codes = Counter(p["code"] for r in records for p in r["errors"] + r["warnings"])
    print("status: " + ", ".join(f"{k} {v}" for k, v in statuses.most_common()))
    print("codes:  " + ", ".join(f"{k} {v}" for k, v in codes.most_common()))
    unknown = sorted(set(codes) - set(ProblemCode._value2member_map_))
    bad = [(r["source"]["path"], p["code"], p["message"][:160]) for r in records for p in r["errors"] if p["code"] in BAD]
    print(f"internal_error {codes[ProblemCode.INTERNAL_ERROR.value]}, stage_failed {codes[ProblemCode.STAGE_FAILED.value]}, "
          f"hangs (timeout) {codes[ProblemCode.TIMEOUT.value]}, crashes {codes[ProblemCode.WORKER_CRASHED.value]}, "
          f"memory_limit {codes[ProblemCode.MEMORY_LIMIT.value]}, unknown codes {unknown}")
    for item in bad[:50]:
        print("  ", *item)
    print(f"in {time.monotonic() - started:.0f} s; mutants and records in {out}")
    return 1 if bad or unknown else 0


if __name__ == "__main__":
    sys.exit(main())
