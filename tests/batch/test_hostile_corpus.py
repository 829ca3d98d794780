from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.batch import BatchOptions, run_batch
from nianbao.batch.inputs import discover
from nianbao.batch.runner import RECORDS
from nianbao.synth.corpus import generate


def test_a_corpus_with_five_percent_hostile_files_finishes_with_every_input_accounted_for(tmp_path: Path) -> None:
    pytest.importorskip("reportlab", reason="the hostile encrypted and truncated PDFs are written with reportlab")
    generate(tmp_path / "corpus", 160, ("txt", "html"), seed=5, hostile_rate=0.05)
    manifest = {line["doc_id"]: line for line in map(json.loads, (tmp_path / "corpus" / "manifest.jsonl").read_text(
        encoding="utf-8").splitlines())}
    assert sum(bool(m["hostile"]) for m in manifest.values()) >= 5

    files = discover([tmp_path / "corpus" / "reports"])
    summary = run_batch(files, tmp_path / "run", BatchOptions(workers=2, timeout=120))
    assert summary.inputs == len(manifest) and summary.balanced
    records = {r["doc_id"]: r for r in map(json.loads, (tmp_path / "run" / RECORDS).read_text(encoding="utf-8").splitlines())}
    assert len(records) + summary.skipped_duplicate == len(manifest)
    for doc_id, record in records.items():
        expected = manifest[doc_id]
        assert record["status"] == expected["expected_status"], (doc_id, expected["hostile"], record["errors"])
        if expected.get("expected_error"):
            assert record["errors"][0]["code"] == expected["expected_error"], (doc_id, record["errors"])
