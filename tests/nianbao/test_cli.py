from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.serialize import read_jsonl
from tests.conftest import GOLD, SAMPLES

runner = CliRunner()


def test_extract_a_folder_and_a_bad_file_in_one_run(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", str(SAMPLES), str(bad), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = list(read_jsonl(out))
    assert len(records) == 5  # four samples and the broken file: every input accounted for
    assert {r.doc_id: r.status.value for r in records}["broken.docx"] == "error"
    assert "5 inputs → 5 records" in result.output


def test_show_draws_tables_and_marks_checks() -> None:
    result = runner.invoke(app, ["show", str(SAMPLES / "sample-2022-city-government.html")])
    assert result.exit_code == 0, result.output
    assert "收到和处理政府信息公开申请情况" in result.output and "予以公开" in result.output
    assert "✗ H2:natural_person" in result.output
    assert "figures from the prose" in result.output and "proposals.satisfaction_rate" in result.output


def test_show_json_is_a_record() -> None:
    result = runner.invoke(app, ["show", "--json", str(SAMPLES / "sample-2024-township.txt")])
    data = json.loads(result.output)
    assert data["doc_id"] == "sample-2024-township.txt" and data["metadata"]["year"] == 2024


def test_evaluate_scores_and_writes_metrics(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    runner.invoke(app, ["extract", str(SAMPLES), "-o", str(out)])
    metrics = tmp_path / "metrics.json"
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), str(out), "--json", str(metrics)])
    assert result.exit_code == 0, result.output
    data = json.loads(metrics.read_text())
    assert data["documents"] == 4
    assert data["cells"]["all"]["accuracy"] == 1.0 and data["cells"]["all"]["total"] == 798
    assert data["figures"]["documents"] == 4 and data["figures"]["all"]["f1"] >= 0.95
    assert "figures — 4 documents with gold figures" in result.output


def test_evaluate_prints_misses(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    runner.invoke(app, ["extract", str(SAMPLES / "sample-2024-township.txt"), "-o", str(out)])
    line = json.loads(out.read_text())
    line["tables"][1]["cells"][0]["value"] = 999
    out.write_text(json.dumps(line, ensure_ascii=False) + "\n")
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), str(out)])
    assert "miss sample-2024-township.txt t3.new_received.natural_person" in result.output


def test_codebook_exports() -> None:
    csv_out = runner.invoke(app, ["codebook"]).output
    assert csv_out.splitlines()[0] == "kind,id,label,table,format,row,column"
    rows = json.loads(runner.invoke(app, ["codebook", "--format", "json"]).output)
    assert {"kind": "cell", "id": "t3.granted.total", "label": "（一）予以公开 · 总计", "table": "t3",
            "format": "2021", "row": "granted", "column": "total"} in rows
