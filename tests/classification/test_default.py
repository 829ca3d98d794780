"""The shipped model: loads offline, tags what `nianbao extract` returns, and its absence breaks nothing."""

from __future__ import annotations

import json

from nianbao.core.config import ExtractConfig
from nianbao.classification.items import LABELS, Item
from nianbao.classification.registry import load
from nianbao.classification.default import shipped_model_dir
from nianbao.core.gold import load_gold
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.evaluate import evaluate
from nianbao.pipeline import extract
from nianbao.synth.gold import gold_record
from nianbao.synth.render_text import render_text
from nianbao.synth.sample import sample_report
from tests.conftest import GOLD, ROOT, shared


def test_the_shipped_model_has_a_card_with_its_data_and_scores() -> None:
    DEFAULT_MODEL = shipped_model_dir()
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


def test_without_a_model_paragraphs_stay_unlabelled_with_a_warning_in_the_record(tmp_path) -> None:
    config = ExtractConfig(tagger_model=str(tmp_path / "missing"))
    record = extract(ROOT / "corpus" / "samples" / "sample-2024-township.txt", config)
    assert record.paragraphs and all(not p.labels for p in record.paragraphs)
    assert record.status.value == "ok" and record.tables
    (warning,) = [w for w in record.warnings if w.stage == "tag"]
    assert warning.code == "tagger_unavailable" and "missing" in warning.message


def test_a_tagger_that_fails_leaves_the_paragraphs_unlabelled_not_the_record_broken(tmp_path) -> None:
    model = tmp_path / "broken"
    # A model folder whose config names the sklearn backend but whose arrays are missing fails to load.
    model.mkdir()
    (model / "config.json").write_text((shipped_model_dir() / "config.json").read_text(encoding="utf-8"), encoding="utf-8")
    record = extract(ROOT / "corpus" / "samples" / "sample-2024-township.txt", ExtractConfig(tagger_model=str(model)))
    assert record.paragraphs and all(not p.labels and not p.scores for p in record.paragraphs)
    assert [w.code for w in record.warnings if w.stage == "tag"] == ["tagger_unavailable"]


def test_a_tagger_that_raises_while_tagging_costs_the_labels_only(monkeypatch) -> None:
    from nianbao.classification.backends.sklearn import SklearnTagger

    def broken(self, items):
        raise RuntimeError("boom")

    monkeypatch.setattr(SklearnTagger, "predict_scores", broken)
    record = extract(ROOT / "corpus" / "samples" / "sample-2024-township.txt")
    assert record.tables and record.paragraphs and all(not p.labels for p in record.paragraphs)
    assert [w.code for w in record.warnings if w.stage == "tag"] == ["tagger_failed"]
    assert "boom" in record.warnings[-1].message


def _micro_f1(pairs: list[tuple[list[str], list[str]]]) -> float:
    tp = sum(len(set(w) & set(g)) for w, g in pairs)
    wrong = sum(len(set(w) ^ set(g)) for w, g in pairs)
    return 2 * tp / (2 * tp + wrong) if tp + wrong else 0.0


def test_the_shipped_model_tags_paragraphs_whose_section_heading_was_lost(tmp_path) -> None:
    # Real pages cut before 一、总体情况 (or wording it unusually) put its sub-items under 报告说明: the
    # model must still tag them by their sub-headings and text, not as the preamble. Synthetic reports at
    # volume, each paragraph tagged as placed and as placed with its section heading lost.
    tagger = load(shipped_model_dir())
    placed, lost = [], []
    for index in range(40):
        rep = sample_report("lost-section", index, "txt", 0.0)
        path = tmp_path / rep.doc_id
        path.write_bytes(render_text(rep))
        record = extract(path, ExtractConfig(tag=False))
        want = {p["key"]: p["labels"] for p in gold_record(rep)["paragraphs"] if p["labels"]}
        paragraphs = [p for p in record.paragraphs if paragraph_key(p.text) in want]
        items = [Item.of(p) for p in paragraphs]
        gold = [want[paragraph_key(p.text)] for p in paragraphs]
        placed += zip(gold, tagger.tag(items)[0])
        lost += [(g, got) for g, got, item in zip(gold, tagger.tag([i.section_lost() or i for i in items])[0], items)
                 if item.section_lost() is not None]
    assert len(lost) > 300
    assert _micro_f1(lost) >= 0.95 and _micro_f1(lost) >= _micro_f1(placed) - 0.03, (_micro_f1(lost), _micro_f1(placed))
