"""How fast `nianbao synth` writes a corpus: documents per second per format on one process, and the
wall time of a txt/HTML corpus on 1 and 2 workers (what the scale benchmark needs: 100,000 of them).

    .venv/bin/python benchmarks/synth.py [--text 5000] [--docx 50] [--pdf 30]

Each document is sampled, rendered, and written with its gold file; the manifest is written too.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from nianbao.synth.corpus import generate  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text", type=int, default=5000, help="txt/HTML documents for the wall-time runs")
    parser.add_argument("--docx", type=int, default=50)
    parser.add_argument("--pdf", type=int, default=30)
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, n in (("txt", args.text // 2), ("html", args.text // 2), ("docx", args.docx), ("pdf", args.pdf)):
            summary = generate(Path(tmp) / fmt, n, (fmt,), seed="bench")
            print(f"{fmt:5} {n:6d} documents, one process: {summary.documents / summary.seconds:7.1f} docs/s "
                  f"({1000 * summary.seconds / n:.2f} ms each)")
        for workers in (1, 2):
            start = time.perf_counter()
            summary = generate(Path(tmp) / f"mixed{workers}", args.text, ("txt", "html"), seed="bench", workers=workers)
            wall = time.perf_counter() - start
            print(f"txt+html {args.text} documents, {workers} worker(s): {wall:.1f} s, {args.text / wall:.0f} docs/s "
                  f"→ 100,000 in {100_000 / (args.text / wall) / 60:.1f} min")


if __name__ == "__main__":
    main()
