"""Bodies that name themselves in shapes the sealed fair samples heldout29/30 showed (sealfix6a): a 街道 opening an
untitled overview as the one compiling its own report, its year only in the district's plan for the year it carries
out (last year's report among the year's publications); a 街道办事处's own office compiling the 街道's report; a
body's year of work cited beside the rules the report follows (依据《…》和2011年度某室信息公开工作情况编制); a zone
committee's department the preamble sets out to report on (现对某管委会某局…工作进行汇总报告). And where each must
give no name or keep the office: a bare 街道 the gazetteer does not know, an office's page that never speaks as its
街道. Sentences are invented; the place names are real divisions where the gazetteer must know them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.agency import normalise
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.cited import cites_other
from nianbao.extraction.desks import government_of
from nianbao.extraction.opening_compiler import opening_compiler
from nianbao.extraction.real_places import is_placeless
from nianbao.extraction.work_of import work_named
from tests.extraction.pages import ITEMS, REST, read_page

_PERIOD = "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"


def test_a_street_opening_the_overview_compiles_its_own_report_of_the_plans_year(tmp_path: Path) -> None:
    text = ("一、总体情况\n沙面街道根据《中华人民共和国政府信息公开条例》要求，认真贯彻落实《2021年某区政务公开工作要点》，"
            "推动街道政务公开工作，特编制本年度报告。\n（一）基础工作\n一是更新公开指南，发布2020年政府信息公开年度报告。\n"
            "二是公开各类信息58条。\n" + REST)
    record = read_page(tmp_path, text)
    assert normalise(record.metadata.agency) == normalise("沙面街道办事处")
    assert record.metadata.year == 2021  # not 2020: that report is last year's, published during the year


def test_a_bare_street_the_gazetteer_does_not_know_compiles_nothing() -> None:
    assert opening_compiler("\n青岚坝街道根据《条例》要求，特编制本年度报告。") is None


def test_last_years_report_published_in_an_item_is_cited_not_own() -> None:
    text = "\n（一）基础工作\n一是更新公开指南，发布2020年政府信息公开年度报告。"
    assert cites_other(text, text.index("发布"), 2020)
    # the page publishing its own report says 现/特 (or 向社会)
    own = "特向社会公布2020年政府信息公开年度报告。\n（一）基础工作\n全年公开信息58条。"
    assert not cites_other(own, own.index("公布"), 2020)


def test_a_street_offices_compiled_report_is_the_streets_where_the_page_speaks_as_the_street(tmp_path: Path) -> None:
    text = ("本年度报告是由荔湾区人民政府金花街道办事处办公室根据条例要求编制而成。" + _PERIOD.format(y=2024) +
            "如有疑问，请与金花办事处办公室联系。\n一、总体情况\n2024年，本街道扎实推进政府信息公开工作。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert normalise(record.metadata.agency) == normalise("金花街道办事处")
    assert record.metadata.agency != "荔湾区人民政府金花街道办事处办公室"


def test_a_street_office_that_never_speaks_as_its_street_stays_the_office() -> None:
    head = "本报告由金花街道办事处办公室编制。2024年，办公室坚持依法公开。"
    assert government_of("金花街道办事处办公室", head, None) == "金花街道办事处办公室"


def test_the_bodys_year_of_work_cited_beside_the_rules_names_body_and_year(tmp_path: Path) -> None:
    text = ("依据《中华人民共和国政府信息公开条例》和2011年度湖南省参事室信息公开工作情况编制，现将2011年度信息公开工作情况"
            "报告如下。\n一、基本情况\n2011年，进一步加大政府信息公开工作力度。\n二、主动公开政府信息情况\n全年主动公开信息20条。\n")
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("湖南省参事室", 2011)
    # a passing 和 inside a sentence is no lead: only the cited rules' closing mark is
    assert work_named("会议研究和2011年度湖南省参事室信息公开工作情况编制") == []


def test_a_zone_committees_department_the_preamble_reports_on(tmp_path: Path) -> None:
    text = ("根据条例规定和松花湖管委会相关工作要求，现对松花湖管委会卫健局政府信息公开工作进行汇总报告。" + _PERIOD.format(y=2022)
            + "\n一、总体情况\n2022年，卫健局持续推进政务公开。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("松花湖管委会卫健局", 2022)


def test_a_committee_named_by_a_zones_kind_is_no_place() -> None:
    assert not is_placeless("松花湖管委会卫健局")
    assert is_placeless("本管委会财政局")
    assert is_placeless("卫健局")


def test_a_street_office_named_as_its_district_governments_is_one_body() -> None:
    assert normalise("荔湾区人民政府金花街道办事处") == normalise("荔湾区金花街道办事处") == normalise("金花街道")
    assert normalise("荔湾区人民政府办公室") != normalise("荔湾区办公室")


def test_the_central_committee_named_by_its_short_name_over_its_central_enterprises(tmp_path: Path) -> None:
    text = ("参照条例和年度报告格式等有关要求，编制本报告。\n一、总体情况\n2022年，国资委认真落实政务公开工作部署，"
            "持续加强国资监管信息公开。\n（一）主动公开情况。定期通报中央企业经济运行情况，公开企业领导人员任免信息12批次。\n"
            + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("国务院国有资产监督管理委员会", 2022)


def test_a_bare_short_name_without_the_national_remit_gives_no_name(tmp_path: Path) -> None:
    # a city's committee of the same kind may call itself bare 国资委 too: with no 中央企业, no name is taken
    text = ("参照条例要求，编制本报告。\n一、总体情况\n2022年，国资委认真落实政务公开工作部署，加强监管企业信息公开。\n"
            "（一）主动公开情况。公开市属企业经济运行情况。\n" + REST)
    record = read_page(tmp_path, text)
    assert record.metadata.agency is None


def test_a_street_saying_wo_jie_names_itself_only_in_the_plan_it_made(tmp_path: Path) -> None:
    text = ("一、总体情况\n2023年，我街按照条例要求，在区委、区政府的指导下，认真落实政府信息公开工作，制定了《沙面街道政府信息"
            "依申请公开工作方案》，及时公开政府信息。截至2023年12月31日，主动公开政府信息共95条。\n" + REST)
    record = read_page(tmp_path, text)
    assert normalise(record.metadata.agency) == normalise("沙面街道办事处")
    assert record.metadata.year == 2023


def test_a_bureau_named_only_as_its_column_on_the_governments_portal(tmp_path: Path) -> None:
    text = ("2023年，在区委、区政府的领导下，认真落实条例。" + _PERIOD.format(y=2023) + "\n一、总体情况\n2023年以来，我局高度重视"
            "政府信息公开工作。\n（一）主动公开情况\n2023年我局共主动公开各类信息120条。\n（四）平台建设\n及时更新政府门户网站中"
            "荔湾区林业局栏目各类信息。\n" + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("荔湾区林业局", 2023)


def test_a_street_page_citing_its_districts_plan_names_no_street_of_it(tmp_path: Path) -> None:
    # the plan a page only follows (按照《…》) is its superior's: no body is taken from it
    text = ("一、总体情况\n2023年，我街按照《荔湾区政府信息公开工作方案》要求推进政务公开，主动公开政府信息共95条。\n" + REST)
    record = read_page(tmp_path, text)
    assert record.metadata.agency is None


def test_a_college_compiled_by_its_presidents_office_is_the_college(tmp_path: Path) -> None:
    text = ("本报告根据《高等学校信息公开办法》《高等学校信息公开事项清单》(以下简称《清单》)要求,由青岚学院院长办公室编制。"
            "数据统计时间为2022年9月1日至2023年8月31日。\n一、概述\n青岚学院坚持依法依规做好信息公开工作。\n"
            "二、主动公开情况\n通过学校主页公开信息。\n")
    record = read_page(tmp_path, text)
    assert record.metadata.agency == "青岚学院"
    assert record.metadata.year == 2023  # an academic year is reported as the year it ends in


def test_a_university_named_only_as_the_owner_of_the_charter_it_revised(tmp_path: Path) -> None:
    text = ("为贯彻落实《高等学校信息公开办法》要求，学校高度重视，不断完善信息公开工作。现将本学年信息公开情况报告如下：\n"
            "一、推进信息公开的工作举措\n本学年，学校完成《青岚海湾大学章程》修订，健全信息公开制度。\n"
            "二、主动公开情况\n学校通过信息公开网公开信息。\n")
    record = read_page(tmp_path, text)
    assert record.metadata.agency == "青岚海湾大学"


def test_two_schools_charters_name_no_school(tmp_path: Path) -> None:
    text = ("为贯彻落实《高等学校信息公开办法》要求，学校不断完善信息公开工作。\n一、推进信息公开的工作举措\n学校参照"
            "《青岚海湾大学章程》和《青岚师范学院章程》修订制度。\n二、主动公开情况\n学校通过信息公开网公开信息。\n")
    record = read_page(tmp_path, text)
    assert record.metadata.agency is None


def test_a_governments_office_at_work_is_not_read_as_the_government_at_the_desk(tmp_path: Path) -> None:
    # the desk (某县政务公开办公室) is the place's; the page names the place's body only as the office at work
    text = ("本报告依据条例要求，结合2022年我县政府信息公开工作编制而成。" + _PERIOD.format(y=2022) + "如对本报告有任何疑问，"
            "请与东至县政务公开办公室联系。\n一、总体情况\n2022年，东至县人民政府办公室认真贯彻落实政务公开工作要求。\n"
            + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert record.metadata.agency == "东至县人民政府办公室"


def test_the_desk_of_a_place_named_with_its_government_gives_the_government() -> None:
    text = "如有疑问，请与东至县政务公开办公室联系。2022年，东至县人民政府坚持依法公开。"
    assert contact_agency(text) == "东至县人民政府"
