"""Cut and untitled report pages name their body and year in many places; each shape here is one real pages
show (met on the hard page sets heldout8–11), the record must read the body and year from it and call the page a
cut report. Shapes: a zone's leading-group office compiling the report and a metadata row keyed at its line's
start, a national body's office at the contact desk, a 社区 reporting, the body's own office given as 本单位's
address, a title with a second name in brackets, last year's report cited in the overview, a mirror's
pinyin-glossed 本年报, a period that drops its 年; a bare year before a title's agency, a bare report name over
the body's name, a vertical system's 部门 in a title, 请及时联系 a body's 信息公开办公室, a body's office that
compiled 《…年度报告》, a zone's kind in the preamble and the zone named at the desk. Every agency, place and
sentence here is invented; only the shapes are those real pages show."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from nianbao.extraction.agency import normalise
from tests.extraction.pages import read_page

_ITEMS = "（一）主动公开情况\n全年主动公开政府信息41条。\n（二）依申请公开情况\n全年未收到政府信息公开申请。\n"


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
        "青岚港高新区（北湖区）经济发展委员会", 2023),  # (the alias is part of the name as stated: agency14)
    # round 11's honest score found these (heldout11):
    "a bare year before the title's agency; the desk is the township's market town": (
        "2024云岭县竹溪乡2024年度政府信息公开工作年度报告\n本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止，"
        "如对本报告有意见，请联系云岭县竹溪集镇，联系电话：0500-1111111。\n一、总体情况\n" + _ITEMS,
        "云岭县竹溪乡", 2024),
    "请及时联系 the body's 信息公开办公室, untitled": (
        "本年报由总体情况等六部分组成。报告中所列数据的统计时限为2023年1月1日起至2023年12月31日止。如对报告有疑问，"
        "请及时联系松江市青浦区石门街道办事处信息公开办公室（电话：0500-2222222）。\n一、总体情况\n" + _ITEMS,
        "松江市青浦区石门街道办事处", 2023),
    "the body's office compiled 《…年度报告》 named without the body": (
        "根据条例的要求。柳塘镇党政办公室编制了《2023年度政府信息公开工作报告》，向社会公布2023年度本级政府信息公开年度报告，接受监督。\n"
        "一、总体情况\n（一）主动公开。柳塘镇全年主动公开政府信息90余条。\n（二）依申请公开。全年未接到申请。\n",
        "柳塘镇", 2023),
    "a vertical system named in the title (某市气象部门)": (
        "岚州市气象部门2023年政府信息公开工作年度报告\n本报告所列数据统计时间为2023年1月1日至2023年12月31日。\n"
        "一、总体情况\n" + _ITEMS,
        "岚州市气象部门", 2023),
    "a zone's kind in the preamble, the zone named at the desk": (
        "本报告结合开发区管委会信息公开工作有关统计数据撰写。本年度报告中使用数据统计期限为2025年1月1日至2025年12月31日。"
        "如对本报告有任何疑问，请与江南省梅溪经济开发区综合办公室联系（电话：0500-3333333）。\n一、总体情况\n" + _ITEMS,
        "江南省梅溪经济开发区", 2025),
    "a bare report name over the body's name (with its second name in brackets) and a date": (
        "政府信息公开工作年度报告\n青岚经开区管委会（滨湖商务区管委会）\n2026年1月8日\n一、总体情况\n"
        "2025年，青岚经济开发区管委会深入贯彻条例。\n" + _ITEMS,
        "青岚经开区管委会", 2025),
    "a portal's 作者 field; the overview's subject after two 在…下 phrases": (
        "时间:2023-01-13 作者:青禾镇人民政府 点击数:\n按照县政府办公室转发的通知要求，我镇认真组织编写，现将工作开展情况予以上报。"
        "\n一、总体情况\n2022年以来，在县委、县政府的正确领导下，以及县政务服务中心精心指导下，青禾镇党委、政府高度重视，"
        "现将我镇2022年政府信息公开工作情况报告如下：\n（一）强化组织领导\n及时调整充实领导小组。\n",
        "青禾镇人民政府", 2022),
}


@pytest.mark.parametrize("shape", list(PAGES))
def test_the_page_is_a_cut_report_of_its_stated_body_and_year(tmp_path: Path, shape: str) -> None:
    text, agency, year = PAGES[shape]
    record = read_page(tmp_path, text)
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert normalise(record.metadata.agency) == normalise(agency), record.metadata.agency
    assert record.metadata.year == year


def test_a_zone_named_by_its_kind_is_never_the_agency(tmp_path: Path) -> None:
    # Only the kind of zone is said everywhere: abstain rather than name '开发区'.
    text = ("本年度报告由开发区政务公开工作领导小组办公室编制，统计期限为2024年1月1日至2024年12月31日。"
            "请与开发区党政办公室联系。\n一、总体情况\n2024年，开发区认真落实条例。\n" + _ITEMS)
    assert read_page(tmp_path, text).metadata.agency is None


def test_a_spam_replaced_name_is_never_the_agency(tmp_path: Path) -> None:
    # A mirror wrote a casino's name in place of the body's, in traditional script: abstain, and take no tail of it.
    text = ("金沙娛樂城办公厅2022年政府信息公开工作年度报告\n"
            "根据条例要求，现公布金沙娛樂城办公厅2022年政府信息公开工作年度报告。\n一、总体情况\n" + _ITEMS)
    assert read_page(tmp_path, text).metadata.agency is None
