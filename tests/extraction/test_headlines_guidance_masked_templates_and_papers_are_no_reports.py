"""Report detection on the look-alikes detect24 found among pages a user's corpus brings for report queries, on our
own paraphrased pages (every body, place and sentence here is invented): a headline about the reports (the year's best
chosen, what a report must hold), guidance prescribing a report's contents, a 范文 site's account with its dates masked
('XX年', '201x年度'), a research paper's abstract on the reports and a column's list of reports are no reports — while a public body's own report
(a university's over its academic year, a hospital's, a state-owned company's) stays one."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from tests.extraction.pages import read_page


def _against(record, words: str) -> bool:  # noqa: ANN001 - a Record
    """Taken for no report by a sign against it (the first evidence, what decided it) naming ``words`` — not merely
    for want of a report's marks."""
    evidence = record.metadata.report_evidence
    return (record.status is Status.NOT_A_REPORT and bool(evidence) and words in evidence[0]
            and not evidence[0].startswith(("report title", "no report title")))


def test_a_headline_that_the_years_best_reports_were_chosen_is_news_not_a_report(tmp_path: Path) -> None:
    text = ("EN\n\n2019年度政府信息公开优秀年度报告出炉\n\n2020-05-20 10:02 来源：某某政务网\n"
            "4月以来，年度报告专题集中刊登了各省和部门的政府信息公开年度报告，网友踊跃为心目中的好年报投票。"
            "结合专家评议意见，评出优秀年度报告8家。\n")
    record = read_page(tmp_path, text)
    assert _against(record, "出炉")


def test_a_headline_on_what_a_report_must_hold_is_guidance_not_a_report(tmp_path: Path) -> None:
    text = ("当前位置：首页 > 升学资讯 > 政策\n\n学校信息公开年度报告要有这6类内容\n\n编辑为大家整理了有关信息，供考生和家长参考。\n\n"
            "完善公开目录\n\n各校要以清单为底线，不断完善本校主动公开目录，细化公开事项，做好动态更新。\n\n"
            "做好年度报告编制发布\n\n各校要按时做好年度报告的编制和发布工作。\n\n概述\n\n"
            "主要反映本学年度学校信息公开工作开展的总体情况，包括制度建设和考核评议情况等。\n\n主动公开情况\n\n"
            "主要反映通过学校网站、校报、微博、微信等形式主动公开信息的情况及相关统计数据。\n")
    record = read_page(tmp_path, text)
    assert _against(record, "要有")


def test_an_untitled_page_prescribing_what_a_report_must_hold_is_guidance(tmp_path: Path) -> None:
    text = ("各单位要认真总结本年度信息公开工作，按时编制和发布年度报告。年度报告应包括下列内容：\n"
            "一、概述\n反映本年度信息公开工作的总体情况。\n二、主动公开情况\n反映主动公开信息的数量和渠道。\n")
    record = read_page(tmp_path, text)
    assert _against(record, "prescribes")


@pytest.mark.parametrize("mask", ["XX年8月", "201x年度", "19××年"])
def test_an_account_with_its_dates_masked_is_a_template(tmp_path: Path, mask: str) -> None:
    text = (f"{mask}我院被列入政府信息公开单位以来，依照有关要求对医院信息及时公开，现将有关情况报告如下：一、概述"
            "（一）加强组织领导。成立了以院长xxx为组长的信息公开工作领导小组，明确专人负责信息发布。\n")
    record = read_page(tmp_path, text)
    assert _against(record, "template")


def test_a_report_quoting_the_acts_article_on_what_it_must_hold_stays_a_report(tmp_path: Path) -> None:
    text = ("根据《中华人民共和国政府信息公开条例》规定，政府信息公开工作年度报告应当包括下列内容：主动公开情况、依申请公开情况等。"
            "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、存在的主要问题及改进措施组成。\n"
            "一、概述\n2012年，我局成立了政府信息公开工作领导小组。\n二、主动公开政府信息情况\n全年主动公开政府信息86条。\n"
            "三、依申请公开政府信息情况\n全年未收到政府信息公开申请。\n")
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT, record.metadata.report_evidence


@pytest.mark.parametrize("title", ["青石县人民政府2023年法治政府建设年度报告", "青石县人民政府关于2023年度法治政府建设情况的报告"])
def test_a_rule_of_law_report_telling_its_disclosure_figures_is_another_report(tmp_path: Path, title: str) -> None:
    text = (f"{title}\n2023年，县政府深入推进法治政府建设，现将有关情况报告如下。\n一、主要举措和成效\n"
            "（一）深化政务公开。全年主动公开政府信息2300条，办理政府信息公开申请15件。\n（二）规范行政执法。\n"
            "二、存在的不足和原因\n")
    record = read_page(tmp_path, text)
    assert _against(record, "法治政府建设")


def test_a_research_papers_abstract_on_the_reports_is_no_report(tmp_path: Path) -> None:
    text = ("摘要\n\n本文统计了若干省份2014-2016年度政府信息公开工作年度报告中的依申请公开数据，分析申请数量和答复情况。\n\n"
            "关键词：信息公开；年度报告\n")
    record = read_page(tmp_path, text)
    assert _against(record, "research paper")


def test_a_portal_metadata_block_with_a_summary_field_is_no_paper(tmp_path: Path) -> None:
    text = ("摘要：现公布某县林业局2023年政府信息公开工作年度报告。\n关键词：年度报告\n"
            "根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
            "一、总体情况\n2023年，我局扎实推进政府信息公开工作。\n（一）主动公开\n全年主动公开政府信息41条。\n"
            "（二）依申请公开\n全年未收到政府信息公开申请。\n")
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT
    assert not any("research paper" in e for e in record.metadata.report_evidence)


def test_a_columns_list_of_reports_is_a_catalogue_not_a_report(tmp_path: Path) -> None:
    text = ("当前位置：首页 > 政府信息公开 > 年度报告\n"
            + "".join(f"青石县水利局{y}年政府信息公开工作年度报告 {y + 1}-01-2{y % 10}\n" for y in range(2024, 2019, -1))
            + "共5条 首页 上一页 下一页 尾页\n")
    record = read_page(tmp_path, text)
    assert _against(record, "list of reports")


def test_a_document_sites_page_captions_under_one_report_are_no_list(tmp_path: Path) -> None:
    title = "青石县2017年度政府信息公开年报"
    text = (f"{title}\n\n" + "".join(f"{title}_第{i}页\n" for i in range(1, 6))
            + "2017年度，县政府认真落实政府信息公开各项制度，依据《中华人民共和国政府信息公开条例》规定开展工作。"
            "一、基本情况概述\n2017年，县政府主动公开政府信息1200条。\n二、依申请公开情况\n全年受理申请6件。\n")
    record = read_page(tmp_path, text)
    assert not any("list of reports" in e for e in record.metadata.report_evidence)


@pytest.mark.parametrize("text", [
    # a university's report over its academic year, titled
    "云麓大学2021-2022学年信息公开工作年度报告\n本年度报告按照《高等学校信息公开办法》要求编制，所列数据的统计期限为"
    "2021年9月1日至2022年8月31日。\n一、概述\n本学年学校持续完善信息公开工作机制。\n二、主动公开情况\n学校主动公开各类信息315条。\n",
    # a hospital's report, untitled, named only in its contact sentence
    "2022年，我院高度重视政府信息公开工作，有序推进医院信息公开。现将政府信息公开工作情况报告如下：如对本报告有任何疑问，"
    "可与青石县人民医院办公室联系。\n一、总体情况\n（一）主动公开情况\n2022年我院主动公开信息96条。\n"
    "（二）依申请公开情况\n全年未收到政府信息公开申请。\n",
    # a state-owned company's report
    "云岭城市轨道交通集团有限责任公司2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》要求，"
    "由云岭城市轨道交通集团有限责任公司编制。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    "一、总体情况\n2023年，公司持续加大政府信息公开力度。\n",
])
def test_a_public_bodys_own_report_stays_a_report(tmp_path: Path, text: str) -> None:
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT, record.metadata.report_evidence
