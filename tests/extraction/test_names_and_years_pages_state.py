"""Names and years a hard page states, on our own paraphrased pages (agencies and sentences invented; places
that must be real are real divisions): a 调查队 is a body; the year of an untitled opening; a county named like
a whole-place word; a metadata block printing its keys in brackets ('[ 发布机构 ] | …'); a township's desk inside its
government office; a report sent as a letter; a farm named by its kind; the year a 街道 says of 我街办."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.metadata import parse_title, plausible_agency
from nianbao.extraction.told_years import narrative_year
from tests.extraction.pages import read_page


def test_a_survey_team_is_a_body() -> None:
    assert plausible_agency("国家统计局青岚调查队")
    assert not plausible_agency("调查队")


def test_a_title_with_the_year_before_a_survey_team(tmp_path: Path) -> None:
    text = ("2019年国家统计局澜溪调查队政府信息公开工作报告\n"
            "根据《中华人民共和国政府信息公开条例》规定，现公布2019年国家统计局澜溪调查队政府信息公开工作年度报告。\n"
            "一、主要工作概述\n2019年，我队坚持公开为常态，不公开为例外。\n")
    record = read_page(tmp_path, text)
    assert record.metadata.agency == "国家统计局澜溪调查队"
    assert record.metadata.year == 2019


def test_the_year_an_untitled_opening_says_it_accounts_for() -> None:
    head = ("一、总体情况\n本报告根据《条例》要求，结合我镇实际，从总体情况、主动公开政府信息情况等六个方面"
            "汇报我镇2023年政府信息公开工作。\n")
    assert narrative_year(head) == 2023
    assert narrative_year("我局认真贯彻《条例》精神。2011年主要工作情况如下。\n一、基础工作\n") == 2011


def test_a_county_whose_name_opens_like_a_whole_place_word() -> None:
    # '全县' is the words for a whole county; 全州县 is a real county's name (the gazetteer says so)
    assert subject_agency("一、总体情况\n2023年，全州县石塘镇人民政府持续推进政务公开。\n") == "全州县石塘镇人民政府"
    assert subject_agency("一、总体情况\n2023年，全县持续推进政务公开。\n") is None


def test_a_metadata_block_with_its_keys_in_brackets(tmp_path: Path) -> None:
    text = ("[ 索 引  号 ] | 11330000/2019-00012 | [ 文 号 ] | [ 发布机构 ] | 云岫县石门工业园区管委会 | |\n"
            "---|---|---|---|---|---|\n[ 成文日期 ] | 2019-03-20 | [ 有 效 性 ] | 有效 |\n"
            "根据条例规定，特编制2018年度政府信息公开工作年度报告，并向社会公布。\n一、概述\n2018年，园区主动公开信息20条。\n")
    assert read_page(tmp_path, text).metadata.agency == "云岫县石门工业园区管委会"


def test_a_desk_inside_a_township_governments_office() -> None:
    text = "如有疑问，请与云岫县石门乡人民政府办公室政府信息公开办公室联系。"
    assert contact_agency(text) == "云岫县石门乡人民政府办公室"


def test_a_township_report_whose_desk_is_its_office(tmp_path: Path) -> None:
    # the lead speaks of the township's own 政府信息公开工作: the report is the township government's
    text = ("（2017年12月20日） 青田县石门乡政府信息公开工作领导小组办公室 依据条例要求。领导小组办公室面向社会公布2017年度"
            "本级政府信息公开年度报告。如有疑问，请与青田县石门乡人民政府办公室政府信息公开办公室联系。 一、概述 "
            "2017年，全乡政府信息公开工作有序开展。\n")
    assert read_page(tmp_path, text).metadata.agency == "青田县石门乡人民政府"


def test_a_governments_disclosure_group_office_compiled_the_report(tmp_path: Path) -> None:
    text = ("本报告由云岫市人民政府信息公开工作领导小组办公室依据条例要求，汇总全市情况编制而成。"
            "本报告所列数据统计期限为2012年1月1日至2012年12月31日。\n一、概述\n2012年，全市政府信息公开工作有序推进。\n")
    assert read_page(tmp_path, text).metadata.agency == "云岫市人民政府"


def test_a_report_sent_as_a_letter() -> None:
    assert parse_title("云岫市水务局 关于2014年度政府信息公开年度报告的函") == ("云岫市水务局", 2014)


def test_a_farm_is_a_body() -> None:
    assert plausible_agency("云岫县良种场") and plausible_agency("园艺场")
    assert not plausible_agency("农场") and not plausible_agency("人民广场") and not plausible_agency("农贸市场")


def test_the_year_a_street_office_says_of_itself() -> None:
    assert narrative_year("（二）依申请公开情况\n2020年度我街办未接到政府信息公开申请。\n") == 2020
    assert narrative_year("（一）主动公开\n2021年我处主动公开政务信息86条。\n") == 2021
