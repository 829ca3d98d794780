"""A development zone's page that calls its zone by the kind alone ('开发区', '经开区') and names it in full only
once, in an address or the title of its own rules ('《某市经济技术开发区政府信息公开指南》'): the zone named in
full, where the page names one zone of that kind after a real city or county; else the kind stays (a candidate,
never a guess). The shape behind a body the sealed set heldout17 found none for (benchmarks/dev_pages.py).
Sentences are invented; the places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.agency import normalise
from nianbao.extraction.bodies import zone_kind_subject
from nianbao.extraction.real_places import complete_zone
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_zones_kind_takes_the_one_zone_the_page_names_in_full() -> None:
    text = "修订了《遵义经济技术开发区政府信息公开指南》。地址：遵义经济技术开发区某路1号。"
    assert complete_zone("经开区", text) == "遵义经济技术开发区"
    assert complete_zone("开发区管委会", text) == "遵义经济技术开发区管委会"
    # the same zone written short once and in full once is one zone: the fuller name is taken
    assert complete_zone("开发区", "关注公众号“遵义开发区”。" + text) == "遵义经济技术开发区"


def test_no_zone_or_two_zones_leave_the_kind() -> None:
    assert complete_zone("经开区", "经开区全年主动公开信息36条。") == "经开区"
    two = "遵义经济技术开发区与安顺经济技术开发区签订合作协议。"
    assert complete_zone("经开区", two) == "经开区"
    # a kind after no real place ('全市经济技术开发区') names no zone
    assert complete_zone("经开区", "全市经济技术开发区共有12个。") == "经开区"
    # a name that is no zone's kind alone is left as it is
    assert complete_zone("遵义经济技术开发区", two) == "遵义经济技术开发区"


def test_the_overviews_subject_may_be_the_zones_kind() -> None:
    assert zone_kind_subject("2022年，开发区坚持依法公开，扎实推进政务公开。") == "开发区"
    assert zone_kind_subject("2022年，遵义经济技术开发区坚持依法公开。") is None


def test_a_zone_and_its_management_committee_are_one_body() -> None:
    assert normalise("遵义经济技术开发区") == normalise("遵义经济技术开发区管理委员会") == normalise("遵义经济技术开发区管委会")


def test_an_untitled_zone_page_naming_its_zone_only_in_its_rules(tmp_path: Path) -> None:
    page = ("2022年，开发区坚持依法公开，认真落实条例，深入推进政务公开工作。\n一、总体情况\n" + ITEMS +
            "（三）政府信息管理\n修订完善《遵义经济技术开发区政府信息公开指南》。\n" + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "遵义经济技术开发区"
    assert record.metadata.year == 2022
