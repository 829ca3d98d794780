"""Shapes behind the agency misses of two sealed fair samples (heldout18, heldout23), each a class real pages
show: a district's stock preamble ('结合某区人民政府…工作编制而成') its 街道 copy into their own reports, a desk
whose district a mirror cut out ('某市区人民政府办公室'), a list bullet before the title, a big5 gateway writing
政府資訊公開 for 政府信息公开, a central body's provincial branch named with the province's bare name, a zone's
党工委 and 管委会 named together at the desk, the body publishing before 向社会公布 on the page's first line, a
township alone opening an untitled overview, a county's 政府信息公开管理办公室 at the desk, and a subject after two
在…下 clauses. Every body, place and sentence here is invented (the real
townships and provinces are named for the gazetteer only); only the shapes are those real pages show."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from nianbao.extraction.agency import normalise
from tests.extraction.pages import ITEMS, REST, read_page

_PERIOD = "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"

PAGES = {
    "a 街道 copies its district's stock preamble: the 街道 its overview names is the body": (
        "本年度报告根据条例要求，结合云溪市澜江区人民政府2022年度政府信息公开工作编制而成。"
        + _PERIOD.format(y=2022) + "如有疑问，可与青枫街道办事处党政办联系。\n"
        "一、总体情况\n2022年，青枫街道信息公开工作在区委、区政府的领导下，认真落实条例。\n" + ITEMS + REST,
        "青枫街道办事处", 2022),
    "the district's own report, its desk's district cut out by a mirror: the stock preamble names it": (
        "本年度报告根据条例要求，结合云溪市澜江区人民政府2020年度政府信息公开工作编制而成。"
        + _PERIOD.format(y=2020) + "如对本年度报告有任何疑问，请与云溪市区人民政府办公室联系。\n"
        "一、总体情况\n按照上级部署，澜江区政府坚持以人民为中心，加大公开力度。\n" + ITEMS + REST,
        "云溪市澜江区人民政府", 2020),
    "a list bullet before the title": (
        "• 石岭镇人民政府2021年政府信息公开工作年度报告\n\n石岭镇人民政府2021年政府信息公开工作年度报告\n"
        "根据条例，结合我镇情况，现公布本镇2021年政府信息公开工作报告。" + _PERIOD.format(y=2021) + "\n"
        "一、总体情况\n" + ITEMS + REST,
        "石岭镇人民政府", 2021),
    "a big5 gateway's 政府資訊公開, a central body's branch named with its province's bare name": (
        "根據《中華人民共和國政府資訊公開條例》等規定，特向社會公佈江西航標局2020年政府資訊公開工作年度報告。"
        "其中所列數據統計期限自2020年1月1日起至2020年12月31日止。\n"
        "一、總體情況\n2020年，江西航標局通過門戶網站主動公開資訊120條。\n"
        "（二）依申請公開情況\n全年未收到政府資訊公開申請。\n二、主動公開政府資訊情況\n",
        "江西航标局", 2020),
    "a zone's 党工委 and 管委会 named together at the desk: the 管委会 discloses": (
        "本年度报告根据条例要求编制。" + _PERIOD.format(y=2019) + "本报告电子版可在青岚经开区门户网站下载。"
        "如对本报告有疑问，请与青岚经开区党工委管委会办公室联系。\n一、总体情况\n" + ITEMS + REST,
        "青岚经开区管委会", 2019),
    "the body publishing before 向社会公布, on the page's first line": (
        "云溪高新技术产业开发区白桥办事处向社会公布2021年度本级政府信息公开年度报告。本报告共分六个部分。"
        + _PERIOD.format(y=2021) + "\n一、总体情况\n（一）主动公开政府信息情况\n2021年，我单位认真执行条例。\n"
        + REST,
        "云溪高新技术产业开发区白桥办事处", 2021),
    "a township alone opens an untitled overview (a real 街道, the gazetteer's)": (
        "一、总体情况\n仓前街道认真贯彻落实条例的要求，扎实推进政府信息公开工作。" + _PERIOD.format(y=2022)
        + "如对本报告有任何疑问，请与党政综合办公室联系。\n" + ITEMS + REST,
        "仓前街道", 2022),
    "a county's 政府信息公开管理办公室 at the desk, the overview saying 我县: the county": (
        "本报告根据条例编制。" + _PERIOD.format(y=2018) + "如对本报告有疑问，请与云溪县政府信息公开管理办公室联系"
        "（地址：云溪县某路1号）。\n一、概述\n2018年，我县认真贯彻落实上级政府信息公开工作要求。\n" + ITEMS + REST,
        "云溪县人民政府", 2018),
    "the overview's subject after two 在…下 clauses": (
        "一、总体情况\n2021年，在市政务公开工作领导小组的领导下，在市政务公开办公室的指导下，云溪区认真贯彻落实条例，"
        "积极推进政府信息公开。" + _PERIOD.format(y=2021) + "\n" + ITEMS + REST,
        "云溪区人民政府", 2021),
}


@pytest.mark.parametrize("shape", list(PAGES))
def test_each_shape_names_its_body_and_year(tmp_path: Path, shape: str) -> None:
    text, agency, year = PAGES[shape]
    record = read_page(tmp_path, text)
    assert record.status is not Status.NOT_A_REPORT
    assert normalise(record.metadata.agency) == normalise(agency), record.metadata.agency
    assert record.metadata.year == year


def test_a_desk_with_its_district_cut_out_is_never_taken(tmp_path: Path) -> None:
    # nothing else names the body: no name at all rather than the city's bare 区 (a wrong name is worse than none)
    record = read_page(tmp_path, "本年度报告根据条例要求编制。" + _PERIOD.format(y=2020)
                       + "如有疑问，请与云溪市区人民政府办公室联系。\n一、总体情况\n" + ITEMS + REST)
    assert record.metadata.agency is None or "市区" not in record.metadata.agency
