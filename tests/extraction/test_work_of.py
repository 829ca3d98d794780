"""Classes of agency naming met in the survey of real report pages of round 7 (wild6): a preamble that names
the body's year of disclosure *work* rather than the report (总结/结合/以及 … 政府信息公开工作…, 全文包括…总体情况,
现将…总体情况…如下, 由…编制的…报告), a contact desk that is the body's disclosure leading group's office, a
title with 关于 before the year or with no year at all, a metadata key printed alone above its value, an
overview whose subject is the body's disclosure work, a body's name with an aside in brackets. Every
agency, place and sentence here is invented; only the shapes are those real pages show."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from nianbao.extraction.agency import normalise
from nianbao.extraction.metadata import parse_title, plausible_agency
from nianbao.extraction.work_of import work_named
from tests.extraction.pages import ITEMS as _ITEMS
from tests.extraction.pages import REST as _REST
from tests.extraction.pages import read_page

PAGES = {
    "the work summed up (在总结…工作的基础上)": (
        "本报告依照条例，在认真总结2021年石岙镇政府信息公开工作的基础上编制。\n一、总体情况\n" + _ITEMS + _REST,
        "石岙镇", 2021),
    "the work's account the report was compiled from (结合…的…工作情况)": (
        "本年度报告依据条例，结合2022年度桃溪县统计局的政府信息公开工作情况编制而成。\n一、总体情况\n" + _ITEMS + _REST,
        "桃溪县统计局", 2022),
    "the work's figures, the body with its short name (结合…（以下简称…）…有关统计数据撰写)": (
        "本报告结合国家税务总局澜江市金渚区税务局（以下简称“金渚区税务局”）政府信息公开工作有关统计数据撰写。"
        "本报告所列数据统计期限为2022年1月1日至12月31日。\n一、总体情况\n" + _ITEMS + _REST,
        "国家税务总局澜江市金渚区税务局", 2022),
    "the outline names whose work it reports (全文包括…信息公开总体情况)": (
        "本年度报告依据条例制作。全文包括青岭旗白石苏木人民政府信息公开总体情况、主动公开政府信息情况等。"
        "所列数据统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n" + _ITEMS + _REST,
        "青岭旗白石苏木人民政府", 2024),
    "the year's account set out (现将…总体情况…公开如下)": (
        "根据条例要求，现将白河苏木人民政府2021年度政府信息公开总体情况、主动公开政府信息情况公开如下。\n"
        "一、总体情况\n" + _ITEMS + _REST, "白河苏木人民政府", 2021),
    "the year first, then the body's work (特向社会公布…年度…工作情况)": (
        "根据条例的有关规定，特向社会公布2022年度江屿市气象局政府信息公开工作情况。\n一、总体情况\n" + _ITEMS + _REST,
        "江屿市气象局", 2022),
    "compiled by, inside the report's name (由…编制的…年度报告)": (
        "一、总体情况\n根据条例要求，特向社会公开2021年度由黄竹街道编制的政府信息公开年度报告。\n" + _ITEMS + _REST,
        "黄竹街道", 2021),
    "a title with 关于 before the year": (
        "平岚县人民政府关于2019年度政府信息公开工作年度报告\n根据条例编制本报告。\n一、总体情况\n" + _ITEMS + _REST,
        "平岚县人民政府", 2019),
    "a title with no year, the year in the period": (
        "青枫街道政府信息公开工作年度报告\n本报告所列数据统计期限为2023年1月1日至12月31日。\n一、总体情况\n" + _ITEMS + _REST,
        "青枫街道", 2023),
    "a qualifier in brackets after the name (政府（机关）)": (
        "根据条例，特向社会公布2019年度青松镇政府（机关）信息公开年度报告。\n一、总体情况\n" + _ITEMS + _REST,
        "青松镇", 2019),
    "the desk is the place's disclosure leading group's office": (
        "根据条例编制本年度报告，统计期限为2023年1月1日至12月31日。如有疑问，请与云溪乡信息公开领导小组办公室联系"
        "（电话：0595-1234567）。\n一、总体情况\n" + _ITEMS + _REST, "云溪乡", 2023),
    "a metadata key printed alone above its value": (
        "政府信息公开\n  • 索引号\n    abc/2026-00001\n  • 发布机构\n    弥江市林草局\n  • 发布日期\n    2026-01-26\n"
        "本报告所列数据统计期限为2025年1月1日至12月31日。\n一、总体情况\n" + _ITEMS + _REST, "弥江市林草局", 2025),
    "the overview's subject is the body's disclosure work": (
        "一、总体情况\n2024年，永溪县政府信息公开工作坚持以公开为常态，持续深化政务公开。\n" + _ITEMS + _REST,
        "永溪县", 2024),
    "an aside in brackets inside the subject's name": (
        "一、总体情况\n2019年，澜港国家高新区（新材料城）管委会办公室政务公开工作按照年度要点推进。\n" + _ITEMS + _REST,
        "澜港国家高新区（新材料城）管委会办公室", 2019),  # (the alias is part of the name as stated: agency14)
}


@pytest.mark.parametrize("name", list(PAGES))
def test_naming_classes(tmp_path: Path, name: str) -> None:
    text, agency, year = PAGES[name]
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT, record.metadata.report_evidence
    assert (record.metadata.agency, record.metadata.year) == (agency, year)


@pytest.mark.parametrize("text", [
    "本年报根据条例，结合2019年高新区政府信息公开工作实际编制而成。",  # a zone by its kind alone
    "结合全县政府信息公开工作实际，编制本报告。",  # the words for a whole place
    "汇总各乡镇政府信息公开工作情况编制。",
    "现将我委2023年信息公开工作开展情况报告如下。",  # the page's own body, unnamed
])
def test_words_for_a_place_or_self_name_no_body(text: str) -> None:
    assert work_named(text) == []


def test_title_grammar_of_about_and_no_year() -> None:
    assert parse_title("平岚县人民政府关于2019年度政府信息公开工作年度报告") == ("平岚县人民政府", 2019)
    # a bulletin 关于 the reports goes on past the report's name: no report title
    agency, _ = parse_title("澜江省人民政府办公厅关于2009年政府信息公开工作年度报告编制公布情况的通报")
    assert not plausible_agency(agency)
    assert parse_title("考溪乡人民政府信息公开工作年度报告") == ("考溪乡人民政府", None)
    assert parse_title("青枫街道政府信息公开工作年度报告") == ("青枫街道", None)
    # a portal's tag in brackets before the title is no part of the name
    assert parse_title("【文稿解读】青枫街道办事处2020年政府信息公开工作年度报告") == ("青枫街道办事处", 2020)


def test_a_street_is_its_office_however_named() -> None:
    """'某街道', '某街道办事处' and '某街道政府' are one body, the street's 办事处, in the agency key."""
    assert normalise("青枫街道") == normalise("青枫街道办事处") == normalise("青枫街道政府")
    assert normalise("澜港街") == normalise("澜港街办事处")
    assert normalise("青枫镇") != normalise("青枫街道")
