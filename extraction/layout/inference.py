"""Narrative whose section heading is missing: where the outline puts it.

A report whose overview heading was left out (or cut off by a site's "省略199字" truncation) has its
overview paragraphs after the preamble's stock sentences and before the first section heading found;
a report without any headings has all its narrative there. The preamble keeps only what a preamble says
(the rule it follows, the parts it has, the period, where to get it, whom to ask); the rest goes to the
overview, or — where no heading at all was found in a pre-2019 report — to the section its topic and
its order in the old outline imply (概述, 主动公开, 依申请公开, 收费/复议, 问题和改进).
"""

from __future__ import annotations

import re

from nianbao.extraction.layout.headings import L1_MARK, OLD_OUTLINE_RANK, sub_heading
from nianbao.extraction.layout.placement import is_prose
from nianbao.extraction.layout.title import is_chrome

# What a preamble says: the rule it was written under and that it is published, the parts it has, the
# period its figures cover, where to download it, whom to ask. "现将…报告如下" closes a one-paragraph intro.
_STOCK = re.compile(
    r"^\s*(?:根据|依据|按照|依照|遵照)[^。]{0,120}?(?:条例|规定|办法|通知|要求)[^。]{0,80}?(?:编制|公布|发布|报告如下|现将|本报告|本年报|年度报告)"
    r"|本(?:年度)?报告|本年报|年报(?:是|根据|由)|全文(?:包括|共|由)|报告(?:主要)?(?:由|包括|分为)[^。]{0,160}?(?:组成|部分)"
    r"|所列数据|统计(?:期限|时限|时段)|电子版|如对本|如有(?:任何)?疑问|有任何疑问|联系(?:电话|地址|方式)|邮编|电子邮箱"
    r"|特向社会公布|现予公布|现(?:予以)?(?:公布|发布|印发)[^。]{0,60}?报告|请予查阅"
    r"|网站[（(]?\s*(?:https?://|www\.)"
)
# A numbered line just above the narrative ("一、总体概述"): the left-out section's own heading, in a
# wording the heading patterns do not know.
L1_LINE = re.compile(rf"^\s*{L1_MARK}\S{{1,18}}\s*$")


# A site's truncation of the page ("……(某网省略199字，正式会员可完整阅读)……"): the text on either side
# of it belongs to different paragraphs, whatever their punctuation says.
TRUNCATION = re.compile(r"省略\s*\d+\s*字|正式会员可完整阅读|当前仅显示\s*\d+\s*字|全文共\s*\d+\s*字")
_SENTENCE_END = re.compile(r"[。！？!?；;]")


# "…现将…报告如下：" ("现结合我局实际，…总结如下：") closing a report's first paragraph: its intro, whatever the paragraph says before it.
# After the stock preamble it closes the overview's first paragraph; opening one ("现将…报告如下。2008年，
# 我局…") it leads into the overview.
_CLOSING = re.compile(r"(?:现将|现结合|现就|现把|特将|特就)[^。]{0,80}?(?:报告|汇报|总结|公布)如下\s*[:：。.]?\s*$")


def is_stock(text: str, first: bool = False) -> bool:
    """A preamble's stock sentence: the rule, the parts, the period, where to download, whom to ask;
    ``first``: the report's first paragraph, an intro where it closes on "现将…报告如下"."""
    return bool(_STOCK.search(text) or (first and _CLOSING.search(text)))


def _bare_sub_heading(text: str) -> bool:
    """A sub-heading alone on its line ("（二）依申请公开方面", "1．主动公开"): it heads the narrative below it."""
    heading = sub_heading(text)
    return heading is not None and not heading.run_in


def overflow_start(texts: list[str]) -> int | None:
    """Where the body's narrative starts among a preamble's lines: the first sentence past the stock
    ones (with a numbered heading line right above it), or None where the preamble is all preamble."""
    first = True
    for k, text in enumerate(texts):
        if not is_prose(text) or not _SENTENCE_END.search(text) or is_chrome(text) or is_stock(text, first):
            first = first and not is_prose(text)
            continue
        if k == len(texts) - 1 and _CLOSING.search(text):
            return None  # "…总结如下：" right above the first heading introduces the parts, not an overview
        if k > 1 and _bare_sub_heading(texts[k - 1]) and L1_LINE.match(texts[k - 2]):
            return k - 2  # "一、…总体情况" / "1.机构设置情况" above it: the section's heading and its first item's
        if k > 0 and (L1_LINE.match(texts[k - 1]) or _bare_sub_heading(texts[k - 1])):
            return k - 1  # the heading right above the narrative goes with it (its path), not the preamble
        return k
    return None


# Topics of the old outline, in its order: each part's cue words, and its rank in the order (收费, 其他事项
# and 复议 either way round).
_CUES: tuple[tuple[str, int, re.Pattern[str]], ...] = (
    ("proactive", OLD_OUTLINE_RANK["proactive"], re.compile(
        r"主动公开|公开(?:的)?(?:形式|方式|途径|渠道)|(?:发布|公开)(?:了)?[^。，,]{0,12}信息|信息的公开|回应社会关切|政策解读")),
    ("requests", OLD_OUTLINE_RANK["requests"], re.compile(
        r"依申请|公开申请|申请件|提出(?:的)?申请|申请公开|申请人|申请渠道|申请须知|信息公开(?:方面的)?[咨谘]询")),
    ("other_matters", OLD_OUTLINE_RANK["other_matters"], re.compile(r"收费|(?:收取|支出)[^。]{0,6}费用|减免|其他需要(?:报告|说明)的(?:其他)?事项")),
    ("review_litigation", OLD_OUTLINE_RANK["review_litigation"], re.compile(r"行政复议|行政诉讼|复议|诉讼|申诉")),
    ("problems", OLD_OUTLINE_RANK["problems"], re.compile(
        r"不足|差距|存在(?:的)?(?:主要)?问题|改进|下一步|下步|今后|明年|我们将|将(?:继续|进一步)"
        r"|有待|不够|滞后|不平衡|不能满足|仍有距离|薄弱|欠缺")),
)
# A sentence that lists the parts of the year's work ("统筹做好主动公开、依申请公开和平台建设") names no one part.
_LISTED = re.compile(r"主动公开\s*[、和及与]\s*依申请公开|依申请公开\s*[、和及与]\s*主动公开")


def topic_of(text: str) -> tuple[str, int] | None:
    """The old-outline part a paragraph's words name, with its rank: the latest part it names, or None
    where it names none — or three or more (a summary of the year's work, as an overview gives)."""
    text = _LISTED.sub("", text)
    hits = [(rank, sid) for sid, rank, pattern in _CUES if pattern.search(text)]
    if not hits or len({rank for rank, _ in hits}) >= 3:
        return None
    rank, sid = max(hits)
    return sid, rank


def infer_sections(texts: list[str]) -> list[str]:
    """The section of each paragraph of a report without headings, by its topic and the old outline's
    order: a paragraph naming no topic (or an earlier one) stays in the part before it; the first ones
    are the overview."""
    current, at = "overview", OLD_OUTLINE_RANK["overview"]
    out = []
    for text in texts:
        topic = topic_of(text)
        if topic is not None and topic[1] >= at:
            current, at = topic
        out.append(current)
    return out
