"""Row labels of table 三 that markitdown (pdfminer) broke into fragments around the row's values (narrow
label columns of a DOCX printed to PDF) are read back whole when their fragments spell one known row
(extraction/readers/label_fragments.py); anything else stays as written. Invented rows in the converter's
pattern, measured on real converters' output (benchmarks/real_converters.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.readers.label_fragments import (rejoin_label_fragments, rejoin_label_lines, restore_label_quotes,
                                                       unstack_row_values)
from nianbao.pipeline import extract


def _nonblank(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def test_a_text_row_takes_its_label_back_from_the_fragments_below_it() -> None:
    lines = ["2.其 3 0 1 0 0 0 4", "他法", "律行", "政法", "规禁", "止公", "开", "3.危 0 0 0 0 0 0 0"]
    out = rejoin_label_fragments(lines)
    assert len(out) == len(lines)  # line numbers hold
    assert out[0] == "2.其他法律行政法规禁止公开 3 0 1 0 0 0 4"
    assert out[1:7] == [""] * 6


def test_a_group_column_beside_the_row_is_read_as_its_own_column() -> None:
    lines = ["（四 1.本 5 0 2 0 0 0 7", "）无 机关", "法提 不掌", "供 握相", "关政", "府信", "息"]
    assert _nonblank(rejoin_label_fragments(lines)) == ["（四）无法提供 1.本机关不掌握相关政府信息 5 0 2 0 0 0 7"]


def test_a_one_row_pipe_table_takes_its_label_back_into_its_label_cell() -> None:
    lines = ["| （三 1.属 | 2   | 0 1 | 0 0 | 0   | 3   |", "| ------ | --- | --- | --- | --- | --- |",
             "）不 于国", "予公 家秘", "", "开 密"]
    out = _nonblank(rejoin_label_fragments(lines))
    assert out[0] == "| （三）不予公开 1.属于国家秘密 | 2   | 0 1 | 0 0 | 0   | 3   |"
    assert len(out) == 2


def test_a_piece_of_a_group_spanning_rows_is_dropped_and_the_row_kept() -> None:
    # '三、本年' is the top of the 三、本年度办理结果 cell spanning rows (一) to (七).
    lines = ["| 三、 （一）予以公 | 6   | 1 0 | 0 0 | 0   | 7   |", "| --- | --- | --- | --- | --- | --- |", "本年 开"]
    assert _nonblank(rejoin_label_fragments(lines))[0] == "| （一）予以公开 | 6   | 1 0 | 0 0 | 0   | 7   |"


def test_a_wrapped_tail_after_the_last_row_of_a_table_is_its_label_again() -> None:
    lines = ["| 十 | 1 | 2 | 3 |", "| 四、结转下年度继续办 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |", "理"]
    assert _nonblank(rejoin_label_fragments(lines))[1] == "| 四、结转下年度继续办理 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |"


@pytest.mark.parametrize("lines", [
    # fragments that spell no row of table 三
    ["2.其 0 0 0 0 0 0 0", "他事", "项"],
    # the fragments run on into prose: no stop spells a row either
    ["7.属 1 0 0 0 0 0 1", "于行", "政执法卷"],
    # a table 二 row and its wrapped tail are no table 三 label
    ["规章 3 0 2", "件"],
    # a sentence below the values is no fragment
    ["2.其 0 0 0 0 0 0 0", "他法律行政法规禁止公开。"],
])
def test_fragments_that_spell_no_known_row_stay_as_written(lines: list[str]) -> None:
    assert rejoin_label_fragments(lines) == lines


def test_a_label_cut_short_stays_as_written() -> None:
    # one fragment a line under two columns, the label's last fragments lost: whichever column takes them,
    # no reading spells a known row with its group.
    lines = ["（五 3.要 0 0 0 0 0 0 0", "求提", "供公"]
    assert rejoin_label_fragments(lines) == lines


REAL = Path("/work/convout-samples/sample-2023-county-bureau.docx/lo-pdf.markitdown.md")
GOLD = Path(__file__).resolve().parents[3] / "corpus" / "gold" / "sample-2023-county-bureau.docx.json"


@pytest.mark.skipif(not REAL.exists(), reason="real converter output absent (scripts/real_converter_inputs.py --samples)")
def test_the_sample_printed_with_narrow_label_columns_reads_its_table_three() -> None:
    gold = {cid: v for cid, v in json.loads(GOLD.read_text(encoding="utf-8"))["cells"].items() if cid.startswith("t3.")}
    record = extract(REAL, ExtractConfig(tag=False))
    assert len(gold) == 175
    assert {cid: record.cell(cid).value for cid in gold} == gold


REAL_LINES = Path("/work/convout-samples/sample-2023-county-bureau.docx/lo-pdf.pymupdf4llm.md")


@pytest.mark.skipif(not REAL_LINES.exists(), reason="real converter output absent (scripts/real_converter_inputs.py --samples)")
def test_the_sample_through_pymupdf4llm_reads_its_rows_labelled_across_two_cells() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["cells"]
    record = extract(REAL_LINES, ExtractConfig(tag=False))
    for row in ("new_received", "carried_over", "carried_forward"):
        cells = {cid: v for cid, v in gold.items() if cid.startswith(f"t3.{row}.")}
        assert len(cells) == 7 and {cid: record.cell(cid).value for cid in cells} == cells


def test_a_label_written_line_by_line_across_two_cells_is_read_across_them() -> None:
    # pymupdf4llm: a label wider than its column, its lines set in two cells ('一、本' | '年新收政府信息').
    lines = ["|二、上<br>公开申|年结转政府信息<br>请数量|4|0|1|0|0|0|5|", "|四、结转下年度继<br>理|续办|2|0|0|0|0|0|2|"]
    assert rejoin_label_lines(lines) == ["|二、上年结转政府信息公开申请数量||4|0|1|0|0|0|5|", "|四、结转下年度继续办理||2|0|0|0|0|0|2|"]


@pytest.mark.parametrize("line", [
    # a group beside its item: read one cell after the other, the row is known already
    "|（四<br>）无<br>法提<br>供|1.本<br>机关<br>不掌<br>握相<br>关政<br>府信<br>息|4|1|0|0|0|0|5|",
    # read line by line, no known row either
    "|一、本<br>其他事|年新收文件<br>项|1|0|0|0|0|0|1|",
])
def test_label_cells_that_read_right_or_spell_nothing_stay_as_written(line: str) -> None:
    assert rejoin_label_lines([line]) == [line]


def test_a_row_of_blank_zeros_labelled_across_two_cells_is_read_across_them() -> None:
    line = "|二、上<br>公开申|年结转政府信息<br>请数量|||||||"
    assert rejoin_label_lines([line]) == ["|二、上年结转政府信息公开申请数量||||||||"]


def test_fragments_of_two_columns_on_lines_of_their_own_go_to_the_column_they_continue() -> None:
    # '果' ends the 三、本年度办理结果 cell spanning rows, the lines after it continue the row's own label:
    # only that reading keeps both columns pieces of known labels.
    lines = ["| 度办  | （二）部分公 | 4 1  | 0 0 | 0 0  | 5  |", "| 理结  | 开（区分处理 |        |     |      |     |",
             "果", "的，只计这一", "情形，不计其", "他情形）"]
    out = _nonblank(rejoin_label_fragments(lines))
    assert out == ["| （二）部分公开（区分处理的，只计这一情形，不计其他情形） || 4 1  | 0 0 | 0 0  | 5  |"]  # (the group piece's cell left empty)


def test_a_page_number_below_a_row_s_fragments_is_page_furniture() -> None:
    lines = ["5.属 / / / / / / /", "于三", "类内", "部事", "务信", "息", "", "7", "", "某县某局2024年政府信息公开工作年度报告"]
    out = rejoin_label_fragments(lines)
    assert _nonblank(out) == ["5.属于三类内部事务信息 / / / / / / /", "某县某局2024年政府信息公开工作年度报告"]
    # a number that is not set apart by an empty line below stays
    assert "7" in rejoin_label_fragments(lines[:8] + ["8.属 0 0 0 0 0 0 0"])


def test_the_wrapped_label_lines_of_a_pandoc_grid_table_stay_as_written() -> None:
    # a grid table's label wraps onto rows of its own: the grid reader reads them (readers/gridtable.py)
    lines = ["+------+------------+---+---+---+", "|      | 2.其他法律行 | 0 | 1 | 1 |", "|      | 政法规禁止公 |   |   |   |",
             "|      | 开           |   |   |   |", "+------+------------+---+---+---+"]
    assert rejoin_label_fragments(lines) == lines


def test_quote_marks_a_converter_moved_in_the_security_label_are_set_right() -> None:
    lines = ["||3.危<br>“<br>及三<br>安全<br>一稳<br>”<br>定|2|0|0|0|0|0|2|", "| 3.危及“三安全一稳定” | 0 |", "“三安全一稳定”以外"]
    assert restore_label_quotes(lines) == ["||3.危及“三安全一稳定”|2|0|0|0|0|0|2|", *lines[1:]]


def test_a_label_across_two_cells_after_a_piece_of_a_group_is_read_across_those_two() -> None:
    lines = ["|三、<br>本年|（一）<br>开|予以公|3|1|0|0|0|0|4|",
             "|度办<br>理结<br>果|（二）<br>开（区<br>的，只<br>情形，<br>他情形|部分公<br>分处理<br>计这一<br>不计其<br>）|1|0|0|0|0|0|1|"]
    assert rejoin_label_lines(lines) == ["|三、<br>本年|（一）予以公开||3|1|0|0|0|0|4|",
                                         "|度办<br>理结<br>果|（二）部分公开（区分处理的，只计这一情形，不计其他情形）||1|0|0|0|0|0|1|"]


def test_values_stacked_under_a_label_in_its_cell_are_set_out_in_cells_of_their_own() -> None:
    lines = ["||3.要<br>求提<br>供公<br>开出<br>版物<br>2<br>—<br>—<br>—<br>—<br>—<br>2<br>|",
             "||（三）不<br>予<br>公开|1.属于国家秘密<br>/<br>/<br>/<br>/<br>/<br>/<br>/||||||||"]
    assert unstack_row_values(lines) == ["||3.要<br>求提<br>供公<br>开出<br>版物|2|—|—|—|—|—|2|",
                                         "||（三）不<br>予<br>公开|1.属于国家秘密|/|/|/|/|/|/|/|"]


@pytest.mark.parametrize("line", [
    "||3.要<br>求提<br>供公<br>2<br>—<br>—<br>—<br>—<br>—<br>2|",  # the label spells no row
    "||3.要求提供公开出版物<br>2<br>—<br>2|",  # three values: which columns, nobody can tell
])
def test_values_under_a_label_that_cannot_be_placed_stay_as_written(line: str) -> None:
    assert unstack_row_values([line]) == [line]
