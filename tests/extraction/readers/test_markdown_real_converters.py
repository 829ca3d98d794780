"""What real converters (pandoc's Markdown writer, pymupdf4llm, markitdown) put in Markdown and the reader
must undo, each on a fixture of invented text written in the converter's pattern (found by
benchmarks/real_converters.py on the shared reports' conversions; no text of theirs is copied)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.document import TableBlock, TextBlock
from nianbao.core.record import Record
from nianbao.extraction.readers.markdown import MarkdownReader, inline, rejoin_item_numbers
from nianbao.extraction.readers.simpletable import parse_simple_table, table_extent
from nianbao.extraction.tables.cells import parse_cell
from nianbao.pipeline import extract


def extract_text(text: str) -> Record:
    """The record of a Markdown text, read through the whole pipeline."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.md"
        path.write_text("# 某局2023年政府信息公开工作年度报告\n\n" + text, encoding="utf-8")
        return extract(path, ExtractConfig(tag=False))


def _read(text: str):
    return MarkdownReader().read(text.encode("utf-8"), "x.md")


def _grids(text: str) -> list[list[list[str]]]:
    return [[[c.text for c in row] for row in b.grid] for b in _read(text).blocks if isinstance(b, TableBlock)]


def _texts(text: str) -> list[str]:
    return [b.text for b in _read(text).blocks if isinstance(b, TextBlock)]


def test_code_spans_pymupdf4llm_writes_for_monospace_digits_are_plain_text() -> None:
    # pymupdf4llm marks text set in a monospace font as code: digits and Latin letters of a Chinese page.
    assert inline("全年共受理申请 `36` 件，办结 `35` 件，网址 `www.example.gov.cn` 。") == \
        "全年共受理申请 36 件，办结 35 件，网址 www.example.gov.cn 。"
    assert inline("二、上年结转政府信息公开申请数量 `0000000`") == "二、上年结转政府信息公开申请数量 0000000"


def test_pandoc_bracketed_spans_and_attributes_are_taken_off() -> None:
    # pandoc -t markdown of a web page keeps each <span style=…> as [text]{style="…"}, nested, and ids.
    line = '[[三、依申请公开情况]{style="font-family:宋体"}[ ]{style="x"}]{style="font-size: 16px;"}[]{#a1}'
    assert inline(line).strip() == "三、依申请公开情况"
    assert inline("一、总体情况 {#overview .unnumbered}").strip() == "一、总体情况"


def test_pandoc_smart_quotes_come_back_curly_and_escaped_ones_stay_straight() -> None:
    # pandoc's Markdown writes “…” as "…" (its reader turns them back) and a straight quote as \".
    assert inline('开设"政策解读"专栏，发布"一图读懂"12期') == "开设“政策解读”专栏，发布“一图读懂”12期"
    assert inline('字段名为\\"code\\"') == '字段名为"code"'


def test_br_inside_a_cell_joins_a_wrapped_label_without_a_space() -> None:
    # pymupdf4llm writes a label wrapped inside its PDF cell as lines joined by <br>.
    assert inline("4.保护第<br>三方合法权益") == "4.保护第三方合法权益"
    assert inline("结果<br>维持") == "结果维持"
    assert inline("Email<br>contact") == "Email contact"


HEADERLESS_MULTILINE = """\
正文一段。

  -------------------- -------------- -------------- --------------
  第二十条第（一）项

  信息内容             本年制发件数   本年废止件数   现行有效
                                                     件数

  规章                 2              0              7

  行政规范性文件       13             1              40
  -------------------- -------------- -------------- --------------

下一段。
"""


def test_pandoc_headerless_multiline_table_is_a_grid() -> None:
    assert _grids(HEADERLESS_MULTILINE) == [[
        ["第二十条第（一）项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "2", "0", "7"],
        ["行政规范性文件", "13", "1", "40"],
    ]]
    assert _texts(HEADERLESS_MULTILINE) == ["正文一段。", "下一段。"]


def test_pandoc_simple_tables_with_and_without_a_header() -> None:
    simple = "  信息内容       本年处理决定数量\n  -------------- ------------------\n  行政许可       120\n  行政处罚       8\n\n后文。\n"
    assert _grids(simple) == [[["信息内容", "本年处理决定数量"], ["行政许可", "120"], ["行政处罚", "8"]]]
    headerless = "  -------- ------\n  行政强制 3\n  行政收费 0\n  -------- ------\n"
    assert _grids(headerless) == [[["行政强制", "3"], ["行政收费", "0"]]]


def test_pandoc_multiline_table_with_a_header_under_a_long_rule() -> None:
    lines = ["  --------------------------------", "  结果     结果", "  维持     纠正",
             "  -------- -------", "  4        1", "", "  0        2", "  --------------------------------"]
    extent = table_extent(lines, 0)
    assert extent == (0, 3, 8)
    assert parse_simple_table(lines, *extent) == [["结果维持", "结果纠正"], ["4", "1"], ["0", "2"]]


def test_rules_that_are_no_table_stay_rules() -> None:
    # A thematic break, a Setext underline and dashes with two blank lines after them are no table.
    text = "标题\n------\n\n正文。\n\n------ ------\n\n\n后文。\n"
    assert _grids(text) == []
    assert _texts(text) == ["标题", "正文。", "后文。"]


def test_pandoc_multiline_cells_with_hard_breaks_and_a_row_of_empty_cells() -> None:
    # A DOCX cell's manual line break is a trailing backslash; a row of empty cells is a line of spaces
    # as wide as the table (a blank template's value row), not a row separator.
    rule = "  ------ ------- -------"
    lines = [rule, "  行政复议", "", "  结果   结果\\   其他\\", "  维持   纠正    结果", "", " " * len(rule), rule]
    extent = table_extent(lines, 0)
    assert extent == (0, 0, 8)
    assert parse_simple_table(lines, *extent) == [["行政复议", "", ""], ["结果维持", "结果纠正", "其他结果"], ["", "", ""]]


def test_pymupdf4llm_joined_lines_lose_their_spaces_between_cjk_characters() -> None:
    # pymupdf4llm joins a paragraph's wrapped lines with a space and ends the line with one: the spaces
    # between two CJK characters were the page's line ends. Elsewhere a single space may part page chrome
    # from the text (a line without the trailing space keeps it), and two part a flattened table's cells.
    text = "## 四、政府信息公开行政复议、行政诉讼 情况 \n\n全年共办理行政复议 `3` 件，均在法定期 限内办结。 \n\n打印本页 关闭窗口\n\n信息内容  本年制发件数\n"
    assert _texts(text) == ["四、政府信息公开行政复议、行政诉讼情况", "全年共办理行政复议 3 件，均在法定期限内办结。",
                            "打印本页 关闭窗口", "信息内容  本年制发件数"]


def test_pymupdf4llm_line_joining_two_items_is_two_paragraphs() -> None:
    # pymupdf4llm joins a text report's lines into one Markdown line across a paragraph's end too: a sentence
    # ending at a line's end before an item's marker ('（二）', '三、') began a new paragraph. Before other
    # text ('二是', a digit, a code span) the space stays a join inside one paragraph.
    text = ("全局上下认真落实条例要求，公开 工作稳步推进。 （一）主动公开方面。全年发布 `2024` 年 度动态 "
            "`15` 条。 二是加强 审核。 三、收到申请情况 \n")
    assert _texts(text) == ["全局上下认真落实条例要求，公开工作稳步推进。", "（一）主动公开方面。全年发布 2024 年度动态 15 条。二是加强审核。",
                            "三、收到申请情况"]
    # Not in a line pymupdf4llm joined (no trailing space): the text stays one block as written.
    assert _texts("完成。 （一）主动公开。") == ["完成。 （一）主动公开。"]


def test_pymupdf4llm_item_heading_run_into_its_text_is_a_line_of_its_own() -> None:
    # A text report's short item heading in the body's font: pymupdf4llm joins it and the text under it
    # with a space. A space a few characters after the marker, before prose, was the heading's line end;
    # a flattened table's row ('（一）予以公开 0 0') and a wrap at a full line's width stay joined.
    text = "（二）依申请办理 `2023` 年，本机关收到申请 `3` 件。 （三）信息管理 本机关规范信息发布流程。 \n\n（一）予以公开 `0 0 1` \n"
    assert _texts(text) == ["（二）依申请办理", "2023 年，本机关收到申请 3 件。", "（三）信息管理", "本机关规范信息发布流程。",
                            "（一）予以公开 0 0 1"]
    wrapped = "（四）平台建设方面。本机关优化网站栏目设置，完善搜 索功能，提升查找效率。 \n"
    assert _texts(wrapped) == ["（四）平台建设方面。本机关优化网站栏目设置，完善搜索功能，提升查找效率。"]


def test_pymupdf4llm_spaced_item_numbers_are_markers_again() -> None:
    # pymupdf4llm sets a digit off by spaces (as code where the font is monospace), an item's number in
    # brackets too: written whole it is a marker a run-on paragraph breaks at.
    assert inline("工作。（ `3` ）推进公开。（ 4 ）加强审核。") == "工作。（3）推进公开。（4）加强审核。"
    long = "（二）主要做法。" + "全年推进公开工作，" * 30 + "成效明显。（ `1` ）加强解读。" + "结合实际，" * 30 + "完成。（ `2` ）推进扶贫公开。完成。 "
    doc = "## 一、总体情况 \n\n" + long + "\n"
    from_record = [p.text for p in extract_text(doc).paragraphs]
    assert [t[:6] for t in from_record] == ["（二）主要做", "（1）加强解", "（2）推进扶"]


def test_markitdown_item_numbers_written_apart_go_back_before_their_text() -> None:
    # pdfminer puts an item's number in a text box of its own: alone on a line, or ending the line above,
    # with a label written down the page one character a line between; the '．…' text is the item's.
    lines = ["（三）不予公开 1", " 办", "", "．属于国家秘密 0 0 0", "理", "", "2", "", "．其他法律行政法规禁止公开 0 1 0",
             "合计 3", "", "．5 万元"]
    assert rejoin_item_numbers(lines) == ["（三）不予公开", " 办", "", "1．属于国家秘密 0 0 0", "理", "", "", "",
                                          "2．其他法律行政法规禁止公开 0 1 0", "合计 3", "", "．5 万元"]
    # A row of numbers above keeps its last number.
    assert rejoin_item_numbers(["0 0 0 1", "．属于国家秘密"]) == ["0 0 0 1", "．属于国家秘密"]


def test_markitdown_fused_value_cells_are_split_and_stacked_lines_are_not() -> None:
    # markitdown's PDF tables put two neighbouring columns' numbers into one cell; a dash is a zero.
    # pymupdf4llm's <br> between numbers stacks lines of one cell (rows' values): those stay one cell.
    assert _grids("| 一、本年新收政府信息公开申请数量 | 12 | 3 0 | - 1 | 0 16 |\n| --- | --- | --- | --- | --- |\n") == [
        [["一、本年新收政府信息公开申请数量", "12", "3", "0", "-", "1", "0", "16"]]]
    assert _grids("|（七）总计|`0`<br>`2`|5|\n|---|---|---|\n") == [[["（七）总计", "0 2", "5"]]]


MARKITDOWN_ROW_TABLES = """\
三、收到和处理政府信息公开申请情况

一、本年新收政府信息公开申请数
|     |     |     | 12  | 3 0 | 0 0 | 0 15 |
| --- | --- | --- | --- | --- | --- | ---- |
量
二、上年结转政府信息公开申请数量
|     |     |     | 1   | 0 0 | 0 0 | 0 1 |
| --- | --- | --- | --- | --- | --- | --- |
（一）予以公开
|     |     |     | 7   | 1 0 | 0 0 | 0 8 |
| --- | --- | --- | --- | --- | --- | --- |
| （二）部分 | 公开 |     | 2   | 0 0 | 0 0 | 0 2 |
| --- | --- | --- | --- | --- | --- | --- |

全年未发生因政府信息公开引起的行政复议。
"""


def test_markitdown_rows_written_as_tables_of_their_own_are_one_table_again() -> None:
    # markitdown's PDF tables: each row of values a one-row table, its label a line above and the
    # label's wrapped tail a line below; the numbers of two columns fused into one cell.
    assert _grids(MARKITDOWN_ROW_TABLES) == [[
        ["一、本年新收政府信息公开申请数量", "12", "3", "0", "0", "0", "0", "15"],
        ["二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1"],
        ["（一）予以公开", "7", "1", "0", "0", "0", "0", "8"],
        ["（二）部分公开", "2", "0", "0", "0", "0", "0", "2"],  # a label in the row's own cells
    ]]
    assert _texts(MARKITDOWN_ROW_TABLES) == ["三、收到和处理政府信息公开申请情况", "全年未发生因政府信息公开引起的行政复议。"]


def test_a_single_value_table_between_sentences_is_left_alone() -> None:
    text = "说明如下。\n\n备注\n| | 3 | 4 | 5 |\n|---|---|---|---|\n\n下文照常。\n"
    assert _grids(text) == [[["", "3", "4", "5"]]]
    assert _texts(text) == ["说明如下。", "备注", "下文照常。"]


def test_markitdown_rows_short_by_a_label_spanning_rows_keep_their_values_under_their_columns() -> None:
    # markitdown (mammoth, markdownify) writes a cell spanning rows once: the rows below it are short by
    # their leading label positions, and their values stay in the last columns.
    text = ("| 三、本年度办理结果 | （一）予以公开 | 4 | 0 | 1 |\n| --- | --- | --- | --- | --- |\n"
            "| （二）部分公开 | 2 | 0 | 2 |\n| （三）不予公开 | | | |\n")
    assert _grids(text) == [[["三、本年度办理结果", "（一）予以公开", "4", "0", "1"],
                             ["", "（二）部分公开", "2", "0", "2"], ["", "（三）不予公开", "", "", ""]]]


def test_a_page_break_inside_markitdown_row_tables_stays_text_after_the_joined_table() -> None:
    text = ("| 一、本年新收政府信息公开申请数量 | | | 5 | 0 | 0 | 5 |\n|---|---|---|---|---|---|---|\n\n"
            "二、上年结转政府信息公开申请数量\n| | | | 1 | 0 | 0 | 1 |\n|---|---|---|---|---|---|---|\n\n"
            "- 4 -\n\n某县某局2024年政府信息公开工作年度报告\n\n"
            "（一）予以公开\n| | | | 3 | 0 | 0 | 3 |\n|---|---|---|---|---|---|---|\n")
    assert _grids(text) == [[["一、本年新收政府信息公开申请数量", "5", "0", "0", "5"],
                             ["二、上年结转政府信息公开申请数量", "1", "0", "0", "1"], ["（一）予以公开", "3", "0", "0", "3"]]]
    assert _texts(text) == ["4 -", "某县某局2024年政府信息公开工作年度报告"]


def test_a_value_pdfminer_read_into_its_rows_label_is_the_rows_first_value() -> None:
    text = ("一、本年新收政府信息公开申请数量\n| | | | 5 | 0 | 0 | 5 |\n|---|---|---|---|---|---|---|\n\n"
            "（二）部分公开（区分处理的，只计这一4情形）\n| | | | 0 | 0 | 4 |\n|---|---|---|---|---|---|\n\n"
            "（一）予以公开\n| | | | 3 | 0 | 0 | 3 |\n|---|---|---|---|---|---|---|\n")
    assert _grids(text)[0][1] == ["（二）部分公开（区分处理的，只计这一情形）", "4", "0", "0", "4"]


def test_markitdown_labels_below_their_rows_go_to_the_rows_above_them() -> None:
    # pdfminer puts a label below its row where the label sits lower than the numbers: a row with no label
    # line of its own above takes the marker line below it (a label written down the page, one character
    # a line or in front of a row's label, is no part of it); a label cell alone on its row of a table is
    # the label of the values row under it; the last row's label is the line after the run.
    rule = "|---|---|---|---|---|---|---|\n"
    text = ("| （一）予以公开 | | | 2 | 0 | 0 | 2 |\n" + rule + "| | （二）部分公开（只计这一 | | | | | |\n"
            "| | | | 1 | 0 | 0 | 1 |\n情形）\n"
            "| | | | 4 | 0 | 0 | 4 |\n" + rule + "1.属于国家秘密\n办\n"
            "| | | | 0 | 1 | 0 | 1 |\n" + rule + "理 2.其他法律行政法规禁止公开\n结\n"
            "| | | | 6 | 0 | 0 | 6 |\n" + rule + "（七）总计\n\n五、存在的主要问题及改进情况\n")
    assert _grids(text) == [[["（一）予以公开", "2", "0", "0", "2"], ["（二）部分公开（只计这一情形）", "1", "0", "0", "1"],
                             ["1.属于国家秘密", "4", "0", "0", "4"], ["2.其他法律行政法规禁止公开", "0", "1", "0", "1"],
                             ["（七）总计", "6", "0", "0", "6"]]]
    assert _texts(text) == ["五、存在的主要问题及改进情况"]


def test_markitdown_guessed_table_of_prose_comes_back_as_the_paragraphs_lines() -> None:
    # pdfminer cuts a justified line of prose at its widest gaps and markitdown writes a table of it: the
    # rows are the paragraph's lines again, and nothing of them is lost. A few rows of data stay a table.
    text = ("（一）主动公开情况。本机关通过门户网站主动公开各类\n"
            "| 信息，全年发布动态。2024 |     |     | 年，本机关在网 |\n| --- | --- | --- | --- |\n"
            "站平台公开信息 36 条。\n\n"
            "| 行政许可 | 12 | 3 |\n| --- | --- | --- |\n| 行政处罚 | 0 | 1 |\n")
    assert _texts(text) == ["（一）主动公开情况。本机关通过门户网站主动公开各类", "信息，全年发布动态。2024年，本机关在网",
                            "站平台公开信息 36 条。"]
    assert _grids(text) == [[["行政许可", "12", "3"], ["行政处罚", "0", "1"]]]
    # A label cut at its comma above a row of values is a table's, not prose; a date left in cells is prose's.
    label_above_values = "| 果 | （二）部分公开（区分处理的， | | |\n| --- | --- | --- | --- |\n| | | 21 | 6 |\n"
    assert _grids(label_above_values) == [[["果", "（二）部分公开（区分处理的，", "", ""], ["", "", "21", "6"]]]
    assert _texts("| 日止。如有疑问，请与本局 | | |\n| --- | --- | --- |\n| 2023 | 12 | 31 |\n") == ["日止。如有疑问，请与本局", "2023 12 31"]
    assert [p.text for p in extract_text("## 一、总体情况\n\n" + text).paragraphs] == [
        "（一）主动公开情况。本机关通过门户网站主动公开各类信息，全年发布动态。2024年，本机关在网站平台公开信息 36 条。"]


def test_markitdown_lone_row_cut_out_between_labelled_tables_takes_its_label_lines() -> None:
    # markitdown keeps most rows of a ruled PDF table with their label cells, several rows a table, but sets
    # a row whose label wraps apart: the label's head a line above a table of its values, its tail a line
    # below. The row is one with its label again, and the tables around it stay as they are.
    rule = "| --- | --- | --- | --- | --- | --- |\n"
    text = ("| | 一、本年新收政府信息公开申请数量 | 9 | 2 1 | 0 | 12 |\n" + rule + "| | 二、上年结转政府信息公开申请数量 | 1 | 0 0 | 0 | 1 |\n"
            "| | （一）予以公开 | 6 | 1 0 | 0 | 7 |\n| | | | | | |\n"
            "（二）部分公开（区分处理的，只计这\n| | | 3 | 0 0 | 1 | 4 |\n" + rule + "一情形，不计其他情形）\n"
            "| | 1.属于国家秘密 | 0 | 0 0 | 0 | 0 |\n" + rule + "| | 2.其他法律行政法规禁止公开 | 1 | 0 0 | 0 | 1 |\n"
            "| | 3.危及“三安全一稳定” | 0 | 0 0 | 0 | 0 |\n| | 4.保护第三方合法权益 | 2 | 0 0 | 0 | 2 |\n")
    grids = _grids(text)
    assert len(grids) == 3 and grids[1] == [["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "3", "0", "0", "1", "4"]]
    assert grids[0][2][1] == "（一）予以公开" and grids[2][1][1] == "2.其他法律行政法规禁止公开"
    assert not any("一情形" in t for t in _texts(text))


def test_a_group_label_character_written_down_the_page_stays_out_of_the_item_label() -> None:
    # pdfminer writes a group's label ('（五）不予处' … '理') down the page beside the items: its last
    # character on a line of its own after an item's head is no part of that item's label.
    rule = "| --- | --- | --- | --- | --- | --- | --- |\n"
    text = ("1.信访举报投诉类申请\n| | | 0 | 0 | 0 | 0 | 0 |\n" + rule +
            "（五）不予处\n2.重复申请，且申请人未\n理\n| | | 说明 | 0 | 1 | 0 | 1 |\n" + rule + "提出新的理由\n"
            "3.要求提供公开出版物\n| | | 1 | 0 | 0 | 0 | 1 |\n" + rule)
    labels = [row[0] for row in _grids(text)[0]]
    assert labels[1].startswith("（五）不予处2.重复申请，且申请人未") and "未理" not in labels[1]


def test_a_wider_labelled_fragment_after_rows_joined_from_row_tables_is_read() -> None:
    # Rows joined from markitdown's one-row tables hold their label in one cell; the next fragment, rows that
    # kept their three label cells, is wider than they are, and is still the same table's next rows.
    rule = "|---|---|---|---|---|---|---|---|---|---|\n"
    text = ("## 三、收到和处理政府信息公开申请情况\n\n"
            "一、本年新收政府信息公开申请数量\n| | | | 4 | 1 | 0 | 0 | 0 | 0 | 5 |\n" + rule + "\n"
            "二、上年结转政府信息公开申请数量\n| | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n" + rule + "\n"
            "三、本年度办理结果（一）予以公开\n| | | | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n" + rule + "\n"
            "| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n" + rule +
            "| | | 2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            "| | | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
            "| | | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 1 | 0 | 1 |\n\n## 四、政府信息公开行政复议、行政诉讼情况\n")
    record = extract_text(text)
    assert record.cell("t3.granted.total").value == 3
    assert [record.cell(f"t3.denied_prohibited.{c}").value for c in ("natural_person", "total")] == [1, 1]
    assert record.cell("t3.denied_third_party.legal_service").value == 1
    # read as one grid (the text's reading loses what a label line cut apart, as in real conversions)
    assert all(record.cell(f"t3.{r}.total").source.extractor == "grid" for r in ("new_received", "denied_third_party"))


def test_tables_three_and_four_in_one_grid_are_both_read() -> None:
    # pymupdf4llm made one grid of table 三's last rows and table 四 (no rule parted them on the page): 四's
    # header words name the grid, and 三's rows in it are read too.
    text = ("## 三、收到和处理政府信息公开申请情况\n\n"
            "|一、本年新收政府信息公开申请数量|2|1|0|0|0|0|3|\n|---|---|---|---|---|---|---|---|\n"
            "|二、上年结转政府信息公开申请数量|0|0|0|0|0|0|0|\n"
            "|三、本年度办理结果（一）予以公开|1|1|0|0|0|0|2|\n"
            "|（七）总计|2|1|0|0|0|0|3|\n|四、结转下年度继续办理|0|0|0|0|0|0|0|\n"
            "|行政复议|结果维持|结果纠正|其他结果|尚未审结|总计|||\n"
            "|行政诉讼 未经复议直接起诉|结果维持|结果纠正|其他结果|尚未审结|总计|||\n"
            "|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|||\n"
            "|1 0 0 0 1|0 0 0 0 0|0|0|0|0|0|||\n\n## 五、存在的主要问题及改进情况\n")
    record = extract_text(text)
    assert [record.cell(f"t3.new_received.{c}").value for c in ("natural_person", "total")] == [2, 3]
    assert record.cell("t3.granted.total").source.extractor == "grid"
    assert record.cell("t3.total_processed.total").value == 3


def test_pandoc_em_dashes_written_as_three_hyphens_are_dash_cells() -> None:
    # pandoc's Markdown writer writes an em dash as '---' (smart typography): a zero printed as a dash is
    # '---' in a table's cell, a paragraph of its own in a table written one cell a line, and a whole row of
    # them above a multiline table's closing rule looks like a column rule. Each is a dash cell, no rule.
    assert parse_cell("---").kind.value == "dash"
    one_cell_a_line = "（七）总计\n\n12\n\n---\n\n---\n\n3\n\n正文照常。\n\n---\n\n下文照常。\n"
    assert _texts(one_cell_a_line) == ["（七）总计", "12", "—", "—", "3", "正文照常。", "下文照常。"]
    rule = "  " + "-" * 60
    multiline = "\n".join([rule, "  结果维持   结果纠正   总计", "  ---------- ---------- ------", "",
                           "  ---        ---        ---", rule, ""])
    assert _grids(multiline) == [[["结果维持", "结果纠正", "总计"], ["---", "---", "---"]]]
