"""A report's beginning cut after the overview's first item (heldout27's detection misses, benchmarks/dev_pages.py):
the page opens at 一、总体情况, a dated lead on the year's disclosure work, then one item naming 公开 work and nothing
more. And a report's overview telling its counts in other words than the usual ('共主动公开机构、文件等各类信息48条',
'办理依申请公开0件'). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_LEAD = ("一、总体情况\n2022年，我局政府信息公开工作坚持以人民为中心，围绕全县中心工作，认真落实上级各项部署，"
         "坚持公开为常态、不公开为例外，不断提升工作规范化水平。\n")
_ITEM = "（一）窗口大厅主动公开。在服务大厅和县政府网站公布进驻事项清单和办事流程，方便群众查询办理。\n"


def test_a_page_cut_after_one_item_under_a_dated_lead_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _LEAD + _ITEM)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2022


def test_under_another_heading_the_one_item_must_name_disclosure_work(tmp_path: Path) -> None:
    # (under the format's own heading 一、总体情况 a lead on the year's 政府信息公开 work is enough since detect25:
    # tests/extraction/test_pages_opening_at_the_format_overview.py)
    item = "（一）窗口大厅集中办理。在服务大厅和县政府网站发布进驻事项清单和办事流程，方便群众查询办理。\n"
    lead = _LEAD.replace("总体情况", "基本情况")
    assert read_page(tmp_path, lead + item).status is Status.NOT_A_REPORT


def test_a_lead_without_its_year_is_not_enough(tmp_path: Path) -> None:
    lead = _LEAD.replace("2022年，", "")
    assert read_page(tmp_path, lead + _ITEM).status is Status.NOT_A_REPORT


def test_a_summary_titled_as_one_stays_no_report(tmp_path: Path) -> None:
    text = "某县行政审批局2022年政务公开工作总结\n" + _LEAD + _ITEM
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


_COUNTED = ("一、总体情况\n2021年，我街道认真落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。\n"
            "主动公开\n全年在信息公开平台共主动公开组织机构、部门文件、工作动态等各类信息52条。\n"
            "（二）来信办理\n全年没有接到公民要求公开政府信息的申请，办理依申请公开0件。\n")


def test_counts_told_past_a_list_of_kinds_mark_a_cut_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _COUNTED)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2021


def test_without_the_counts_such_an_overview_is_not_taken(tmp_path: Path) -> None:
    text = _COUNTED.replace("等各类信息52条", "等各类信息").replace("办理依申请公开0件", "均已办结")
    text = text.replace("没有接到公民要求公开政府信息的申请", "群众来信均已答复")
    # (a lead naming the 条例's 政府信息公开 work under 一、总体情况 is enough on its own since detect25: here it names 政务公开)
    text = text.replace("认真落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作", "扎实推进政务公开工作")
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


def test_a_lead_naming_only_zhengwu_gongkai_is_not_enough(tmp_path: Path) -> None:
    # a year-end account of 政务公开 opens so too; the 条例's report names 政府信息公开 (its work or the 条例)
    lead = _LEAD.replace("我局政府信息公开工作坚持", "我局政务公开工作坚持")
    assert read_page(tmp_path, lead + _ITEM).status is Status.NOT_A_REPORT
