"""Sub-item headings in every numbering style and every reader reach their paragraphs: the layout puts
the heading in ``Paragraph.path`` (or leaves it run into the text), and the tagger's cue features read it
there. Invented reports, written into tmp_path and read through ``nianbao.pipeline.extract``."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from nianbao.classification.default import load_tagger
from nianbao.classification.features import structure_words
from nianbao.classification.items import LABELS, Item, decide, threshold_vector
from nianbao.classification.weak import heading_cues, lead_heading, path_cues

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

PREAMBLE = "本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2023年1月1日至12月31日。"
OVERVIEW = "2023年，我区深入贯彻落实政务公开工作部署，全面推进政务公开。"
# (heading as the report writes it on its own line, the paragraph under it, the label its heading names)
SUB_ITEMS = [
    ("（一）主动公开", "全年通过政府网站主动公开政府信息1200条，发布政策解读36篇。", "proactive_disclosure"),
    ("（二）依申请公开", "全年共收到政府信息公开申请15件，均在法定期限内答复。", "disclosure_on_request"),
    ("3.政府信息管理", "严格落实保密审查制度，动态更新政府信息公开指南和目录。", "information_management"),
    ("4、平台建设", "优化政府网站栏目设置，加强政务新媒体管理。", "platform_building"),
    ("一是监督保障", "健全考核机制，将政务公开纳入绩效考核，开展业务培训2次。", "supervision"),
    ("二是工作要点落实", "按照年度政务公开工作要点逐项落实，完成重点任务。", "key_points"),
]
# The same headings as a Markdown converter or an editor writes them.
MARKDOWN = ["## （一）主动公开", "**（二）依申请公开**", "### 3. 政府信息管理", "**4、平台建设**", "**一是监督保障**",
            "#### 二是工作要点落实"]
TWO_LABELS = ("（一）上年度问题整改情况",
              "针对上年度存在的审查不严问题，完善了保密审查机制，问题已全部整改。下一步，我们将进一步加强政策解读，提升解读质量。",
              {"prior_rectification", "improvements"})


def _report(lines: list[str], heading: str = "一、总体情况") -> str:
    body = [PREAMBLE, heading, OVERVIEW, *lines, "五、存在的主要问题及改进情况", TWO_LABELS[0], TWO_LABELS[1],
            "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    return "某某区人民政府2023年政府信息公开工作年度报告\n\n" + "\n\n".join(body) + "\n"


def _own_line() -> list[str]:
    return [line for heading, text, _ in SUB_ITEMS for line in (heading, text)]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _html(lines: list[str]) -> str:
    headings = {h for h, _, _ in SUB_ITEMS}
    body = "".join(f"<p><strong>{line}</strong></p>" if line in headings else f"<p>{line}</p>" for line in lines)
    return ("<html><head><meta charset='utf-8'></head><body><h1>某某区人民政府2023年政府信息公开工作年度报告</h1>"
            f"<p>{PREAMBLE}</p><h2>一、总体情况</h2><p>{OVERVIEW}</p>{body}<h2>五、存在的主要问题及改进情况</h2>"
            f"<p>{TWO_LABELS[0]}</p><p>{TWO_LABELS[1]}</p><h2>六、其他需要报告的事项</h2><p>本年度未收取信息处理费。</p>"
            "</body></html>")


def _files(tmp_path: Path) -> dict[str, Path]:
    marked = [line for (_, text, _), mark in zip(SUB_ITEMS, MARKDOWN) for line in (mark, text)]
    run_in = [f"{heading}。{text}" for heading, text, _ in SUB_ITEMS]
    return {"txt": _write(tmp_path, "own-line.txt", _report(_own_line())),
            "md": _write(tmp_path, "marks.md", _report(marked, "## 一、总体情况")),
            "html": _write(tmp_path, "own-line.html", _html(_own_line())),
            "run-in": _write(tmp_path, "run-in.txt", _report(run_in))}


def _paragraph(record, text: str):
    key = re.sub(r"\s+", "", text)
    (found,) = [p for p in record.paragraphs if key in re.sub(r"\s+", "", p.text)]
    return found


@pytest.mark.parametrize("style", ["txt", "md", "html", "run-in"])
def test_each_sub_item_heading_reaches_its_paragraph(tmp_path: Path, style: str) -> None:
    record = extract(_files(tmp_path)[style], ExtractConfig(tag=False))
    for heading, text, label in SUB_ITEMS:
        paragraph = _paragraph(record, text)
        assert paragraph.section == "overview"
        item = Item.of(paragraph)
        if style == "run-in" and heading.endswith(("监督保障", "工作要点落实")):
            # 一是… run into its text is a list member for the layout (not a heading on the path); the
            # tagger reads it as a heading run into the text.
            assert lead_heading(item.text) and label in heading_cues(lead_heading(item.text))
        else:
            # The heading (its Markdown marks dropped by the reader) is the innermost of the path.
            assert re.sub(r"\s", "", paragraph.path[-1]) == re.sub(r"\s", "", heading), paragraph.path
            assert path_cues(paragraph.path) == [label]
        words = structure_words(item.section, item.path)
        lead = lead_heading(item.text)
        cues = {w for w in words if w.startswith("cue=")} | ({f"cue={c}" for c in heading_cues(lead)} if lead else set())
        assert f"cue={label}" in cues


@pytest.mark.parametrize("heading", ["**（二）依申请公开**", "（二）依申请公开", "### 2. 依申请公开", "2、依申请公开",
                                     "#### 二是依申请公开", "二是依申请公开", "(2) 依申请公开"])
def test_heading_cues_read_through_numbering_and_markdown_marks(heading: str) -> None:
    assert heading_cues(heading) == ["disclosure_on_request"]
    assert heading_cues(heading.replace("依申请公开", "政策解读")) == ["proactive_disclosure"]
    assert lead_heading(heading + "。全年共收到申请15件。") is not None or heading.startswith("(")


def test_the_shipped_model_tags_each_sub_item_by_its_heading_in_every_style(tmp_path: Path) -> None:
    tagger, problem = load_tagger(None)
    assert tagger is not None, problem
    for style, path in _files(tmp_path).items():
        record = extract(path, ExtractConfig(tag=False))
        items = [Item.of(_paragraph(record, text)) for _, text, _ in SUB_ITEMS]
        labels, _ = tagger.tag(items)
        for (_, _, label), chosen in zip(SUB_ITEMS, labels):
            assert label in chosen, (style, label, chosen)


def test_a_paragraph_on_last_years_rectification_and_next_steps_gets_both_labels(tmp_path: Path) -> None:
    tagger, problem = load_tagger(None)
    assert tagger is not None, problem
    record = extract(_files(tmp_path)["txt"], ExtractConfig(tag=False))
    paragraph = _paragraph(record, TWO_LABELS[1])
    assert paragraph.section == "problems" and paragraph.path[-1] == TWO_LABELS[0]
    (labels,), _ = tagger.tag([Item.of(paragraph)])
    assert TWO_LABELS[2] <= set(labels), labels


def test_per_label_thresholds_decide_each_label_at_its_own() -> None:
    scores = np.zeros((1, len(LABELS)))
    scores[0, LABELS.index("supervision")] = 0.6
    scores[0, LABELS.index("key_points")] = 0.2
    assert decide(scores, 0.25) == [["supervision"]]
    assert decide(scores, threshold_vector(0.25, {"key_points": 0.15})) == [["supervision", "key_points"]]
    assert decide(np.zeros((1, len(LABELS))) + 0.01, threshold_vector(0.5, {"key_points": 0.9})) == [[LABELS[0]]]
    with pytest.raises(ValueError, match="unknown paragraph label"):
        threshold_vector(0.3, {"supervisor": 0.2})
