"""detect15's classes, on pages written for these tests: a page opening at the format's 一、总体情况 whose first two
items are headed in the body's own words on 公开 work is a report's beginning (heldout39/19, a traditional mirror's
middle page); items headed on other work, a 总结's lead, or no year leave it none. A document site's piece numbered
in its bundle ('第一篇：…年度报告') is no report, whatever the piece says of itself (detect15/33)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.lookalikes import NOT_REPORT_TITLE, lookalike_signs
from nianbao.extraction.report_words import compact
from tests.extraction.pages import read_page

_OWN_ITEMS = ("一、总体情况\n（一）依法依规公开各类业务信息。局领导班子高度重视政务公开，把公开工作列入年度考核，做到常议常抓。\n"
              "（二）持续深化重点领域信息公开。2023年1月1日以来，通过门户网站和微信公众号发布民生信息215条。\n")


def test_items_headed_on_disclosure_work_under_the_format_overview_make_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _OWN_ITEMS)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2023


def test_the_same_page_in_traditional_characters_is_a_report_too(tmp_path: Path) -> None:
    text = _OWN_ITEMS.replace("总体情况", "總體情況").replace("公开", "公開").replace("门户网站", "門戶網站")
    assert read_page(tmp_path, text).status is Status.PARTIAL


def test_items_headed_on_other_work_are_no_report(tmp_path: Path) -> None:
    text = _OWN_ITEMS.replace("依法依规公开各类业务信息", "深入开展法治宣传教育").replace("持续深化重点领域信息公开", "认真抓好安全生产")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_only_one_item_headed_on_disclosure_work_is_not_enough(tmp_path: Path) -> None:
    text = _OWN_ITEMS.replace("持续深化重点领域信息公开", "认真抓好安全生产")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_summary_saying_so_above_its_items_stays_no_report(tmp_path: Path) -> None:
    text = _OWN_ITEMS.replace("一、总体情况\n", "一、总体情况\n2023年，我局扎实推进政务公开工作，现将全年工作总结如下：\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_without_a_year_on_the_page_the_items_are_not_enough(tmp_path: Path) -> None:
    assert read_page(tmp_path, _OWN_ITEMS.replace("2023年1月1日以来", "今年以来")).status is Status.NOT_A_REPORT


def test_under_another_first_heading_the_items_are_not_enough(tmp_path: Path) -> None:
    assert read_page(tmp_path, _OWN_ITEMS.replace("总体情况", "主要工作")).status is Status.NOT_A_REPORT


_PIECE = ("第一篇：2009年某市文化局政府信息公开工作年度报告\n本报告是根据政府信息公开条例的要求，由某市文化局编制的2009年度"
          "政府信息公开工作年度报告。本报告所列数据的统计期限为2009年1月1日至2009年12月31日。\n一、概述\n"
          "2009年，某市文化局主动公开政府信息120条，收到政府信息公开申请3件。\n")


def test_a_bundles_numbered_piece_is_no_report(tmp_path: Path) -> None:
    assert read_page(tmp_path, _PIECE).status is Status.NOT_A_REPORT


def test_a_piece_number_opening_a_title_says_it_is_something_else() -> None:
    assert NOT_REPORT_TITLE.search("第二篇：2015年某县水利局政府信息公开工作年度报告")
    assert NOT_REPORT_TITLE.search("篇三:某区统计局2020年政府信息公开工作年度报告")
    # a report's own part heading is no piece of a bundle
    assert not NOT_REPORT_TITLE.search("某市2015年政府信息公开工作年度报告第一部分")


def test_a_piece_numbered_on_a_line_of_its_own_is_a_bundles() -> None:
    text = "政务公开资料汇编\n第二篇：某区统计局2020年政府信息公开工作年度报告\n一、总体情况\n"
    assert any("bundle" in s for s in lookalike_signs(text, compact(text), False))
