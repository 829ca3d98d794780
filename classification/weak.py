"""Weak labels from structure: the section a paragraph sits in and the wording of the headings above it.

A report's own headings say what its paragraphs are about ("（三）人大代表建议和政协委员提案办理情况"),
so on a user's unannotated corpus they give training labels for free. Where the structure does not
decide (a paragraph of 五 under no sub-heading, say), ``weak_labels`` returns None and the paragraph is
left out of training rather than guessed.
"""

from __future__ import annotations

import re
from typing import Sequence

from nianbao.classification.items import LABELS, Item
from nianbao.core.codebook import PREAMBLE_SECTION, SECTIONS

# Heading wordings → label, tried on each sub-heading. Most specific first: a heading that names the
# rectification of last year's problems is about that, not about this year's problems.
HEADING_CUES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern))
    for label, pattern in (
        ("prior_rectification", r"整改|上一?年度?.{0,6}问题|\d{4}\s*年.{0,4}问题.{0,4}(?:整改|落实|改进)"),
        ("problems", r"存在.{0,4}(?:问题|不足)|主要问题|问题(?:和|与|及)?不足|^[（(]?\w{1,3}[)）、.．]?\s*问题$"),
        ("improvements", r"改进|(?<!政策)措施|下一步|工作(?:打算|计划|思路)|努力方向"),  # 政策措施: a policy, not a measure
        ("processing_fees", r"处理费|收费(?!.{0,6}公开)"),  # 价格和收费信息公开: a key area of 主动公开
        ("proposals", r"建议|提案"),
        ("innovation", r"创新"),
        ("key_points", r"要点"),
        ("statistics_notes", r"统计|数据.{0,4}说明"),
        # interpretation, responses and the key areas (推进食品药品安全信息公开) are 主动公开's
        ("proactive_disclosure", r"主动公开|解读|回应|舆情|新闻发布|推进.{0,12}信息公开|重点领域"),
        ("disclosure_on_request", r"依申请|申请公开"),
        ("information_management", r"信息管理|管理(?:方面|情况)?$"),
        ("information_management", r"(?:公开|信息)(?:指南|目录)|[《]?(?:指南|目录)[》]?(?:和|与|的|编制|更新)|保密审查|公开属性"),
        ("platform_building", r"平台|载体|网站|查阅(?:场所|点|室|中心)|新媒体|两微一端|政府公报|公开栏"),
        # 组织领导 and the bodies and staff behind the work stand as 监督保障 where they head an item of their own.
        ("supervision", r"监督|保障(?!性)|考核|评议|责任追究|组织(?:领导|机构|保障)|领导小组|工作机构|机构(?:和|与|及)?人员|培训"),
        ("overview", r"总体情况|工作概述|总体概况"),
        # 其他…; and 政务服务 (online services, service halls, 放管服), no disclosure topic, which pre-2019
        # reports give items of their own (their disclosure, 放管服信息公开, is 主动公开's).
        ("other", r"^\W*[（(]?[一二三四五六七八九十\d]{0,3}[)）、.．]?\s*其他|(?:政务服务|放管服|审批服务|办事服务)(?!.{0,6}公开)"),
    )
)
assert {label for label, _ in HEADING_CUES} <= set(LABELS)
CUE_CHARS = 24
# Markdown or list marks around a heading a reader kept ("**（二）依申请公开**", "### 2. 政策解读").
_MARKS = " \t#*_>-|`"
_CLAUSE_END = re.compile(r"[，,。：:；;！!？?]")
# Cues that exclude one another: a rectification heading also says 问题; an 依申请 heading says 公开.
_OVERRIDES = {"prior_rectification": ("problems",), "disclosure_on_request": ("proactive_disclosure",)}

_SECTION_IDS = {s.id for s in SECTIONS} | {PREAMBLE_SECTION.id}
# The preamble and the summary of 一 have labels named like their sections.
_PREAMBLE, _OVERVIEW = PREAMBLE_SECTION.id, SECTIONS[0].id
assert {_PREAMBLE, _OVERVIEW} <= set(LABELS)
OVERVIEW_LABEL, PREAMBLE_LABEL = _OVERVIEW, _PREAMBLE  # these sections' ids are their labels' too


def heading_cues(heading: str) -> list[str]:
    """The labels a heading's wording names, e.g. '（二）改进措施' → ['improvements']."""
    # A heading run together with its paragraph ends no sooner than the layout's cut: read up to the
    # first clause break, and no further than CUE_CHARS.
    heading = _CLAUSE_END.split(heading.strip().strip(_MARKS), maxsplit=1)[0].strip(_MARKS)[:CUE_CHARS]
    found = [label for label, pattern in HEADING_CUES if pattern.search(heading)]
    for label, beaten in _OVERRIDES.items():
        if label in found:
            found = [f for f in found if f not in beaten]
    return found


def path_cues(path: Sequence[str]) -> list[str]:
    """The labels named by the nearest sub-heading that names any (the section heading itself is skipped)."""
    for heading in reversed(tuple(path)[1:]):
        cues = heading_cues(heading)
        if cues:
            return cues
    return []


def weak_labels(item: Item) -> list[str] | None:
    """Labels the structure gives a paragraph, or None where it does not decide."""
    if item.section not in _SECTION_IDS:
        return None
    if item.section == _PREAMBLE:
        return [_PREAMBLE]
    cues = path_cues(item.path)
    if cues:
        return cues
    if item.section == _OVERVIEW and len(item.path) <= 1:
        return [_OVERVIEW]  # the summary paragraph that opens 一, before any sub-heading
    return None


def opens_overview(item: Item) -> bool:
    """Whether the item is a paragraph of the overview section before any sub-heading: the year's summary
    that opens 一、总体情况 / 一、概述, an overview whatever else it names (its counts of what was published)."""
    return item.section == _OVERVIEW and 0 < len(item.path) <= 1


def lead_heading(text: str) -> str | None:
    """The heading a paragraph opens with when the heading runs into its text ('（三）创新情况。…')."""
    m = _LEAD.match(text)
    return m.group(0) if m else None


# A run-in heading in any numbering style: （二）, ㈡ (one character, as word processors' HTML renders （二）), 二、,
# 2. / 2、, 二是; Markdown marks before it are allowed.
_LEAD = re.compile(r"^[\s#*_>]*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[㈠-㈩]|[一二三四五六七八九十]{1,2}[、是]|"
                   r"\d{1,2}\s*[.．、](?!\d))[^。：:；;！？!?]{2,30}")


def without_lead(item: Item) -> Item | None:
    """The item content-only with the heading run into its text taken out, or None when it has none."""
    lead = lead_heading(item.text)
    rest = item.text.strip()[len(lead.strip()):].lstrip("。．.：:，, ") if lead else ""
    return Item(rest) if rest else None
