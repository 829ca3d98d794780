"""The shipped model: loads offline, tags what `nianbao extract` returns, and its absence breaks nothing."""

from __future__ import annotations

import json

import pytest

from classification import default
from classification.base import LABELS
from classification.default import DEFAULT_MODEL
from nianbao.evaluate import evaluate, load_gold
from nianbao.pipeline import extract
from tests.conftest import GOLD, ROOT, shared


def test_the_shipped_model_has_a_card_with_its_data_and_scores() -> None:
    config = json.loads((DEFAULT_MODEL / "config.json").read_text(encoding="utf-8"))
    assert config["backend"] == "sklearn" and tuple(config["labels"]) == LABELS
    card = (DEFAULT_MODEL / "README.md").read_text(encoding="utf-8")
    for part in ("## Training data", "## Labels", "## Config", "## Library versions", "leave-one-report-out"):
        assert part in card
    assert config["info"]["loro"]["modes"]["structure"]["micro"]["f1"] >= 0.9


def test_extracted_records_carry_labels_and_scores_that_match_gold() -> None:
    record = extract(shared("seeds/002_ae1eda295b428d02.txt"))
    assert all(p.labels and set(p.scores) == set(LABELS) for p in record.paragraphs)
    result = evaluate({record.doc_id: load_gold(GOLD)[record.doc_id]}, [record])
    # The shipped model saw this report in training: this checks the wiring, the card holds the real scores.
    assert result.paragraphs.micro.f1 >= 0.9


def test_without_a_model_paragraphs_stay_unlabelled_with_a_warning(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("NIANBAO_TAGGER", str(tmp_path / "missing"))
    default.default_tagger.cache_clear()
    try:
        with pytest.warns(UserWarning, match="left unlabelled"):
            record = extract(ROOT / "corpus" / "samples" / "sample-2024-township.txt")
        assert record.paragraphs and all(not p.labels for p in record.paragraphs)
        assert record.status.value == "ok"
    finally:
        default.default_tagger.cache_clear()


def test_a_tagger_that_fails_leaves_the_paragraphs_unlabelled_not_the_record_broken() -> None:
    from classification.backends.sklearn import SklearnTagger
    from classification.default import tag_paragraphs

    record = extract(ROOT / "corpus" / "samples" / "sample-2024-township.txt", tag=False)
    with pytest.warns(UserWarning, match="the tagger failed"):
        tag_paragraphs(record.paragraphs, SklearnTagger())  # never fitted
    assert record.paragraphs and all(not p.labels and not p.scores for p in record.paragraphs)
