"""Whether a page whose head is masked is a report, on our own paraphrased pages (every agency, place and sentence here
is invented): a title under a mirror's empty HTML tags is found and read; a portal's menu laid out as a list ('- 政策解读')
is not the page's first words, so an old report's second page under it is a report with the year its figures are told
for; a school's untitled report stating its academic year (9月1日 to 8月31日) is a report whose year is unknown, a school's
学年 总结 stating the same is not; an untitled old report whose lead cites the 条例 over '一、YEAR年度政府信息公开工作基本
情况' is a report, a 总结 laid out the same is not."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_TAGS = '<legend id="q7m2"></legend><samp id="q7m2"></samp>\n<sup id="q7m2"></sup>\n' \
        '<p id="q7m2"><td id="q7m2"></td></p><track id="q7m2"></track><mark id="q7m2"></mark>\n'


def test_a_title_under_a_mirrors_empty_tags_is_found(tmp_path: Path) -> None:
    text = (_TAGS + "  • <input id=\"q7m2\"><address id=\"q7m2\"></address>\n"
            "澜川市交通运输局2023政府信息公开工作年度报告\n• 日期: 2024-01-26 09:15\n"
            "一、总体情况\n（一）主动公开情况。全年在门户网站主动公开政府信息845条。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.title == "澜川市交通运输局2023政府信息公开工作年度报告"
    assert record.metadata.year == 2023


def test_a_summary_under_the_same_tags_is_no_report(tmp_path: Path) -> None:
    text = (_TAGS + "澜川市交通运输局2023年政务公开工作总结\n"
            "2023年，我局认真落实政务公开要求，现将全年工作总结如下：\n一、主要做法\n全年公开信息845条。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


_MENU = "- 政策解读\n- 图片新闻\n- 社会民生\n- 专题专栏\n- 人物访谈\n- 数据发布\n|\n"


def test_an_old_reports_second_page_under_a_menu_list_is_a_report(tmp_path: Path) -> None:
    text = (_MENU + "二、主动公开政府信息的情况\n各级行政机关依照《条例》规定主动公开政府信息。\n（一）公开的主要内容\n"
            "各机关梳理了本机关的政府信息，2013年新增主动公开政府信息21877条，全文电子化率为71.5%。\n"
            "信息公开较多的有政府办公室、财政局和统计局等单位。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2013


def test_a_commentary_under_a_menu_list_is_no_report(tmp_path: Path) -> None:
    text = _MENU + "图解：青溪县2013年政府信息公开工作年度报告\n报告显示，2013年全县主动公开政府信息3021条。\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_schools_academic_year_report_naming_no_school_is_a_report(tmp_path: Path) -> None:
    text = ("按照《省教育厅转发关于做好2022年高校信息公开年度报告工作的通知》要求，我司对信息公开工作进行了梳理，数据统计时间"
            "为2022年9月1日至2023年8月31日，现将有关情况报告如下：\n一、信息公开工作概述\n"
            "本学年，我司完善信息公开制度，拓宽公开渠道，做好师生关心事项的公开。\n")
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL
    # stating no other year, it reports in the year its academic year ends (its figures run to 2023年8月31日)
    assert (record.metadata.year, record.metadata.sources.get("year")) == (2023, "academic_year")


def test_a_schools_academic_year_summary_is_no_report(tmp_path: Path) -> None:
    text = ("2022-2023学年信息公开工作总结\n本学年，学校梳理了信息公开工作，数据统计时间为2022年9月1日至2023年8月31日，"
            "现将工作总结如下：\n一、主要做法\n学校完善信息公开制度。\n二、存在不足\n公开的及时性有待提高。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_an_old_lead_citing_the_act_over_a_years_first_heading_is_a_report(tmp_path: Path) -> None:
    text = ("按照上级的统一部署，我中心认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开各项工作。\n"
            "一、2015年度政府信息公开工作基本情况\n一年来，我中心围绕群众关心的问题拓展公开载体，完善公开机制。\n"
            "一是健全工作机构。我中心成立了政府信息公开工作领导小组。\n")
    assert read_page(tmp_path, text).status is Status.PARTIAL


def test_an_old_summary_laid_out_the_same_is_no_report(tmp_path: Path) -> None:
    text = ("按照上级的统一部署，我中心认真贯彻落实《中华人民共和国政府信息公开条例》，现将2015年政府信息公开工作总结如下：\n"
            "一、2015年度政府信息公开工作基本情况\n一是健全工作机构。我中心成立了政府信息公开工作领导小组。\n")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
