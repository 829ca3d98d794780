"""A crawler's one-line text that kept its paragraph breaks as spaces (layout/crawled.py): invented text in the
shapes real pages show — the title, the stock preamble, section headings, numbered headings ending at a space,
items and a figure's caption on one line — cut at its paragraphs' edges and nowhere else; and an excerpt
ending inside a section heading ('三、收到'), which opens its section (layout/headings.py ``cut_section_heading``)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.crawled import crawled_pieces, is_caption
from nianbao.extraction.layout.headings import cut_section_heading
from nianbao.pipeline import extract

TITLE = "青禾县卫生健康局 2023年度政府信息公开工作的报告"
PREAMBLE = ("根据《中华人民共和国政府信息公开条例》和市政府办公室关于做好年度报告编制工作的通知要求，本局编制了本年度报告。"
            "报告中所列数据的统计期限自2023年1月1日起至12月31日止。")
OVERVIEW_HEADING = "一、本年度政府信息公开工作总体情况"
ITEM_HEADING = "1.政府信息公开工作机构和人员设置情况"
ITEM_TEXT = ("本局领导班子高度重视政务公开，明确由分管副局长牵头，办公室配备专人负责日常发布，各股室确定联络员，"
             "形成了上下贯通的工作体系。全年召开专题会议三次，研究解决栏目调整、信息审核和考核评议中的具体问题，"
             "并将政务公开工作纳入各股室年度目标考核。")
ITEM_TWO = ("（二）主动公开情况。全年在门户网站发布信息三百余条，其中包括：1.机构职能信息二十条；2.政策文件十五件；"
            "3.工作动态二百余条，均按规定完成保密审查。围绕“一、总体情况”的要求，逐项对照落实。")
CAPTION = "图1:本局政府信息公开专栏页面"
ITEM_THREE = "（三）政策解读情况。全年围绕群众关注的医保报销、疫苗接种等事项开展政策解读九次，其中图文解读六次。"
LINE = " ".join([TITLE, PREAMBLE, OVERVIEW_HEADING, ITEM_HEADING, ITEM_TEXT, ITEM_TWO, CAPTION, ITEM_THREE])


def test_one_line_cut_at_title_preamble_headings_items_and_caption() -> None:
    assert len(LINE) >= 400
    assert crawled_pieces(LINE) == [TITLE, PREAMBLE, OVERVIEW_HEADING, ITEM_HEADING, ITEM_TEXT, ITEM_TWO, CAPTION,
                                    ITEM_THREE]
    assert is_caption(CAPTION) and not is_caption(ITEM_THREE)


def test_inline_list_and_quoted_heading_stay_in_their_paragraph() -> None:
    # Spaces inside the item's inline list (after a colon or a semicolon) and inside a quoted heading are no edges.
    spaced = ITEM_TWO.replace("：1.", "： 1.").replace("；2.", "； 2.").replace("“一、", "“ 一、")
    line = " ".join([PREAMBLE, OVERVIEW_HEADING, ITEM_TEXT, spaced, ITEM_THREE, ITEM_TEXT])
    pieces = crawled_pieces(line)
    assert spaced in pieces
    assert pieces == [PREAMBLE, OVERVIEW_HEADING, ITEM_TEXT, spaced, ITEM_THREE, ITEM_TEXT]


def test_a_short_line_stays_whole() -> None:
    line = f"{OVERVIEW_HEADING} {ITEM_TEXT}"
    assert len(line) < 400
    assert crawled_pieces(line) == [line]


def test_one_line_page_reads_into_its_paragraphs_under_their_headings(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"时间:2023-02-01 点击数: | ||||\n{LINE}\n", encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    texts = {p.text: p for p in record.paragraphs}
    assert PREAMBLE in texts and texts[PREAMBLE].section == "preamble"
    assert ITEM_TEXT in texts
    assert texts[ITEM_TEXT].section == "overview"
    assert list(texts[ITEM_TEXT].path[-2:]) == [OVERVIEW_HEADING, ITEM_HEADING]
    assert ITEM_TWO in texts and ITEM_THREE in texts
    assert not any(CAPTION in p.text for p in record.paragraphs)  # the caption is the page's, no paragraph


def test_a_section_heading_cut_at_the_texts_end_opens_its_section(tmp_path: Path) -> None:
    assert cut_section_heading("三、收到", "proactive") == "requests"
    assert cut_section_heading("四、政府信息公", "requests") == "review_litigation"
    assert cut_section_heading("三、加强", "proactive") is None  # no format heading begins so
    assert cut_section_heading("二、主动公开", "requests") is None  # an earlier section: a list's item
    page = tmp_path / "cut.txt"
    page.write_text("\n".join([PREAMBLE, "一、总体情况", ITEM_TEXT, "二、主动公开政府信息情况", ITEM_THREE, "三、收到"]) + "\n",
                    encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    assert [p.text for p in record.paragraphs if p.section == "proactive"] == [ITEM_THREE]
    assert not any(p.text == "三、收到" for p in record.paragraphs)
