"""Page classes heldout15 (and heldout13/38) showed, on our own paraphrased pages: every agency, place and
sentence here is invented. A 调查队 is a body; an untitled report named only '编制2025年度报告' or listing the
format's parts is a report; a page opening on 一、总体情况 with the year's figures is a cut report while a
总结 above the same words is not; the year of an untitled page that says '汇报我镇2023年…工作'."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.metadata import narrative_year, plausible_agency
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


def test_an_untitled_report_named_by_its_year_alone(tmp_path: Path) -> None:
    text = ("按照《中华人民共和国政府信息公开条例》有关要求，云岫县石门镇人民政府根据工作实际编制2025年度报告。"
            "报告中所列数据的统计时间为2025年1月1日至2025年12月31日止。\n一、总体情况\n"
            "2025年，云岫县石门镇人民政府持续把政务公开纳入全镇重点工作。\n（一）主动公开情况\n全年通过门户网站公开信息41篇。\n")
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT
    assert record.metadata.agency == "云岫县石门镇人民政府"
    assert record.metadata.year == 2025


def test_an_untitled_report_listing_the_formats_parts(tmp_path: Path) -> None:
    text = ("本页内容包含总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况等部分。\n"
            "一、总体情况\n2024年，我局扎实推进政务公开。\n")
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT


def test_a_page_opening_on_the_overview_with_the_years_figures_is_a_cut_report(tmp_path: Path) -> None:
    text = ("一、总体情况\n2024年，桐溪街道认真落实上级关于政务公开工作的部署，持续提升政务公开水平。\n"
            "（一）做好信息公开和政策解读\n2024年，桐溪街道通过门户网站主动公开政府信息312条，"
            "依法办理政府信息公开申请6件，答复率100%。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2024


def test_a_summary_above_the_same_overview_is_no_report(tmp_path: Path) -> None:
    text = ("桐溪街道2024年政务公开工作总结\n2024年，桐溪街道扎实推进政务公开工作，现将有关情况总结如下：\n"
            "一、总体情况\n2024年，桐溪街道认真落实上级关于政务公开工作的部署。\n"
            "（一）做好信息公开\n全年主动公开政府信息312条，办理政府信息公开申请6件。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT


def test_the_overview_without_the_requests_figure_is_not_enough(tmp_path: Path) -> None:
    # no count of requests: a year-end account may tell as much
    text = ("一、总体情况\n2024年，桐溪街道认真落实上级关于政务公开工作的部署。\n"
            "（一）做好信息公开\n2024年，桐溪街道主动公开政府信息312条。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT


def test_the_year_an_untitled_opening_says_it_accounts_for() -> None:
    head = ("一、总体情况\n本报告根据《条例》要求，结合我镇实际，从总体情况、主动公开政府信息情况等六个方面"
            "汇报我镇2023年政府信息公开工作。\n")
    assert narrative_year(head) == 2023
    assert narrative_year("我局认真贯彻《条例》精神。2011年主要工作情况如下。\n一、基础工作\n") == 2011


def test_a_county_whose_name_opens_like_a_whole_place_word() -> None:
    # '全县' is the words for a whole county; 全州县 is a real county's name (the gazetteer says so)
    assert subject_agency("一、总体情况\n2023年，全州县石塘镇人民政府持续推进政务公开。\n") == "全州县石塘镇人民政府"
    assert subject_agency("一、总体情况\n2023年，全县持续推进政务公开。\n") is None
