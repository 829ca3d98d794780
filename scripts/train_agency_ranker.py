"""Rebuild the agency ranker shipped in models/agency_ranker (deterministic):

    .venv/bin/python scripts/train_agency_ranker.py [--shared ../shared] [--per-shape 6] [-o models/agency_ranker]

Training data: ``--per-shape`` synthetic pages of every report shape of ``nianbao.synth.shapes`` and
``MENTION_REPEAT`` times as many of every ``nianbao.synth.mention_pages`` kind (seed ``agencyrank``; each states its
body, or none) and the real reports of corpus/gold (documents by path in shared/ or
corpus/samples). Each page is read as the pipeline reads it (``page_text``) and every body it mentions is a
candidate (``extraction.mentions``); a candidate is right when its key is the stated body's. No dev-page text is
used: the dev pages are what the ranker is measured on (benchmarks/agency_ranker.py).

The threshold is chosen on out-of-fold scores (folds by page; a real report's pages by agency) as the lowest at
which the pages the ranker names are named right at precision ≥ ``PRECISION``; then the model is refitted on all.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from nianbao.core.config import ExtractConfig
from nianbao.extraction import script
from nianbao.extraction.agency import normalise
from nianbao.extraction.layout import analyse
from nianbao.extraction.mentions import FEATURES, RankerModel, candidates, features, scanned
from nianbao.extraction.readers import read
from nianbao.synth.mention_pages import MENTION_KINDS, mention_page
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, render_shape, shape_page

ROOT = Path(__file__).resolve().parents[1]
SEED, C, PRECISION, FOLDS, MENTION_REPEAT = "agencyrank", 1.0, 0.9, 5, 4


def page_text(path: Path) -> str:
    """The text the pipeline's metadata stage reads of a document (simplified view, laid out)."""
    doc, _ = script.simplified_view(read(path, ExtractConfig(tag=False)))
    return analyse(doc).text()


def page_rows(text: str, gold: list[str] | None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """The page's candidate rows, their labels (1: the stated body) and names."""
    body, tail_at = scanned(text)
    cands = candidates(body)
    keys = {normalise(script.to_simplified(g)) for g in gold or []}
    labels = np.array([float(c.key in keys) for c in cands])
    return features(body, tail_at, cands), labels, [c.name for c in cands]


def synthetic_pages(per_shape: int, tmp: Path) -> list[tuple[str, str, list[str] | None]]:
    """(group, text, gold) of ``per_shape`` synthetic report pages of every shape."""
    out = []
    for i in range(per_shape):
        rep = sample_report(SEED, i, "txt", 0.0)
        for shape in SHAPES:
            page = shape_page(rep, shape)
            if not page.is_report:
                continue
            path = tmp / "page.txt"
            path.write_bytes(render_shape(rep, page, "txt"))
            out.append((f"synth:{i % FOLDS}", page_text(path), [page.agency] if page.agency else None))
    for i in range(per_shape * MENTION_REPEAT):  # the placements the ranker is for, beside the rules' shapes
        rep = sample_report(SEED, i, "txt", 0.0)
        for kind in MENTION_KINDS:
            page = mention_page(rep, kind)
            path = tmp / "page.txt"
            path.write_bytes(render_shape(rep, page, "txt"))
            out.append((f"synth:{i % FOLDS}", page_text(path), [page.agency] if page.agency else None))
    return out


def real_pages(shared: Path, log=print) -> list[tuple[str, str, list[str] | None]]:
    """(group, text, gold) of the real reports of corpus/gold with a stated agency."""
    out = []
    for path in sorted((ROOT / "corpus" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        agency = (gold.get("metadata") or {}).get("agency")
        src = gold["source"]
        source = shared / src.split("/", 1)[1] if src.startswith("shared/") else ROOT / src
        if not agency or not source.exists():
            log(f"skipping {gold['doc_id']}: {'no agency' if not agency else f'{source} is missing'}")
            continue
        out.append((f"real:{normalise(agency)}", page_text(source), [agency]))
    return out


def _fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, LogisticRegression]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=C, max_iter=2000).fit((x - mean) / scale, y)
    return mean, scale, clf


def choose_threshold(tops: list[tuple[float, bool]]) -> tuple[float, list[dict]]:
    """The lowest page-top score at which the pages named are named right at precision ≥ ``PRECISION``."""
    table, best = [], 1.0
    for t in np.round(np.arange(0.05, 1.0, 0.05), 2):
        named = [ok for p, ok in tops if p >= t]
        right = sum(named)
        prec = right / len(named) if named else 1.0
        table.append({"threshold": float(t), "named": len(named), "right": right, "precision": round(prec, 4),
                      "pages": len(tops)})
        if prec >= PRECISION and t < best:
            best = float(t)
    return best, table


def train(shared: Path, per_shape: int, log=print) -> RankerModel:
    """The fitted ranker, its threshold set on out-of-fold page scores."""
    with tempfile.TemporaryDirectory() as tmp:
        pages = real_pages(shared, log) + synthetic_pages(per_shape, Path(tmp))
    rows = [(g, *page_rows(text, gold)) for g, text, gold in pages]
    rows = [r for r in rows if len(r[2])]
    groups = sorted({g for g, *_ in rows})
    fold_of = {g: (int(g.split(":")[1]) if g.startswith("synth:") else k % FOLDS) for k, g in enumerate(groups)}
    tops: list[tuple[float, bool]] = []
    for fold in range(FOLDS):
        train_rows = [r for r in rows if fold_of[r[0]] != fold]
        mean, scale, clf = _fit(np.vstack([r[1] for r in train_rows]), np.concatenate([r[2] for r in train_rows]))
        for g, x, y, _ in (r for r in rows if fold_of[r[0]] == fold):
            p = clf.predict_proba((x - mean) / scale)[:, 1]
            tops.append((float(p.max()), bool(y[int(p.argmax())])))
    threshold, table = choose_threshold(tops)
    x, y = np.vstack([r[1] for r in rows]), np.concatenate([r[2] for r in rows])
    mean, scale, clf = _fit(x, y)
    info = {"trained_on": {"pages": len(rows), "real_pages": sum(r[0].startswith("real:") for r in rows),
                           "synthetic_per_shape": per_shape, "candidates": int(len(y)), "positives": int(y.sum()),
                           "seed": SEED},
            "c": C, "folds": FOLDS, "precision_target": PRECISION, "cv_pages": table}
    log(f"{len(rows)} pages, {len(y)} candidates ({int(y.sum())} right); threshold {threshold}")
    return RankerModel(list(FEATURES), mean, scale, clf.coef_[0].astype(np.float64), float(clf.intercept_[0]),
                       threshold, info)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--per-shape", type=int, default=6)
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "models" / "agency_ranker")
    args = parser.parse_args()
    if not args.shared.is_dir():
        sys.exit(f"no shared corpus at {args.shared}")
    model = train(args.shared, args.per_shape)
    model.save(args.output)
    for row in model.info["cv_pages"]:
        print("  ", json.dumps(row))
    print(dict(zip(FEATURES, np.round(model.coef, 2).tolist())))
    print(f"saved to {args.output}")


if __name__ == "__main__":
    main()
