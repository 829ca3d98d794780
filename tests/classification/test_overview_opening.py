"""The paragraph that opens the overview section before any sub-heading is an overview, however much of it is
counts of what was published: structure decides that label where the text alone leans elsewhere. Fixtures are
our own words."""

from __future__ import annotations

from pathlib import Path

from nianbao.classification.items import Item
from nianbao.classification.weak import opens_overview
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract


def test_only_the_overview_sections_own_paragraphs_open_it() -> None:
    assert opens_overview(Item("本年共主动公开信息120条。", "overview", ("一、总体情况",)))
    assert not opens_overview(Item("本年共主动公开信息120条。", "overview", ("一、总体情况", "（一）主动公开")))
    assert not opens_overview(Item("本年共主动公开信息120条。", "proactive_disclosure", ("二、主动公开政府信息情况",)))
    assert not opens_overview(Item("本年共主动公开信息120条。"))  # no structure: the text alone decides


def test_the_summary_under_the_overview_heading_is_labelled_overview(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "某县水利局2023年政府信息公开工作年度报告",
        "一、总体情况",
        "截至2023年底，本局全年主动公开政府信息286条，其中政策文件14条，项目信息52条，通过门户网站发布220条。",
        "（一）主动公开情况",
        "本局在门户网站发布工作动态150条，公示项目信息52条。",
        "二、主动公开政府信息情况",
    ]), encoding="utf-8")
    record = extract(path, ExtractConfig())
    summary = next(p for p in record.paragraphs if p.text.startswith("截至2023年底"))
    assert "overview" in summary.labels, (summary.labels, summary.path)
