"""Untitled report beginnings detect26 took (issue 14): a page opening at its overview — 一、总体情况 or another first
heading (一、概述, 一、基本情况, 一、总体工作情况), its lead maybe saying '现将…总结如下' — that goes on under the format's
own headings (二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况) is a report's body; a crawler's one-line text
of a page opening at 一、总体情况 is read at its run-on items. A year-end account under headings of its own, or as one
line, stays no report. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_LEAD = ("2022年，澄川县水务局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
         "扎实推进政府信息公开工作。")
_SAID = "现将全年工作总结如下："
_OWN_ITEM = "（一）健全工作机制。明确分管领导和专人负责信息发布审核。\n"
_FORMAT_PARTS = "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n"


@pytest.mark.parametrize("first", ["一、总体情况", "一、概述", "一、基本情况", "一、总体工作情况"])
def test_a_page_going_on_under_the_format_headings_is_a_report(tmp_path: Path, first: str) -> None:
    record = read_page(tmp_path, f"{first}\n{_LEAD}\n{_OWN_ITEM}{_FORMAT_PARTS}")
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2022
    assert any("format's own headings" in e for e in record.metadata.report_evidence)


def test_a_lead_saying_summary_does_not_undo_the_format_headings(tmp_path: Path) -> None:
    record = read_page(tmp_path, f"一、总体情况\n{_LEAD}{_SAID}\n{_OWN_ITEM}{_FORMAT_PARTS}")
    assert record.status is Status.PARTIAL


def test_the_same_summary_under_headings_of_its_own_stays_no_report(tmp_path: Path) -> None:
    own_parts = "二、主要做法\n加强队伍建设，调整充实工作人员。\n三、存在问题\n公开内容还不够全面。\n"
    record = read_page(tmp_path, f"一、总体情况\n{_LEAD}{_SAID}\n{_OWN_ITEM}{own_parts}")
    assert record.status is Status.NOT_A_REPORT


@pytest.mark.parametrize("items", [
    "（一）主动公开 全年通过门户网站主动公开政府信息86条。（二）依申请公开 全年收到政府信息公开申请2件，均按期答复。",
    "一是主动公开政府信息86条，及时更新办事指南。二是规范办理依申请公开，全年收到政府信息公开申请2件。",
])
def test_a_one_line_page_is_read_at_its_run_on_items(tmp_path: Path, items: str) -> None:
    lead = "2022年，澄川县水务局坚持以公开为常态、不公开为例外，围绕水利中心工作推进政务公开。"
    record = read_page(tmp_path, f"一、总体情况 {lead} {items}\n")
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2022


def test_a_one_line_page_cut_in_its_items_is_a_report(tmp_path: Path) -> None:
    # no lead and no counts: the format's items run in after their headings, one after another on the line
    items = ("（一）主动公开 2022年按照公开目录及时发布机构职能、规划计划和财政预决算等信息，做到应公开尽公开。"
             "（二）依申请公开 畅通申请渠道，规范受理、登记、办理和答复各环节。")
    record = read_page(tmp_path, f"一、总体情况 {items}\n")
    assert record.status is Status.PARTIAL


def test_a_one_line_summary_stays_no_report(tmp_path: Path) -> None:
    text = f"一、总体情况 {_LEAD}{_SAID} {_OWN_ITEM.strip()} （二）深化主动公开。通过门户网站主动公开信息。\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
