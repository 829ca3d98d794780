"""Every flattening in the development set, read to the gold cells, and the per-cell provenance."""

from __future__ import annotations

import pytest

from nianbao.extraction.layout import analyse
from nianbao.extraction.readers import read
from nianbao.extraction.tables import extract_tables
from nianbao.evaluation.evaluate import cell_matches
from nianbao.core.record import CellKind
from tests.conftest import SAMPLES, document_path, gold, shared

FLATTENINGS = [
    ("000_163e1b7d224b13dc.txt", "pdf text: wrapped labels, one character per line headers", "text"),
    ("001_b395b0c0cfd9da48.txt", "tab rows", "text"),
    ("002_ae1eda295b428d02.txt", "tab rows", "text"),
    ("003_fd629941e7a907e0.txt", "one cell per line", "text"),
    ("004_0e482e19bd443c5d.txt", "one cell per line", "text"),
    ("pingtan__pingtan-2019.txt", "run-together digits, 2019 format", "text"),
    ("pingtan__pingtan-2021.txt", "run-together digits", "text"),
    ("pingtan__pingtan-2023.txt", "run-together digits", "text"),
    ("pingtan__pingtan-2025.txt", "run-together digits, carried-over rows", "text"),
    ("pingtan__pingtan-2022.html", "html table with rowspan/colspan", "grid"),
    ("govnianbao__template-2021format-blank.docx", "docx tables, merged cells, all blank", "grid"),
    ("sample-2023-county-bureau.docx", "docx tables, annotated and blank cells", "grid"),
    ("sample-2022-city-government.html", "html tables in a page with chrome", "grid"),
    ("sample-2020-district-office.txt", "tab rows, 2019 format, GBK", "text"),
    ("sample-2024-township.txt", "one cell per line", "text"),
]


def _tables(doc_id: str):
    g = gold(doc_id)
    layout = analyse(read(document_path(g.source)))
    return g, extract_tables(layout, "2021")


@pytest.mark.parametrize("doc_id,flattening,extractor", FLATTENINGS, ids=[f[0] for f in FLATTENINGS])
def test_every_cell_matches_gold(doc_id: str, flattening: str, extractor: str) -> None:
    g, tables = _tables(doc_id)
    cells = {c.id: c for t in tables for c in t.cells}
    wrong = {cid: (v, cells.get(cid)) for cid, v in g.cells.items() if not cell_matches(v, cells.get(cid))}
    assert not wrong, f"{flattening}: {len(wrong)} cells differ from gold, e.g. {next(iter(wrong.items()))}"
    assert {t.extractor for t in tables if t.found} == {extractor}
    assert {t.format for t in tables} == {g.metadata.format_version}


def test_run_together_cells_say_they_were_split_and_show_their_text() -> None:
    _, tables = _tables("pingtan__pingtan-2025.txt")
    cell = next(t for t in tables if t.id == "t3").cell("t3.new_received.natural_person")
    assert cell.value == 151 and cell.source.extractor == "text-split"
    assert "15130000154" in cell.source.snippet


def test_ambiguous_cells_list_their_candidates_instead_of_guessing() -> None:
    _, tables = _tables("pingtan__pingtan-2021.txt")
    cell = tables[0].cell("t2.normative_documents.issued")
    assert cell.kind is CellKind.AMBIGUOUS and cell.value is None
    assert 69 in cell.candidates and 6 in cell.candidates


def test_grid_cells_know_their_row_and_column() -> None:
    _, tables = _tables("pingtan__pingtan-2022.html")
    cell = tables[1].cell("t3.unavailable_not_held.natural_person")
    assert (cell.value, cell.source.extractor, cell.source.row, cell.source.col) == (37, "grid", 15, 3)


def test_cell_kinds_are_kept_distinct() -> None:
    _, tables = _tables("sample-2023-county-bureau.docx")
    t2 = tables[0]
    annotated = t2.cell("t2.normative_documents.issued")
    assert (annotated.kind, annotated.value, annotated.note) == (CellKind.ANNOTATED, 3, "其中修订1件")
    assert t2.cell("t2.regulations.repealed").kind is CellKind.BLANK


def test_rows_are_aligned_by_label_not_by_order() -> None:
    """Swap rows 一 and 二 of a tab-row table: the values follow their labels."""
    text = shared("seeds/001_b395b0c0cfd9da48.txt").read_text(encoding="utf-8")
    text = text.replace("一、本年新收政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0", "@@")
    text = text.replace("二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0",
                        "一、本年新收政府信息公开申请数量\t\t5\t1\t0\t0\t0\t0\t6")
    text = text.replace("@@", "二、上年结转政府信息公开申请数量\t\t2\t0\t0\t0\t0\t0\t2")
    from nianbao.core.document import Document, Origin, TextBlock

    doc = Document("x.txt", "text", [TextBlock(t, Origin("text", i)) for i, t in enumerate(text.split("\n")) if t.strip()])
    t3 = extract_tables(analyse(doc), "2021")[1]
    assert t3.cell("t3.new_received.total").value == 6
    assert t3.cell("t3.carried_over.total").value == 2


def test_a_signed_change_in_flattened_text_is_one_cell() -> None:
    """2019 format 本年增/减 may be negative: '行政许可\t2\t-2\t17' keeps its row (the splitter once
    took '-2' for a digit string to split and lost the whole row)."""
    from nianbao.core.document import Document, Origin, TextBlock

    text = (SAMPLES / "sample-2020-district-office.txt").read_bytes().decode("gbk")
    assert "行政许可\t2\t0\t17" in text
    text = text.replace("行政许可\t2\t0\t17", "行政许可\t2\t-2\t17").replace("其他对外管理服务事项\t4\t1\t63",
                                                                        "其他对外管理服务事项\t4\t−1\t63")
    doc = Document("x.txt", "text", [TextBlock(t, Origin("text", i)) for i, t in enumerate(text.split("\n")) if t.strip()])
    t2 = extract_tables(analyse(doc), "2019")[0]
    assert [t2.cell(f"t2_2019.licensing.{c}").value for c in ("prev_year_items", "change", "decisions")] == [2, -2, 17]
    assert t2.cell("t2_2019.other_services.change").value == -1


def test_a_group_marker_after_a_rows_last_value_is_the_next_label_not_a_note() -> None:
    """A row's last value with the next group's marker after it, on the next line or the same one
    ('…\t0\n（四）无法提供…'), is a plain number: a note is on its number's line and never a bare marker."""
    from nianbao.extraction.tables.cells import VALUE_TOKEN

    for text in ("8.属于行政查询事项 2 0 0 0 0 0 2\n（四）无法提供", "8.属于行政查询事项 2 0 0 0 0 0 2 （四）无法提供"):
        tokens = [m for m in VALUE_TOKEN.finditer(text) if m.group("num")]
        assert [m.group("num") for m in tokens][-1] == "2" and not any(m.group("note") for m in tokens)
    note = next(VALUE_TOKEN.finditer("行政规范性文件 3（其中修订1件）"))
    assert note.group("num") == "3" and note.group("note") == "（其中修订1件）"
