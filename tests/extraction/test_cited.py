"""Last year's report cited in the overview is not the report's own statement of its year."""

from __future__ import annotations

from nianbao.extraction.cited import cites_other, own_reports
from nianbao.extraction.naming_sentences import stated_report

_OVERVIEW = ("根据条例编制本报告。\n一、总体情况\n2023年，国家航道署深入推进公开工作。二是做好主动公开，"
             "公开发布《国家航道署2022年政府信息公开工作年度报告》，全年公开文件3件。")


def test_a_report_published_during_the_year_is_another_report() -> None:
    found = stated_report(_OVERVIEW)
    assert [(a, y) for a, y, _ in found] == [("国家航道署", 2022)]
    assert own_reports(_OVERVIEW, found) == []


def test_without_the_heading_the_earlier_year_tells_it_is_cited() -> None:
    text = _OVERVIEW.replace("一、总体情况\n", "")
    found = stated_report(text)
    assert own_reports(text, found, own_year=2023) == []
    assert own_reports(text, found, own_year=None) == found  # nothing says otherwise: kept


def test_the_preamble_publishing_the_report_itself_is_kept() -> None:
    text = "根据条例，现发布《国家航道署2023年政府信息公开工作年度报告》。\n一、总体情况\n2023年，国家航道署…"
    found = stated_report(text)
    assert [(a, y) for a, y, _ in found] == [("国家航道署", 2023)]
    assert own_reports(text, found, own_year=2023) == found
    # 现 before the verb: the page's own publication, wherever it stands
    assert not cites_other("一、总体情况\n现发布《某》", len("一、总体情况\n现发布《"), 2023, 2024)
