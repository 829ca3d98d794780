"""The label scorer's reading of section headings (benchmarks/dev_pages_labels.py): the facts label a section
heading by what it heads; where the record found that section, the heading is matched to the section's topic,
and where it did not, or the line is an old outline's 六 naming items of its own, it stays unmatched."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from dev_pages_labels import match  # noqa: E402  (a script, not a package)

from nianbao.core.record import Paragraph  # noqa: E402


def _paragraph(text: str, section: str, path: list[str]) -> Paragraph:
    return Paragraph(index=0, text=text, section=section, path=path, labels=["proactive_disclosure"])


def test_a_section_heading_over_a_table_takes_the_section_topic() -> None:
    record = [_paragraph("全年主动公开信息120条。", "overview", ["一、总体情况", "（一）主动公开"])]
    assert match("二、主动公开政府信息情况", record, ["overview", "proactive", "requests"]) == (
        "section", ["proactive_disclosure"])
    assert match("四、政府信息公开行政复议、行政诉讼情况", record, ["overview", "review_litigation"]) == (
        "section", ["disclosure_on_request"])
    assert match("五、存在的主要问题及改进情况", record, ["overview", "problems"]) == (
        "section", ["problems", "improvements"])


def test_the_summary_heading_over_sub_items_is_the_overview_not_the_first_sub_item() -> None:
    record = [_paragraph("全年主动公开信息120条。", "overview", ["一、总体情况", "（一）主动公开"])]
    assert match("一、总体情况", record, ["overview"]) == ("section", ["overview"])


def test_a_section_the_record_did_not_find_stays_unmatched() -> None:
    record = [_paragraph("全年主动公开信息120条。", "overview", ["一、总体情况"])]
    assert match("三、收到和处理政府信息公开申请情况", record, ["overview"]) == ("unmatched", [])


def test_an_old_outlines_sixth_part_naming_its_own_items_stays_unmatched() -> None:
    record = [_paragraph("全年未收取任何费用。", "other_matters", ["六、政府信息公开收费及减免情况"])]
    assert match("六 政府支出与收费", record, ["overview", "other_matters"])[0] == "unmatched"


def test_the_summary_heading_is_the_overview_though_a_sub_item_follows_it_directly() -> None:
    record = [_paragraph("（一）主动公开。全年主动公开信息120条。", "overview", ["一、总体情况"])]
    assert match("一、总体情况", record, ["overview"]) == ("section", ["overview"])


def test_a_sub_heading_in_the_paths_still_takes_the_first_paragraph_under_it() -> None:
    record = [_paragraph("全年主动公开信息120条。", "overview", ["一、总体情况", "（一）主动公开"])]
    assert match("（一）主动公开", record, ["overview"]) == ("heading", ["proactive_disclosure"])
