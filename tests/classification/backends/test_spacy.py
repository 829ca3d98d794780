from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy", reason="the spacy extra is not installed (pip install 'nianbao[spacy]')")

from nianbao.classification.backends.sklearn import SklearnTagger  # noqa: E402
from nianbao.classification.backends.spacy import SpacyTagger  # noqa: E402
from nianbao.classification.base import LABELS  # noqa: E402
from tests.classification.backends.roundtrip import check_overfit_and_round_trip, tiny_data  # noqa: E402


def test_overfit_and_round_trip(tmp_path: Path) -> None:
    tagger = SpacyTagger(seed=0, epochs=8)
    check_overfit_and_round_trip(tagger, tmp_path)
    assert tagger.losses_[-1] < tagger.losses_[0] / 5


def test_any_spacy_user_can_add_the_tagger_as_a_pipe(tmp_path: Path) -> None:
    items, y, _ = tiny_data()
    model = SklearnTagger().fit(items, y).save(tmp_path / "model")
    nlp = spacy.blank("zh")
    nlp.add_pipe("nianbao_tagger", config={"model": str(model)})  # found through the entry point, no import
    texts = [items[0].text, items[1].text]
    docs = list(nlp.pipe(texts))
    single = nlp(texts[0])
    assert set(single.cats) == set(LABELS)
    assert single.cats == docs[0].cats and single._.nianbao_labels
