"""Recognise the six section headings under their real-world wordings, and sub-headings in every
numbering style reports use: "一、", "（一）", "1.", "(1)", and run-in "一是…" items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.core.codebook import SECTIONS

_CN = "一二三四五六七八九十"
L1_MARK = rf"[{_CN}]{{1,2}}\s*[、.．]\s*"
# Each canonical section's title, as reports word it (the text after "一、" etc.).
SECTION_TITLES: dict[str, str] = {
    "overview": r"(?:总体情况|工作概述|总体概况)",
    "proactive": r"主动公开政府信息(?:的)?情况",
    "requests": r"收到和处理政府信息公开申请(?:的)?情况",
    "review_litigation": (
        r"(?:因)?政府信息公开(?:申请)?(?:工作)?(?:被申请)?行政(?:法)?复议\s*[、和及与,，]?\s*(?:提起)?行政诉讼(?:的)?情况"
    ),
    "problems": r"(?:政府信息公开(?:工作)?)?存在(?:的)?主要问题(?:及|和|与)改进(?:情况|措施)",
    "other_matters": r"其他需要报告(?:的)?事项",
}
assert set(SECTION_TITLES) == {s.id for s in SECTIONS}
_SECTION_ORDER = [s.id for s in SECTIONS]

# A heading line starting a section: numbered ("二、主动公开…") or the bare title on its own line.
_NUMBERED_SECTION = {k: re.compile(rf"{L1_MARK}{v}") for k, v in SECTION_TITLES.items()}
_BARE_SECTION = {k: re.compile(rf"^\s*{v}\s*$") for k, v in SECTION_TITLES.items()}
# Sub-headings that, under a table section, mean the report skipped a heading of 五 or 六.
_IMPLICIT_SECTION = {
    "problems": re.compile(r"^\s*[（(][一二三四五六七八九十]{1,2}[)）]\s*(?:存在的?)?主要问题|^\s*[（(]一[)）]\s*存在(?:的)?问题"),
    "other_matters": re.compile(rf"^\s*[（(]?[{_CN}]{{1,2}}[)）、]?\s*其他需要报告"),
}

# Sub-heading markers, outermost first; the index is the heading's depth below its section.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("l1", re.compile(rf"^\s*{L1_MARK}(?=\S)")),
    ("paren_cn", re.compile(rf"^\s*[（(]\s*[{_CN}]{{1,3}}\s*[)）]\s*")),
    ("arabic", re.compile(r"^\s*\d{1,2}\s*[.．、](?!\d)\s*")),
    ("paren_arabic", re.compile(r"^\s*[（(]\s*\d{1,2}\s*[)）]\s*")),
)
# "一是…", "二是…" items: list members inside a paragraph's logic, not headings.
ITEM = re.compile(rf"^\s*[{_CN}]{{1,2}}是")
_RUN_IN_END = re.compile(r"[。：:；;！!？?]")
MAX_HEADING_CHARS = 32


@dataclass(frozen=True)
class Heading:
    """A sub-heading: its marker style, depth, and text (the run-in title when it opens a paragraph)."""

    style: str
    depth: int
    text: str
    run_in: bool


def section_of_heading(line: str) -> str | None:
    """The section id a line opens, if it is one of the six section headings."""
    text = line.strip()
    if len(text) > 60:
        return None
    for sid, pattern in _NUMBERED_SECTION.items():
        m = pattern.match(text)
        if m and len(text) - m.end() <= 6:
            return sid
    for sid, pattern in _BARE_SECTION.items():
        if pattern.match(text):
            return sid
    return None


def implicit_section(line: str, current: str) -> str | None:
    """A section whose heading the report left out, opened by a sub-heading after a table section."""
    if current not in ("proactive", "requests", "review_litigation"):
        return None
    for sid, pattern in _IMPLICIT_SECTION.items():
        if pattern.match(line):
            return sid
    return None


def split_at_section_headings(text: str) -> list[str]:
    """Split a line where numbered section headings run on inside it (web text flattened to one line)."""
    cuts = set()
    for pattern in _NUMBERED_SECTION.values():
        for m in pattern.finditer(text):
            cuts.add(m.start())
            cuts.add(m.end())
    cuts.discard(0)
    cuts.discard(len(text))
    if not cuts:
        return [text]
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def section_order(sid: str) -> int:
    return _SECTION_ORDER.index(sid)


def sub_heading(line: str) -> Heading | None:
    """The sub-heading a line starts with, if any; ``run_in`` when body text follows on the line."""
    for depth, (style, pattern) in enumerate(MARKERS):
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end():]
        end = _RUN_IN_END.search(rest)
        if end is None and len(line.strip()) <= MAX_HEADING_CHARS:
            return Heading(style, depth, line.strip(), run_in=False)
        title_end = end.start() if end else MAX_HEADING_CHARS
        if title_end > MAX_HEADING_CHARS:
            title_end = MAX_HEADING_CHARS
        return Heading(style, depth, line[: m.end() + title_end].strip(), run_in=True)
    return None


# Where a run-on paragraph (a whole page flattened to one line) breaks into its sub-items.
_RUN_ON_BREAK = re.compile(
    rf"(?:(?<=[。；;！？!?）)])|^)(?=[（(][{_CN}]{{1,3}}[)）]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d))"
)
RUN_ON_CHARS = 400


def split_run_on(text: str) -> list[str]:
    """Break an over-long line at its sub-heading markers; shorter lines stay whole."""
    if len(text) < RUN_ON_CHARS:
        return [text]
    starts = sorted({m.start() for m in _RUN_ON_BREAK.finditer(text)} | {0})
    ends = starts[1:] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends) if text[a:b].strip()]
