"""Grids a PDF converter mangled: rows that lost their labels, labels wrapped onto rows of their own,
rows shifted left, fragments narrower than their head. Small invented grids, read by the grid reader."""

from __future__ import annotations

from nianbao.core.codebook import FORMAT_2021, table_spec
from nianbao.core.document import GridCell, Origin, TableBlock, expand_spans
from nianbao.extraction.readers.markdown import MarkdownReader
from nianbao.extraction.tables.grid import read_grid

T3 = table_spec("t3", FORMAT_2021)
HEADER = [["", "", "", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]]


def _block(rows: list[list[str]]) -> TableBlock:
    width = max(len(r) for r in rows)
    grid = expand_spans([[(c, 1, 1) for c in r] + [("", 1, 1)] * (width - len(r)) for r in rows])
    return TableBlock(grid, Origin("markdown", 0, line=1))


def _row(label: str, *values: int | str) -> list[str]:
    return ["", "", label, *(str(v) for v in values)]


def _values(found: dict, row: str) -> list[str]:
    return [found[T3.cell_id(row, c)].raw if T3.cell_id(row, c) in found else None for c in T3.row(row).columns]


def test_value_rows_between_two_labelled_rows_take_the_missing_rows_in_order() -> None:
    rows = HEADER + [
        _row("（一）予以公开", 5, 1, 0, 0, 0, 0, 6),
        ["2", "0", "0", "0", "0", "0", "2"],  # （二） lost its label: values only, shifted left
        _row("1.属于国家秘密", 0, 0, 0, 0, 0, 0, 0),
    ]
    found = read_grid(T3, _block(rows))
    assert _values(found, "partially_granted") == ["2", "0", "0", "0", "0", "0", "2"]
    assert _values(found, "granted") == ["5", "1", "0", "0", "0", "0", "6"]


def test_no_guess_where_the_value_rows_and_the_missing_rows_differ_in_number() -> None:
    rows = HEADER + [
        _row("（一）予以公开", 5, 1, 0, 0, 0, 0, 6),
        ["2", "0", "0", "0", "0", "0", "2"],
        ["1", "0", "0", "0", "0", "0", "1"],  # two value rows, one missing row (（二）): nothing placed
        _row("1.属于国家秘密", 0, 0, 0, 0, 0, 0, 0),
    ]
    found = read_grid(T3, _block(rows))
    assert not any(cid.startswith("t3.partially_granted.") for cid in found)


def test_value_rows_after_the_last_label_are_not_placed() -> None:
    rows = HEADER + [_row("四、结转下年度继续办理", 1, 0, 0, 0, 0, 0, 1), ["3", "0", "0", "0", "0", "0", "3"]]
    found = read_grid(T3, _block(rows))
    assert len(found) == 7


def test_a_row_of_blank_cells_is_a_row_whose_zeros_print_blank() -> None:
    rows = HEADER + [
        _row("1.属于国家秘密", 1, "", "", "", "", "", 1),
        ["", "", "", "", "", "", ""],  # 2. lost its label, every cell blank
        ["", "", "", "1", "", "", "1"],  # 3. lost its label: leading blanks stay in place
        _row("4.保护第三方合法权益", "", "", "", "", "", "", ""),
    ]
    found = read_grid(T3, _block(rows))
    assert _values(found, "denied_prohibited") == [""] * 7
    assert _values(found, "denied_security_stability") == ["", "", "", "1", "", "", "1"]


def test_a_label_wrapped_onto_its_own_row_names_the_row_above() -> None:
    rows = HEADER + [
        _row("1.申请人无正当理由逾期", 4, 0, 0, 0, 0, 0, 4),
        _row("不补正、行政机关不再处理其政府信息公开申请", "", "", "", "", "", "", ""),
        _row("3.其他", 0, 0, 0, 0, 0, 1, 1),
    ]
    found = read_grid(T3, _block(rows))
    assert _values(found, "other_no_correction") == ["4", "0", "0", "0", "0", "0", "4"]
    assert _values(found, "other_other") == ["0", "0", "0", "0", "0", "1", "1"]


def test_a_labelled_row_shifted_left_is_read_by_its_value_cells() -> None:
    # MinerU drops a fragment's empty column (the continued merged cell): the row's values start one
    # column early, under the wrong headers.
    rows = HEADER + [["（七）总计", "", "9", "1", "0", "0", "0", "0", "10"]]
    found = read_grid(T3, _block(rows))
    assert _values(found, "total_processed") == ["9", "1", "0", "0", "0", "0", "10"]


def test_escaped_pipes_stay_in_their_cell() -> None:
    text = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 \\| 办法 | 1 | 0 | 3 |\n"
    doc = MarkdownReader().read(text.encode(), "x.md")
    grid = next(b for b in doc.blocks if isinstance(b, TableBlock)).grid
    assert [c.text for c in grid[1]] == ["规章 | 办法", "1", "0", "3"]
    assert isinstance(grid[1][0], GridCell)
