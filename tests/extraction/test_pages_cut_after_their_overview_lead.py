"""A report's beginning cut after the overview's lead paragraph, before any figures (heldout14's detection miss,
benchmarks/dev_pages.py): the page opens at 一、总体情况, its lead is on the year's disclosure work and names both
kinds of disclosure the format's tables count (主动公开 then 依申请公开). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_LEAD = ("一、总体情况\n2020年，德清县人民政府按照上级部署，以落实年度政务公开工作要点为主线，加大政府信息主动公开力度，"
         "规范政府信息依申请公开，健全公开机制，取得积极成效。\n")
_ITEM = "（一）全面落实工作要点。认真履行主管部门职责，及时细化分解任务并督促落实，集中发布部门机构职能信息。\n"


def test_a_page_cut_after_a_lead_naming_both_kinds_of_disclosure_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _LEAD + _ITEM)
    assert record.status is not Status.NOT_A_REPORT
    assert record.metadata.year == 2020


def test_a_lead_naming_one_kind_only_is_not_enough(tmp_path: Path) -> None:
    lead = _LEAD.replace("规范政府信息依申请公开，", "")
    assert read_page(tmp_path, lead + _ITEM).status is Status.NOT_A_REPORT


def test_a_summary_titled_as_one_stays_no_report(tmp_path: Path) -> None:
    text = "德清县2020年政务公开工作总结\n现将有关情况总结如下：\n" + _LEAD + _ITEM
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
