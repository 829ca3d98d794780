"""detect27: a page cut to its overview whose next heading is the format's in short ('二、主动公开情况'), and a pre-2019
report's middle page whose sub-items are numbered in Arabic figures ('2、公开形式') and whose old item has its words
turned ('（二）依申请公开的政府信息情况') — reports rejected before (the issue 14 cut probe, survey34/13).

Look-alikes stay out: the same cut page whose lead or overview says it is a year-end 工作总结 or 汇报, a page whose short
heading comes under a lead naming no year, and the middle of an old 总结. Sentences are invented.
"""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from tests.extraction.pages import read_page

_LEAD = "2019年，青溪县林业局围绕生态保护中心工作，深化决策、执行、管理、服务和结果公开，及时回应社会关切。"


def test_a_cut_overview_going_on_under_the_short_heading_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, f"一、总体情况\n{_LEAD}\n二、主动公开情况\n2019年，通过门户网站发布各类政务信息812条。\n")
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2019
    assert any("in short (二、主动公开情况)" in e for e in record.metadata.report_evidence)


def test_a_lead_saying_its_account_is_summed_up_below_still_reads_as_a_report(tmp_path: Path) -> None:
    lead = _LEAD + "现将2019年政府信息公开工作情况总结如下："
    assert read_page(tmp_path, f"一、总体情况\n{lead}\n二、政府信息主动公开情况\n").status is Status.PARTIAL


def test_a_work_summary_laid_out_the_same_stays_no_report(tmp_path: Path) -> None:
    for ending in ("现将2019年政务公开工作总结如下：", "现将有关情况汇报如下："):
        text = f"一、总体情况\n{_LEAD}{ending}\n二、主动公开情况\n全年公开各类信息812条。\n"
        assert read_page(tmp_path, text).status is Status.NOT_A_REPORT, ending


def test_a_short_heading_under_an_undated_lead_is_not_enough(tmp_path: Path) -> None:
    text = "一、总体情况\n局领导高度重视，围绕中心工作推进各项公开。\n二、主动公开情况\n发布各类信息80条。\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT


_MIDDLE = ("(3)县政府重点工作及为民办实事项目\n(4)县政府人事任免\n2、公开形式\n"
           "(1)政府网站。2012年度，县政府门户网站共发布政府信息904条。\n(二)依申请公开的政府信息情况\n"
           "2012年度，全县共收到申请政府信息公开17件，均按期答复。\n")


def test_an_old_middle_numbered_in_figures_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _MIDDLE)
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2012
    assert any("pre-2019 report's middle" in e for e in record.metadata.report_evidence)


def test_the_middle_of_an_old_summary_stays_no_report(tmp_path: Path) -> None:
    text = _MIDDLE + "以上是我县2012年政府信息公开工作总结，不足之处请批评指正。\n"
    assert read_page(tmp_path, text).status is Status.NOT_A_REPORT
