"""A zone run as one government with a district or county, titled by the two names with the district in brackets
('某高新区（某区）2020年…', '2020年高新区(某区)政府信息公开…'), is that joint body — not the district's government
alone, not no body (agency15, from heldout40); and a school's academic-year title under a portal's column heading is
a title on its own, the heading no line of it. Names and sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.agency import normalise
from nianbao.extraction.metadata import parse_title, place_names, plausible_agency
from tests.extraction.pages import ITEMS, REST, read_page

_LEAD = "根据条例和市政府办公室的通知要求，现将2020年政府信息公开工作情况汇报如下：\n"
_OVERVIEW = "一、总体情况\n2020年，我区坚持以公开为常态、不公开为例外，持续推进信息公开标准化。\n"


def test_a_zone_with_its_district_in_brackets_is_one_place() -> None:
    assert place_names("青岚港高新区（北湖区）") == ["青岚港高新区（北湖区）"]
    assert place_names("高新区(北湖区)政府") == ["高新区(北湖区)"]  # the zone by its kind alone, as its portal calls it
    assert place_names("青岚新区（云溪县）管委会") == ["青岚新区（云溪县）"]
    assert plausible_agency("青岚港经济技术开发区（北湖区）", place_only=True)
    # the joint place alone is its government, as a district alone is
    assert normalise("高新区（北湖区）") == normalise("高新区(北湖区)政府") == normalise("高新区（北湖区）人民政府")
    assert normalise("高新区（北湖区）") != normalise("北湖区人民政府")


def test_a_bracket_naming_no_district_is_no_part_of_the_place() -> None:
    # a district by its suffix alone, or a zone's kind, names no district the zone is run with
    assert place_names("青岚港高新区（区）财政局") == ["青岚港高新区"]
    assert place_names("青岚港高新区（新区）财政局") == ["青岚港高新区"]
    assert place_names("青岚港经开区（保税区）管委会") == ["青岚港经开区"]


def test_the_title_of_a_zone_run_with_its_district_names_the_joint_body() -> None:
    assert parse_title("青岚港高新区（北湖区）2020年政府信息公开工作年度报告") == ("青岚港高新区（北湖区）", 2020)
    assert parse_title("2020年高新区(北湖区)政府信息公开工作年度报告") == ("高新区(北湖区)", 2020)


def test_a_zone_with_its_district_titled_reads_as_the_joint_body(tmp_path: Path) -> None:
    for title, body in (("青岚港高新区（北湖区）2020年政府信息公开工作年度报告", "青岚港高新区（北湖区）"),
                        ("2020年高新区(北湖区)政府信息公开工作年度报告\n高新区(北湖区)政府2020年信息公开工作年度报告",
                         "高新区(北湖区)"),
                        ("青岚经济技术开发区（云溪区）2020年政府信息公开工作年度报告", "青岚经济技术开发区（云溪区）")):
        record = read_page(tmp_path, title + "\n" + _LEAD + _OVERVIEW + ITEMS + REST)
        assert normalise(record.metadata.agency) == normalise(body), (title, record.metadata.agency)
        assert record.metadata.year == 2020


def test_an_academic_year_title_under_a_column_heading_stands_alone(tmp_path: Path) -> None:
    page = ("最新公开信息\n当前位置：首页>>最新公开信息>>正文\n青岚理工大学2012-2013学年度信息公开工作报告\n2013-12-10 10:36\n"
            "本报告依照高等学校信息公开办法编制，统计期限为2012年9月1日至2013年8月31日。\n一、概述\n"
            "本学年，学校坚持依法公开，持续完善信息公开目录。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "青岚理工大学"
    assert record.metadata.title == "青岚理工大学2012-2013学年度信息公开工作报告"


def test_a_zone_page_opening_on_this_year_is_named_by_the_one_zone_it_names(tmp_path: Path) -> None:
    # '今年以来，经开区坚持…': the zone's kind is the overview's subject, its full name (after a real city's) written
    # once elsewhere
    page = ("一、总体情况\n今年以来，经开区坚持以公开为常态，紧紧围绕重点工作推进政务公开。\n（一）主动公开\n"
            "全年通过门户网站公开各类政府信息365条。\n（二）依申请公开\n2023年，我区共受理政府信息公开申请15件。\n"
            "（三）政府信息公开平台建设\n利用洛阳经开区微信公众号平台做好信息发布。\n" + REST)
    assert read_page(tmp_path, page).metadata.agency == "洛阳经开区"


def test_a_zone_page_opening_on_this_year_naming_two_zones_names_neither(tmp_path: Path) -> None:
    # two zones named: which is the page's own is not said (a wrong name is worse than none)
    page = ("一、总体情况\n今年以来，经开区坚持以公开为常态，紧紧围绕重点工作推进政务公开。\n（一）主动公开\n"
            "全年通过门户网站公开各类政府信息365条。\n（二）依申请公开\n2023年，我区共受理政府信息公开申请15件。\n"
            "（三）政府信息公开平台建设\n利用洛阳经开区微信公众号平台做好信息发布，学习许昌经开区的做法。\n" + REST)
    assert read_page(tmp_path, page).metadata.agency not in ("洛阳经开区", "许昌经开区")
