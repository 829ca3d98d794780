"""Label Studio round-trip: gold → tasks → import gives the gold back; predictions are pre-annotations."""

from __future__ import annotations

import json
import shutil
import xml.dom.minidom
from pathlib import Path

from typer.testing import CliRunner

from nianbao.core import codebook
from nianbao.cli.app import app
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.labelstudio import labeling_config, parse_span
from nianbao.core.serialize import write_jsonl
from nianbao.core.gold import read_gold
from tests.conftest import GOLD

runner = CliRunner()


def test_gold_survives_export_and_import(gold_records, gold, tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    write_jsonl(gold_records, records)
    tasks = tmp_path / "tasks.json"
    result = runner.invoke(
        app, ["labelstudio", "export", str(records), "-o", str(tasks), "--gold", str(GOLD)]
    )
    assert result.exit_code == 0, result.output
    exported = json.loads(tasks.read_text(encoding="utf-8"))
    # what Label Studio's JSON export adds around the annotations must not matter
    for i, task in enumerate(exported):
        task["id"] = i + 1
        for a in task.get("annotations", []):
            a.update({"id": i + 1000, "was_cancelled": False, "completed_by": 1})
    (tmp_path / "export.json").write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "gold"
    folder.mkdir()
    for r in gold_records:
        shutil.copy(GOLD / f"{r.doc_id}.json", folder)
        g = json.loads((folder / f"{r.doc_id}.json").read_text(encoding="utf-8"))
        if "figures" in g:
            g["figures"] = []  # to be replaced (gold without figures, the pre-2019 reports', stays without)
        if "paragraphs" in g:
            g["paragraphs"] = [{"key": "000000000000", "labels": ["other"]}]
        (folder / f"{r.doc_id}.json").write_text(json.dumps(g, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(
        app, ["labelstudio", "import", str(tmp_path / "export.json"), "--gold", str(folder)]
    )
    assert result.exit_code == 0, result.output
    compared = 0
    for r in gold_records:
        back = read_gold(folder / f"{r.doc_id}.json")
        want = gold[r.doc_id]
        assert back.figures == want.figures, r.doc_id
        assert back.paragraphs == want.paragraphs, r.doc_id
        assert back.cells == want.cells  # the rest of the gold file is kept
        # … and written as the annotator wrote it: the file comes back byte for byte
        assert (folder / f"{r.doc_id}.json").read_text(encoding="utf-8") == \
            (GOLD / f"{r.doc_id}.json").read_text(encoding="utf-8"), r.doc_id
        compared += len(want.figures or []) + len(want.paragraphs or [])
    assert compared > 300
    assert runner.invoke(app, ["gold", "check", str(folder)]).exit_code == 0


def test_predictions_are_pre_annotations(gold_records, tmp_path: Path) -> None:
    record = next(r for r in gold_records if r.doc_id == "sample-2024-township.txt")
    records = tmp_path / "r.jsonl"
    write_jsonl([record], records)
    runner.invoke(
        app,
        [
            "labelstudio",
            "export",
            str(records),
            "-o",
            str(tmp_path / "t.json"),
            "--config",
            str(tmp_path / "c.xml"),
            "--model-version",
            "tagger-1",
        ],
    )
    tasks = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert len(tasks) == len(record.paragraphs) and not any("annotations" in t for t in tasks)
    for task, p in zip(tasks, record.paragraphs):
        assert task["data"]["paragraph_key"] == paragraph_key(p.text) and task["data"]["text"] == p.text
        (pred,) = task["predictions"]
        assert pred["model_version"] == "tagger-1"
        choices = [x for x in pred["result"] if x["type"] == "choices"]
        assert choices[0]["value"]["choices"] == p.labels
    spans = [x for t in tasks for x in t["predictions"][0]["result"] if x["type"] == "labels"]
    assert len(spans) == len([f for f in record.figures if f.paragraph is not None])
    for span in spans:
        v = span["value"]
        task_text = next(t["data"]["text"] for t in tasks if span in t["predictions"][0]["result"])
        assert task_text[v["start"] : v["end"]] == v["text"] and v["labels"][0] in codebook.FIGURE_IDS
    config = xml.dom.minidom.parse(str(tmp_path / "c.xml"))
    names = {
        e.getAttribute("name") for tag in ("Choices", "Labels") for e in config.getElementsByTagName(tag)
    }
    assert names == {"labels", "figure"} and labeling_config().count("<Choice ") == len(
        codebook.PARAGRAPH_LABELS
    )


def test_a_span_an_annotator_drew_is_parsed() -> None:
    assert parse_span("300余件") == {"value": 300, "unit": "件", "approx": True}
    assert parse_span("98.6%") == {"value": 98.6, "unit": "%", "approx": False}
