"""detect27: a crawler's one-line text runs a page's title into what follows, and the title the layout takes ends at the
report's name. The words run on after it say what the page is: a 范文, a notice on submitting the reports, an account of
their publication; a line opening on a paper's abstract is an article. A report's one line whose title runs on into its
date and a preamble citing the notice on compiling the reports stays a report. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.record import Status
from nianbao.extraction.lookalikes import run_on_title_signs
from tests.extraction.pages import read_page

_OTHERS = {
    "template": "政府信息公开年度工作报告范文 本年度报告是根据《中华人民共和国政府信息公开条例》要求，由区政府办公室编制。"
                "全文包括概述、主动公开政府信息情况。 一、概述 本区配备专兼职工作人员88名。",
    "submission": "2021年政府信息公开工作年度报告报送通知 青溪县人民政府办公室 关于做好2021年政府信息公开工作年度报告编制"
                  "公布工作的通知 各乡镇人民政府： 请于2022年1月15日前报送县政务公开办。",
    "publication": "澜川市2022年政府信息公开工作年度报告公布情况 发布时间：2023-02-03 全市36个责任单位编制并发布了年度报告。"
                   "现将公布情况报告如下： 一、按时公布的单位",
    "abstract": "摘要 本文通过对27个省级政府2012-2014年度政府信息公开年度报告的统计，分析依申请公开的数量和答复情况。 "
                "关键词 政府信息公开 年度报告",
}


@pytest.mark.parametrize("kind", sorted(_OTHERS))
def test_a_one_line_page_whose_title_runs_on_into_another_kind_is_no_report(tmp_path: Path, kind: str) -> None:
    record = read_page(tmp_path, _OTHERS[kind] + "\n")
    assert record.status is Status.NOT_A_REPORT
    assert any("run on" in e or "abstract" in e for e in record.metadata.report_evidence)


def test_a_reports_one_line_citing_the_notice_on_compiling_it_stays_a_report(tmp_path: Path) -> None:
    line = ("云岫区2023年政府信息公开工作年度报告 发布时间：2024-01-22 按照《云岫区人民政府办公室关于做好2023年政府信息公开"
            "工作年度报告编制发布工作的通知》要求，编制本报告。 一、总体情况 2023年，云岫区扎实推进政府信息公开工作。 "
            "（一）主动公开 全年主动公开政府信息412条。 （二）依申请公开 全年收到政府信息公开申请6件。")
    record = read_page(tmp_path, line + "\n")
    assert record.status is Status.PARTIAL
    assert record.metadata.year == 2023


def test_a_cited_notices_name_says_nothing_of_the_page() -> None:
    assert run_on_title_signs("按照《关于做好2023年政府信息公开工作年度报告报送工作的通知》要求") == []
    assert run_on_title_signs("某县2023年政府信息公开工作年度报告发布时间：2024-01-22") == []
