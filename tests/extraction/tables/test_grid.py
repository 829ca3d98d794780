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


T2 = table_spec("t2", FORMAT_2021)


def test_values_set_right_of_their_empty_header_cells_are_read() -> None:
    # markitdown sets a PDF table's number a column right of its header cell, which stays empty in the row:
    # the header's column would read a blank beside a printed number.
    rows = [["信息内容", "本年收费金额（单位：万元）", "", ""], ["行政事业性收费", "", "37.5", ""]]
    found = read_grid(T2, _block(rows))
    assert found["t2.admin_fees.amount_10k_yuan"].raw == "37.5"
    rows = [["信息内容", "本年制发件数", "", "本年废止件数", "", "现行有效件数", ""],
            ["规章", "", "2", "1", "", "", "9"]]
    found = read_grid(T2, _block(rows))
    assert [found[T2.cell_id("regulations", c)].raw for c in ("issued", "repealed", "in_force")] == ["2", "1", "9"]


def test_values_set_right_with_zeros_printed_blank_keep_their_columns() -> None:
    # Each column reads its one printed value between its header cell and the next column's; a column
    # with none there is a zero printed blank.
    header = ["信息内容", "本年制发件数", "", "本年废止件数", "", "现行有效件数", ""]
    found = read_grid(T2, _block([header, ["规章", "", "", "", "", "", "12"]]))
    assert [found[T2.cell_id("regulations", c)].raw for c in ("issued", "repealed", "in_force")] == ["", "", "12"]


def test_two_values_before_the_next_header_cell_are_not_moved() -> None:
    # Two printed values between one header cell and the next: the position ties neither to a column, so
    # the header's columns are read as they stand.
    header = ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数", ""]
    found = read_grid(T2, _block([header, ["规章", "", "", "4", "7"]]))
    assert [found[T2.cell_id("regulations", c)].raw for c in ("issued", "repealed", "in_force")] == ["", "", "4"]


def test_rows_of_a_grid_without_a_header_are_read_after_their_label_padding() -> None:
    # A fragment whose header row names no column (its words cut apart): each row's empty cells before its
    # values are its label columns' padding; the values are read in template order.
    rows = [["", "", "", "业", "构", "益组织", "务机构", ""],
            ["", "", "1.属于国家秘密", "", "", "", "", "", "", "", ""],
            ["", "", "", "2.其他法律行政法规禁止公开", "", "3", "0", "0", "0", "1", "0", "4"],
            ["3.危及“三安全一稳定”", "", "", "", "", "", "1", "0", "0", "0", "0", "1"]]
    found = read_grid(T3, _block(rows))
    assert _values(found, "denied_prohibited") == ["3", "0", "0", "0", "1", "0", "4"]
    # one value blank (a zero printed blank) in front: the padding it would be is kept as the first value
    assert _values(found, "denied_security_stability") == ["", "1", "0", "0", "0", "0", "1"]


def test_numbers_ending_a_label_cell_are_the_rows_first_values() -> None:
    # pymupdf4llm sets a row's first values into its label's text box: '2.其他法律行政法规禁止公开 3', '予以公开4 1'.
    rows = [["", "", "", "业", "构", "组织"],
            ["", "2.其他法律行政法规禁止公开 3", "0", "0", "1", "0", "0", "4", ""],
            ["", "（一）予以公开4 1", "0", "0", "0", "0", "5", "", ""]]
    found = read_grid(T3, _block(rows))
    assert _values(found, "denied_prohibited") == ["3", "0", "0", "1", "0", "0", "4"]
    assert _values(found, "granted") == ["4", "1", "0", "0", "0", "0", "5"]


def test_an_empty_cell_left_of_a_label_is_no_value_of_its_row() -> None:
    # The row's label wraps into a second cell and one value is lost: six values for seven columns, and the
    # empty cell before the label must not stand in for the missing one.
    rows = [["", "", "", "业", "构", "组织"],
            ["", "5.要求行政机关确认或重新出具已获取", "信息", "2", "0", "0", "0", "0", "2"]]
    assert _values(read_grid(T3, _block(rows)), "unprocessed_confirmation") == [None] * 7


def test_numbers_stacked_in_a_cell_are_read_where_the_rows_total_holds() -> None:
    # pymupdf4llm stacks neighbouring values into one cell ('3 1 0 0 0'); read in order where they make the
    # row's seven values and its total is the sum of its parts, else left unread (they may be other rows').
    rows = [["", "", "", "业", "构", "组织"],
            ["（七）总计", "3 1 0 0 0", "2", "6", "", ""],
            ["四、结转下年度继续办理", "1 0 0 0 0", "2", "9", "", ""]]
    found = read_grid(T3, _block(rows))
    assert _values(found, "total_processed") == ["3", "1", "0", "0", "0", "2", "6"]
    assert _values(found, "carried_forward") == [None] * 7


def test_numbers_ending_a_label_cell_under_a_full_header_are_the_rows_first_values() -> None:
    # Under a header naming every column the row's values sit one column left of theirs, the last one empty:
    # the number ending the label cell is the first value, not the header's reading of a blank total.
    rows = HEADER + [["", "（三）不予公开", "1.属于国家秘密 2", "0", "0", "0", "1", "0", "3", ""],
                     _row("2.其他法律行政法规禁止公开", 1, 0, 0, 0, 0, 0, 1)]
    found = read_grid(T3, _block(rows))
    assert _values(found, "denied_state_secret") == ["2", "0", "0", "0", "1", "0", "3"]
    assert _values(found, "denied_prohibited") == ["1", "0", "0", "0", "0", "0", "1"]


def test_a_label_whose_head_is_a_row_above_its_values_takes_them() -> None:
    # pdfminer sets a wrapped label's head on a row of its own and its tail on the row of numbers below: the
    # head's row reads the numbers below, not seven blanks; a row below that names a row itself is its own.
    rows = HEADER + [["", "", "（二）部分公开（区分", "", "", "", "", "", "", ""],
                     ["处理的，只计这一情形，不计其他情形）", "", "", "6", "1", "0", "0", "0", "0", "7"],
                     ["", "", "（三）不予公开", "", "", "", "", "", "", ""],
                     _row("1.属于国家秘密", 0, 0, 0, 0, 0, 0, 0)]
    found = read_grid(T3, _block(rows))
    assert _values(found, "partially_granted") == ["6", "1", "0", "0", "0", "0", "7"]
    assert _values(found, "denied_state_secret") == ["0"] * 7


def test_a_label_head_naming_no_row_above_its_values_and_tail_names_it_with_them() -> None:
    rows = HEADER + [_row("1.本机关不掌", 3, 0, 0, 0, 0, 0, 3),
                     ["", "", "2.没有现成信", "", "", "", "", "", "", ""],
                     ["", "", "息需要另行制作", "1", "0", "0", "0", "0", "0", "1"],
                     _row("3.补正后申请内容仍不明确", 0, 0, 0, 0, 0, 0, 0)]
    found = read_grid(T3, _block(rows))
    assert _values(found, "unavailable_needs_creation") == ["1", "0", "0", "0", "0", "0", "1"]
    assert _values(found, "unavailable_unclear") == ["0"] * 7


def test_a_row_of_blanks_above_a_row_opening_on_its_own_marker_keeps_its_blanks() -> None:
    # Zeros printed blank: a labelled row with no value is a row of blanks when the next row opens on its own
    # item marker ('3.补正后申请', its label wrapped), however the two labels read together.
    rows = HEADER + [_row("2.没有现成信息需要另行制作", "", "", "", "", "", "", ""),
                     _row("3.补正后申请", 2, "", "", "", "", "", 2),
                     _row("内容仍不明确", "", "", "", "", "", "", "")]
    found = read_grid(T3, _block(rows))
    assert _values(found, "unavailable_needs_creation") == [""] * 7
    assert _values(found, "unavailable_unclear") == ["2", "", "", "", "", "", "2"]
