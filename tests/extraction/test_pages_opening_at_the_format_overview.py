"""An untitled page opening at the 2021 format's first heading, 一、总体情况, whose overview opens on the year's
政府信息公开 work (detect25: the class left in survey28 and seven stored pages of devpages-15 and devpages-legacy, all
reports): a report's beginning, whether it is cut right after that lead or goes on in items on the body's own work.
A year-end account laid out the same says what it is ('现将…总结如下', '汇报如下') and stays no report. Sentences are
invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_HEADING = "一、总体情况\n"
_LEAD = ("2023年，青溪县统计局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕统计中心工作，坚持以公开为常态、"
         "不公开为例外，扎实推进政府信息公开工作，公开实效进一步提升。\n")
_OWN_ITEM = "（一）夯实统计基础。完成年度统计报表审核，组织开展统计业务培训两期。\n"


def test_a_page_cut_after_the_lead_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _HEADING + _LEAD)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2023
    assert any("一、总体情况" in e for e in record.metadata.report_evidence)


def test_items_on_the_bodys_own_work_do_not_undo_it(tmp_path: Path) -> None:
    assert read_page(tmp_path, _HEADING + _LEAD + _OWN_ITEM).status is Status.PARTIAL


def test_an_overview_opening_on_its_first_item_is_read_the_same(tmp_path: Path) -> None:
    record = read_page(tmp_path, _HEADING + "（一）" + _LEAD + "（二）夯实统计基础。完成年度统计报表审核。\n")
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2023


def test_a_traditional_page_is_read_the_same(tmp_path: Path) -> None:
    text = ("一、總體情況\n2023年，青溪縣統計局認真貫徹落實《中華人民共和國政府信息公開條例》，堅持以公開為常態、"
            "不公開為例外，紮實推進政府信息公開工作。\n")
    assert read_page(tmp_path, text).status is Status.PARTIAL


def test_an_account_saying_it_is_a_summary_stays_no_report(tmp_path: Path) -> None:
    lead = _LEAD.replace("公开实效进一步提升。", "公开实效进一步提升。现将全年工作总结如下：")
    assert read_page(tmp_path, _HEADING + lead + _OWN_ITEM).status is Status.NOT_A_REPORT


def test_a_briefing_to_superiors_stays_no_report(tmp_path: Path) -> None:
    lead = _LEAD.replace("公开实效进一步提升。", "公开实效进一步提升。现将有关情况汇报如下。")
    two_items = _OWN_ITEM + "（二）深化主动公开。通过门户网站主动公开统计信息。\n"
    assert read_page(tmp_path, _HEADING + lead + two_items).status is Status.NOT_A_REPORT


def test_a_self_check_in_the_years_work_is_no_summary(tmp_path: Path) -> None:
    lead = _LEAD.replace("公开实效进一步提升。", "公开实效进一步提升，并对照要求开展自查和整改。")
    assert read_page(tmp_path, _HEADING + lead).status is Status.PARTIAL


def test_another_first_heading_is_not_taken(tmp_path: Path) -> None:
    assert read_page(tmp_path, "一、基本情况\n" + _LEAD).status is Status.NOT_A_REPORT


def test_a_lead_on_zhengwu_gongkai_only_is_not_taken(tmp_path: Path) -> None:
    lead = _LEAD.replace("认真贯彻落实《中华人民共和国政府信息公开条例》，", "").replace("政府信息公开工作", "政务公开工作")
    assert read_page(tmp_path, _HEADING + lead + _OWN_ITEM).status is Status.NOT_A_REPORT


def test_a_lead_without_a_year_is_not_taken(tmp_path: Path) -> None:
    lead = _LEAD.replace("2023年，", "")
    assert read_page(tmp_path, _HEADING + lead + _OWN_ITEM).status is Status.NOT_A_REPORT


def test_a_notice_on_website_checks_opening_so_stays_no_report(tmp_path: Path) -> None:
    text = ("一、总体情况\n（一）网站抽查情况。2023年三季度，市政府办公室委托第三方机构对全市政府网站进行了抽查，"
            "总体合格率为百分之百。\n（二）新媒体检查情况。对全市政务新媒体进行了全面检查。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
