"""Report detection and metadata on page beginnings as portals publish them. Every agency, place and
sentence here is invented; the patterns are those real portal pages show."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Record, Status
from nianbao.pipeline import extract

_BODY = ("一、总体情况\n2023年，我局认真落实《条例》要求，持续推进政务公开。\n（一）主动公开\n全年主动公开政府信息86条。\n"
         "（二）依申请公开\n全年新收政府信息公开申请3件。\n")
_PREAMBLE = "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。"


def _run(tmp_path: Path, text: str, suffix: str = ".txt") -> Record:
    path = tmp_path / f"page{suffix}"
    path.write_text(text, encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


REPORTS = {
    "breadcrumb and share bar before the title": (
        "当前位置：首页 > 政务公开 > 政府信息公开年报\n分享到：微信 微博 QQ空间\n"
        "澜溪县水利局2023年政府信息公开工作年度报告\n" + _PREAMBLE + "\n" + _BODY, "澜溪县水利局", 2023, "title"),
    "accessibility bar and a metadata block in lines": (
        "无障碍 长者模式 繁体\n索引号：11330000/2024-00012\n发布机构：澜溪县水利局\n成文日期：2024-01-20\n"
        "发布日期：2024-01-22\n" + _PREAMBLE + "\n" + _BODY, "澜溪县水利局", 2023, "metadata_block"),
    "metadata block as key-value pairs on one line": (
        "索引号：X1-2024-3  发布机构：青岚市白沙区统计局  发布日期：2024-01-18  来源：青岚市白沙区统计局\n"
        + _PREAMBLE + "\n" + _BODY, "青岚市白沙区统计局", 2023, "metadata_block"),
    "metadata block as pipe rows": (
        "| 索引号 | 000123/2024-0007 | 发文机关 | 云岫镇人民政府 |\n| 成文日期 | 2024-01-09 | 发布日期 | 2024-01-10 |\n"
        + _PREAMBLE + "\n" + _BODY, "云岫镇人民政府", 2023, "metadata_block"),
    "preamble names agency and year (现公布)": (
        "根据《中华人民共和国政府信息公开条例》规定，现公布桐江区市场监督管理局2023年政府信息公开工作年度报告。"
        + _PREAMBLE + "\n" + _BODY, "桐江区市场监督管理局", 2023, "preamble"),
    "preamble with the year first (特向社会公布)": (
        "根据有关要求，特向社会公布2023年桐江区农业农村局政府信息公开工作年度报告。" + _PREAMBLE + "\n" + _BODY,
        "桐江区农业农村局", 2023, "preamble"),
    "agency only in the contact sentence": (
        "根据《条例》规定，现编制并公布本单位2023年政府信息公开工作年度报告。如对本报告有任何疑问，请联系：澜溪县梅坞乡人民政府"
        "党政办公室，电话：0571-5550123。\n" + _BODY, "澜溪县梅坞乡人民政府", 2023, "contact"),
    "title without 政府 (信息公开年报)": (
        "梅坞乡2023年信息公开年报\n发布时间：2024-01-29 15:30 浏览次数：\n" + _PREAMBLE + "\n" + _BODY, "梅坞乡", 2023, "title"),
    "title wrapped over two lines": (
        "青岚市白沙区人力资源和社会保障局\n2023年政府信息公开工作年度报告\n" + _PREAMBLE + "\n" + _BODY,
        "青岚市白沙区人力资源和社会保障局", 2023, "title"),
    "title with the year twice": (
        "2023年桐江区教育局2023年度政府信息公开工作年度报告\n" + _PREAMBLE + "\n" + _BODY, "桐江区教育局", 2023, "title"),
    "政务公开 工作报告 without 年度": (
        "桐江区文化和旅游局2023年政务公开工作报告\n" + _PREAMBLE + "\n" + _BODY, "桐江区文化和旅游局", 2023, "title"),
    "traditional characters throughout": (
        "澜溪縣衛生健康局2023年政府信息公開工作年度報告\n本報告中所列數據的統計期限自2023年1月1日起至2023年12月31日止。\n"
        "一、總體情況\n2023年，我局認真落實《條例》要求，持續推進政務公開。\n（一）主動公開\n全年主動公開政府信息86條。\n",
        "澜溪县卫生健康局", 2023, "title"),
    "compiled by (本报告由…编制) with the contact naming an internal office": (
        "本年度报告根据《中华人民共和国政府信息公开条例》和本市有关规定要求，由澜溪市青枫区柳湾街道办事处编制，全文包括总体情况等六个部分。"
        + _PREAMBLE + "如对本年度报告有疑问，请联系柳湾街道党政办（地址：澜溪市青枫区柳湾路18号，邮编：200000）。\n" + _BODY,
        "澜溪市青枫区柳湾街道办事处", 2023, "preamble"),
    "the body compiles the report (某局编制本年度报告)": (
        "按照上级要求，桐江区退役军人事务局编制本年度报告，现予公布。" + _PREAMBLE + "\n" + _BODY, "桐江区退役军人事务局", 2023,
        "preamble"),
    "a ministry": (
        "海洋渔业部2024年政府信息公开工作报告\n根据《中华人民共和国政府信息公开条例》规定，结合海洋渔业部2024年政府信息公开工作实际，"
        "编制发布本报告。报告所列数据的统计期限为2024年1月1日至12月31日。\n" + _BODY.replace("2023", "2024"), "海洋渔业部", 2024, "title"),
    "a ministry stated only in the preamble": (
        "现公布海洋渔业部2024年政府信息公开工作年度报告。报告所列数据的统计期限为2024年1月1日至12月31日。\n"
        + _BODY.replace("2023", "2024"), "海洋渔业部", 2024, "preamble"),
    "a place starting with 和": (
        "现公布和溪街道办事处2023年政府信息公开工作年度报告。" + _PREAMBLE + "\n" + _BODY, "和溪街道办事处", 2023, "preamble"),
    "the year after the title's name, in brackets": (
        "分享到：微信 微博\n澜溪县水利局政府信息公开工作年度报告（2023年度）\n" + _PREAMBLE + "\n" + _BODY, "澜溪县水利局", 2023, "title"),
    "a site name and a menu above the title": (
        "澜溪县人民政府\n首页政务公开政务服务互动交流\n澜溪县水利局2023年政府信息公开工作年度报告\n" + _PREAMBLE + "\n" + _BODY,
        "澜溪县水利局", 2023, "title"),
    "metadata block rows as pipes, no title": (
        "| 索引号 | 000123/2024-0007 | 发布机构 | 澜溪县水利局 |\n| 发布日期 | 2024-01-10 |\n" + _PREAMBLE + "\n" + _BODY,
        "澜溪县水利局", 2023, "metadata_block"),
    "signature only": (
        _PREAMBLE + "\n" + _BODY + "澜溪县民政局\n2024年1月25日\n", "澜溪县民政局", 2023, "signature"),
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_a_report_page_is_a_report_with_its_agency_and_year(tmp_path: Path, name: str) -> None:
    text, agency, year, source = REPORTS[name]
    record = _run(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT, record.metadata.report_evidence
    assert record.status is Status.PARTIAL  # only its beginning: no tables
    assert (record.metadata.agency, record.metadata.year) == (agency, year)
    assert record.metadata.sources["agency"] == source
    assert record.metadata.report_evidence


def test_chrome_is_never_a_title_or_an_agency(tmp_path: Path) -> None:
    record = _run(tmp_path, "您当前所在位置：首页 > 信息公开 > 年报\n关怀版 无障碍\n分享到：微信 微博\n" + _PREAMBLE + "\n" + _BODY)
    assert record.metadata.title is None and record.metadata.agency is None
    assert not any("首页" in p.text or "无障碍" in p.text for p in record.paragraphs)


def test_injected_spam_is_no_agency(tmp_path: Path) -> None:
    record = _run(tmp_path, "发布时间：2024-01-28 信息来源：某某娱乐游戏下载：梅坞乡政府\n发布机构：澳门金沙棋牌\n"
                  + _PREAMBLE + "\n" + _BODY)
    assert record.metadata.agency is None


def test_conflicting_statements_are_kept_as_candidates(tmp_path: Path) -> None:
    record = _run(tmp_path, "发布机构：澜溪县人民政府\n澜溪县水利局2023年政府信息公开工作年度报告\n" + _PREAMBLE + "\n" + _BODY)
    assert record.metadata.agency == "澜溪县水利局" and record.metadata.sources["agency"] == "title"
    assert record.metadata.candidates["agency"] == {"metadata_block": "澜溪县人民政府"}


def test_a_traditional_page_keeps_its_original_text(tmp_path: Path) -> None:
    record = _run(tmp_path, REPORTS["traditional characters throughout"][0])
    assert record.metadata.script == "traditional"
    para = next(p for p in record.paragraphs if "主动公开政府信息" in p.text)
    assert para.original is not None and "主動公開政府信息" in para.original
    assert len(para.original) == len(para.text)  # spans index both


def test_html_title_and_meta(tmp_path: Path) -> None:
    page = ("<html><head><title>桐江区审计局2023年政府信息公开工作年度报告_桐江区人民政府</title></head><body>"
            "<div class='crumb'>首页 &gt; 政务公开</div><div><p>" + _PREAMBLE + "</p>"
            + "".join(f"<p>{line}</p>" for line in _BODY.splitlines()) + "</div></body></html>")
    record = _run(tmp_path, page, ".html")
    assert (record.metadata.agency, record.metadata.year) == ("桐江区审计局", 2023)
    assert record.metadata.sources["agency"] == "html"


NOT_REPORTS = {
    "an interpretation": "图解：澜溪县水利局2023年政府信息公开工作年度报告\n一图读懂我局一年来的政务公开工作。\n",
    "a news item": ("澜溪县各部门按时发布政府信息公开工作年度报告\n日前，全县各部门在门户网站集中发布了政府信息公开工作年度报告，"
                    "展示一年来的公开成效。\n"),
    "a half-year bulletin": ("桐江区教育局2023年上半年政务公开工作总结\n2023年上半年，我局紧紧围绕政务公开工作要点，现将上半年工作汇报如下：\n"
                             "一、建立健全组织机构\n"),
    "a performance self-assessment": ("桐江区水利局2023年度部门整体支出绩效自评报告\n为提升预算绩效管理水平，我局对2023年度预算绩效进行自我评价。\n"
                                      "一、部门概况\n"),
    "the notice that asks for the reports": ("关于做好2023年政府信息公开工作年度报告编制发布工作的通知\n各乡镇人民政府，县政府各部门：\n"
                                             "现就做好年度报告编制发布工作通知如下。\n"),
}


@pytest.mark.parametrize("name", list(NOT_REPORTS))
def test_what_is_no_report_is_rejected_with_evidence(tmp_path: Path, name: str) -> None:
    record = _run(tmp_path, NOT_REPORTS[name])
    assert record.status is Status.NOT_A_REPORT
    assert record.metadata.report_evidence


def test_a_contact_office_of_a_place_gives_the_full_body_the_page_names(tmp_path: Path) -> None:
    """The contact sentence names the 街道's 党政办 and no statement names the agency; the body text names
    the 街道办事处 in full: the agency is the 办事处, not its office."""
    text = (_PREAMBLE + "如对本年度报告有疑问，请联系柳湾街道党政办（电话：021-55501234）。\n一、总体情况\n"
            "2023年，在区政府的指导下，柳湾街道办事处认真落实《条例》要求，持续推进政务公开。\n（一）主动公开\n全年主动公开政府信息86条。\n"
            "（二）依申请公开\n全年新收政府信息公开申请3件。\n")
    record = _run(tmp_path, text)
    assert record.metadata.agency == "柳湾街道办事处" and record.metadata.sources["agency"] == "contact"


def test_a_contact_office_of_a_department_gives_the_department(tmp_path: Path) -> None:
    text = _PREAMBLE + "公众对本报告有任何疑问，可与桐江区人力资源和社会保障局办公室联系。\n" + _BODY
    record = _run(tmp_path, text)
    assert record.metadata.agency == "桐江区人力资源和社会保障局"


def test_the_overview_subject_is_the_last_word_on_the_agency(tmp_path: Path) -> None:
    """No title, statement, signature or contact: the subject of the overview's opening sentence."""
    text = (_PREAMBLE + "\n一、总体情况\n2023年，区科技信息委认真落实《条例》要求，持续推进政务公开。\n（一）主动公开\n"
            "全年主动公开政府信息86条。\n（二）依申请公开\n全年新收政府信息公开申请3件。\n")
    record = _run(tmp_path, text)
    assert record.metadata.agency == "区科技信息委" and record.metadata.sources["agency"] == "body"
    assert _run(tmp_path, text.replace("区科技信息委", "我委")).metadata.agency is None


def test_a_generic_place_compiles_nothing(tmp_path: Path) -> None:
    record = _run(tmp_path, "本年度报告根据有关要求，由市区编制。" + _PREAMBLE + "\n" + _BODY)
    assert record.metadata.agency is None


def test_the_format_outline_alone_is_a_report(tmp_path: Path) -> None:
    """A page cut after its first lines, with neither title, year nor agency: the overview's five items
    the format lays down, and the next section, make it a report; without the items it is not one."""
    items = "（一）主动公开\n及时发布各类信息。\n（二）依申请公开\n规范办理流程。\n（三）政府信息管理\n严格审核。\n（四）平台建设\n" \
            "完善网站栏目。\n（五）监督保障\n加强考核。\n"
    text = "一、总体情况\n" + items + "二、主动公开政府信息情况\n第二十条第（一）项\n"
    record = _run(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT
    assert any("overview items" in e for e in record.metadata.report_evidence)
    assert _run(tmp_path, "一、总体情况\n及时发布各类信息。\n二、主动公开政府信息情况\n").status is Status.NOT_A_REPORT


def test_a_contact_desk_with_units_inside_gives_the_body(tmp_path: Path) -> None:
    text = _PREAMBLE + "如对本报告有疑问，请联系澜溪湾开发区管委会办公室信息与档案处（电话：0591-5550123）。\n" + _BODY
    assert _run(tmp_path, text).metadata.agency == "澜溪湾开发区管委会"


def test_a_year_with_du_never_starts_an_agency() -> None:
    # "2012年度政府信息公开…": 度 belongs to the year, so no candidate agency "度政府" is stated.
    from nianbao.extraction.naming_sentences import _STATED_YEAR_FIRST

    assert _STATED_YEAR_FIRST.search("现将本机关2012年度政府信息公开工作年度报告公布如下") is None
    m = _STATED_YEAR_FIRST.search("特向社会公布2020年云泽县统计局政府信息公开工作年度报告")
    assert m is not None and m.group("agency") == "云泽县统计局"


def test_a_lead_paragraph_then_points_is_a_cut_report(tmp_path: Path) -> None:
    """An untitled page opening on a lead paragraph on the year's disclosure work (no stock preamble),
    then 一、总体情况 with its points written 一是/二是, cut there: a partial report, in either script.
    A lead paragraph on other work, or no points under the overview, is no such report."""
    lead = "2024年，青岚市澜溪航运管理署统筹推进各项任务，扎实做好政府信息公开工作，公开实效持续提升。\n"
    points = "一、总体情况\n一是加强政策发布。我署网站及时转载重要政策。\n二是用好新媒体平台，及时发布工作动态。\n"
    for text in (lead + points, "2024年，青嵐市瀾溪航運管理署統籌推進各項任務，扎實做好政府信息公開工作。\n"
                 "一、總體情況\n一是加強政策發布。\n二是用好新媒體平臺。\n"):
        record = _run(tmp_path, text)
        assert record.status is Status.PARTIAL, record.metadata.report_evidence
        assert any("一是" in e and "cut after" in e for e in record.metadata.report_evidence)
        assert record.metadata.year == 2024
    other = "2024年，青岚市澜溪航运管理署统筹推进航道建设，全年完成投资3亿元。\n" + points
    assert _run(tmp_path, other).status is Status.NOT_A_REPORT
    assert _run(tmp_path, lead + "一、总体情况\n全年共发布信息35条。\n").status is Status.NOT_A_REPORT


def test_a_universitys_academic_year_report_is_a_report_of_its_academic_years_end(tmp_path: Path) -> None:
    """A university's 信息公开年度报告 under the 高等学校信息公开办法 is a public body's disclosure report (titled
    or not); where it covers an academic year and states no other year, its year is the one that academic year
    ends in (the year it reports in; the sealed sets' fact writers read heldout34/60 and 35/74-75 so). A research
    institute's report under the 条例 over the calendar year is a report of its year."""
    school = ("本年度报告依据《高等学校信息公开办法》编制，本报告中所列数据的统计期限为2023年9月1日至2024年8月31日。\n"
              "一、概述\n本学年学校持续规范信息公开工作。\n二、主动公开情况\n学校网站公开信息300条。\n")
    for text in (school, "青岚理工学院2023-2024学年信息公开工作年度报告\n" + school):
        record = _run(tmp_path, text)
        assert record.status is Status.PARTIAL, record.metadata.report_evidence
        assert (record.metadata.year, record.metadata.sources.get("year")) == (2024, "academic_year")
    institute = ("青岚科学院澜溪海洋研究所2023年度信息公开工作报告\n本年度报告根据《中华人民共和国政府信息公开条例》编制，"
                 "统计期限为2023年1月1日至12月31日。\n一、总体情况\n2023年，研究所持续推进政务公开工作。\n"
                 "二、存在的主要问题及改进情况\n公开载体仍需丰富。\n")
    record = _run(tmp_path, institute)
    assert record.status is not Status.NOT_A_REPORT
    assert (record.metadata.agency, record.metadata.year) == ("青岚科学院澜溪海洋研究所", 2023)


@pytest.mark.parametrize("title", ["2023年政务公开工作总结与2024年工作思路", "石桥镇人民政府2023年度工作总结和2024年工作"])
def test_a_summary_with_next_years_plan_is_no_report(tmp_path: Path, title: str) -> None:
    # Past a portal's menu line; its body says 现将…报告如下 as reports do.
    text = (f"网站首页 个人总结 工作总结 公文\n{title}\n栏目：工作总结\n"
            "2023年，我镇认真落实政务公开要求，现将2023年以来的工作情况和2024年的工作思路报告如下：\n"
            "一、2023年工作情况\n（一）加强组织领导。明确专人负责。\n二、2024年工作思路\n继续深化政务公开。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT, record.metadata.report_evidence
    assert "something else" in record.metadata.report_evidence[0]


@pytest.mark.parametrize("first", ["第一条 为规范政府信息公开工作，制定本制度。\n", ""])  # a page may open at 第二条
def test_rules_on_the_annual_reports_are_no_report(tmp_path: Path, first: str) -> None:
    text = (first + "第二条 本制度由镇政务公开领导小组组织实施。\n第三条 各站所负责编制本站所的政府信息公开年度报告\n"
            "第四条 年度报告主要包括以下内容\n一、行政机关主动公开政府信息的情况\n二、行政机关依申请公开政府信息的情况\n"
            "三、政府信息公开的收费及减免情况\n四、因政府信息公开申请行政复议、提起行政诉讼的情况\n"
            "五、政府信息公开工作存在的主要问题及改进情况\n六、其他需要报告事项\n第五条 本制度自发布之日起施行。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT, record.metadata.report_evidence
    assert "articles of a set of rules" in record.metadata.report_evidence[0]


def test_a_reports_table_rows_are_no_articles(tmp_path: Path) -> None:
    # '第二十条第（一）项' heads a row of table 二: an article of the 条例 with its item, not a rule's article
    text = ("某县统计局2023年政府信息公开工作年度报告\n" + _PREAMBLE + "\n" + _BODY +
            "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n第二十条第（五）项\n信息内容\n")
    assert _run(tmp_path, text).status is not Status.NOT_A_REPORT


def test_a_mirror_masking_the_year_is_still_a_report_by_its_first_three_items(tmp_path: Path) -> None:
    text = ("江南/岚州-2026-01-19 00:00:00\n一、总体情况\n（一）主动公开\n决策公开：围绕本乡重大发展规划及时公开。\n"
            "（二）依申请公开\n****年度新收依申请公开申请数*件。\n（三）政府信息管理\n建立信息发布三审三校制度。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year is None
