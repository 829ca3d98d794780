from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.core.serialize import read_jsonl
from nianbao.core.gold import UNSET
from tests.conftest import GOLD, SAMPLES, gold, has_cjk_font, is_scan, sample_reports

runner = CliRunner()


def test_extract_a_folder_and_a_bad_file_in_one_run(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "records.jsonl"
    # --no-ocr: the scanned sample comes back as a needs_ocr error in no time instead of seconds a page.
    result = runner.invoke(app, ["extract", str(SAMPLES), str(bad), "-o", str(out), "--no-ocr"])
    assert result.exit_code == 0, result.output
    records = list(read_jsonl(out))
    n = len(sample_reports()) + 1
    assert len(records) == n  # every sample and the broken file: every input accounted for
    statuses = {r.doc_id: r.status.value for r in records}
    assert statuses["broken.docx"] == "error"
    assert {d: s for d, s in statuses.items() if s == "error"} == {"broken.docx": "error"} | {
        p.name: "error" for p in sample_reports() if is_scan(p)}
    errors = sum(s == "error" for s in statuses.values())
    assert f"{n} inputs = {n - errors} records + {errors} errors + 0 skipped" in result.output


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
    runner.invoke(app, ["extract", str(SAMPLES), "-o", str(out), "--no-ocr"])
    metrics = tmp_path / "metrics.json"
    result = runner.invoke(app, ["evaluate", "--gold", str(GOLD), str(out), "--json", str(metrics)])
    assert result.exit_code == 0, result.output
    data = json.loads(metrics.read_text())
    assert data["documents"] == len(sample_reports())
    # Every cell of every sample is right, but the scan's (not OCR'd here) and, where no CJK font is
    # installed, the generated PDFs' (pdfium cannot measure their STSong-Light without one).
    excused = {p.name for p in sample_reports() if is_scan(p) or (p.suffix == ".pdf" and not has_cjk_font())}
    missed = {m["doc_id"] for m in data["misses"] if m["item"] in gold(m["doc_id"]).cells}
    assert missed <= excused and {p.name for p in sample_reports() if is_scan(p)} <= missed
    assert data["cells"]["all"]["total"] == sum(len(gold(p.name).cells) for p in sample_reports())
    with_figures = sum(gold(p.name).figures is not UNSET for p in sample_reports())
    # The scan's figures are all missed here (no OCR), and a wrapped sentence in a table section of a
    # PDF loses its figures (nianbao.extraction.figures takes only lines that end a sentence).
    assert data["figures"]["documents"] == with_figures and data["figures"]["all"]["f1"] >= 0.9
    assert f"figures — {with_figures} documents with gold figures" in result.output


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


def test_extract_refuses_unknown_plugin_names_before_the_run(tmp_path: Path) -> None:
    report = str(SAMPLES / "sample-2024-township.txt")
    for option, value, known in [("--reader", "nope", "markdown"), ("--tables", "geometry,nope", "camelot"),
                                 ("--aligners", "grid,nope", "text")]:
        result = runner.invoke(app, ["extract", report, "-o", str(tmp_path / "r.jsonl"), option, value])
        assert result.exit_code == 2, result.output
        assert "'nope'" in result.output and known in result.output
    assert not (tmp_path / "r.jsonl").exists()
    result = runner.invoke(app, ["extract", report, "-o", str(tmp_path / "r.jsonl"), "--aligners", "text", "--no-tag"])
    assert result.exit_code == 0, result.output
    assert {t.extractor for r in read_jsonl(tmp_path / "r.jsonl") for t in r.tables} == {"text"}
