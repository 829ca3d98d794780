"""detect14's classes, on pages written for these tests: the founding year of a body the reform made is no report
year; a report's English translation under its own Chinese preamble is no summary in Latin letters (an English text
under a bare title still is); a document site's bundle of 总结 counted bare ('…总结10篇', '【篇一】') is no report."""

from __future__ import annotations

from nianbao.extraction.lookalikes import lookalike_signs
from nianbao.extraction.told_years import overview_year
from nianbao.extraction.report_words import compact


def _signs(text: str) -> list[str]:
    return lookalike_signs(text, compact(text[:3000]), False)


def test_the_year_a_body_was_reorganised_is_not_the_year_its_overview_tells() -> None:
    head = ("省某某局为2018年机构改革新组建机构，成立后高度重视政务公开工作。2020年，我局通过网站发布信息58条。")
    assert overview_year(head) == 2020


def test_founded_in_a_year_and_newly_formed_in_a_year_are_history_too() -> None:
    assert overview_year("本中心成立于2017年，主要承担医保经办工作。2019年共受理申请3件。") == 2019
    assert overview_year("我委系2018年新组建的部门。2019年主动公开信息120条。") == 2019


def test_two_years_of_work_still_leave_the_overview_year_unknown() -> None:
    assert overview_year("2019年主动公开信息120条，2020年主动公开信息98条。") is None


_PREAMBLE = ("本报告根据政府信息公开条例和本市规定的要求，在各区和市政府各部门年度报告的基础上汇总编制。全文包括本年度政务公开重点"
             "工作情况、重点领域信息发布解读情况、存在的不足和下一年度重点工作，以及主动公开、依申请公开、行政复议和行政诉讼等"
             "方面的数据。本报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。本报告的电子版可在市政府门户网站下载，"
             "如对报告有疑问，请与市政府信息公开办公室联系。\n")
_ENGLISH = ("This report is compiled according to the Regulations on the Disclosure of Government Information and the "
            "municipal provisions, on the basis of the annual reports of the districts and municipal departments. It covers "
            "the key work of the year, the information released in key areas, the shortcomings and next year's work, and "
            "the figures on voluntary disclosure, disclosure upon request, administrative reconsideration and litigation. "
            "The statistics cover the period from January 1 to December 31 of the year. ") * 2


def test_an_english_translation_under_the_reports_own_preamble_is_no_summary() -> None:
    assert not any("Latin letters" in s for s in _signs(_PREAMBLE + _ENGLISH))


def test_english_text_under_a_bare_title_is_still_a_summary() -> None:
    assert any("Latin letters" in s for s in _signs("某市2017年政府信息公开工作年度报告\n" + _ENGLISH))


def test_a_preamble_that_does_not_speak_of_itself_leaves_the_english_a_summary() -> None:
    news = ("市政府今天在门户网站集中发布了各部门的年度报告，社会各界可以在网站上查阅，相关部门也将在近期组织解读活动。" * 3) + "\n"
    assert any("Latin letters" in s for s in _signs(news + _ENGLISH))


def test_a_bundle_counted_bare_with_its_pieces_marked_is_no_report() -> None:
    text = ("2021年政务公开工作总结12篇\n【篇一】2021年，某区统计局认真落实条例，现将2021年度政务公开工作报告如下：\n"
            "一、主动公开情况。全年主动公开信息85条。")
    assert any("bundle" in s for s in _signs(text))


def test_a_reports_line_ending_on_a_count_of_pieces_is_no_bundle() -> None:
    text = "一、总体情况\n（一）主动公开\n全年发布政策解读材料12篇\n2021年，我局主动公开政府信息300条。"
    assert not any("bundle" in s for s in _signs(text))
