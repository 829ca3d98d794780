"""Mirrors heldout25 missed (benchmarks/dev_pages.py): a school's report reposted with toneless pinyin after its
characters ('公開(kai)') and citing the 教育部's notice on the universities' reports in place of the 办法, and a report
machine-translated into English whole (its English title and its words about itself), which is no English summary
under a Chinese title. Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.lookalikes import lookalike_signs, translated_report
from tests.extraction.pages import read_page


def test_toneless_pinyin_glosses_are_taken_out() -> None:
    assert clean_line("學校信息(xi)公開(kai)工(gong)作(zuo)全(quan)(quan)面推進") == "學校信息公開工作全面推進"


def test_bracketed_abbreviations_are_no_glosses() -> None:
    line = "通过政务APP(app)和附件(pdf)公开,另见(a)项"
    assert clean_line(line) == line


_SCHOOL = ("市教育局:\n按照《教育部辦公廳(ting)關于全面推(tui)進高校信息公開(kai)做好年度報告工作的通知》要求(qiu),"
           "學校對清單所列事項逐項進行了檢查。現將我校2018~2019學年信息公開(kai)工作情況報告如下:\n"
           "一、2018~2019學年我校信息公開工作概述\n本學年,學校在招生、財務等重點領域持續推進信息公開。\n")


def test_a_glossed_school_report_citing_the_ministry_notice_is_a_report(tmp_path: Path) -> None:
    record = read_page(tmp_path, _SCHOOL)
    assert record.status is not Status.NOT_A_REPORT


_TRANSLATED = (
    "Home > Government Affairs > Annual Report\n"
    "Some Provincial Bureau's 2018 Government Information Disclosure Annual Report\n"
    "This report has been prepared in accordance with the Regulations of the People's Republic of China on the "
    "Disclosure of Government Information. The statistical period for the data listed in this report is from "
    "January 1, 2018 to December 31, 2018. If you have any questions about this report, please contact the office.\n"
    "I. Overview\n年,我局按照政务公开工作部署推进公开。 In 2018, the Bureau promoted the openness of government "
    "affairs in accordance with the deployment of the State Council and kept the public informed of its work.\n")


def test_a_report_translated_into_english_is_a_report(tmp_path: Path) -> None:
    assert len(translated_report(_TRANSLATED)) == 2
    assert read_page(tmp_path, _TRANSLATED).status is not Status.NOT_A_REPORT


def test_an_english_summary_under_a_chinese_title_stays_a_summary() -> None:
    summary = ("Overview - The report outlines how the bureau published information over the year, how requests were "
               "handled and which problems remain. " * 4)
    assert translated_report(summary) == []
    assert any("Latin letters" in s for s in lookalike_signs(summary, summary, False))
