"""Weak labels from headings: right on the wordings reports use, and in agreement with gold on real reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.classification.items import Item
from nianbao.classification.examples import corpus_examples
from nianbao.classification.weak import heading_cues, weak_labels
from nianbao.batch.inputs import discover
from nianbao.pipeline import extract
from nianbao.core.config import ExtractConfig
from tests.conftest import GOLD, shared


@pytest.mark.parametrize("heading,labels", [
    ("（一）2023 年存在问题整改情况", ["prior_rectification"]),
    ("（二）2024 年存在问题", ["problems"]),
    ("(二) 改进情况", ["improvements"]),
    ("（三）人大代表建议和政协委员提案办理结果公开情况", ["proposals"]),
    ("（二）依申请公开工作方面", ["disclosure_on_request"]),
    ("（四）平台载体建设方面", ["platform_building"]),
    ("（二）落实上级年度政务公开工作要点情况", ["key_points"]),
    ("（五）有关数据统计说明", ["statistics_notes"]),
    ("（二）主要做法", []),
])
def test_heading_wordings(heading: str, labels: list[str]) -> None:
    assert heading_cues(heading) == labels


def test_structure_decides_only_where_it_can() -> None:
    assert weak_labels(Item("……", "preamble")) == ["preamble"]
    assert weak_labels(Item("……", "overview", ("一、总体情况",))) == ["overview"]
    assert weak_labels(Item("……", "problems", ("五、存在的主要问题及改进情况",))) is None  # no sub-heading: undecided
    assert weak_labels(Item("……")) is None


def test_weak_labels_agree_with_gold_on_real_reports() -> None:
    files = discover([shared("seeds"), shared("corpus")])
    # The cues are written for the 2019/2021 formats' headings; a pre-2019 report's (概述's own numbered
    # items, 主要形式 1.门户网站 …) decide fewer paragraphs and less well (30 of 44 within gold).
    records = (r for r in (extract(f, ExtractConfig(tag=False)) for f in files) if r.metadata.format_version != "pre-2019")
    examples = corpus_examples(records, GOLD)
    decided = [(e, weak_labels(e.item)) for e in examples]
    decided = [(e, w) for e, w in decided if w]
    assert len(decided) >= 0.7 * len(examples)
    within_gold = sum(set(w) <= set(e.labels) for e, w in decided)
    assert within_gold >= 0.95 * len(decided), f"{within_gold}/{len(decided)} weak label sets within gold"


def test_a_corpus_without_gold_trains_on_weak_labels(tmp_path: Path) -> None:
    examples = corpus_examples([extract(shared("seeds/001_b395b0c0cfd9da48.txt"), ExtractConfig(tag=False))], tmp_path / "no-gold")
    assert examples and all(e.source == "weak" for e in examples)
    assert {"proposals", "statistics_notes", "problems"} <= {label for e in examples for label in e.labels}


@pytest.mark.parametrize("heading,labels", [
    ("（一）加强组织领导，精心部署安排", ["supervision"]),
    ("(五)宣传培训情况", ["supervision"]),
    ("(四)政府信息查阅场所建设情况", ["platform_building"]),
    ("(二)《指南》和《目录》的更新、完善情况", ["information_management"]),
    ("（二）着力提升政务服务工作实效", ["other"]),
    ("（5）推进“放管服”信息公开", ["proactive_disclosure"]),  # its disclosure is a key area of 主动公开
    ("2.推进保障性住房信息公开", ["proactive_disclosure"]),  # 保障性住房 is no 监督保障
    ("8.推进价格和收费信息公开", ["proactive_disclosure"]),  # nor 收费信息 a fee statement
])
def test_pre_2019_item_headings(heading: str, labels: list[str]) -> None:
    assert heading_cues(heading) == labels
