"""Quote marks markitdown (pdfminer) set apart on lines of their own are put back in the spaces they left
(extraction/readers/quote_marks.py); invented text in the converter's pattern, measured on real
converters' output (benchmarks/real_converters.py)."""

from __future__ import annotations

from nianbao.extraction.readers.markdown import MarkdownReader
from nianbao.extraction.readers.quote_marks import restore_quote_marks


def _nonblank(lines: list[str]) -> list[str]:
    return [line for line in lines if line.strip()]


def test_marks_after_their_line_go_back_into_its_spaces() -> None:
    lines = ["本单位以 公开为常态 为原则，完善栏目设置，提升检索", "", "”", "", "“", "", "功能，方便群众查阅。"]
    assert _nonblank(restore_quote_marks(lines)) == ["本单位以“公开为常态”为原则，完善栏目设置，提升检索", "功能，方便群众查阅。"]


def test_marks_that_stood_together_are_one_mark_line() -> None:
    # '”“' between two quoted phrases: one space, one mark line; the marks' lines come out of order.
    lines = ["通过 现场答疑 线上问答 等形式开展政策解读，回应群众关切", "”“", "”", "“"]
    assert _nonblank(restore_quote_marks(lines)) == ["通过“现场答疑”“线上问答”等形式开展政策解读，回应群众关切"]


def test_an_opening_mark_at_a_line_start_is_written_before_the_line() -> None:
    lines = ["围绕企业需求建立政策推送台账，坚持", "“", "一事一档 原则，逐项登记办理结果，做到", "”", "件件有回音。"]
    assert _nonblank(restore_quote_marks(lines)) == ["围绕企业需求建立政策推送台账，坚持", "“一事一档”原则，逐项登记办理结果，做到",
                                                     "件件有回音。"]


def test_marks_of_a_line_two_lines_up_are_placed_there() -> None:
    lines = ["严格落实 三审 制度，信息发布前经科室、分管领导和主要领导审核把关，", "确保内容准确。", "“", "”"]
    assert _nonblank(restore_quote_marks(lines)) == ["严格落实“三审”制度，信息发布前经科室、分管领导和主要领导审核把关，", "确保内容准确。"]


def test_marks_that_do_not_fit_the_spaces_stay_as_written() -> None:
    # A table's header cells keep their own spaces: four marks for two spaces is no placement.
    lines = ["第 （一） 项", "“", "“", "”", "”", "信息内容"]
    assert restore_quote_marks(lines) == lines
    # A label row's cells: the spaces are the cells', the line no prose.
    lines = ["．危及 三安全一稳定", "“", "”"]
    assert restore_quote_marks(lines) == lines


def test_a_pairing_across_a_sentence_is_refused() -> None:
    # One space each in two lines a sentence apart: marks closing over a full stop are no quote.
    lines = ["本年度共召开 专题会议三次，研究部署政务公开重点工作。会后及时", "印发会议纪要，明确责任分工 推进落实。", "“", "”"]
    assert restore_quote_marks(lines) == lines


def test_the_markdown_reader_reads_the_marks_back_into_the_paragraph() -> None:
    text = "本单位以 公开为常态 为原则，完善栏目设置，提升检索\n\n”\n\n“\n\n功能，方便群众查阅。\n"
    blocks = MarkdownReader().read(text.encode("utf-8"), "x.md").blocks
    assert [b.text for b in blocks] == ["本单位以“公开为常态”为原则，完善栏目设置，提升检索", "功能，方便群众查阅。"]


def test_pandoc_escaped_angle_brackets_are_read_as_brackets() -> None:
    text = "根据《关于印发\\<某某工作规程\\>的通知》要求编制本报告。\n"
    blocks = MarkdownReader().read(text.encode("utf-8"), "x.md").blocks
    assert blocks[0].text == "根据《关于印发<某某工作规程>的通知》要求编制本报告。"
