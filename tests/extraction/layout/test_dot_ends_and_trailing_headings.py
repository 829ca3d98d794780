"""Two ways a page loses a paragraph break: a sentence ended by a dot (a full-width '．', or '.' once the text is
width-normalised) instead of '。', and a sub-heading run onto the end of the paragraph above it ('…共52条。（二）依
申请公开情况', its text on the next line). Fixtures are our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.dewrap import dewrap
from nianbao.extraction.layout.run_on import split_run_on
from nianbao.pipeline import extract


@pytest.mark.parametrize("dot", [".", "．"])
def test_a_dot_after_chinese_text_ends_the_paragraph(dot: str) -> None:
    lines = [f"依据本省有关规定和本市实际情况，现发布本市2017年政府信息公开工作年度报告{dot}",
             "本报告由市政府办公室编写，包括概述、主动公开、依申请公开等部分，统计时限为全年。"]
    assert dewrap(lines) == [[0], [1]]


def test_a_heading_alone_at_a_lines_end_is_split_off() -> None:
    line = "（一）主动公开情况。本单位在门户网站发布各类信息共320条，公众号发布85条。（二）依申请公开情况"
    assert split_run_on(line) == ["（一）主动公开情况。本单位在门户网站发布各类信息共320条，公众号发布85条。", "（二）依申请公开情况"]


@pytest.mark.parametrize("line", [
    "全年受理申请12件。（二）依申请公开情况。全年未收到申请，无逾期答复的情形。",  # run into its own text
    "本年度工作要点包括：（一）加强平台建设",  # after a colon: an inline list's member
    "（一）主动公开情况",  # a heading alone
])
def test_other_lines_stay_whole(line: str) -> None:
    assert split_run_on(line) == [line]


def test_the_trailing_heading_heads_the_next_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "某区商务局2022年政府信息公开工作年度报告",
        "一、总体情况",
        "（一）主动公开情况。本局通过门户网站主动公开信息320条，通过公众号发布85条。（二）依申请公开情况",
        "2022年本局共收到政府信息公开申请6件，均按期答复。",
        "二、主动公开政府信息情况",
    ]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    texts = [p.text for p in record.paragraphs]
    assert "（一）主动公开情况。本局通过门户网站主动公开信息320条，通过公众号发布85条。" in texts
    request = next(p for p in record.paragraphs if p.text.startswith("2022年本局共收到"))
    assert request.path[-1] == "（二）依申请公开情况", request.path
