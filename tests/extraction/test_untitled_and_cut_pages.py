"""Whether an untitled or cut page is a report, on our own paraphrased pages (every agency, place and sentence
here is invented): an untitled report named only '编制2025年度报告' or listing the format's parts is a report; a
page opening on 一、总体情况 with the year's figures is a cut report while a 总结 above the same words is not; an
untitled pre-2019 report opening at its first heading on the body's year of 政府信息公开 work is a report, a
总结 laid out the same is not; a lead '按照《条例》的要求，我委…' before 总体情况 opens a report."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page


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


def test_an_untitled_old_report_opening_at_its_first_heading(tmp_path: Path) -> None:
    text = ("一、强化组织，推动公开\n2013年，我局依照《中华人民共和国政府信息公开条例》的规定，持续推进政府信息公开工作，"
            "落实政府信息公开保密审查。\n二、完善制度，规范公开\n我局明确了政府信息公开的内容和程序。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2013


def test_an_old_report_whose_lead_says_the_years_work_follows(tmp_path: Path) -> None:
    text = ("《条例》施行以来，我局积极开展政府信息公开工作。2010年主要工作情况如下。\n一、政府信息公开基础工作\n"
            "（一）加强领导\n我局设立政府信息公开工作小组，负责政府信息公开的日常工作。\n")
    assert read_page(tmp_path, text).status is Status.PARTIAL


def test_an_old_summary_laid_out_the_same_is_no_report(tmp_path: Path) -> None:
    text = ("一、强化组织，推动公开\n2013年，我局依照《中华人民共和国政府信息公开条例》的规定推进政府信息公开工作，"
            "现将有关情况总结如下。\n二、完善制度，规范公开\n我局明确了政府信息公开的内容和程序。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_recent_year_opening_at_a_heading_is_not_taken_for_an_old_report(tmp_path: Path) -> None:
    # after 2018 a report follows the new format: this rule is for the old outline only
    text = ("一、强化组织，推动公开\n2023年，我局依照《中华人民共和国政府信息公开条例》的规定，持续推进政府信息公开工作。\n"
            "二、完善制度，规范公开\n我局明确了政府信息公开的内容和程序。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_lead_under_the_act_before_the_overview_opens_a_report(tmp_path: Path) -> None:
    text = ("按照《中华人民共和国政府信息公开条例》的要求，我委有序开展政府信息公开工作，各项工作运行正常。\n一、总体情况\n"
            "2022年，我委依照上级部署推进依法行政。\n（一）主动公开方面。全年解读行政规范性文件3件。\n"
            "（二）依申请公开方面。2022年共收到政府信息公开申请6件。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.agency is None  # 我委 only: no name stated


def test_the_same_lead_of_a_summary_is_no_report(tmp_path: Path) -> None:
    text = ("按照《中华人民共和国政府信息公开条例》的要求，我委有序开展政府信息公开工作，现将工作总结如下。\n一、总体情况\n"
            "2022年，我委依照上级部署推进依法行政。\n（一）主动公开方面。全年解读行政规范性文件3件。\n"
            "（二）依申请公开方面。2022年共收到政府信息公开申请6件。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
