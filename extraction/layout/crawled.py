"""A crawler's one-line text: a page's title, preamble, headings and paragraphs run into one line, each
joined to the next by a space ('…的报告 根据《条例》…全文公开。 一、总体情况 1.机构设置情况 我局…').

A reader sees a paragraph start at each such space where a numbered heading or item follows, where a heading
ends, and where the stock preamble follows the title; a figure's caption stands between paragraphs. The
spaces that are no paragraph's edge stay: inside a title ('某局 2022年度…报告'), inside brackets or quotes
(a quoted heading, '围绕“ 一、…”'), and where an inline list goes on after a comma, colon or semicolon
('包括： 1.…； 2.…'). Only a line as long as a flattened page's (``RUN_ON_CHARS``) is read so, or a shorter one
that runs a section heading in after a sentence's end and a space ('…报告。 一、总体情况 …': a flattened page
whose converter glosses the cleaner took out, '生態(tài)環(huán)境'); a line of a page that kept its lines is left whole.

A pre-2019 one (``old``) is cut at the same spaces before a numbered heading or item and after a sentence's end,
but a heading ending at a space keeps its text ('（一）主动公开政府信息的数量 区管委会…', as the pre-2019 gold
reads them), and the title is the old outline's to find.
"""

from __future__ import annotations

import re

from nianbao.extraction.layout.headings import section_heading_at
from nianbao.extraction.layout.run_on import RUN_ON_CHARS

_CN = "一二三四五六七八九十"
# A numbered heading's or item's marker: '一、', '（一）', '(1)', '1.' (not '1.2万', not '3.5%').
_MARK = rf"(?:[（(][{_CN}]{{1,3}}[)）]|[{_CN}]{{1,2}}[、.．]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[、.．](?![\d%]))"
# A space a numbered heading or item follows, after a sentence's end or a heading's or caption's last word
# (after a comma, an enumeration comma, a colon or semicolon it is an inline list's member: no edge).
_BEFORE_MARK = re.compile(rf"(?<=[^\s，,、：:；;])\s+(?={_MARK})")
# A space after a sentence's end, before Chinese text or a bracket: the next paragraph (a sentence never has
# one inside it in Chinese text; a crawler put it where the page broke its lines). Not before a number or a
# Latin word: a crawler keeps a space between them and what they run into anywhere ('…高效。 2012年，…').
_AFTER_STOP = re.compile(r"(?<=[。！？!?])\s+(?=[^\sA-Za-z0-9])")
# A figure's caption standing between paragraphs ('图1:某平台截图'): its own piece, dropped as chrome.
_CAPTION = re.compile(r"(?:^|(?<=\s))图\s*\d{1,3}\s*[.．、:：][^\s。；;，,]{1,40}(?=\s|$)")
# A heading at a piece's start that ends at a space, no sentence's punctuation in it ('1.机构和人员设置情况 我局…').
_HEADING_AT_SPACE = re.compile(rf"^\s*{_MARK}\s*[^\s。；;，,：:！？!?]{{2,30}}(?=\s+\S)")
# The title ahead of the stock preamble: no sentence's end in it, ending on 报告 or 年报, a space, then the
# preamble's first word ('某局2022年度政府信息公开工作的报告 根据《…》').
_TITLE_THEN_PREAMBLE = re.compile(
    r"^[^。；;！？!?]{2,80}?(?:报告|年报)(?=\s+(?:根据|依据|按照|依照|遵照|本(?:年度)?报告|本年报"
    # The old stock preamble opens on the report's own name ('某局2017年…工作年度报告(以下简称年报)是根据《条例》…').
    r"|[^\s。；;！？!?]{4,60}?(?:报告|年报)\s*(?:[（(]以下简称|是?(?:根据|依据|依照|按照))))")
# The stock preamble's opening after a space, wherever the line puts it: whatever stood before it (the title, the
# site's frame, a byline's date: '…二〇一三年一月 本报告…') ends there, since Chinese text has no space inside
# a sentence. Not after a comma, an enumeration comma or a colon (an inline list's member), nor after a digit or
# a Latin letter (a crawler spaces those anywhere).
_PREAMBLE_AT_SPACE = re.compile(
    r"(?<=[^\s，,、：:；;A-Za-z0-9])\s+(?=(?:根据|依据|按照|依照|遵照)《中华人民共和国政府信息公开条例》"
    r"|本(?:年度)?报告(?:是|主要)?(?:根据|依据|按照|依照|由)|本年报(?:是)?(?:根据|依据|按照))")
# A space after a sentence's end before a number: the next paragraph ('…成效。 2013年，我局…'), on a line whose
# crawler sets no space between Chinese text and a number inside a sentence (it keeps one there on some pages,
# and then a space before a number tells nothing). Told from the line's counts, a number and its measure word
# ('公开信息424条', '占12.5%'), which only sentences hold: at least ``_TIGHT_COUNTS`` run into the text before them,
# none set off by a space ('信息 424条', '信息424 条'). A year is no evidence (a heading ending at a space before
# its paragraph's year, '一、概述 2013年，…', is on every kind of page), nor is a table's cell (no measure word).
# Not on a pre-2019 report's line: the corpus's pre-2019 gold (pingtan-2012) keeps '…。 2012年，…' inside one
# paragraph on such a line, so an old page's space before a number stays no edge.
_STOP_THEN_NUMBER = re.compile(r"(?<=[。！？!?])\s+(?=\d)")
_UNIT = r"(?:[条件项个篇次家期万亿元份]|%)"
_TIGHT_COUNT = re.compile(rf"[\u4e00-\u9fff，、：:（(]\d+(?:\.\d+)?{_UNIT}")
_SPACED_COUNT = re.compile(rf"[\u4e00-\u9fff，、：:]\s+\d+(?:\.\d+)?\s*{_UNIT}|[\u4e00-\u9fff]\d+(?:\.\d+)?\s+{_UNIT}")
_TIGHT_COUNTS = 2
# What tells such a line: a space after a sentence's end before Chinese text ('…公开。 一、…'). A space next to a
# number or a Latin word alone tells nothing (a page keeps one there wherever they stand: '…不够。 (二)…',
# '…情况 2024年度…'), nor does one between a table's cells.
_KEPT_BREAK = re.compile(r"[。！？!?；;]\s+[^\x00-\x7f\s]")
# A sentence's end and a space before a numbered section heading ('…报告。 一、总体情况 2021年，…'): a page's
# paragraphs run into one line, however short the line (a page whose glosses were taken out: '生態(tài)' → '生态').
_STOP_SPACE = re.compile(r"[。！？!?]\s+")
# Where a pre-2019 report's old statistics table starts: its header row.
_OLD_TABLE = re.compile(r"指标名称\s*计量单位")
# Characters that open and close a quotation or a bracket: a space inside one is no paragraph's edge.
_OPEN, _CLOSE = "“‘《（(「【", "”’》）)」】"


def _depths(text: str) -> list[int]:
    """How many quotes or brackets are open before each character of the text."""
    out, depth = [], 0
    for ch in text:
        out.append(depth)
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
    return out


def _cut(text: str, cuts: set[int]) -> list[str]:
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    pieces, start = [], 0
    for cut in bounds:
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def is_caption(piece: str) -> bool:
    """A figure's caption a crawler's line held between paragraphs ('图1:某平台截图')."""
    m = _CAPTION.match(piece.strip())
    return m is not None and m.end() == len(piece.strip())


def _runs_in_section(text: str) -> bool:
    """A section heading follows a sentence's end and a space inside the line: a crawler ran the page's lines."""
    return any(section_heading_at(text, m.end()) for m in _STOP_SPACE.finditer(text))


def _numbers_tight(text: str) -> bool:
    """The line's crawler runs its counts into the Chinese text around them ('共公开信息424条'), never a space
    between: a space after a sentence's end before a number is then a paragraph's edge."""
    return len(_TIGHT_COUNT.findall(text)) >= _TIGHT_COUNTS and not _SPACED_COUNT.search(text)


def crawled_pieces(text: str, old: bool = False) -> list[str]:
    """The paragraphs, headings and captions of a crawler's one-line text, cut at the spaces that are their
    edges; a shorter line (under ``RUN_ON_CHARS``), or one with no space after a sentence's end before Chinese
    text (no sign it kept its breaks as spaces), comes back whole. ``old``: a pre-2019 report's line, whose
    headings ending at a space keep their text."""
    if not _KEPT_BREAK.search(text) or (len(text) < RUN_ON_CHARS and not _runs_in_section(text)):
        return [text]
    depth = _depths(text)
    cuts: set[int] = set()
    for pattern in (_BEFORE_MARK, _AFTER_STOP):
        cuts |= {m.end() for m in pattern.finditer(text) if depth[m.end()] == 0}
    cuts |= {m.end() for m in _PREAMBLE_AT_SPACE.finditer(text) if depth[m.end()] == 0}
    if not old and _numbers_tight(text):
        cuts |= {m.end() for m in _STOP_THEN_NUMBER.finditer(text) if depth[m.end()] == 0}
    title = _TITLE_THEN_PREAMBLE.match(text)
    if title:
        cuts.add(title.end())
    if old:
        # The old statistics table's rows ('指标名称 计量单位 … 1.主动公开政府信息数 条 …') are its reader's to cut.
        table = _OLD_TABLE.search(text)
        return _cut(text, {c for c in cuts if table is None or c <= table.start()})
    for m in _CAPTION.finditer(text):
        if depth[m.start()] == 0:
            cuts |= {m.start(), m.end()}
    out: list[str] = []
    for piece in _cut(text, cuts):
        heading = _HEADING_AT_SPACE.match(piece)
        if heading and not is_caption(piece):
            out += [piece[: heading.end()].strip(), piece[heading.end():].strip()]
        else:
            out.append(piece)
    return out
