"""The overfit-and-round-trip check every trainable backend passes (after spaCy's tests for textcat):
tiny data and a fixed seed, the model learns it, save → load gives the same scores, a batch scores
like its items one by one."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from nianbao.classification.base import Tagger

from nianbao.classification.items import LABELS, decide
from nianbao.classification.examples import arrays
from nianbao.classification.registry import load
from nianbao.classification.synthetic import synthetic_examples


def tiny_data(n: int = 48):
    return arrays(synthetic_examples(n, seed=7))


def check_overfit_and_round_trip(tagger: Tagger, tmp_path: Path, min_exact: float = 0.9, atol: float = 1e-6) -> None:
    items, y, _ = tiny_data()
    tagger.fit(items, y)
    labels = decide(tagger.predict_scores(items), tagger.config.thresholds())
    exact = np.mean([set(p) == {label for label, v in zip(LABELS, row) if v} for p, row in zip(labels, y)])
    assert exact >= min_exact, f"the {tagger.name} backend did not learn 48 paragraphs ({exact:.2f} exact)"

    scores = tagger.predict_scores(items)
    assert scores.shape == (len(items), y.shape[1]) and ((0 <= scores) & (scores <= 1)).all()
    loaded = load(tagger.save(tmp_path / "model"))
    assert type(loaded) is type(tagger) and loaded.config == tagger.config
    np.testing.assert_allclose(loaded.predict_scores(items), scores, atol=atol)
    one_by_one = np.vstack([loaded.predict_scores([item]) for item in items[:8]])
    np.testing.assert_allclose(one_by_one, scores[:8], atol=atol)
    assert loaded.predict_scores([]).shape == (0, y.shape[1])

