"""Damaged PDFs made from the bundled samples: a page that cannot be loaded is skipped and named, the
other pages are read; a file pdfium refuses, or a page it cannot load, gets a repair pass by qpdf."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pikepdf
import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.problems import ProblemCode
from nianbao.core.record import Status
from nianbao.pipeline import extract
from tests.conftest import SAMPLES, needs_cjk_font

SAMPLE = SAMPLES / "sample-2023-county-bureau-ruled.pdf"  # four pages: t2 on page 2, t3 and t4 after
CONFIG = ExtractConfig(tag=False)


@pytest.fixture(autouse=True)
def _font() -> None:
    needs_cjk_font()


def _cells(record) -> dict[str, tuple[object, int | None]]:
    return {c.id: (c.value, c.source.page if c.source else None) for t in record.tables for c in t.cells
            if c.value is not None}


@pytest.fixture(scope="module")
def clean():
    record = extract(SAMPLE, CONFIG)
    assert record.status is Status.OK
    return record


def _page_object(data: bytes, pdf_page: int) -> int:
    """The byte offset of page ``pdf_page``'s (0-based) dictionary in the file."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        number = pdf.pages[pdf_page].objgen[0]
    return re.search(rb"\n%d 0 obj\s*" % number, data).end()


def test_a_page_pdfium_cannot_load_is_skipped_and_the_others_are_read(tmp_path: Path, clean) -> None:
    data = SAMPLE.read_bytes()
    at = _page_object(data, 1)
    assert data[at:at + 2] == b"<<"
    path = tmp_path / "page2.pdf"
    path.write_bytes(data[:at] + b"(<" + data[at + 2:])  # page 2's dictionary is now a string: unloadable
    record = extract(path, CONFIG)
    assert record.status is Status.PARTIAL and not record.errors
    (skipped,) = [w for w in record.warnings if w.code == ProblemCode.PAGE_SKIPPED]
    assert skipped.stage == "read" and skipped.message.startswith("page 2 of 4 could not be read")
    assert "Failed to load page" in skipped.message
    got, want = _cells(record), _cells(clean)
    assert {page for _, page in got.values()} == {3, 4}  # the pages after it keep their page numbers
    assert {k: v for k, v in want.items() if v[1] != 2} == got  # every cell of every other page
    assert record.paragraphs and record.metadata.agency == clean.metadata.agency


def test_a_page_qpdf_can_mend_is_read_after_the_repair_pass(tmp_path: Path, clean) -> None:
    with pikepdf.open(SAMPLE) as pdf:
        pdf.pages[1].obj.Type = pikepdf.Name.Font  # pdfium refuses to load a page typed as a font
        pdf.save(tmp_path / "typed.pdf")
    record = extract(tmp_path / "typed.pdf", CONFIG)
    assert [w.code for w in record.warnings] == [ProblemCode.PDF_REPAIRED]
    assert _cells(record) == _cells(clean)


def test_a_cut_pdf_is_repaired_and_read_in_part(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: int(len(data) * 0.7)])
    record = extract(path, CONFIG)
    assert record.status is Status.PARTIAL
    assert ProblemCode.PDF_REPAIRED in [w.code for w in record.warnings]
    assert any(c.value is not None for t in record.tables for c in t.cells)


def test_a_pdf_without_its_cross_reference_table_is_read_whole(tmp_path: Path, clean) -> None:
    data = SAMPLE.read_bytes()
    path = tmp_path / "noxref.pdf"
    path.write_bytes(data[: data.rindex(b"xref")])
    record = extract(path, CONFIG)
    assert record.status is Status.OK and _cells(record) == _cells(clean)


def test_every_page_broken_is_a_corrupt_pdf(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    for at in [_page_object(data, page) for page in range(4)]:
        data = data[:at] + b"(<" + data[at + 2:]
    path = tmp_path / "all.pdf"
    path.write_bytes(data)
    record = extract(path, CONFIG)
    assert record.status is Status.ERROR and [e.code for e in record.errors] == [ProblemCode.CORRUPT_PDF]
    assert "none of its 4 pages could be read" in record.errors[0].message
