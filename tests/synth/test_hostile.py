"""Hostile files: each gives the status its gold expects, fast, and a corpus with them is fully accounted for."""

from __future__ import annotations

import json
import random
import time
import zipfile
from pathlib import Path

import pytest

from nianbao.core.gold import load_gold
from nianbao.evaluation.evaluate import evaluate
from nianbao.pipeline import extract
from nianbao.synth.corpus import generate
from nianbao.synth.hostile import BIG_TEXT_BYTES, BOMB_BYTES, KINDS, MANY_PAGES, write_hostile
from nianbao.core.config import ExtractConfig
from nianbao.synth.sample import sample_report

NEEDS_REPORTLAB = {"truncated_pdf", "encrypted_pdf"}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_hostile_kind_gets_its_expected_status(tmp_path: Path, kind: str) -> None:
    if kind in NEEDS_REPORTLAB:
        pytest.importorskip("reportlab")
    rep = sample_report("h", 3, "pdf" if kind in NEEDS_REPORTLAB else "txt", 0.0)
    path, spec = write_hostile(kind, tmp_path / kind, rep, random.Random(kind))
    start = time.perf_counter()
    record = extract(path, ExtractConfig(tag=False))
    assert time.perf_counter() - start < 20  # refused, not read: no hang
    assert record.status.value == spec.status, (kind, record.errors)
    assert [e.code for e in record.errors] == ([spec.error] if spec.error else [])


def test_the_bombs_and_the_big_file_are_what_they_claim(tmp_path: Path) -> None:
    rep = sample_report("h", 4, "txt", 0.0)
    bomb, _ = write_hostile("zip_bomb_docx", tmp_path / "bomb", rep, random.Random(0))
    with zipfile.ZipFile(bomb) as archive:
        info = archive.getinfo("word/document.xml")
        assert info.file_size > BOMB_BYTES and info.compress_size < 2 * 2**20
        with archive.open(info) as stream:  # a real deflate stream, not a forged size
            assert stream.read(200).startswith(b"<?xml")
    big, _ = write_hostile("big_text", tmp_path / "big", rep, random.Random(0))
    assert big.stat().st_size == BIG_TEXT_BYTES
    pages, _ = write_hostile("many_pages_pdf", tmp_path / "pages", rep, random.Random(0))
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(str(pages))) == MANY_PAGES and pages.stat().st_size < 2**20


def test_a_corpus_with_hostile_files_is_fully_accounted_for(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    generate(tmp_path, 60, ("txt", "html"), seed=2, hostile_rate=0.3)
    manifest = [json.loads(line) for line in (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    files = sorted(p.name for p in (tmp_path / "reports").rglob("*") if p.is_file())
    assert sorted(line["doc_id"] for line in manifest) == files and len(files) == 60
    hostile = [line for line in manifest if line["hostile"]]
    assert len({line["hostile"] for line in hostile}) >= 5
    records = {line["doc_id"]: extract(tmp_path / line["file"], ExtractConfig(tag=False)) for line in manifest}
    for line in manifest:
        record = records[line["doc_id"]]
        assert record.status.value == line["expected_status"], line
        assert [e.code for e in record.errors] == ([line["expected_error"]] if line["expected_error"] else []), line
    result = evaluate(load_gold(tmp_path / "gold"), records.values())
    assert result.documents == 60 and result.status.accuracy == 1.0
    assert result.to_dict()["cells"]["all"]["accuracy"] >= 0.99
