"""Look-alikes heldout26/27 took for reports (benchmarks/dev_pages.py): a provincial standard on compiling the reports
(its 'DB../T' number and '本标准…' words) and a quarter's self-check report with its lines run together on a document
site. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.lookalikes import lookalike_signs
from tests.extraction.pages import read_page

_STANDARD = ("ICS 03.080 A 10 DB99 某 省 地 方 标 准 DB99/T 1234—2021 政府信息公开工作年度报告编写规范 "
             "2021 - 06 - 01 发布 某省市场监督管理局 发布\n前  言\n本标准按照 GB/T 1.1—2020 给出的规则起草。"
             "本标准由某省人民政府办公厅提出并归口。\n1 范围\n本标准规定了年度报告的编写、审核和公布的要求。\n")


def test_a_standard_on_the_reports_is_no_report(tmp_path: Path) -> None:
    assert read_page(tmp_path, _STANDARD).status is Status.NOT_A_REPORT


def test_a_standard_number_alone_is_no_sign() -> None:
    # a report may cite a standard it follows; without the standard's own words it is no standard
    text = "本机关按照DB99/T 1234—2021的要求编制本报告。"
    assert not any("standard" in s for s in lookalike_signs(text, text, True))


_QUARTER = ("2021年二季度政务公开工作自查报告某市某局2021年6月30日一、基本情况我局通过门户网站和政务新媒体主动公开信息，"
            "本季度主动公开政府信息320条，收到政府信息公开申请1件，均在规定时限内答复。\n")


def test_a_quarter_self_check_run_together_is_no_report(tmp_path: Path) -> None:
    assert read_page(tmp_path, _QUARTER).status is Status.NOT_A_REPORT


def test_an_annual_report_naming_a_quarter_later_on_stays_one() -> None:
    head = "某局2021年政府信息公开工作年度报告本报告根据条例编制。2021年二季度工作情况报告已另行公布。"
    assert not any("quarter" in s for s in lookalike_signs(head, head, True))
