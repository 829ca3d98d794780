from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nianbao.classification.backends.sklearn import STATE_FILE, SklearnTagger
from nianbao.classification.registry import load
from tests.classification.backends.roundtrip import check_overfit_and_round_trip, tiny_data


def test_overfit_and_round_trip(tmp_path: Path) -> None:
    check_overfit_and_round_trip(SklearnTagger(seed=0), tmp_path)


def test_content_only_mode_ignores_structure(tmp_path: Path) -> None:
    items, y, _ = tiny_data()
    tagger = SklearnTagger(structure=False).fit(items, y)
    assert (tagger.predict_scores(items) == tagger.predict_scores([i.content_only() for i in items])).all()


def test_a_model_file_holding_more_than_plain_arrays_is_refused(tmp_path: Path) -> None:
    items, y, _ = tiny_data()
    directory = SklearnTagger().fit(items, y).save(tmp_path / "model")
    with np.load(directory / STATE_FILE) as state:
        arrays = dict(state)
    arrays["untrusted"] = np.array([print], dtype=object)  # a pickled object: what a swapped-in file would run
    np.savez(directory / STATE_FILE, **arrays)
    with pytest.raises(ValueError, match="refusing to load"):
        load(directory)


def test_scores_are_the_calibrated_models_probabilities() -> None:
    # predict_scores stacks every label's SVM and sigmoid into one product; it must equal sklearn's own.
    items, y, _ = tiny_data()
    tagger = SklearnTagger().fit(items, y)
    X = tagger._features(items)
    expected = np.tile(tagger.constant_, (len(items), 1))
    for j, model in enumerate(tagger.classifiers_):
        if model is not None:
            expected[:, j] = model.predict_proba(X)[:, 1]
    np.testing.assert_allclose(tagger.predict_scores(items), expected, atol=1e-12)
