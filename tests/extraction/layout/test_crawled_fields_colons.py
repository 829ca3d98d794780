"""A crawler's one-line text (layout/crawled.py), the edges the one_line shape of the paragraph harness still lost
after oneline16p: contact fields with no full stop, a numbered heading ending on a colon, prose after '如下：',
and a section heading after a space as the sign of a one-line page. Invented text."""

from __future__ import annotations

from nianbao.extraction.layout.crawled import crawled_pieces

LONG = ("本局把政务公开列入全年重点工作，局务会专题研究三次，明确办公室统筹、各股室分工负责，信息发布前一律经过保密审查，"
        "门户网站栏目按照最新目录重新梳理，过期和重复的内容及时下架，群众留言在五个工作日内答复，办理结果同步公开。")
CLOSING = "如对本报告有疑问，请与本局办公室联系。"


def test_contact_fields_without_a_full_stop_each_end_at_the_next_label() -> None:
    phone, address, post = "联系电话:0571-5550123", "联系地址:某县人民路8号行政中心三楼", "邮政编码:310000"
    line = f"{CLOSING} {phone} {address} {post} 一、总体情况 {LONG} {LONG} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert [phone, address, post, "一、总体情况"] == pieces[1:5]


def test_fields_listed_after_a_semicolon_stay_one_line() -> None:
    fields = "电话：0571-5550123； 传真：0571-5550124"
    line = f"{CLOSING} {fields} 一、总体情况 {LONG} {LONG} {LONG} {LONG}"
    assert len(line) >= 400
    assert fields in crawled_pieces(line)


def test_a_numbered_heading_ending_on_a_colon_ends_before_its_text() -> None:
    text = "2023年共受理政府信息公开申请3件，均按期答复。"
    line = f"一、总体情况 {LONG} (二)依申请公开: {text} (三)政府信息管理: {LONG} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert ["(二)依申请公开:", text, "(三)政府信息管理:", LONG] == pieces[2:6]


def test_prose_after_as_follows_opens_its_own_paragraph() -> None:
    intro = "根据《条例》要求，现将本局2023年政府信息公开工作报告如下："
    period = "本报告所列数据的统计期限为2023年1月1日至12月31日。"
    line = f"{intro} {period} 一、总体情况 {LONG} {LONG} {LONG}"
    assert crawled_pieces(line)[:2] == [intro, period]


def test_a_section_heading_after_any_space_tells_a_one_line_page() -> None:
    # No sentence's end is followed by a space and Chinese text (items open on '('), and the line opens on a frame.
    overview = "(一)主动公开情况 2023年，本局在门户网站主动公开政府信息二百一十条。"
    applied = "(二)依申请公开情况 全年未收到政府信息公开申请。"
    rest = " ".join(f"{k}.{LONG}" for k in (1, 2, 3))
    line = f"当前位置：首页 > 信息公开 邮编:310000 一、总体情况 {overview} {applied} {rest}"
    assert len(line) >= 400
    pieces = crawled_pieces(line)
    assert "(一)主动公开情况" in pieces and "全年未收到政府信息公开申请。" in pieces


def test_a_sentence_with_a_heading_word_after_a_space_stays_whole_when_short() -> None:
    line = "本局 一、总体情况 见下文。"
    assert crawled_pieces(line) == [line]


def test_a_section_heading_after_a_tables_cell_tells_nothing() -> None:
    # A flattened page spaces its table's cells; the next heading follows the last cell on a line with no break.
    cells = " ".join(["0"] * 40)
    line = f"二、主动公开政府信息情况{LONG}{LONG}行政许可 {cells} 三、收到和处理政府信息公开申请情况{LONG}"
    assert len(line) >= 400
    assert crawled_pieces(line) == [line]


def test_a_bare_section_title_opening_the_line_ends_at_its_space() -> None:
    body = f"2023年以来，{LONG}"
    for opening in ("总体情况", "一 总体情况"):
        pieces = crawled_pieces(f"{opening} {body} 主动公开政府信息情况 {LONG} {LONG} {LONG}")
        assert pieces[:2] == [opening, body], opening
