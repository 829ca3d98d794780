"""The agency classes agency25 named (issue 14): schools over an academic year named outside a readable title,
public enterprises publishing their own report (and spam companies that must stay unnamed), and a self-word's body
named only in passing. Sentences are invented; the place names are real divisions where the gazetteer must know
them, the schools' and companies' names invented from them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.enterprises import is_enterprise_publisher
from nianbao.extraction.told_years import statistics_year
from nianbao.extraction.passing_names import gathered_place, rules_body, set_up_body, working_place
from nianbao.extraction.schools import school_below_title, self_named_school, stated_school
from tests.extraction.pages import ITEMS, REST, read_page

# --- schools ---------------------------------------------------------------------------------------------------


def test_a_crawler_s_one_line_school_report_names_the_school_and_its_academic_year_s_end(tmp_path: Path) -> None:
    text = ("淮北理工大学2019-2020学年度 信息公开工作年度报告 依照省里的通知，现编制2019-2020学年淮北理工大学信息公开工作"
            "年度报告。数据统计时间为2019年9月1日至2020年8月31日。 一、概述 本学年，我校健全了公开机制。\n" + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("淮北理工大学", 2020)


def test_the_compiling_sentence_names_the_school_after_its_academic_year() -> None:
    assert stated_school("学校现编制2020-2021学年宁波医科大学信息公开工作年度报告。") == "宁波医科大学"
    assert stated_school("结合本校情况，根据宜昌师范学院2021—2022学年信息公开工作执行情况编制。") == "宜昌师范学院"
    # a school writing its two years as '年度' without 学
    assert stated_school("\n德州科技大学2015—2016年度信息公开工作年度报告") == "德州科技大学"
    # the generic word for schools is no school's name
    assert stated_school("现编制2020-2021学年高等学校信息公开工作年度报告") is None


def test_a_school_named_alone_under_a_title_without_a_body_is_the_title_s_body(tmp_path: Path) -> None:
    blocks = ["2021年度信息公开工作年度报告\n江西农业大学\n（2021年10月29日）"]
    assert school_below_title(blocks, "2021年度信息公开工作年度报告") == "江西农业大学"
    assert school_below_title(["2021年度信息公开工作年度报告\n学校办公室"], "2021年度信息公开工作年度报告") is None
    text = ("2021年度信息公开工作年度报告\n江西农业大学\n（2021年10月29日）\n依照有关要求，现将我校2021年度信息公开工作"
            "总结如下：\n一、概述\n学校坚持公开为常态。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("江西农业大学", 2021)


def test_a_page_saying_only_our_school_is_named_by_its_own_rules_or_alias() -> None:
    assert self_named_school("我校严格执行《临沂职业学院校务公开实施细则》，推进公开。") == "临沂职业学院"
    assert self_named_school("信阳农林大学（以下简称“学校”）始终坚持公开原则。") == "信阳农林大学"
    # two schools' rules: which one the page is, it does not say
    assert self_named_school("学校参照《临沂职业学院信息公开管理办法》和《信阳农林大学信息公开管理办法》。") is None
    # a school's rules on a page that never calls itself a school: not taken
    assert self_named_school("我局参照《临沂职业学院信息公开管理办法》。") is None


# --- enterprises -----------------------------------------------------------------------------------------------


def test_a_public_enterprise_with_a_real_place_may_publish_a_report() -> None:
    for name in ("白银市动力公司", "南宁轨道交通集团有限责任公司", "枣庄高新区建设集团", "桐乡市水务集团有限公司"):
        assert is_enterprise_publisher(name), name


def test_spam_and_companies_of_no_public_trade_are_never_a_publisher() -> None:
    for name in ("澳门娱乐有限公司", "金沙游戏有限公司", "南宁某某网络科技有限公司", "嘉实集团", "南宁市彩票投资有限公司",
                 "我公司", "本集团"):
        assert not is_enterprise_publisher(name), name


def test_an_enterprise_titled_with_its_year_is_the_report_s_agency(tmp_path: Path) -> None:
    text = ("柳州市公共交通集团有限公司2023年政府信息公开工作年度报告\n本报告依据条例编制。统计期限自2023年1月1日起至"
            "2023年12月31日止。\n一、总体情况\n2023年，我公司落实上级部署。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("柳州市公共交通集团有限公司", 2023)


def test_a_spam_company_in_the_title_s_place_stays_unnamed(tmp_path: Path) -> None:
    text = ("威尼斯娱乐有限公司2022年政府信息公开工作年度报告\n本报告依据条例编制。统计期限自2022年1月1日起至2022年12月31日"
            "止。\n一、总体情况\n2022年，我局落实上级部署。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == (None, 2022)


# --- self-words named in passing -------------------------------------------------------------------------------


def test_a_county_level_bureau_s_own_rules_name_the_page_saying_our_bureau() -> None:
    assert rules_body("我局依照《番禺区市场监管局政府信息公开工作规程》要求细化责任。") == "番禺区市场监管局"
    # a city's page may cite its province's rules: only a district's or county's bureau is taken
    assert rules_body("我局依照《广东省市场监督管理局政府信息公开工作规程》要求细化责任。") is None
    # the kind must match the self-word's: a 委 page citing a 局's rules names no one
    assert rules_body("我委依照《番禺区市场监管局政府信息公开工作规程》要求细化责任。") is None
    # two bureaus' rules: none
    assert rules_body("我局依照《番禺区市场监管局政府信息公开办法》和《花都区市场监管局政府信息公开办法》。") is None


def test_the_bureau_set_up_names_the_page_saying_our_bureau() -> None:
    assert set_up_body("去年底机构调整，成立沈阳市机关事务管理局，纳入政府序列。我局高度重视。") == "沈阳市机关事务管理局"
    assert set_up_body("成立沈阳市机关事务管理局，我委负责协调。") is None  # 我委 is no 局


def test_a_report_gathered_from_a_place_s_parts_is_the_place_government_s() -> None:
    head = "本报告根据条例和本县有关制度，以及2013年兰考县各乡镇、各部门的政府信息公开工作年度报告编制。"
    assert gathered_place(head) == "兰考县人民政府"
    city = "本报告在2018年北京市各区人民政府和市政府各部门的政府信息公开工作年度报告的基础上编制。"
    assert gathered_place(city) == "北京市人民政府"
    # the self-word says a county; a city's parts do not fit it
    assert gathered_place("结合本县制度，以及北京市各区的年度报告编制。") is None


def test_the_overview_opening_on_a_place_s_year_of_work_names_the_place() -> None:
    assert working_place("一、概述\n儋州市2016年政府信息公开工作，认真贯彻条例。") == "儋州市"
    assert working_place("一、概述\n全市2016年政府信息公开工作，认真贯彻条例。") is None


def test_an_english_translation_s_statistics_period_gives_the_year() -> None:
    from_en = "The statistical period of this report is from January 1 , 2019 to December 31 , 2019 ."
    assert statistics_year(from_en) == 2019
    assert statistics_year("from January 1 , 2019 to December 31 , 2020") is None  # not one year's period
