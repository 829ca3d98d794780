"""Mining the narrative: speed of themes and reuse, accuracy of themes and of proposed cell corrections.

    python benchmarks/narrative.py [--statements 100000] [--reports 10000] [--planted 300]

- themes: ``fit_themes`` on N synthetic statements with planted themes (``nianbao.synth.statements``), one
  core (BLAS/OpenMP pinned to one thread), plus NMI and ARI against the planted themes;
- reuse: ``text_reuse`` over R synthetic records — R/2 agencies with two consecutive years each, the second
  year keeping about half of the first year's paragraphs (numbers changed) and taking the rest from another
  report — text from ``nianbao synth``'s prose;
- proposals: reports with one planted misprint (typo, transposition, OCR confusion) and as many clean
  ones, extracted by the pipeline: how often the top proposal names the misprinted cell and its true value,
  and how many clean reports get a proposal (must be none).

Prints one line per measurement.
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from collections import Counter

from threadpoolctl import threadpool_limits


def bench_themes(n: int) -> None:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    from nianbao.analysis.themes import fit_themes
    from nianbao.synth.statements import PLANTED, planted_statements

    texts, planted = planted_statements(n, seed=0)
    start = time.perf_counter()
    model, theme, _ = fit_themes(texts, len(PLANTED), seed=0)
    seconds = time.perf_counter() - start
    print(f"themes: {n:,} statements, {len(model.vocabulary):,} words, {len(model.themes)} themes in {seconds:.1f} s "
          f"(one core) — NMI {normalized_mutual_info_score(planted, theme):.3f}, "
          f"ARI {adjusted_rand_score(planted, theme):.3f}")
    start = time.perf_counter()
    model.assign(texts[:10_000])
    print(f"themes: 10,000 statements assigned to the fitted themes (no refit) in {time.perf_counter() - start:.1f} s")


def _paragraphs(index: int) -> list[dict]:
    from nianbao.synth.sample import sample_report

    rep = sample_report("reuse-bench", index, "txt", 0.0)
    return [{"index": i, "section": b.section or "overview", "path": [], "text": b.text}
            for i, b in enumerate(x for x in rep.blocks if x.kind == "para")]


def _records(n: int) -> list[dict]:
    rng = random.Random(0)
    pool = [_paragraphs(i) for i in range(min(n, 2000))]  # prose of 2,000 reports, recombined
    out = []
    for a in range(n // 2):
        first = pool[a % len(pool)]
        other = pool[(a * 7 + 1) % len(pool)]
        second = [dict(p, text=re.sub(r"\d+", lambda m: str(int(m.group(0)) + 1), p["text"])) if rng.random() < 0.5
                  else dict(other[i % len(other)]) for i, p in enumerate(first)]
        for year, paragraphs in ((2022, first), (2023, second)):
            out.append({"doc_id": f"a{a}-{year}", "status": "ok", "source": {"sha256": f"{a}-{year}"},
                        "metadata": {"agency": f"第{a}号县人民政府", "year": year},
                        "sections": sorted({p["section"] for p in paragraphs}), "paragraphs": paragraphs})
    return out


def bench_reuse(n: int) -> None:
    from nianbao.analysis.reuse import text_reuse, top_reusers

    records = _records(n)
    chars = sum(len(p["text"]) for r in records for p in r["paragraphs"])
    start = time.perf_counter()
    rows = text_reuse(records)
    seconds = time.perf_counter() - start
    overall = [r for r in rows if r.section == "all"]
    mean = sum(r.share for r in overall) / max(1, len(overall))
    print(f"reuse: {len(records):,} reports ({chars / 1e6:.1f} M characters), {len(overall):,} year pairs in "
          f"{seconds:.1f} s (one core); mean share reused {mean:.2f}; most: {top_reusers(rows, 1)}")


def bench_proposals(n: int) -> None:
    from nianbao.core.config import ExtractConfig
    from nianbao.pipeline import extract
    from nianbao.synth.cellerrors import write_clean, write_planted

    config = ExtractConfig(tag=False)
    with tempfile.TemporaryDirectory() as tmp:
        planted = write_planted(f"{tmp}/planted", n)
        counts: Counter = Counter()
        for path, error in planted:
            record = extract(path, config)
            top = record.proposals[0] if record.proposals else None
            located = top is not None and top.cell == error.cell
            for key in ("all", error.kind, error.cell.split(".")[0]):
                counts[key, "n"] += 1
                counts[key, "located"] += located
                counts[key, "value"] += located and top.proposed == error.true_value
        clean = write_clean(f"{tmp}/clean", n)
        false = sum(bool(extract(p, config).proposals) for p in clean)
    for key in ("all", "typo", "transposition", "ocr_confusion", "t3", "t4"):
        if counts[key, "n"]:
            print(f"proposals ({key}): {counts[key, 'n']} planted, cell located {counts[key, 'located'] / counts[key, 'n']:.1%}, "
                  f"right value {counts[key, 'value'] / counts[key, 'n']:.1%}")
    print(f"proposals: {false} of {len(clean)} clean reports got one")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--statements", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--planted", type=int, default=300)
    args = parser.parse_args()
    with threadpool_limits(1):
        if args.statements:
            bench_themes(args.statements)
        if args.reports:
            bench_reuse(args.reports)
        if args.planted:
            bench_proposals(args.planted)


if __name__ == "__main__":
    main()
