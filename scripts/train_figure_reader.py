"""Rebuild the learned figure reader shipped in models/figures (deterministic):

    .venv/bin/python scripts/train_figure_reader.py [--shared ../shared] [--synthetic 1000] [-o models/figures]

Training data: every real report with gold figures (corpus/gold/*.json that has a ``figures`` list; the
documents by path in shared/ or corpus/samples, read by the pipeline without the tagger, each paragraph
once however many formats repeat it) and ``--synthetic`` synthetic reports (``nianbao.synth.sample``,
seed ``figlearn``, weight ``SYNTHETIC_WEIGHT`` against a real paragraph). No dev-page text is used.

The threshold is chosen on out-of-fold probabilities of the real reports' numbers, folds by agency (synthetic
reports in folds of their own), for precision ≥ 0.95 of the reader's additions; then the model is refitted
on everything. Gold of older annotations records fewer ids than the grammar reads: such a number takes the
grammar's id, not NONE (``learned_training.paragraph_examples``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.groups import grouping
from nianbao.extraction.figures.learned import NONE
from nianbao.extraction.figures.learned_training import Example, choose_threshold, fit, out_of_fold, paragraph_examples
from nianbao.pipeline import extract
from nianbao.synth.sample import sample_report

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC_WEIGHT, SEED, C, PRECISION, FOLDS = 0.3, "figlearn", 4.0, 0.95, 5


def _source(gold: dict, shared: Path) -> Path:
    src = gold["source"]
    return shared / src.split("/", 1)[1] if src.startswith("shared/") else ROOT / src


def real_examples(shared: Path, gold_dir: Path, log=print) -> list[Example]:
    """Examples from the real reports with gold figures, each paragraph once (the first document that has it)."""
    agency = grouping("agency", gold_dir)
    golds = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(gold_dir.glob("*.json"))]
    # The paragraphs the gold knows (a report's text or HTML copy lists them): an OCR reading of a scanned copy
    # words a paragraph differently, and its figures' gold would be missed (every number taken for NONE).
    known = {p["key"] for g in golds for p in g.get("paragraphs", [])} | \
        {f.get("paragraph_key") for g in golds for f in g.get("figures", [])}
    seen: set[str] = set()
    out: list[Example] = []
    for gold in golds:
        if "figures" not in gold:  # figures not annotated (pre-2019 reports): no NONE may be inferred there
            continue
        source = _source(gold, shared)
        if not source.exists():
            log(f"skipping {gold['doc_id']}: {source} is missing")
            continue
        record = extract(source, ExtractConfig(tag=False))
        group = agency(record) if agency else gold["doc_id"]
        by_key: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for fig in gold["figures"]:
            by_key[fig.get("paragraph_key")].append((fig["id"], fig["value"]))
        for p in record.paragraphs:
            key = paragraph_key(p.text)
            if key in seen or key not in known:
                continue
            seen.add(key)
            out += paragraph_examples(p.text, by_key.get(key, []), f"real:{group}")
    return out


def synthetic_examples(n: int, seed: str = SEED) -> list[Example]:
    """Examples from ``n`` synthetic reports' paragraphs (gold: the report's figures by paragraph key)."""
    out: list[Example] = []
    for index in range(n):
        rep = sample_report(seed, index, "txt", 0.0)
        by_key: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for fig in rep.figures:
            by_key[fig["paragraph_key"]].append((fig["id"], fig["value"]))
        for block in rep.blocks:
            if block.kind == "para":
                out += paragraph_examples(block.text, by_key.get(paragraph_key(block.text), []),
                                          f"synth:{index % FOLDS}", SYNTHETIC_WEIGHT)
    return out


def train(shared: Path, synthetic: int, log=print) -> tuple[object, dict]:
    """The fitted model (threshold set by cross-validation) and what the card reports."""
    started = time.time()
    real = real_examples(shared, ROOT / "corpus" / "gold", log)
    synth = synthetic_examples(synthetic)
    examples = real + synth
    log(f"examples: {len(real)} real ({sum(e.label != NONE for e in real)} figures), "
        f"{len(synth)} synthetic ({sum(e.label != NONE for e in synth)} figures)")
    preds = out_of_fold(examples, FOLDS, C)
    _, table = choose_threshold(preds, PRECISION)
    # The threshold is set on the real reports' out-of-fold predictions (each from a model that saw no report
    # of that agency): synthetic reports repeat their templates across folds, so they would flatter it.
    real_preds = [p for p, ex in zip(preds, examples) if ex.group.startswith("real:")]
    threshold, table_real = choose_threshold(real_preds, PRECISION)
    # The reader's own operating set: numbers of real reports the grammar read nothing from.
    left = [p for p, ex in zip(preds, examples) if ex.group.startswith("real:") and not ex.grammar_read]
    _, table_left = choose_threshold(left, PRECISION)
    info = {
        "trained_on": {"real_documents_groups": sorted({e.group for e in real}), "real_examples": len(real),
                       "real_figures": sum(e.label != NONE for e in real), "synthetic_reports": synthetic,
                       "synthetic_examples": len(synth), "synthetic_figures": sum(e.label != NONE for e in synth),
                       "synthetic_weight": SYNTHETIC_WEIGHT, "seed": SEED},
        "c": C, "folds": FOLDS, "precision_target": PRECISION, "threshold": threshold,
        "cv_all": table, "cv_real_only": table_real, "cv_grammar_left": table_left,
        "classes": dict(sorted(Counter(e.label for e in examples).items())),
    }
    model = fit(examples, C, threshold=threshold, info=info)
    log(f"threshold {threshold}; trained in {time.time() - started:.0f} s; {len(model.vocabulary)} features, "
        f"{len(model.classes)} classes")
    return model, info


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--synthetic", type=int, default=1000)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "models" / "figures")
    args = parser.parse_args()
    if not args.shared.is_dir():
        sys.exit(f"no shared corpus at {args.shared}")
    model, info = train(args.shared, args.synthetic)
    model.save(args.output)
    for name in ("cv_all", "cv_real_only", "cv_grammar_left"):
        print(name)
        for row in info[name]:
            print("  ", json.dumps(row))
    print(f"saved to {args.output}")


if __name__ == "__main__":
    main()
