"""Labels the report's structure and its fixed wordings decide, applied after the model's scores.

The model reads a paragraph's section and headings as features, but three things the format settles are
rare in training and the model gets them wrong on real pages:

- the summary opening 一 is an overview (``opens_overview``), but not a paragraph opening with its own
  numbered item (a sub-item run into its heading), nor one under a top-level heading of an old outline that
  names another topic ('二、政府信息公开的组织领导和制度建设情况' sits in the overview section
  of the 2019 sections, but heads supervision, not the year's summary);
- an old outline's own top-level item on fees ('五、政府信息公开的收费及减免情况') is placed in 六 (where the
  2019 format keeps fees), and its paragraphs are about fees, not 'other matters';
- a paragraph under a top-level heading naming 主动公开 or 依申请公开 alone ('二、政府信息主动公开情况', an old
  outline's parts) is about that part's work, whatever else it names (the channels, the kinds of items, a
  查阅室): the model, reading '网站'/'平台', gives it 平台建设 alone; under a sub-heading naming a topic of its
  own ('（三）存在的问题') the sub-heading decides;
- improvement measures (改进措施, 下一步打算) are 五's item, in the 2019 sections and in the old outlines the
  layout maps to 五: a paragraph of 一–四 reads '进一步加强…', '健全…机制' about the year's work, and the model
  takes that wording for a measure; there it is no improvement unless a heading above it, or its own
  opening, names problems or measures (a 五 whose heading the layout missed);
- a paragraph whose every sentence is about the report itself (its basis, its parts, its statistics
  period, where to read it, whom to ask: the 报告说明 template pages since 2008 share) is the preamble
  only, though it names every section ('全文包括概述、主动公开…、依申请公开…'): in the preamble always (a
  contact line, the period), in 一–六 where it lists the parts; and a heading line naming the preamble
  ('引 言', '前言') is the preamble's;
- work on the channels themselves inside a sub-item of 一–四 (an account opened, a notice board set up, a
  site's visits) adds 平台建设 (corpus/gold/README, Counts): the model, reading the sub-item's heading, scores
  the second topic near zero.
"""

from __future__ import annotations

import re
from typing import Sequence

import numpy as np

from nianbao.classification.items import LABELS, Item
from nianbao.classification.weak import OVERVIEW_LABEL, PREAMBLE_LABEL, heading_cues, lead_heading, opens_overview, path_cues
from nianbao.core.codebook import SECTIONS

_OTHER_MATTERS = SECTIONS[5].id
FEES_LABEL, OTHER_LABEL = "processing_fees", "other"

# The report's parts listed ('全文包括概述、主动公开…等五个部分'): the template's sentence naming the parts' topics.
_PARTS = r"(?:本|该)?(?:年度)?(?:报告|年报|全文).{0,12}(?:包括|包含|分为|由).{0,240}(?:组成|部分|内容|事项|情况|附表|图表)"
# A sentence about the report itself. Each alternative is a wording of the 报告说明 template: its parts, the basis
# it was compiled on, its statistics period, where it is published or downloaded, and whom to ask about it.
_ABOUT_REPORT = re.compile(
    _PARTS + r"|(?:本|该)(?:年度)?(?:报告|年报).{0,60}(?:编制|制作|编写)"
    r"|(?:编制|制作|编写)了?(?:本|该)(?:年度)?(?:报告|年报)"
    r"|统计(?:期限|时限|时间|区间|周期|截止)"
    r"|(?:报告|年报).{0,40}(?:电子版|下载|查阅|公布|发布)"
    r"|(?:报告|年报)(?:后|末|之后)?附(?:有|上|录)?"
    r"|如对(?:本|该)?(?:年度)?(?:报告|年报).{0,10}(?:疑问|意见|建议|问题)"
    r"|^(?:联系(?:电话|地址|方式|人)|地址|电话|邮编|电子(?:邮箱|信箱))[:：]"
)
_SENTENCE_END = re.compile(r"(?<=[。！？!?])")


def about_report(text: str) -> bool:
    """Whether every sentence of ``text`` is about the report itself (basis, parts, period, where, contact)."""
    sentences = [s.strip() for s in _SENTENCE_END.split(text) if s.strip(" \t。")]
    return bool(sentences) and all(_ABOUT_REPORT.search(s) for s in sentences)


# The preamble's own names, a heading line over it ('引 言', '前言', '报告说明').
_PREAMBLE_HEADING = re.compile(r"^\W*(?:引\s*言|前\s*言|序\s*言|说\s*明|报\s*告\s*说\s*明)\W*$")


def preamble_heading(item: Item) -> bool:
    """Whether the paragraph is a heading line naming the preamble, alone on its line before 一."""
    return item.section == PREAMBLE_LABEL and bool(_PREAMBLE_HEADING.match(item.text))


def summary_of_overview(item: Item) -> bool:
    """``opens_overview``, unless the top-level heading it sits under names a topic other than the summary."""
    # A paragraph opening with its own numbered item ('（一）加强领导，…', '一是…', '㈡规范…') is a sub-item of 一,
    # labelled by its topic, not the summary before the sub-items.
    if not opens_overview(item) or lead_heading(item.text) is not None:
        return False
    cues = heading_cues(item.path[0]) if item.path else []
    return not cues or OVERVIEW_LABEL in cues


def fees_item(item: Item) -> bool:
    """A paragraph of 六 under an old outline's own fees heading, under no sub-heading or item of its own."""
    # A numbered item of its own under it ('六、政府支出与收费' → '1、工作人员情况') is another topic.
    return (item.section == _OTHER_MATTERS and bool(item.path) and FEES_LABEL in heading_cues(item.path[0])
            and not path_cues(item.path) and lead_heading(item.text) is None)


# The parts whose top-level heading names their topic alone, the topic every paragraph under it carries.
_PART_TOPICS = ("proactive_disclosure", "disclosure_on_request")
_PART_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,2}\s*[、.．]")


def part_topic(item: Item) -> str | None:
    """The topic the top-level heading above the paragraph names alone (主动公开 / 依申请公开), where no
    sub-heading or item of its own names another."""
    if lead_heading(item.text) is not None:
        return None
    return _path_topic(item)


def _path_topic(item: Item) -> str | None:
    if not item.path or path_cues(item.path):
        return None
    # (a top-level part's heading, '二、…'; a sub-item the layout had to take as the section's heading,
    # '（二）依申请公开情况', heads its own item only)
    if not _PART_HEADING.match(item.path[0]):
        return None
    cues = heading_cues(item.path[0])
    return cues[0] if len(cues) == 1 and cues[0] in _PART_TOPICS else None


# A heading with no sentence after it, kept as a paragraph because it heads nothing: a page's cut-off last line
# ('三、政府信息依申请', '（一）公') or a part the editor left out ('（二）公开形式（略）').
_BARE_HEADING = re.compile(r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]"
                           r"|\d{1,2}\s*[、.．](?!\d))[^。，,；;：:！？!?\d]{1,30}$")


def bare_heading_topics(item: Item) -> list[str] | None:
    """The labels of a paragraph that is a bare heading: what its own words name, else the topic of the part
    it sits in; None where the paragraph is no bare heading or neither names a topic. It holds no sentence
    for the model to read, and the model, reading a heading's few words, guesses ('（略）' → problems)."""
    if not _BARE_HEADING.match(item.text):
        return None
    cues = heading_cues(item.text)
    if cues:
        return cues
    topic = _path_topic(item)
    return [topic] if topic is not None else None


# The work sections 一–四, where the year's work is reported, not its problems and their measures.
_WORK_SECTIONS = tuple(s.id for s in SECTIONS[:4])
IMPROVEMENTS_LABEL = "improvements"
_MEASURE_LABELS = ("problems", IMPROVEMENTS_LABEL, "prior_rectification")
# A heading or an opening naming problems or measures (not 措施 alone: '完善保障措施' is supervision's wording).
_MEASURES_NAMED = re.compile(r"问题|不足|改进|下一?步|打算|今后|努力方向|整改|(?:工作|明年|来年).{0,2}(?:计划|思路)")


def measure_out_of_place(item: Item) -> bool:
    """Whether an improvement measure would be out of place on ``item``: a paragraph of 一–四 under no
    heading, and with no opening of its own, that names problems or measures."""
    if item.section not in _WORK_SECTIONS:
        return False
    heads = [*item.path, lead_heading(item.text) or "", item.text[:12]]
    return not any(_MEASURES_NAMED.search(h) for h in heads)


def _best_other(row: np.ndarray | None, chosen: list[str]) -> list[str]:
    """The labels left when the improvement goes, or the best-scoring label not of 五 where none is left."""
    kept = [c for c in chosen if c != IMPROVEMENTS_LABEL]
    if kept or row is None:
        return kept or chosen
    others = [j for j, label in enumerate(LABELS) if label not in _MEASURE_LABELS]
    return [LABELS[max(others, key=lambda j: row[j])]]


PLATFORM_LABEL = "platform_building"
# A statement about the channels themselves (corpus/gold/README, Counts: opening, merging, closing, redesigning
# channels and their own statistics are 平台建设, and under 主动公开 or the summary such a statement adds it):
# a verb of building or changing a channel with the channel it acts on, or a channel's own audience figures.
# (Columns are left out: a column set up for a key area is where its items are published.)
_CHANNEL_BUILT = re.compile(
    r"(?:开设|设置|设立|开通|新增|增设|新建|搭建|改版|升级|整合|关停|注销)[^。；;，,：:]{0,12}"
    r"(?:公众号|账号|网站|公开栏(?!目)|公告栏|宣传栏|显示屏|查阅点|查阅室|热线|渠道|载体)"
    r"|访问量|点击量|浏览量|粉丝|关注(?:人数|量|用户)|订阅(?:用户|人数|量)")


def states_channel_work(item: Item) -> bool:
    """Whether a paragraph of a sub-item of 一–四 states work on the channels themselves (an account opened, a
    notice board set up, a site upgraded or closed, a site's visits), which adds 平台建设 to the sub-item's
    topic. Not a column set up for a key area's items (设立“财政预决算”专栏: where items are published, the shared
    gold's proactive_disclosure alone), not an item on 政务服务 (a service hall's screens are its 'other'), and
    not the paragraphs under 一 before its sub-items: the summary names the channels in passing, and the facts
    of the dev pages give it 平台建设 no more often than the model does."""
    return (item.section in _WORK_SECTIONS and not opens_overview(item) and OTHER_LABEL not in path_cues(item.path)
            and bool(_CHANNEL_BUILT.search(item.text)))


def apply_structure_rules(items: Sequence[Item], labels: list[list[str]], scores: np.ndarray | None = None) -> None:
    """Correct each item's chosen labels (in place) where the structure or the preamble template decides.

    ``items`` are a report's paragraphs in reading order (as the pipeline passes them): the summary is the
    first paragraph under the overview heading; the ones after it, before any sub-heading, are the year's
    items written without headings (the gold's reports label them by topic) and keep the model's labels.
    ``scores`` (the model's, one row per item in ``LABELS`` order) choose the label that replaces an
    improvement out of place where it was the only one; without them it stays."""
    previous: Item | None = None
    for i, (item, chosen) in enumerate(zip(items, labels)):
        if IMPROVEMENTS_LABEL in chosen and measure_out_of_place(item):
            chosen[:] = _best_other(None if scores is None else np.asarray(scores)[i], chosen)
        if PLATFORM_LABEL not in chosen and PREAMBLE_LABEL not in chosen and states_channel_work(item):
            chosen.append(PLATFORM_LABEL)
        after_summary = previous is not None and opens_overview(previous) and previous.path == item.path
        previous = item
        # (in 一–六 only where it lists the parts, whose topic words mislead the model: there a sentence about
        # where the year's items were published reads like one about the report; a summary the model saw keeps
        # its overview)
        if (about_report(item.text) and (re.search(_PARTS, item.text) or item.section == PREAMBLE_LABEL)
                or preamble_heading(item)):
            chosen[:] = [PREAMBLE_LABEL] + [c for c in chosen if c == OVERVIEW_LABEL]
            continue
        if (summary_of_overview(item) and not after_summary and OVERVIEW_LABEL not in chosen
                and PREAMBLE_LABEL not in chosen):
            chosen.append(OVERVIEW_LABEL)
        bare = bare_heading_topics(item)
        if bare is not None:
            chosen[:] = bare
            continue
        topic = part_topic(item)
        if topic is not None and topic not in chosen and PREAMBLE_LABEL not in chosen:
            chosen.insert(0, topic)
        if fees_item(item):
            chosen[:] = [FEES_LABEL] + [c for c in chosen if c not in (FEES_LABEL, OTHER_LABEL)]
