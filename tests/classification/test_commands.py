"""``nianbao train`` and ``nianbao tag`` on real reports, for every backend whose extra is installed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nianbao.classification.items import LABELS
from nianbao.cli.app import app
from tests.conftest import GOLD, shared

runner = CliRunner()
SMALL = {"sklearn": [], "spacy": ["--set", "epochs=3"],
         "transformers": ["--set", "layers=1", "--set", "hidden=32", "--set", "heads=2", "--set", "intermediate=64",
                          "--set", "epochs=1", "--set", "max_length=64"]}
EXTRA = {"sklearn": "sklearn", "spacy": "spacy", "transformers": "transformers"}


@pytest.mark.parametrize("backend", list(SMALL))
def test_train_then_tag_a_report_and_a_jsonl(backend: str, tmp_path: Path) -> None:
    if importlib.util.find_spec(EXTRA[backend]) is None:
        pytest.skip(f"the {backend} extra is not installed")
    seeds = [shared("seeds/000_163e1b7d224b13dc.txt"), shared("seeds/004_0e482e19bd443c5d.txt")]
    model = tmp_path / "model"
    args = ["train", "--corpus", str(seeds[0]), "--corpus", str(seeds[1]), "--gold", str(GOLD), "--synthetic", "100",
            "--backend", backend, "-o", str(model), *SMALL[backend]]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    card = (model / "README.md").read_text(encoding="utf-8")
    assert "000_163e1b7d224b13dc.txt" in card and "## Labels" in card

    out = tmp_path / "tagged.jsonl"
    result = runner.invoke(app, ["tag", str(shared("seeds/002_ae1eda295b428d02.txt")), "-m", str(model), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 17 and all(r["labels"] and set(r["scores"]) == set(LABELS) for r in rows)

    paragraphs = tmp_path / "paragraphs.jsonl"
    paragraphs.write_text(json.dumps({"text": "本年度未收取信息处理费。", "section": "other_matters"}, ensure_ascii=False)
                          + "\n", encoding="utf-8")
    result = runner.invoke(app, ["tag", str(paragraphs), "-m", str(model), "--content-only"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["doc_id"] == "paragraphs.jsonl"


def test_train_scores_leave_one_report_out(tmp_path: Path) -> None:
    seeds = [shared(f"seeds/{name}") for name in ("000_163e1b7d224b13dc.txt", "003_fd629941e7a907e0.txt",
                                                  "004_0e482e19bd443c5d.txt")]
    metrics = tmp_path / "loro.json"
    args = ["train", *[a for s in seeds for a in ("--corpus", str(s))], "--gold", str(GOLD), "--loro",
            "--synthetic", "300", "--json", str(metrics)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "leave-one-report-out, content" in result.output and "prior_rectification" in result.output
    data = json.loads(metrics.read_text(encoding="utf-8"))
    assert len(data["documents"]) == 3
    # Three reports of one format, their headings intact: the structure must carry most labels.
    assert data["modes"]["structure"]["micro"]["f1"] >= 0.8


def test_train_chooses_the_threshold_on_the_training_reports_only(tmp_path: Path) -> None:
    from nianbao.classification.cv import THRESHOLDS
    from nianbao.classification.registry import load

    seeds = [shared(f"seeds/{name}") for name in ("000_163e1b7d224b13dc.txt", "003_fd629941e7a907e0.txt",
                                                  "004_0e482e19bd443c5d.txt")]
    metrics, model = tmp_path / "loro.json", tmp_path / "model"
    args = ["train", *[a for s in seeds for a in ("--corpus", str(s))], "--gold", str(GOLD), "--loro", "--tune-threshold",
            "--synthetic", "300", "--json", str(metrics), "-o", str(model)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    chosen = json.loads(metrics.read_text(encoding="utf-8"))["settings"]["thresholds_chosen_per_fold"]
    # Nested: every held-out report had its threshold chosen on the two others.
    assert set(chosen) == {s.name for s in seeds} and set(chosen.values()) <= set(THRESHOLDS)
    tagger = load(model)
    assert tagger.config.threshold in THRESHOLDS and tagger.info["threshold_chosen_by_cv"] is True

    result = runner.invoke(app, [*args[:5], "--gold", str(GOLD), "--tune-threshold", "-o", str(model)])
    assert result.exit_code != 0 and "at least 3 reports" in result.output  # two reports cannot nest a choice


def test_train_needs_somewhere_to_put_the_model() -> None:
    result = runner.invoke(app, ["train", "--corpus", "nowhere"])
    assert result.exit_code != 0


def test_evaluate_prints_paragraph_scores_where_gold_has_them(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(shared("seeds/003_fd629941e7a907e0.txt")), "-o", str(records)])
    assert result.exit_code == 0, result.output
    metrics = tmp_path / "metrics.json"
    result = runner.invoke(app, ["evaluate", str(records), "--gold", str(GOLD), "--json", str(metrics)])
    assert result.exit_code == 0, result.output
    assert "paragraph labels — 12 paragraphs" in result.output and "close labels" in result.output
    scores = json.loads(metrics.read_text(encoding="utf-8"))["paragraphs"]
    assert scores["paragraphs"] == 12 and set(scores["micro"]) == {"precision", "recall", "f1"}


def test_a_wrong_setting_or_model_is_an_error_message_not_a_traceback(tmp_path: Path) -> None:
    seed = str(shared("seeds/000_163e1b7d224b13dc.txt"))
    result = runner.invoke(app, ["train", "--corpus", seed, "-o", str(tmp_path / "m"), "--set", "colour=blue"])
    assert result.exit_code == 2 and "unknown settings for the sklearn backend: colour" in result.output
    result = runner.invoke(app, ["tag", seed, "-m", str(tmp_path / "nothing-here")])
    assert result.exit_code == 2 and "cannot load the tagger" in result.output


def test_train_scores_leave_one_agency_out(tmp_path: Path) -> None:
    # 000 and 003 are one agency's (临淄区工业和信息化局) two years: they leave together.
    seeds = [shared(f"seeds/{name}") for name in ("000_163e1b7d224b13dc.txt", "003_fd629941e7a907e0.txt",
                                                  "004_0e482e19bd443c5d.txt")]
    metrics = tmp_path / "agency.json"
    args = ["train", *[a for s in seeds for a in ("--corpus", str(s))], "--gold", str(GOLD), "--cv", "agency",
            "--synthetic", "300", "--json", str(metrics)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "leave-one-agency-out, content" in result.output and "bootstrap interval" in result.output
    data = json.loads(metrics.read_text(encoding="utf-8"))
    assert data["protocol"] == "agency" and len(data["documents"]) == 3
    assert data["groups"] == ["临淄·工业和信息化局", "临淄·行政审批服务局"]
    assert set(data["per_document"]) == {s.name for s in seeds}
    assert data["bootstrap_over_groups"]["structure"]["groups"] == 2


def test_train_refuses_an_unknown_protocol(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "--corpus", str(tmp_path), "--cv", "province"])
    assert result.exit_code != 0 and "--cv" in result.output
