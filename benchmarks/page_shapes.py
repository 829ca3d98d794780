"""Metadata accuracy by page shape on a synthetic corpus: a regression on one shape shows as its own line.

    .venv/bin/python benchmarks/page_shapes.py [--n 1000] [--seed bench] [--rate 0.5] [--headless-rate 0.3]
        [--headless-kinds overview,truncated,all] [--corpus DIR]

Writes (or reads, with ``--corpus``) a ``nianbao synth`` corpus of txt and HTML documents with
``--page-shapes-rate`` and ``--headless-rate``, reads every document with the pipeline (tagger off) and
prints, per group — each page shape, each heading loss (``headless.<kind>``) and the plain reports — and
format: documents, status exactly as the manifest expects (``partial`` for a report's page without
tables), agency and year against the gold, and for headless reports the gold paragraphs found (by key)
and, of those, the ones in their true section.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.pipeline import extract
from nianbao.synth.corpus import generate

COLUMNS = ("docs", "status", "agency", "year", "found", "sections")


def _group(line: dict) -> str:
    if "shape" in line:
        return line["shape"]
    if "headless" in line:
        return f"headless.{line['headless']}"
    return "plain"


def score_corpus(root: Path) -> dict[tuple[str, str], dict[str, list[int]]]:
    """(group, format) → column → [right, total], reading every document of the corpus at ``root``."""
    table: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    config = ExtractConfig(tag=False)
    for line in map(json.loads, (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()):
        if line["hostile"]:
            continue
        gold = json.loads((root / line["gold"]).read_text(encoding="utf-8"))
        record = extract(root / line["file"], config)
        row = table[(_group(line), line["format"])]
        row["docs"][0] += 1
        row["docs"][1] += 1
        _add(row["status"], record.status.value == line["expected_status"])
        for name in ("agency", "year"):
            if name in gold.get("metadata", {}):
                _add(row[name], getattr(record.metadata, name) == gold["metadata"][name])
        if "headless" in line:
            got = {paragraph_key(p.text): p.section for p in record.paragraphs}
            for para in gold["paragraphs"]:
                _add(row["found"], para["key"] in got)
                if para["key"] in got:
                    _add(row["sections"], got[para["key"]] == para["section"])
    return table


def _add(cell: list[int], ok: bool) -> None:
    cell[0] += ok
    cell[1] += 1


def _cell(right: int, total: int) -> str:
    return f"{right}/{total} {right / total:.3f}" if total else "-"


def _print(table: dict[tuple[str, str], dict[str, list[int]]]) -> None:
    print(f"{'group':34} {'fmt':5} {'docs':>5} " + " ".join(f"{c:>16}" for c in COLUMNS[1:]))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (group, fmt), row in sorted(table.items()):
        scored = [c for c in COLUMNS[1:] if c in row]
        for c in scored:
            totals[c][0] += row[c][0]
            totals[c][1] += row[c][1]
        cells = " ".join(f"{_cell(*row[c]) if c in row else '-':>16}" for c in COLUMNS[1:])
        flag = "  <" if any(row[c][0] < row[c][1] for c in scored) else ""
        print(f"{group:34} {fmt:5} {row['docs'][0]:>5} {cells}{flag}")
    print("all: " + ", ".join(f"{c} {_cell(r, t)}" for c, (r, t) in totals.items() if t))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="documents in the corpus (txt and HTML)")
    parser.add_argument("--seed", default="bench")
    parser.add_argument("--rate", type=float, default=0.5, help="--page-shapes-rate")
    parser.add_argument("--headless-rate", type=float, default=0.3)
    parser.add_argument("--headless-kinds", default="overview,truncated,all")
    parser.add_argument("--corpus", type=Path, help="score this corpus instead of writing one")
    args = parser.parse_args()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.corpus
        if root is None:
            root = Path(tmp)
            generate(root, args.n, ("txt", "html"), seed=args.seed, break_rate=0.0, page_shapes_rate=args.rate,
                     headless_rate=args.headless_rate, headless_kinds=args.headless_kinds.split(","))
            print(f"nianbao synth {args.n} --formats txt,html --seed {args.seed} --page-shapes-rate {args.rate} "
                  f"--headless-rate {args.headless_rate} --headless-kinds {args.headless_kinds} --break-rate 0")
        _print(score_corpus(root))
    print(f"{time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
