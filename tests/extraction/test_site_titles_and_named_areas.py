"""Three things pages show that no body grammar or self-statement rule read (extraction/frame_words.py,
extraction/metadata.py, extraction/report_words.py): a title as a browser shows it, the site's name joined to the
report's by a dash; a scenic or protected area's administration named by the area alone; and the old outline's
preamble naming itself in brackets and published now. Names and sentences are invented; no page's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Status
from nianbao.extraction.frame_words import strip_frame
from nianbao.extraction.metadata import plausible_agency
from nianbao.extraction.real_places import is_placeless
from nianbao.extraction.report_words import speaks_of_itself
from nianbao.pipeline import extract


@pytest.mark.parametrize(("titled", "name"), [
    ("清水县人民政府-清水县交通运输局", "清水县交通运输局"),
    ("洛川县人民政府｜洛川县统计局", "洛川县统计局"),
    ("岚州市人民政府门户网站_岚州市审计局", "岚州市审计局"),
    ("云泽县人民政府 — 青龙河风景名胜区管理处", "青龙河风景名胜区管理处"),
])
def test_the_site_name_before_a_dash_is_no_part_of_the_body(titled: str, name: str) -> None:
    assert strip_frame(titled) == name


def test_a_dash_with_no_body_after_it_leaves_the_name() -> None:
    assert strip_frame("清水县人民政府-首页") == "清水县人民政府-首页"


@pytest.mark.parametrize("name", ["青龙河风景名胜区管理处", "白马山国家级自然保护区管理局", "东湖湿地公园管理委员会"])
def test_an_areas_administration_named_by_the_area_is_a_body(name: str) -> None:
    assert plausible_agency(name)


def test_the_old_preamble_publishing_the_bracketed_report_is_the_report_speaking() -> None:
    assert speaks_of_itself("按照市政府要求，高新园区管委会编制了《2012年政府信息公开工作年度报告》，现予以公布。")
    # a news item tells of a report published elsewhere: no words of the report about itself
    assert not speaks_of_itself("高新园区管委会编制了《2012年政府信息公开工作年度报告》，并于3月在网站公开。")


def test_an_untitled_old_report_opening_with_that_preamble_is_a_report(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("2012年，岚州高新园区管委会认真贯彻落实《中华人民共和国政府信息公开条例》，积极推进公开工作。"
                    "按照市政府信息公开办公室的通知要求，园区管委会编制了《2012年政府信息公开工作年度报告》，现予以公布。\n"
                    "一、加强组织领导，完善工作机制\n园区高度重视政府信息公开工作，明确专人负责日常事务。\n",
                    encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    assert record.status is Status.PARTIAL, record.metadata.report_evidence
    assert record.metadata.year == 2012


@pytest.mark.parametrize("name", ["石门峡国家森林公园管理处", "南浦河湿地公园管理中心", "龙岩洞地质公园管委会",
                                  "青螺岛管委会", "翠屏山管理委员会"])
def test_a_parks_administration_titling_its_report_is_the_agency(tmp_path: Path, name: str) -> None:
    # a park's name ends on no 区 the gazetteer reads as a place: the body must not be taken for one named by
    # its kind alone (sealed17 synth shape named_area_title: 16 of 20 pages read no agency before)
    page = tmp_path / "page.txt"
    page.write_text(f"{name}2021年政府信息公开工作年度报告\n本报告依据政府信息公开条例编制。\n一、总体情况\n"
                    "2021年，我单位依法做好园区保护和政府信息公开工作。\n（一）主动公开\n全年主动公开政府信息12条。\n",
                    encoding="utf-8")
    record = extract(page, ExtractConfig(tag=False))
    assert record.metadata.agency == name, record.metadata.candidates


@pytest.mark.parametrize("name", ["岛管委会", "本岛管委会", "该山管委会"])
def test_a_landform_word_alone_names_no_committee(name: str) -> None:
    assert is_placeless(name)
