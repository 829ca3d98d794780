"""What markitdown (pdfminer) set apart in text boxes of its own is put back: quote marks on lines of their
own go back into the spaces they left (extraction/readers/quote_marks.py), a number written below the line
it opens goes back to its start (extraction/readers/number_boxes.py). Invented text in the converter's
pattern, measured on real converters' output (benchmarks/real_converters.py)."""

from __future__ import annotations

from nianbao.extraction.readers.markdown import MarkdownReader
from nianbao.extraction.readers.number_boxes import restore_number_boxes
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


def test_marks_written_below_a_table_label_go_back_into_the_prose_above_it() -> None:
    # pdfminer wrote the marks after the next page box, a table's label whose number it set apart by spaces
    # ('第 （一） 项': spaces by a bracket are the label's own, no mark's); the label keeps its spaces.
    lines = ["办公室统筹信息发布工作，坚持 先审核、后发布 原则，逐条", "把关后上网。", "（五）监督保障情况",
             "成立工作专班，形成 统一领导、分级负责 的机制。", "第 （一） 项", "“", "“", "”", "”"]
    assert _nonblank(restore_quote_marks(lines)) == [
        "办公室统筹信息发布工作，坚持“先审核、后发布”原则，逐条", "把关后上网。", "（五）监督保障情况",
        "成立工作专班，形成“统一领导、分级负责”的机制。", "第 （一） 项"]
    # A label's space that is no bracket's may be a mark's: the marks stay as written.
    lines = ["成立工作专班，形成 统一领导、分级负责 的机制。", "．危及 三安全一稳定", "“", "“", "”", "”"]
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


def test_a_number_below_the_line_it_opens_goes_back_to_its_start() -> None:
    lines = ["一、总体情况", "", "年，本区坚持以公开为常态、不公开为例外，持续", "", "2023", "", "推进决策、执行、管理全过程公开。"]
    assert _nonblank(restore_number_boxes(lines)) == ["一、总体情况", "2023年，本区坚持以公开为常态、不公开为例外，持续",
                                                      "推进决策、执行、管理全过程公开。"]
    lines = ["### **2．改进措施**", "年，我局将进一步规范信息发布流程，", "2024", "加强审核把关。"]
    assert _nonblank(restore_number_boxes(lines))[1] == "2024年，我局将进一步规范信息发布流程，"


def test_a_bare_number_among_table_text_stays() -> None:
    # The line above ends on no sentence's stop: a label and its value, not a number cut from its line.
    lines = ["本年新收政府信息公开申请数量", "件数合计", "12", "其他"]
    assert restore_number_boxes(lines) == lines
    lines = ["收到申请的总体情况", "件", "5"]
    assert restore_number_boxes(lines) == lines


def test_pandoc_smart_dashes_between_cjk_text_are_dashes() -> None:
    text = "可登录“政务公开---澜溪镇”栏目查阅，时间为上午--下午。\n"
    blocks = MarkdownReader().read(text.encode("utf-8"), "x.md").blocks
    assert blocks[0].text == "可登录“政务公开—澜溪镇”栏目查阅，时间为上午–下午。"
