"""A portal's 发布机构 that is a body's internal office ('某局办公室'), on a page naming that body itself: the body
(``offices.office_owner``, applied to the metadata block in ``stated``). Pages in our own words."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.offices import office_owner
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_bureau_office_stands_for_its_bureau_the_page_names() -> None:
    assert office_owner("青川县民政局办公室", "2023年，青川县民政局坚持依法公开。") == "青川县民政局"


def test_a_government_office_is_a_body_of_its_own() -> None:
    assert office_owner("青川县人民政府办公室", "2023年，青川县人民政府坚持依法公开。") is None


def test_an_office_whose_body_the_page_does_not_name_stays() -> None:
    assert office_owner("青川县民政局办公室", "发布机构：青川县民政局办公室 我局坚持依法公开。") is None
    assert office_owner("青川县民政局", "青川县民政局") is None  # no office in the name


def test_an_untitled_page_published_by_a_bureau_office(tmp_path: Path) -> None:
    page = ("索引号：11223344/2024-00017\n发布机构：青川县民政局办公室\n发布日期：2024-01-20\n"
            "根据《中华人民共和国政府信息公开条例》要求，现将我局2023年度政府信息公开工作情况报告如下。\n一、总体情况\n"
            "2023年，青川县民政局坚持以公开为常态、不公开为例外，认真做好政府信息公开工作。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "青川县民政局"
