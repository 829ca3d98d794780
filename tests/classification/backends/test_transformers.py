from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("transformers", reason="the transformers extra is not installed (pip install 'nianbao[transformers]')")
pytest.importorskip("torch", reason="torch is not installed (scripts/setup installs the CPU build)")

from nianbao.classification.backends.transformers import TransformersTagger  # noqa: E402
from tests.classification.backends.roundtrip import check_overfit_and_round_trip, tiny_data  # noqa: E402

ONE_LAYER = {"layers": 1, "hidden": 64, "heads": 2, "intermediate": 128, "max_length": 96, "batch_size": 8}


def test_overfit_and_round_trip_from_scratch(tmp_path: Path) -> None:
    tagger = TransformersTagger(seed=0, epochs=20, **ONE_LAYER)
    check_overfit_and_round_trip(tagger, tmp_path, atol=1e-5)
    assert tagger.losses_[-1] < tagger.losses_[0] / 5


def test_fine_tunes_a_local_checkpoint_directory(tmp_path: Path) -> None:
    # A checkpoint as a user would have one: an encoder and its tokenizer saved with save_pretrained.
    items, y, _ = tiny_data(16)
    base = TransformersTagger(epochs=1, **ONE_LAYER).fit(items, y)
    base.model_.encoder.save_pretrained(tmp_path / "checkpoint")
    base.tokenizer_.save_pretrained(tmp_path / "checkpoint")
    tuned = TransformersTagger(checkpoint=str(tmp_path / "checkpoint"), epochs=1, max_length=96).fit(items, y)
    assert tuned.predict_scores(items[:3]).shape == (3, y.shape[1])
    assert tuned.model_.encoder.config.num_hidden_layers == 1
