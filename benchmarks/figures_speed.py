"""Time the figure grammar per report: ``extract_figures`` over each record's paragraphs, one core.

    .venv/bin/python benchmarks/figures_speed.py records.jsonl [--repeat 5] [--readers learned|none]

Records come from ``nianbao extract``; only their paragraphs are read, so the time is the grammar's
alone, with the figure readers ``--readers`` adds (default: the pipeline's, ``DEFAULT_FIGURE_READERS``;
``none``: the grammar alone). The budget is 10 ms a report. One warm-up pass, then the median of ``--repeat`` passes, in CPU
time of this process (on a shared machine wall time counts the other processes' turns too).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from nianbao.core.record import Paragraph
from nianbao.extraction.figures import DEFAULT_FIGURE_READERS, extract_figures


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("records", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--readers", default=None, help="figure readers added to the grammar, comma-separated; none: "
                    "the grammar alone (default: the pipeline's)")
    args = ap.parse_args()
    readers = DEFAULT_FIGURE_READERS if args.readers is None else \
        tuple(r for r in args.readers.split(",") if r and r != "none")
    reports = []
    with args.records.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                reports.append([Paragraph(p["index"], p["text"], p.get("section") or "", p.get("path") or [])
                                for p in r.get("paragraphs", [])])
    reports = [r for r in reports if r]
    for paragraphs in reports:
        extract_figures(paragraphs, readers=readers)
    runs = []
    for _ in range(args.repeat):
        start = time.process_time()
        for paragraphs in reports:
            extract_figures(paragraphs, readers=readers)
        runs.append((time.process_time() - start) / len(reports))
    worst = 0.0
    for paragraphs in reports:
        start = time.process_time()
        extract_figures(paragraphs, readers=readers)
        worst = max(worst, time.process_time() - start)
    chars = sum(len(p.text) for r in reports for p in r) / len(reports)
    print(f"readers: grammar{''.join(' + ' + r for r in readers)}")
    print(f"figures: {1000 * statistics.median(runs):.2f} ms per report (median of {args.repeat} passes over "
          f"{len(reports)} reports, {chars:.0f} characters of prose each on average); slowest report "
          f"{1000 * worst:.2f} ms")


if __name__ == "__main__":
    main()
