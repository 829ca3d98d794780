"""A crawler's one-line text (layout/crawled.py), more edges the one_line shape of the paragraph harness lost after
oneline17: prose after the frame's date or clock time, a list of 一是 items after a colon, a numbered list's first
item opening on a heading that ends at a space, a bracketed numeral written as one character or with its opening
bracket lost, and a heading whose year a PDF's text spaced from its 年. Invented text."""

from __future__ import annotations

from nianbao.extraction.layout.crawled import crawled_pieces

LONG = ("本局把政务公开列入全年重点工作，局务会专题研究三次，明确办公室统筹、各股室分工负责，信息发布前一律经过保密审查，"
        "门户网站栏目按照最新目录重新梳理，过期和重复的内容及时下架，群众留言在五个工作日内答复，办理结果同步公开。")


def test_prose_after_the_frames_clock_time_is_the_first_paragraph() -> None:
    body = "为落实上级关于政务公开的部署，本局结合工作实际，对公开目录和发布流程作了全面梳理。"
    line = f"某局2023年政府信息公开工作年度报告 • 发布日期：2024-01-18 09:30 • {body} 一、总体情况 {LONG} {LONG} {LONG}"
    assert body in crawled_pieces(line)


def test_a_date_inside_a_sentence_opens_nothing() -> None:
    line = f"一、总体情况 {LONG} 本局于 2023-05-06 召开专题会议，部署全年公开工作。 {LONG} {LONG} {LONG}"
    assert "本局于 2023-05-06 召开专题会议，部署全年公开工作。" in crawled_pieces(line)


def test_a_list_of_items_after_a_colon_opening_on_a_short_sentence_is_paragraphs() -> None:
    first = "一是加强组织领导。本局调整了政务公开领导小组，明确分管领导和具体经办人员。"
    second = "二是完善工作制度。本局修订了信息发布审核办法，实行三级审核。"
    line = f"一、总体情况 {LONG} 采取的主要措施有： {first} {second} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert first in pieces and second in pieces


def test_an_inline_list_of_items_after_a_colon_stays_in_its_sentence() -> None:
    line = f"一、总体情况 {LONG} 主要做法包括： 一是加强领导；二是完善制度；三是强化监督。 {LONG} {LONG} {LONG}"
    assert "主要做法包括： 一是加强领导；二是完善制度；三是强化监督。" in crawled_pieces(line)


def test_a_first_item_opening_on_a_heading_at_a_space_is_a_paragraph_whatever_its_sentence_holds() -> None:
    item = "2023年本局主动公开政府信息120条，其中门户网站发布100条；政务新媒体发布20条。"
    line = f"一、总体情况 {LONG} 现将有关情况报告如下： （一）主动公开情况 {item} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert "（一）主动公开情况" in pieces and item in pieces


def test_a_numeral_with_its_opening_bracket_lost_still_marks_an_item() -> None:
    text = "本局建立健全政府信息管理制度，明确专人负责信息的发布和更新。"
    line = f"一、总体情况 {LONG} (二)依申请公开情况 {LONG} 三)政府信息管理情况 {text} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert "三)政府信息管理情况" in pieces and text in pieces


def test_a_one_character_bracketed_numeral_marks_a_list_after_a_colon() -> None:
    first = "㈠充实公开内容。凡涉及群众切身利益的事项，本局均按规定及时公开。"
    second = "㈡丰富公开形式。本局在门户网站之外开通了政务微信。"
    line = f"一、概述 {LONG} 主要做了以下几项工作： {first} {second} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert first in pieces and second in pieces


def test_a_heading_whose_year_is_spaced_from_its_nian_is_cut_whole() -> None:
    text = "针对上年发现的栏目更新不及时问题，本局建立了每周巡查制度，问题已全部整改。"
    line = f"五、存在的主要问题及改进情况 （一）2023 年存在问题整改情况 {text} {LONG} {LONG} {LONG}"
    pieces = crawled_pieces(line)
    assert "（一）2023 年存在问题整改情况" in pieces and text in pieces


# A pre-2019 line: a space after a stop before a year is a kept break only where the paragraph it ends opened on the
# same year.
TIGHT = "本镇把政务公开列入全年重点工作，专题研究3次，发布信息120条，明确专人负责信息发布和审核，信息发布前一律经过保密审查。"


def test_an_old_lines_paragraphs_opening_on_the_year_in_a_row_are_cut_apart() -> None:
    first, second = "2016年，本镇共公开信息12条。", "2016年，本镇还设立查阅点3个。"
    line = f"一、概述 {first} {second} 二、主动公开 {TIGHT} {TIGHT} {TIGHT} {TIGHT} {TIGHT} {TIGHT} {TIGHT}"
    assert len(line) >= 400
    pieces = crawled_pieces(line, old=True)
    assert pieces[:2] == [f"一、概述 {first}", second]


def test_an_old_lines_lone_year_after_a_stop_stays_in_its_paragraph() -> None:
    text = "本镇推进政府信息公开工作便捷、及时、高效。 2016年，镇里多次召开会议部署公开工作。"
    line = f"一、概述 {text} 二、主动公开 {TIGHT} {TIGHT} {TIGHT} {TIGHT} {TIGHT} {TIGHT} {TIGHT}"
    pieces = crawled_pieces(line, old=True)
    assert len(pieces) > 1 and f"一、概述 {text}" in pieces
