"""The PDF reader: a real report (洪泽区 2023, ruled, table 三 across pages 3–4), the PDFs typeset from
the bundled samples (corpus/samples/build_pdfs.py: ruled, borderless, split, scanned) against their
gold, and hostile files."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from nianbao.core.document import TextBlock
from nianbao.extraction.pdf import ocr
from nianbao.extraction.readers import read
from nianbao.evaluation.evaluate import cell_matches
from nianbao.pipeline import extract
from nianbao.core.record import CellKind, CheckStatus, Record, Status
from nianbao.core.serialize import dumps, from_dict
from nianbao.core.config import ExtractConfig
from tests.conftest import SAMPLES, gold, gold_documents, is_scan, needs_cjk_font, shared

sys.path.insert(0, str(SAMPLES))
import build_pdfs  # noqa: E402  (corpus/samples is no package)

HONGZE = "corpus/kirogov__huaian-hongze-2023.pdf"
GENERATED = [doc_id for doc_id, source in gold_documents()
             if source.startswith("corpus/samples/") and doc_id.endswith(".pdf")]
RULED = [d for d in GENERATED if d.endswith(("-ruled.pdf", "-split.pdf"))]
BORDERLESS = [d for d in GENERATED if d.endswith("-borderless.pdf")]
SCANNED = [d for d in GENERATED if is_scan(Path(d))]
FOLIO = re.compile(r"(^|\s)[-—–]\s*\d{1,3}\s*[-—–](\s|$)")


def wrong_cells(record: Record, doc_id: str) -> dict[str, tuple]:
    """Gold cells the record does not match: id -> (gold, what the record says)."""
    out = {}
    for cid, want in gold(doc_id).cells.items():
        cell = record.cell(cid)
        if not cell_matches(want, cell):
            out[cid] = (want, None if cell is None else (cell.kind.value, cell.value, cell.raw))
    return out


def failing(record: Record) -> set[str]:
    return {c.key for c in record.checks if c.status is CheckStatus.FAIL}


def page_sizes(path: Path) -> list[tuple[float, float]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_size() for i in range(len(pdf))]
    finally:
        pdf.close()


def assert_cells_located(record: Record, path: Path, tables: tuple[str, ...] = ("t2", "t3", "t4")) -> None:
    """Every cell read from a PDF grid says its page and a box inside that page."""
    sizes = page_sizes(path)
    for table in (record.table(key) for key in tables):
        for cell in table.cells:
            if cell.kind is CellKind.MISSING:
                continue
            source = cell.source
            assert source.page is not None and 1 <= source.page <= len(sizes), (cell.id, source)
            width, height = sizes[source.page - 1]
            x0, top, x1, bottom = source.bbox
            assert 0 <= x0 < x1 <= width and 0 <= top < bottom <= height, (cell.id, source.bbox)


# --- 洪泽区 2023: a real ruled report --------------------------------------------------------------
@pytest.fixture(scope="module")
def hongze() -> tuple[Path, Record]:
    path = shared(HONGZE)
    return path, extract(path)


def test_hongze_cells_and_identity_breaks_match_gold(hongze) -> None:
    _, record = hongze
    assert not wrong_cells(record, "kirogov__huaian-hongze-2023.pdf")
    # The report's own totals break H4 twice; nothing else may break.
    assert failing(record) == set(gold("kirogov__huaian-hongze-2023.pdf").identity_breaks)
    assert {t.extractor for t in record.tables} == {"geometry"}


def test_hongze_grid_cells_have_a_page_and_a_box_inside_it(hongze) -> None:
    path, record = hongze
    assert_cells_located(record, path)


def test_hongze_table_3_is_one_grid_across_pages_3_and_4(hongze) -> None:
    path, record = hongze
    t3 = record.table("t3")
    assert {c.source.page for c in t3.cells} == {3, 4}
    assert len({c.source.block for c in t3.cells}) == 1  # one table block, joined
    doc = read(path)
    joined = [b for b in doc.tables if {c.page for row in b.grid for c in row} == {3, 4}]
    assert len(joined) == 1 and len(joined[0].grid[0]) == 10


def test_hongze_reading_order_puts_row_1_of_table_3_before_row_2(hongze) -> None:
    _, record = hongze
    t3 = record.table("t3")
    first, second = t3.cell("t3.new_received.total").source, t3.cell("t3.carried_over.total").source
    assert first.page == second.page == 3
    assert first.row < second.row and first.bbox[3] <= second.bbox[1] + 1


def test_hongze_paragraph_of_section_5_continues_across_the_page_break(hongze) -> None:
    path, record = hongze
    doc = read(path)
    lines = [b for b in doc.blocks if isinstance(b, TextBlock)]
    last_of_4 = [b for b in lines if b.origin.page == 4][-1]
    first_of_5 = next(b for b in lines if b.origin.page == 5)
    assert last_of_4.wraps  # the sentence runs on over the page break (the folio between is dropped)
    holding = [p for p in record.paragraphs if first_of_5.text in p.text]
    assert len(holding) == 1 and last_of_4.text in holding[0].text and holding[0].section == "problems"
    # And no paragraph starts mid-sentence: every one ends where a sentence ends.
    assert all(p.text.endswith("。") for p in record.paragraphs), [p.text[-5:] for p in record.paragraphs]


def test_hongze_page_numbers_are_not_text(hongze) -> None:
    path, record = hongze
    pdf = pdfium.PdfDocument(str(path))
    try:  # the pages do carry folios ('-1-' at the foot) …
        texts = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    for number, text in enumerate(texts, 1):
        assert any(re.fullmatch(rf"-\s*{number}\s*-", line.strip()) for line in text.splitlines()), number
    # … and none of them reaches the document's text or the record's paragraphs.
    doc = read(path)
    assert not [b.text for b in doc.text_blocks if re.fullmatch(r"[-—–]?\s*\d{1,3}\s*[-—–]?", b.text.strip())]
    assert not [p.text for p in record.paragraphs if FOLIO.search(p.text)]


# --- PDFs typeset from the samples ---------------------------------------------------------------
def original_sample(doc_id: str) -> Path:
    """The sample a generated PDF was typeset from ('sample-2020-…-ruled.pdf' -> 'sample-2020-….txt')."""
    stem = doc_id.rsplit("-", 1)[0]
    return next(p for p in SAMPLES.iterdir() if p.stem == stem and p.suffix != ".pdf")


@pytest.mark.parametrize("extractor", ["geometry", "camelot"])
@pytest.mark.parametrize("doc_id", RULED)
def test_ruled_pdf_cells_match_gold_with_each_extractor(doc_id: str, extractor: str) -> None:
    needs_cjk_font()
    path = SAMPLES / doc_id
    record = extract(path, ExtractConfig(pdf_tables=(extractor,)))
    assert not wrong_cells(record, doc_id)
    assert failing(record) == set(gold(doc_id).identity_breaks)
    assert {t.extractor for t in record.tables} == {extractor}  # every table read from the ruled grid
    assert_cells_located(record, path)
    pages = sorted({c.source.page for c in record.table("t3").cells})
    if doc_id.endswith("-split.pdf"):  # one grid joined over the forced page break
        assert len(pages) == 2 and pages[1] == pages[0] + 1
        assert len({c.source.block for c in record.table("t3").cells}) == 1
    else:
        assert len(pages) == 1


@pytest.mark.parametrize("doc_id", BORDERLESS)
def test_borderless_pdf_cells_match_gold_from_text_lines(doc_id: str) -> None:
    needs_cjk_font()
    record = extract(SAMPLES / doc_id)
    assert not read(SAMPLES / doc_id).tables  # no rules, no grid: the text aligner reads the lines
    assert not wrong_cells(record, doc_id)
    assert failing(record) == set(gold(doc_id).identity_breaks)
    assert {t.extractor for t in record.tables} == {"text"}


@pytest.mark.parametrize("doc_id", RULED + BORDERLESS)
def test_pdf_paragraphs_are_the_sample_reports_paragraphs(doc_id: str) -> None:
    """Lines re-joined into the paragraphs the report was typeset from: none split at a line or page
    end, none run together, no folio, quotes and e-mail addresses in place."""
    needs_cjk_font()
    got = [(p.section, p.text) for p in extract(SAMPLES / doc_id).paragraphs]
    want = [(p.section, p.text) for p in extract(original_sample(doc_id)).paragraphs]
    assert got == want
    report = next(r for r in build_pdfs.samples.REPORTS if r.file == original_sample(doc_id).name)
    contact = build_pdfs.samples.contact_sentence(report.contact)
    written = {*(p.replace("{contact}", contact) for p in report.preamble),
               *(p for section in report.sections for p in section)}
    assert {text for _, text in got} <= written


def test_generated_pdfs_cover_both_formats_and_every_variant() -> None:
    formats = {gold(d).metadata.format_version for d in GENERATED}
    kinds = {d.rsplit("-", 1)[1] for d in GENERATED}
    assert formats == {"2019", "2021"}
    assert kinds >= {"ruled.pdf", "borderless.pdf", "split.pdf", "scanned.pdf"}
    for doc_id in GENERATED:
        assert (SAMPLES / doc_id).stat().st_size < 1.5 * 2**20


# --- The scan ------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def scanned() -> tuple[str, Record]:
    if not ocr.available():
        pytest.skip("needs the OCR extra: pip install 'nianbao[ocr]'")
    (doc_id,) = SCANNED
    return doc_id, extract(SAMPLES / doc_id)


def test_scanned_pdf_cells_are_right_or_flagged(scanned) -> None:
    """OCR may misread; a misread cell must not pass silently: it breaks an identity, carries a
    confidence under LOW_CONFIDENCE, or is missing/ambiguous."""
    doc_id, record = scanned
    assert len(page_sizes(SAMPLES / doc_id)) <= 3  # OCR takes seconds a page
    in_failing = {cid for c in record.checks if c.status is CheckStatus.FAIL for cid in c.cells}
    counts = {"right": 0, "identity": 0, "low_confidence": 0, "missing": 0, "uncaught": 0}
    uncaught = []
    for cid, want in gold(doc_id).cells.items():
        cell = record.cell(cid)
        if cell_matches(want, cell):
            counts["right"] += 1
        elif cell is None or cell.kind in (CellKind.MISSING, CellKind.AMBIGUOUS):
            counts["missing"] += 1
        elif cid in in_failing:
            counts["identity"] += 1
        elif cell.source.confidence is not None and cell.source.confidence < ocr.LOW_CONFIDENCE:
            counts["low_confidence"] += 1
        else:
            counts["uncaught"] += 1
            uncaught.append((cid, want, cell.value, cell.source.confidence))
    total = sum(counts.values())
    print(f"\n{doc_id}: {counts['right']}/{total} cells right ({counts['right'] / total:.1%}); "
          f"wrong but caught by identities {counts['identity']}, by low confidence "
          f"{counts['low_confidence']}, missing {counts['missing']}; uncaught {counts['uncaught']}")
    assert not uncaught
    assert counts["right"] / total >= 0.9


def test_scanned_pdf_cells_come_from_ocr_with_confidence_and_boxes(scanned) -> None:
    doc_id, record = scanned
    t3 = record.table("t3")
    assert t3.extractor == "geometry+ocr"
    assert all(c.source.confidence is not None and 0 < c.source.confidence <= 1 for c in t3.cells)
    assert_cells_located(record, SAMPLES / doc_id, ("t2", "t3"))  # table 四 is read from its text lines
    assert record.metadata.year == gold(doc_id).metadata.year
    assert from_dict(Record, json.loads(dumps(record))) == record  # confidences survive serialisation


# --- Hostile files -------------------------------------------------------------------------------
def _report_pdf(path: Path, encrypt: object = None) -> Path:
    build_pdfs.register_font()
    report = next(r for r in build_pdfs.samples.REPORTS if r.file == "sample-2023-county-bureau.docx")
    build_pdfs.write_pdf(report, build_pdfs.RULED, path, encrypt=encrypt)
    return path


def test_pdf_with_only_an_owner_password_opens_and_reads(tmp_path: Path) -> None:
    needs_cjk_font()
    from reportlab.lib.pdfencrypt import StandardEncryption

    owner_only = StandardEncryption("", ownerPassword="owner", canModify=0, canCopy=0)
    path = _report_pdf(tmp_path / "locked.pdf", owner_only)
    assert b"/Encrypt" in path.read_bytes()
    record = extract(path)
    assert record.status is Status.OK and not wrong_cells(record, "sample-2023-county-bureau-ruled.pdf")


def test_pdf_with_a_user_password_is_an_encrypted_error(tmp_path: Path) -> None:
    from reportlab.lib.pdfencrypt import StandardEncryption

    path = _report_pdf(tmp_path / "secret.pdf", StandardEncryption("secret", ownerPassword="owner"))
    record = extract(path)
    assert record.status is Status.ERROR and [e.code for e in record.errors] == ["encrypted"]


def test_truncated_pdf_is_a_clear_error_or_a_partial_record(tmp_path: Path) -> None:
    data = (SAMPLES / "sample-2023-county-bureau-ruled.pdf").read_bytes()
    path = tmp_path / "half.pdf"
    path.write_bytes(data[: len(data) // 2])
    record = extract(path)
    codes = [e.code for e in record.errors]
    assert "internal_error" not in codes
    if record.status is Status.ERROR:
        assert codes == ["corrupt_pdf"] and "damaged" in record.errors[0].message
    else:
        assert record.status in (Status.PARTIAL, Status.NOT_A_REPORT, Status.OK)


def _blank_pdf(pages: int) -> bytes:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    out = io.BytesIO()
    pdf.save(out)
    pdf.close()
    return out.getvalue()


def test_pdf_without_pages_is_no_pages(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    path.write_bytes(_blank_pdf(0))
    record = extract(path)
    assert record.status is Status.ERROR and [e.code for e in record.errors] == ["no_pages"]


def test_pdf_of_5000_pages_is_refused_before_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    path.write_bytes(_blank_pdf(5000))
    record = extract(path)
    assert record.status is Status.ERROR and [e.code for e in record.errors] == ["too_many_pages"]
    assert "5000" in record.errors[0].message


def test_image_only_pdf_without_ocr_needs_ocr(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    # A page image with table-like strokes (no text: this test must not depend on fonts).
    image = Image.new("L", (1240, 1754), 255)
    for y in range(200, 1400, 60):
        image.paste(0, (100, y, 1140, y + 2))
    image.save(path, "PDF", resolution=150)
    record = extract(path, ExtractConfig(ocr=False))
    assert record.status is Status.ERROR and [e.code for e in record.errors] == ["needs_ocr"]
    assert "OCR" in record.errors[0].message


def test_random_bytes_named_pdf_are_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "noise.pdf"
    path.write_bytes(bytes(range(256)) * 64)
    record = extract(path)
    assert record.status is Status.ERROR and [e.code for e in record.errors] == ["corrupt_pdf"]


def test_build_pdfs_is_deterministic(tmp_path: Path) -> None:
    """No dates, ids or random numbers of the moment in the output: building twice gives the same bytes."""
    build_pdfs.register_font()
    report = next(r for r in build_pdfs.samples.REPORTS if r.file == "sample-2022-city-government.html")
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    build_pdfs.write_pdf(report, build_pdfs.SPLIT, first)
    build_pdfs.write_pdf(report, build_pdfs.SPLIT, second)
    assert first.read_bytes() == second.read_bytes()
