"""A crawler's one-line text (layout/crawled.py, layout/headings.py), the edges the one_line shape of the paragraph
harness still lost after oneline17: the first paragraph after the portal's frame (a year and a comma, the stock
preamble after a reading tool's label, the preamble after a space as the only sign of kept breaks), a pre-2019 page's
title before a sentence of its own, and a pre-2019 page's long run-in sub-heading ending at a space. Invented text."""

from __future__ import annotations

import pytest

from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.extraction.layout.headings import sub_heading

LONG = ("本局把政务公开列入全年重点工作，局务会专题研究三次，明确办公室统筹、各股室分工负责，信息发布前一律经过保密审查，"
        "门户网站栏目按照最新目录重新梳理，过期和重复的内容及时下架，群众留言在五个工作日内答复，办理结果同步公开。")
PREAMBLE = ("根据《中华人民共和国政府信息公开条例》要求，本局编制了本年度政府信息公开工作年度报告，"
            "所列数据的统计期限自2023年1月1日起至2023年12月31日止。")


@pytest.mark.parametrize("frame", ["发布时间：2024-01-18 字体：[ ]", "来源：本局 扫一扫在手机打开当前页",
                                   "【打印】【关闭】 分享到 微信"])
def test_a_paragraph_opening_on_its_year_after_the_frame_is_cut_from_it(frame: str) -> None:
    body = "2023年，本局围绕群众关注的重点领域及时发布政策解读，全年主动公开信息二百余条。"
    line = f"{frame} {body} 一、总体情况 {LONG} {LONG} {LONG}"
    assert body in crawled_pieces(line)


@pytest.mark.parametrize("inside", ["截至 2023年，全县共设立查阅点十二个。", "全年工作均在 2023年，按期完成。"])
def test_a_year_after_a_word_that_leads_into_it_stays_in_its_sentence(inside: str) -> None:
    line = f"一、总体情况 {LONG} 本局持续推进公开平台建设，{inside} {LONG} {LONG}"
    assert not any(p.startswith("2023年") for p in crawled_pieces(line))


def test_the_preamble_after_a_reading_tools_label_is_its_own_paragraph() -> None:
    line = f"发布时间：2024-01-18 有声朗读： {PREAMBLE} 一、总体情况 {LONG} {LONG} {LONG}"
    assert PREAMBLE in crawled_pieces(line)


def test_the_preamble_after_a_space_tells_a_line_that_kept_its_breaks() -> None:
    # Every paragraph after it opens on '(' or a digit: no sentence's end is followed by a space and Chinese text.
    items = " ".join(f"({'一二三'[k]}){LONG}" for k in range(3))
    line = f"【字体：大 中 小】 来源：本局办公室 {PREAMBLE} {items}"
    assert len(line) >= 400
    assert PREAMBLE in crawled_pieces(line)


def test_an_old_pages_title_before_a_sentence_of_its_own_ends_at_the_space() -> None:
    title = "某镇人民政府2016年政府信息公开工作年度报告"
    body = "自政府信息公开工作开展以来，本镇按照条例要求建立了信息发布审核制度，全年运行平稳。"
    line = f"{title} {body} 一、概述 {LONG} {LONG} {LONG}"
    pieces = crawled_pieces(line, old=True)
    assert pieces[:2] == [title, body]


def test_an_old_pages_title_keeps_the_preamble_it_runs_into() -> None:
    title = "某镇人民政府2016年政府信息公开工作年度报告"
    line = f"来源：某镇 {title} {PREAMBLE} 一、概述 {LONG} {LONG} {LONG}"
    assert not any(p == title for p in crawled_pieces(line, old=True))


@pytest.mark.parametrize("heading", ["（一）公开工作的基本情况、主要做法和成效", "二、突出重点，主动公开", "（二）公开的主要内容：",
                                     "一、概  述"])
def test_a_long_run_in_heading_ending_at_a_space_is_the_paragraphs_heading(heading: str) -> None:
    piece = f"{heading} 2016年，本局按照条例要求稳步推进政府信息公开工作，全年主动公开信息一百余条。"
    found = sub_heading(piece)
    assert found is not None and found.run_in and found.text == heading


def test_a_sentence_spaced_around_its_count_is_no_run_in_heading() -> None:
    piece = "（一）本局全年通过门户网站主动公开各类政府信息、政策解读 1234 条，其中政策文件一百条，解读材料二十条。"
    found = sub_heading(piece)
    assert found is None or found.text != "（一）本局全年通过门户网站主动公开各类政府信息、政策解读"
