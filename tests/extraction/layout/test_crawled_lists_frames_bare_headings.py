"""A crawler's one-line text (layout/crawled.py), the edges the one_line shape of the paragraph harness still
lost: a numbered list after a colon or a semicolon whose items are paragraphs, the stock preamble after a portal
field's label or date stamp, a section heading ending at a space as the sign of a one-line page (its items
opening on a half-width bracket or a digit), a heading spaced out letter by letter, a bare section title between
spaces, the report's title ending at a space, and a frame's bracket the line never closes. Invented text."""

from __future__ import annotations

from nianbao.extraction.layout.crawled import crawled_pieces

PREAMBLE = ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、"
            "收到和处理政府信息公开申请情况等六个部分，所列数据的统计期限自2023年1月1日起至12月31日止。")
LONG = ("本局把政务公开列入全年重点工作，局务会专题研究三次，明确办公室统筹、各股室分工负责，信息发布前一律经过保密审查，"
        "门户网站栏目按照最新目录重新梳理，过期和重复的内容及时下架，群众留言在五个工作日内答复，办理结果同步公开。")
ITEM_ONE = "（一）加强组织领导。本局调整了政务公开工作领导小组，由主要负责同志任组长，每季度听取一次工作汇报。"
ITEM_TWO = "（二）完善工作制度。修订了信息发布审核办法，建立了专人负责、分级把关、限时办结的工作机制。"


def test_a_lists_items_after_a_colon_are_paragraphs_when_the_first_holds_a_sentence() -> None:
    line = f"{PREAMBLE} 一、总体情况 {LONG} 现将有关工作报告如下： {ITEM_ONE} {ITEM_TWO} {LONG}"
    pieces = crawled_pieces(line)
    assert ITEM_ONE in pieces and ITEM_TWO in pieces


def test_an_inline_list_after_a_colon_stays_in_its_sentence() -> None:
    inline = "全年发布的信息包括： 1.机构职能信息十二条； 2.政策文件九件； 3.工作动态一百余条。"
    line = f"{PREAMBLE} 一、总体情况 {LONG} {inline} {LONG}"
    assert inline in crawled_pieces(line)


def test_each_next_item_after_a_semicolon_follows_the_first_items_edge() -> None:
    first = "（一）主动公开的文件数量：全年十二件；"
    second = "（二）主动公开的主要类别：机构设置、政策文件、财政预算和工作动态等。"
    line = f"{PREAMBLE} 二、主动公开政府信息情况 {first} {second} {LONG} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert first in pieces and second in pieces


def test_the_preamble_after_a_frame_fields_label_or_a_date_stamp_opens_a_paragraph() -> None:
    for frame in ("索引号：QH-2024-0031 文号：", "【字体：", "发布时间：2024-01-20 09:30"):
        pieces = crawled_pieces(f"{frame} {PREAMBLE} 一、总体情况 {LONG} {LONG} {LONG}")
        assert PREAMBLE in pieces, frame


def test_a_section_heading_ending_at_a_space_tells_a_one_line_page() -> None:
    # No sentence's end is followed by a space and Chinese text: items open on '(' or a digit.
    one = "(一)主动公开 1.制度建设情况。本局制定了年度政务公开工作要点，逐项明确责任股室和完成时限。"
    two = "2.信息发布数量。本局全年通过门户网站主动公开政府信息二百一十条，其中政策文件十八件。"
    overview = "2023年，本局坚持以公开为常态、不公开为例外，持续加大主动公开力度。"
    rest = " ".join(f"{k}.{LONG}" for k in (3, 4, 5))
    line = f"一、总体情况 {overview} {one} {two} {rest}"
    assert len(line) >= 400
    pieces = crawled_pieces(line)
    assert pieces[:5] == ["一、总体情况", overview, "(一)主动公开", one[len("(一)主动公开 "):], two]


def test_a_heading_spaced_out_letter_by_letter_ends_at_its_last_letter() -> None:
    line = f"{PREAMBLE} 一、概 述 2023年，{LONG} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert "一、概 述" in pieces and f"2023年，{LONG}" in pieces


def test_a_bare_section_title_between_spaces_is_its_own_piece() -> None:
    line = f"{PREAMBLE} {LONG} 主动公开政府信息情况 {LONG} {LONG} {LONG}"
    assert "主动公开政府信息情况" in crawled_pieces(line)
    old = f"本年报由某镇人民政府编制。 {LONG} 二 政府信息主动公开情况 {LONG} {LONG} {LONG}"
    assert "二 政府信息主动公开情况" in crawled_pieces(old, old=True)
    # A title word in a sentence stays there: no space sets it off.
    assert not any(p == "主动公开政府信息情况" for p in crawled_pieces(f"{PREAMBLE} 全文包括主动公开政府信息情况等。 {LONG} {LONG} {LONG}"))


def test_the_reports_title_ending_at_a_space_ends_before_the_text_under_it() -> None:
    text = f"2023年以来，{LONG}"
    line = f"发布日期：2024-01-18 某县某局 2023年政府信息公开工作年度报告 {text} 一、总体情况 {LONG}"
    assert text in crawled_pieces(line)


def test_a_bracket_the_line_never_closes_blocks_no_edge() -> None:
    line = f"发布日期：2024-01-18 【字体： 一、总体情况 {LONG} 现将有关工作报告如下： {ITEM_ONE} {ITEM_TWO} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert "一、总体情况" in pieces and ITEM_ONE in pieces and ITEM_TWO in pieces
