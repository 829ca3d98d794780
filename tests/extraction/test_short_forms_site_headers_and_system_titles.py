"""The agency classes of sealfix15m: a body called by a generic place ('市气象局') that the page writes in full with
its place left bare ('滁州气象局'); a portal's owner and column name above the report's dated title; a title whose
report name drops 公开 after its year ('某区2014年信息年度报告'); a vertical system reporting as one ('某省邮政管理
系统…'); an overview opening on its year with the 年 lost; a government's report whose subject stands under an item
numbered in figures, or whose compiler is the clause after the rules cited. Sentences are invented; the places are
real divisions where the gazetteer must know them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.metadata import parse_title
from nianbao.extraction.told_years import narrative_year
from nianbao.extraction.opening_compiler import opening_compiler
from nianbao.extraction.real_places import complete_generic
from tests.extraction.pages import ITEMS, REST, read_page

# --- a short form completed by the page's own full form, its place written bare ----------------------------------


def test_a_generic_body_takes_the_bare_place_the_page_writes_it_with() -> None:
    text = "请与滁州气象局办公室联系。2022年，市气象局坚持公开为常态。"
    assert complete_generic("市气象局", text) == "滁州气象局"
    # a county's body written with the county's bare name
    assert complete_generic("县林业局", "如有疑问请与凤台林业局联系。县林业局坚持公开。") == "凤台林业局"


def test_a_bare_place_of_another_kind_or_two_places_leave_the_name() -> None:
    # 长丰 is a county's bare name: no 市 of that name completes '市气象局'
    assert complete_generic("市气象局", "请与长丰气象局联系。市气象局坚持公开。") == "市气象局"
    # two cities named so: nothing says which (a wrong name is worse than none)
    two = "请与滁州气象局联系。学习阜阳气象局经验。市气象局坚持公开。"
    assert complete_generic("市气象局", two) == "市气象局"
    # the full name the page writes wins as before
    assert complete_generic("市气象局", "请与滁州市气象局联系。市气象局坚持公开。") == "滁州市气象局"


def test_an_untitled_traditional_page_names_its_short_form_body(tmp_path: Path) -> None:
    # the full form only in an item's sentence, its city written bare
    record = read_page(tmp_path, "本年度報告根據《條例》要求編制。本報告中所列數據的統計期限自2022年1月1日起至2022年12月31日止。\n"
                                 "一、總體情況\n2022年，市氣象局堅持以公開為常態，不斷加大主動公開力度。\n（一）主動公開\n"
                                 "全年通過滁州氣象局門戶網站主動公開信息160條。\n（二）依申請公開\n全年新收申請2件。\n" + REST)
    assert record.metadata.agency == "滁州气象局"
    assert record.metadata.year == 2022


# --- a site's owner and column name above the dated title -----------------------------------------------------


def test_a_site_header_above_the_dated_title_is_no_title(tmp_path: Path) -> None:
    record = read_page(tmp_path, "北京市东城区人民政府\n政府信息公开年报\n东城区东华门街道办事处2018年政府信息公开工作年度报告\n"
                                 "发布时间：2019-01-20\n本报告由东城区东华门街道办事处编制。本报告中所列数据的统计期限自2018年1月1日"
                                 "起至2018年12月31日止。\n一、总体情况\n" + ITEMS + REST)
    assert record.metadata.agency == "东城区东华门街道办事处"
    assert record.metadata.year == 2018


def test_a_yearless_title_with_no_dated_title_after_it_stays_the_title(tmp_path: Path) -> None:
    record = read_page(tmp_path, "北京市东城区人民政府\n政府信息公开年报\n本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。"
                                 "\n一、总体情况\n" + ITEMS + REST)
    assert record.metadata.agency == "北京市东城区人民政府"


# --- a title dropping 公开 after its year -----------------------------------------------------------------------


def test_a_year_then_information_annual_report_is_a_title() -> None:
    assert parse_title("某州高新区2014年信息年度报告") == ("某州高新区", 2014)
    assert parse_title("某县2013年政府信息年度报告") == ("某县", 2013)
    # an enterprise's credit report or any other year's report is no disclosure report's title
    assert parse_title("某某有限公司2014年度信用信息年度报告") == (None, None)
    assert parse_title("某县2014年统计年度报告") == (None, None)


def test_a_zone_page_titled_without_public_is_named(tmp_path: Path) -> None:
    record = read_page(tmp_path, "您当前位置：首页 » 政务公开 » 信息公开年报\n遵义高新区2014年信息年度报告\n"
                                 "本报告根据《条例》编制。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n"
                                 "一、概述\n遵义高新区加强组织领导，保障公开工作稳步推进。\n" + REST)
    assert record.metadata.agency == "遵义高新区"
    assert record.metadata.year == 2014


# --- a vertical system reporting as one ------------------------------------------------------------------------


def test_a_system_titled_report_is_named_by_its_system(tmp_path: Path) -> None:
    record = read_page(tmp_path, "青海省邮政管理系统2020年政府信息公开年度报告\n根据《条例》编制本年报。年报中所列数据的统计期限自"
                                 "2020年1月1日起至2020年12月31日止。\n一、总体情况\n" + ITEMS + REST)
    assert record.metadata.agency == "青海省邮政管理系统"
    assert record.metadata.year == 2020


# --- an overview opening on its year with the 年 lost ----------------------------------------------------------


def test_a_paragraph_opening_on_a_bare_year_tells_the_year() -> None:
    assert narrative_year("一、总体情况\n2025，某区统计局以条例为遵循，推进主动公开。") == 2025
    assert narrative_year("一、总体情况\n2023,某区统计局坚持公开为常态。") == 2023
    # a bare year inside a sentence, or before figures, is no opening
    assert narrative_year("一、总体情况\n全年公开信息2025，较上年有所增加。") is None
    assert narrative_year("一、总体情况\n2024,2025两年共公开信息300条。") is None


def test_last_years_report_cited_under_a_bare_year_opening_is_not_the_year(tmp_path: Path) -> None:
    record = read_page(tmp_path, "一、总体情况\n2025，乃东区统计局紧扣重点工作推进主动公开。\n"
                                 "一是聚焦重点领域。通过区政府网站公开便民信息16条，其中包括乃东区统计局2024年政府信息公开工作年度报告。\n"
                                 "二是规范办理流程。本年度未收到政府信息公开申请。\n" + REST)
    assert record.metadata.year == 2025
    assert record.metadata.agency == "乃东区统计局"


# --- a government's report: its subject under an item numbered in figures, or the compile clause after the rules ---


def test_a_subject_under_an_arabic_numbered_item_makes_the_office_compile_for_the_government(tmp_path: Path) -> None:
    record = read_page(tmp_path, "本年度报告根据《条例》的要求，由乃东区人民政府办公室汇总编制。本年度报告中所列数据的统计期限从2022年"
                                 "1月1日至2022年12月31日止。如对本报告有任何疑问，请与乃东区人民政府办公室联系。\n一、总体情况\n"
                                 "1、主动公开情况。2022年，乃东区政府聚焦重点工作，全年主动公开信息900条。\n" + REST)
    assert record.metadata.agency == "乃东区人民政府"


def test_the_body_compiling_after_the_rules_cited_is_the_reporter() -> None:
    head = "根据《中华人民共和国政府信息公开条例》要求，滁州市人民政府根据全市2022年度政府信息公开工作开展情况，编制本报告。"
    assert opening_compiler(head) == "滁州市人民政府"
    # a clause naming no real place, or compiling another paper, names no body
    assert opening_compiler("根据《条例》要求，有关部门根据全年工作开展情况，编制本报告。") is None
    assert opening_compiler("根据《条例》要求，滁州市人民政府根据全市工作情况，编制了工作方案。") is None
