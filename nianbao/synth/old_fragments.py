"""A pre-2019 page kept only from its part on 主动公开政府信息 on (a site's excerpt, or an old outline with no 概述):
the page opens on '一、主动公开政府信息情况' in one of the old full wordings, then the later old parts, renumbered
— no title, no intro, no statistics table, no year. The coverage survey of real pages met one; nianbao must
still read it as pre-2019 and keep each paragraph in its section. Built from ``nianbao.synth.legacy``'s
reports, in our own words.
"""

from __future__ import annotations

import random
import re

from nianbao.synth.legacy import LegacyReport

_NUMERALS = "一二三四五六七八九十"

# The old outline's own full wordings of the part (政府信息 in it: a later outline's '主动公开情况' is no evidence).
FIRST_PART_WORDINGS = ("主动公开政府信息情况", "政府信息主动公开情况", "主动公开政府信息的情况", "主动公开政府信息工作情况")


def first_part_page(rep: LegacyReport) -> tuple[list[str], list[tuple[str, str]]]:
    """The page's lines, and its (paragraph, section) pairs, from the report's part on 主动公开 to before its
    problems part."""
    rng = random.Random(f"{rep.seed}:first-part")
    lines: list[str] = []
    paragraphs: list[tuple[str, str]] = []
    k = 0
    started = False
    for block in rep.blocks:
        if block.kind == "section":
            if block.section == "proactive" and not started:
                started = True
                lines.append(f"{_NUMERALS[k]}、{rng.choice(FIRST_PART_WORDINGS)}")
                k += 1
                continue
            if block.section in ("problems", "other_matters") and started:
                break
            if started:
                # The heading's words without its number (typed '三、…' or, spaced, '三 …' and '四 咨 询 情 况').
                heading = re.sub(r"\s+", "", re.sub(rf"^[{_NUMERALS}]{{1,2}}(?:、|\s)", "", block.text))
                lines.append(f"{_NUMERALS[k]}、{heading}")
                k += 1
            continue
        if started and block.kind == "para":
            lines.append(block.text)
            paragraphs.append((block.text, block.section))
    return lines, paragraphs
