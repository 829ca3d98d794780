from __future__ import annotations

import io
import zipfile

import pytest

from nianbao.core.document import TableBlock, TextBlock
from nianbao.extraction.readers import ReadError, read
from nianbao.extraction.readers.docx import DocxReader
from tests.conftest import SAMPLES, shared


def test_template_tables_in_document_order_with_merged_cells_once() -> None:
    doc = read(shared("corpus/govnianbao__template-2021format-blank.docx"))
    kinds = ["T" if isinstance(b, TableBlock) else b.text for b in doc.blocks]
    assert kinds.index("二、主动公开政府信息情况") < kinds.index("T") < kinds.index("三、收到和处理政府信息公开申请情况")
    sizes = [(len(t.grid), len(t.grid[0])) for t in doc.tables]
    assert sizes == [(14, 4), (28, 10), (4, 15)]
    t2 = doc.tables[0]
    # 第二十条第（一）项 spans the whole first row: one origin, not four cells
    assert {t2.grid[0][c].origin for c in range(4)} == {(0, 0)}
    assert [t2.is_origin(0, c) for c in range(4)] == [True, False, False, False]
    t3 = doc.tables[1]
    assert t3.grid[26][0].origin == t3.grid[5][0].origin == (5, 0)  # 三、本年度办理结果 merged down the rows


def test_sample_docx_reads_paragraphs_and_tables() -> None:
    doc = read(SAMPLES / "sample-2023-county-bureau.docx")
    assert isinstance(doc.blocks[0], TextBlock)
    assert len(doc.tables) == 3


def test_truncated_docx_is_a_clear_error() -> None:
    data = (SAMPLES / "sample-2023-county-bureau.docx").read_bytes()
    with pytest.raises(ReadError) as info:
        DocxReader().read(data[: len(data) // 2], "cut.docx")
    assert info.value.code == "corrupt_docx"


def test_zip_that_is_not_word_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ReadError) as info:
        DocxReader().read(buf.getvalue(), "x.docx")
    assert info.value.code == "corrupt_docx"


def test_zip_bomb_is_refused_before_unpacking(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("nianbao.extraction.readers.docx.MAX_UNZIPPED_BYTES", 1000)
    with pytest.raises(ReadError) as info:
        DocxReader().read((SAMPLES / "sample-2023-county-bureau.docx").read_bytes(), "x.docx")
    assert info.value.code == "too_large"


def test_a_damaged_part_other_than_the_body_costs_only_itself(tmp_path) -> None:
    import io
    import zipfile

    from nianbao.core.config import ExtractConfig
    from nianbao.pipeline import extract

    sample = SAMPLES / "sample-2023-county-bureau.docx"
    src, out = zipfile.ZipFile(sample), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            dst.writestr(info, body[: len(body) // 2] if info.filename == "docProps/core.xml" else body)
    damaged = tmp_path / sample.name
    damaged.write_bytes(out.getvalue())
    clean, record = extract(sample, ExtractConfig(tag=False)), extract(damaged, ExtractConfig(tag=False))
    assert record.status.value != "error" and record.tables == clean.tables
    assert [(w.code, w.stage) for w in record.warnings if w.code == "part_dropped"] == [("part_dropped", "read")]
    assert "docProps/core.xml" in record.warnings[0].message


def test_a_cut_download_is_read_from_the_parts_before_the_cut(tmp_path) -> None:
    from nianbao.core.config import ExtractConfig
    from nianbao.pipeline import extract

    sample = SAMPLES / "sample-2023-county-bureau.docx"
    cut = tmp_path / sample.name
    cut.write_bytes(sample.read_bytes()[:-300])  # the zip's central directory is gone
    clean, record = extract(sample, ExtractConfig(tag=False)), extract(cut, ExtractConfig(tag=False))
    assert record.status.value != "error" and record.tables == clean.tables
    assert any(w.code == "part_dropped" and "cut short" in w.message for w in record.warnings)
