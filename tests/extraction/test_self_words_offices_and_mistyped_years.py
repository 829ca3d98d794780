"""The shapes behind the agency and year misses of the sealed sets heldout26 and heldout27
(benchmarks/dev_pages.py): a self-word (本街道, 该县) is never a name; a government's office named for its
work (某市人民政府外事办公室) is a body of its own; a free-trade area run with a zone keeps the zone in its name;
a title sharing one 政府 with the report's name; a body named after 可咨询; a portal widget glued to the 来源;
last year's report listed past the overview's first item; a title year written without 年; a cover wrapped
over two lines; a compared year; a report's own plan's year; a school's academic year inside the report's
name; a real city opening the first item's sentence. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.extraction.bodies import compiled_by, subject_agency
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.cited import own_reports
from nianbao.extraction.made_rules import own_plan_year
from nianbao.extraction.metadata import parse_title, plausible_agency
from nianbao.extraction.told_years import overview_year
from nianbao.extraction.naming_sentences import stated_report
from tests.extraction.pages import ITEMS, REST, read_page


@pytest.mark.parametrize("word", ["本街道", "该街道", "我街道", "本镇", "该县", "此区", "本村", "本社区",
                                  "本街道办事处", "本区人民政府", "该镇人民政府", "该区政府"])
def test_a_self_word_is_never_a_name(word: str) -> None:
    assert not plausible_agency(word)
    assert not plausible_agency(word, place_only=True)


def test_a_real_place_opening_on_ben_is_still_a_name() -> None:
    assert plausible_agency("本溪市人民政府")


def test_a_lead_publishing_this_streets_report_gives_no_self_word(tmp_path: Path) -> None:
    page = ("依据条例规定，特向社会公布2021年度本街道信息公开年度报告，统计期限自2021年1月1日至2021年12月31日。\n"
            "一、总体情况\n2021年，东湖街道办事处认真落实条例，持续做好公开工作。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency != "本街道"
    assert record.metadata.agency == "东湖街道办事处"


def test_a_governments_office_named_for_its_work_is_a_body_of_its_own() -> None:
    lead = ("本年度报告依据条例要求，由云州市人民政府外事办公室编制。如有疑问，请联系：云州市人民政府外事办公室"
            "秘书处，电话：0000-1234567。")
    assert [name for name, _ in compiled_by(lead)] == ["云州市人民政府外事办公室"]
    assert contact_agency(lead) == "云州市人民政府外事办公室"
    # the government's disclosure desk or party office is still a desk inside the government
    desk = "如有疑问，请联系：云州市人民政府党政办公室，电话：0000-1234567。"
    assert contact_agency(desk) == "云州市人民政府"


def test_a_free_trade_area_run_with_a_zone_keeps_the_zone_in_its_name(tmp_path: Path) -> None:
    title = "中国（某省）自由贸易试验区云州片区（云州经开区）商务局2020年政府信息公开工作年度报告"
    record = read_page(tmp_path, title + "\n一、总体情况\n2020年，我局认真落实条例规定。\n" + ITEMS + REST)
    assert record.metadata.agency == "中国（某省）自由贸易试验区云州片区（云州经开区）商务局"
    assert record.metadata.year == 2020


@pytest.mark.parametrize("title", ["2015年临河县人民政府信息公开年度报告", "2015年临河县人民政府政府信息公开工作年度报告",
                                   "临河县人民政府2015年政府信息公开年度报告"])
def test_one_zhengfu_ends_the_name_and_opens_the_reports(title: str) -> None:
    assert parse_title(title) == ("临河县人民政府", 2015)


def test_a_body_to_ask_after_kezixun_is_the_contact() -> None:
    text = "公众如对本报告有任何疑问可咨询：云州区东湖街道办公室（地址：某路15号，联系电话0000-88251761）。"
    assert contact_agency(text) == "云州区东湖街道"
    # 咨询电话 is a phone's key, no body to ask
    assert contact_agency("咨询电话：0000-1234567。") is None


def test_a_widget_glued_to_the_source_is_no_part_of_the_body(tmp_path: Path) -> None:
    page = ("政府信息公开工作年报\n发布时间: 2024-01-22 15:40:00来源:云州市发展和改革委员会字号:[ 大 中 小 ]分享:\n"
            "本报告根据条例要求编制，数据统计期限自2023年1月1日至2023年12月31日。\n一、总体情况\n"
            "2023年，我委认真落实条例规定。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "云州市发展和改革委员会"


def test_last_years_report_listed_past_the_first_item_is_cited_not_own() -> None:
    head = ("本报告依据条例编制，统计时限为2021年1月1日至2021年12月31日。\n（一）政府信息公开基本情况\n"
            "1.主动公开。2021年街道主动公开政府信息2条，其中：年报1条。包括云州区东湖街道办事处2020年政府信息公开"
            "工作年度报告、机构职能1条。")
    found = stated_report(head)
    assert [year for _, year, _ in found] == [2020]
    assert own_reports(head, found, 2021) == []


def test_a_title_year_without_nian_is_read_and_yields_to_the_period(tmp_path: Path) -> None:
    assert parse_title("2022度云州区东湖街道信息公开工作年度报告") == ("云州区东湖街道", 2022)
    page = ("2022度云州区东湖街道信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n2023年，东湖街道认真落实条例。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.year == 2023
    assert record.metadata.agency == "云州区东湖街道"


def test_a_well_typed_title_year_still_outranks_the_period(tmp_path: Path) -> None:
    page = ("云州区东湖街道2022年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n东湖街道认真落实条例。\n" + ITEMS + REST)
    assert read_page(tmp_path, page).metadata.year == 2022


def test_a_cover_wrapped_over_two_lines_names_body_and_year(tmp_path: Path) -> None:
    page = ("- 1、本文档共7页，可阅读全部内容。\n- 2、本站文档仅供学习参考。\n查看更多\n"
            "2010年云州市东湖区城市管理局\n政府信息公开年度报告\n2010年12月\n"
            "一、概述\n根据条例要求，我局认真做好政府信息公开工作。\n二、主动公开政府信息情况\n"
            "三、依申请公开政府信息情况\n四、政府信息公开的收费及减免情况\n")
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "云州市东湖区城市管理局"
    assert record.metadata.year == 2010


def test_a_compared_year_is_no_year_of_the_overview() -> None:
    head = ("一、总体情况\n（一）主动公开。2021年度通过政务网主动公开信息240余条。\n（二）依申请公开。2021年内，东湖街道"
            "共办理4件申请，较2020年增加1件。")
    assert overview_year(head) == 2021


def test_the_year_of_the_plan_a_report_issued() -> None:
    assert own_plan_year("依据条例编制本报告。\n一、总体情况\n一是印发《2023年云州区政务公开工作要点》，细化任务。") == 2023
    assert own_plan_year("印发《某区2024年政务公开工作要点》。") == 2024
    # plans of two years: which is the report's, the page does not say
    assert own_plan_year("印发《2023年某区政务公开工作要点》，制定《2024年某区政务公开工作要点》。") is None


def test_an_untitled_report_takes_its_own_plans_year(tmp_path: Path) -> None:
    page = ("依据条例第五十条规定，编制本报告。\n一、总体情况\n（一）组织领导\n持续巩固全区公开工作格局。\n"
            "（二）政府信息管理\n一是印发《2023年云州区政务公开工作要点》，压实各单位责任。\n" + REST)
    assert read_page(tmp_path, page).metadata.year == 2023


def test_a_schools_academic_year_inside_the_reports_name() -> None:
    assert parse_title("云州职业学院信息公开2022-2023学年度报告") == ("云州职业学院", None)
    doubled = "云州开放大学（云州职业学院）信息公开2022-2023学年度报告云州开放大学（云州职业学院）2022-2023学年信息公开工作报告"
    assert parse_title(doubled) == ("云州开放大学（云州职业学院）", None)


def test_a_real_city_opening_the_first_items_sentence_is_the_subject() -> None:
    head = "本年报根据条例编制。\n一、总体情况\n（一）主动公开情况。三亚市坚持以习近平新时代中国特色社会主义思想为指导，深化公开。"
    assert subject_agency(head) == "三亚市"
    # a made-up place the gazetteer does not know stays no name
    assert subject_agency(head.replace("三亚市", "枫桥市")) is None
