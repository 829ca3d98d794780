"""Classes of naming met on the hard pages of round 8 (heldout8): a zone's leading-group office compiling the
report and a metadata row keyed at its line's start, a national body's office at the contact desk, a 社区
reporting, the body's own office given as 本单位's address, a title with a second name in brackets, last
year's report cited in the overview, a mirror's pinyin-glossed 本年报, a period that drops its 年. Every
agency, place and sentence here is invented; only the shapes are those real pages show."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Record, Status
from nianbao.extraction.agency import normalise
from nianbao.extraction.bodies import contact_agency, is_internal_office
from nianbao.extraction.metadata import place_names, plausible_agency, statistics_year
from nianbao.pipeline import extract

_ITEMS = "（一）主动公开情况\n全年主动公开政府信息41条。\n（二）依申请公开情况\n全年未收到政府信息公开申请。\n"


def _run(tmp_path: Path, text: str) -> Record:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


PAGES = {
    "a zone's leading-group office compiles; the title only in a metadata row keyed at its line's start": (
        "索 引 号 | 11320700/2025-00031 | 分 类 | 综合政务 |\n"
        "发布机构 | 党政办公室 | 发文日期 | 2025-02-11 |\n"
        "标 题 | 澜沧湾经济技术开发区管理委员会2024年政府信息公开工作年度报告 | ||\n"
        "本年度报告由开发区政务公开工作领导小组办公室根据条例要求编制，统计期限为2024年1月1日至2024年12月31日。"
        "如有疑问，请与开发区政务公开工作领导小组办公室联系。\n一、总体情况\n2024年，开发区认真落实条例。\n" + _ITEMS,
        "澜沧湾经济技术开发区管理委员会", 2024),
    "a national body's office at the contact desk, untitled": (
        "本报告根据条例，梳理2021年度航标系统政府信息公开工作情况编制而成。报告中所列数据的统计期限，自2021年1月1日起"
        "至2021年12月31日止。如对报告有疑问，请联系航标总署办公厅政务公开处，电话：010-60000000。\n"
        "一、总体情况\n2021年，全国航标系统深入推进政务公开。\n" + _ITEMS,
        "航标总署", 2021),
    "a 社区 reports, named only at the desk, its year only in 截至…年底": (
        "根据条例和年度报告格式的要求，编制本年度报告。如有问题，请及时与青石区云杉社区联系（电话：0500-1234567）。\n"
        "一、总体情况\n根据上级统一部署，我社区开展政府信息公开工作。截至2022年底，我社区政府信息公开工作运行正常。\n"
        + _ITEMS,
        "青石区云杉社区", 2022),
    "the body's own office given as 本单位's address": (
        "本年度报告根据条例的要求编制。本年度报告中所列数据统计期限从2023年1月1日到12月31日止。如对本年度报告有疑问，"
        "请与本单位政府信息公开受理机构联系，地址：江南省松溪县竹源乡人民政府党政综合办公室，电话：0500-7654321。\n"
        "一、总体情况\n" + _ITEMS,
        "江南省松溪县竹源乡人民政府", 2023),
    "a title with the body's second name in brackets, wrapped": (
        "岚州市妇幼保健计划生育服务中心（市妇幼保健院）2021年政府信息公开年度报告\n"
        "岚州市妇幼保健计划生育服务中心（市妇幼保健院）2021年政府信息公开\n年度报告\n"
        "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n" + _ITEMS,
        "岚州市妇幼保健计划生育服务中心", 2021),
    "last year's report cited in the overview, untitled": (
        ("根据条例有关规定，编制本报告。\n2023年，国家航道署深入推进政府信息公开工作。\n一是完善工作机制。\n"
         "二是稳妥做好主动公开。公开发布《国家航道署2022年政府信息公开工作年度报告》，全年公开规范性文件3件。\n"
         "三是依法办理依申请公开。全年受理申请12件。\n"),
        "国家航道署", 2023),
    "a mirror's traditional text with pinyin glosses, calling itself 本年报": (
        ("本年報(bào)根據(jù)《中華人民共和國政府信息公開條例》要求編制，使用數(shù)據(jù)統(tǒng)計時間為2024年1月1日至12月31日。"
         "本年度報(bào)告可在市政府信息公開網(wǎng)站下載。如對本報(bào)告有疑問，請與嵐州市衛(wèi)健委聯(lián)系。\n"
         "一、總體情況\n（一）主動公開情況\n全年主動公開政府信息300條。\n"),
        "岚州市卫健委", 2024),
    "a period that drops its 年": (
        "本报告由云岭省梅溪县气象局编制。全文包括总体情况等6项内容。\n本报告中使用数据统计期限为20231月1日至12月31日。\n"
        "一、总体情况\n" + _ITEMS,
        "云岭省梅溪县气象局", 2023),
    # round 9's frozen score found these (heldout9):
    "the preamble covers the body's year of work (涵盖了…工作)": (
        "本报告由总体情况等六部分组成，涵盖了2022年桂川区自然资源局政府信息公开工作，统计起止时间为2022年1月1日至"
        "2022年12月31日。\n一、总体情况\n" + _ITEMS,
        "桂川区自然资源局", 2022),
    "the body compiled the report named with its year (某局编制了…年度报告)": (
        "根据条例和年度报告格式要求，结合工作实际，沙汀区水务局编制了2024年度政府信息公开工作年度报告。"
        "本报告所列数据的统计起止时间为2024年1月1日至12月31日。\n一、总体情况\n" + _ITEMS,
        "沙汀区水务局", 2024),
    "a zone body's title with its district in brackets inside the name": (
        "青岚港高新区（北湖区）经济发展委员会2023年政府信息公开工作年报\n"
        "根据条例，特向社会公布青岚港高新区（北湖区）经济发展委员会2023年政府信息公开年度报告。"
        "所列数据的统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n" + _ITEMS,
        "青岚港高新区经济发展委员会", 2023),
}


@pytest.mark.parametrize("shape", list(PAGES))
def test_the_page_is_a_cut_report_of_its_stated_body_and_year(tmp_path: Path, shape: str) -> None:
    text, agency, year = PAGES[shape]
    record = _run(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert normalise(record.metadata.agency) == normalise(agency), record.metadata.agency
    assert record.metadata.year == year


def test_a_zone_named_by_its_kind_is_never_the_agency(tmp_path: Path) -> None:
    # Only the kind of zone is said everywhere: abstain rather than name '开发区'.
    text = ("本年度报告由开发区政务公开工作领导小组办公室编制，统计期限为2024年1月1日至2024年12月31日。"
            "请与开发区党政办公室联系。\n一、总体情况\n2024年，开发区认真落实条例。\n" + _ITEMS)
    assert _run(tmp_path, text).metadata.agency is None


def test_a_zone_with_a_long_name_is_a_place() -> None:
    assert place_names("澜沧湾经济技术开发区管理委员会") == ["澜沧湾经济技术开发区"]
    assert plausible_agency("澜沧湾经济技术开发区管理委员会")
    assert place_names("临淄区行政审批服务局") == ["临淄区"]  # short places are read as before


def test_an_internal_office_alone_names_no_body() -> None:
    assert is_internal_office("党政办公室") and is_internal_office("综合科")
    assert not is_internal_office("松溪县人民政府办公室") and not is_internal_office("某镇党政办")


@pytest.mark.parametrize("sentence", [
    "如对本报告有疑问，请与本单位联系，地址：松溪县竹源乡环城路18号。",  # a street, not a body
    "请与本单位联系，地址：竹源乡。",  # a place alone is an address, not a body
])
def test_an_address_that_is_no_body_names_none(sentence: str) -> None:
    assert contact_agency(sentence) is None


def test_the_period_wants_the_first_day_of_a_year() -> None:
    assert statistics_year("统计期限为20231月1日至12月31日") == 2023
    assert statistics_year("统计期限为2023年1月1日至12月31日") == 2023
    assert statistics_year("共公开信息120231条，1月1日起实施") is None  # a count, no year


@pytest.mark.parametrize("title", ["2023年政务公开工作总结与2024年工作思路", "石桥镇人民政府2023年度工作总结和2024年工作"])
def test_a_summary_with_next_years_plan_is_no_report(tmp_path: Path, title: str) -> None:
    # Past a portal's menu line; its body says 现将…报告如下 as reports do.
    text = (f"网站首页 个人总结 工作总结 公文\n{title}\n栏目：工作总结\n"
            "2023年，我镇认真落实政务公开要求，现将2023年以来的工作情况和2024年的工作思路报告如下：\n"
            "一、2023年工作情况\n（一）加强组织领导。明确专人负责。\n二、2024年工作思路\n继续深化政务公开。\n")
    record = _run(tmp_path, text)
    assert record.status is Status.NOT_A_REPORT, record.metadata.report_evidence
    assert "something else" in record.metadata.report_evidence[0]
