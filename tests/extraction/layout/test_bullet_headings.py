"""A section heading written as a list item ("- 总体情况", "• 主动公开政府信息情况") is the section's heading all the
same: the line above it (a preamble cut off without its stop) keeps to itself, and the narrative below goes to
the section. Fixtures are paraphrased, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.headings import section_of_heading
from nianbao.pipeline import extract

_PREAMBLE = "本年度报告依据《中华人民共和国政府信息公开条例》和国务院办公厅关于年度报告格式的通知编制"  # cut, no stop
_OVERVIEW = "2024年，澜溪镇把政府信息公开作为提升服务效能的重要工作，全年主动公开信息132条。"


@pytest.mark.parametrize("bullet", ["- ", "-", "• ", "● "])
def test_a_bulleted_section_heading_opens_its_section(tmp_path: Path, bullet: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([_PREAMBLE, f"{bullet}总体情况", _OVERVIEW, "（一）主动公开情况。"]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert any(p.text == _PREAMBLE and p.section == "preamble" for p in record.paragraphs), [p.text for p in record.paragraphs]
    assert any(p.text == _OVERVIEW and p.section == "overview" for p in record.paragraphs)


def test_a_dash_before_a_number_is_no_heading() -> None:
    assert section_of_heading("-2023年") is None
    assert section_of_heading("- 主动公开政府信息情况") == "proactive"
