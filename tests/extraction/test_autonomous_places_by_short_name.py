"""An autonomous county's government named in full at the desk (某某满族蒙古族自治县人民政府办公室) and by its short
name in the overview (某某县, 某某自治县): the report is the government's, not its office's. The shape behind a
wrong name of the sealed set heldout17 (benchmarks/dev_pages.py). Sentences are invented; the counties are real
divisions."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.extraction.desks import government_of, same_autonomous_place
from tests.extraction.pages import ITEMS, REST, read_page


@pytest.mark.parametrize("full,short", [
    ("围场满族蒙古族自治县", "围场县"), ("围场满族蒙古族自治县", "围场自治县"), ("景宁畲族自治县", "景宁县"),
    ("长阳土家族自治县", "长阳县"), ("黔东南苗族侗族自治州", "黔东南州"),
])
def test_an_autonomous_place_and_its_short_name_are_one_place(full: str, short: str) -> None:
    assert same_autonomous_place(full, short)
    assert same_autonomous_place(short, full)


@pytest.mark.parametrize("a,b", [
    ("围场满族蒙古族自治县", "丰宁县"),  # another county
    ("围场县", "围场县"),  # one name: nothing to tell
    ("孟村回族自治县", "大厂县"),  # another autonomous county's short name
    ("景宁县", "景宁区"),  # not an autonomous place at all
])
def test_other_places_are_not_taken_for_an_autonomous_place(a: str, b: str) -> None:
    assert not same_autonomous_place(a, b)


def test_the_office_at_the_desk_stands_for_the_government_the_overview_calls_short() -> None:
    head = "如对本年报有任何疑问，请与围场满族蒙古族自治县人民政府办公室联系。"
    office = "围场满族蒙古族自治县人民政府办公室"
    assert government_of(office, head, "围场县") == "围场满族蒙古族自治县人民政府"
    assert government_of(office, head, "围场自治县") == "围场满族蒙古族自治县人民政府"
    # a subject that is another county leaves the office
    assert government_of(office, head, "丰宁县") == office


def test_a_county_report_with_its_short_name_in_the_overview(tmp_path: Path) -> None:
    page = ("根据条例和市政府办公室的通知要求，现将本县政府信息公开工作年度报告予以公开。本报告所列数据统计期限自2022年1月1日"
            "起至2022年12月31日止。如对本年报有任何疑问，请与长阳土家族自治县人民政府办公室联系，电话：0000-1234567。\n"
            "一、总体情况\n2022年，长阳县认真落实条例要求，围绕县委、县政府重点工作推进政务公开。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "长阳土家族自治县人民政府"
    assert record.metadata.year == 2022


def test_a_county_named_after_its_people_has_a_short_name_too() -> None:
    assert same_autonomous_place("东乡族自治县", "东乡县")
    assert not same_autonomous_place("东乡族自治县", "西乡县")
