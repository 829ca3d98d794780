"""A report flattened to one run of text (a crawler's one-line page) and then wrapped into lines again by a
converter (a PDF made from it, read back by markitdown or pymupdf4llm).

Read natively, such a report is one long line that breaks at its section headings and at the items after a
sentence's end (``run_on.split_run_on``). Wrapped into lines, the same text loses both: a line may end on
a sentence's end inside an item, so the line-end rule of ``dewrap`` cuts the item in two, and a section
heading may be cut by a wrap ('…质效。二、主动公' / '开政府信息情况 第二十条…'), so no line holds it whole.

Told by where its items stand: in a text wrapped from flowing paragraphs the items (（一）, 一、, （1）, 1.) open lines;
here they stand inside the lines, after a sentence's end. Such a text's lines are read as the one line they
were: every line of prose goes on into the next, whatever ends it; a line of the page's frame, narrower
than a wrapped line and no sentence, ends its run (``dewrap``'s ``flowed``): a section's lines joined, then broken at the items as the line would be
(``run_on.split_run_on``).
"""

from __future__ import annotations

import re
from collections import Counter

from nianbao.extraction.layout.headings import lost_prefix, section_of_heading, split_at_section_headings
from nianbao.extraction.readers.full_lines import MIN_LINE_WIDTH, width

_CN = "一二三四五六七八九十"
# An item's marker: '（二）', '二、', '二.', '（2）', '2．'.
_ITEM = rf"(?:[（(][{_CN}]{{1,3}}[)）]|[{_CN}]{{1,2}}[、.．]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[、.．](?!\d))"
# ... inside a line: after a sentence's end (not after '；': an inline list, '…41个;2.机关职能…', is no
# run), or a section's marker after a table's values ('… 0 0 三、收到…').
_INSIDE = re.compile(rf"(?<=[。！？!?])\s*{_ITEM}|(?<=[\d/／])\s*[{_CN}]{{1,2}}[、.．]")
_OPENING = re.compile(rf"^\s*{_ITEM}")
# Fewer items inside lines than this, and the text is no flattened run (an inline list, '；（二）…', is).
MIN_INSIDE_ITEMS = 3
# Fewer lines at the most common width than this, and no converter wrapped the text.
MIN_WRAPPED_LINES = 2


# A wrapped line may fall short of the full width by this much (a Latin word or a number not split, a
# closing mark kept on the line): narrower, the line ended its run.
WRAP_SLACK = 3.0


def flowed_width(lines: list[str]) -> float | None:
    """The full width of a wrapped line where the lines hold a flattened run of text, else None: more of its
    items stand inside lines, after a sentence's end, than open lines, and at least ``MIN_INSIDE_ITEMS``
    do. The width is the most common one of the lines at least ``MIN_LINE_WIDTH`` wide."""
    lines = [line[lost_prefix(line):] for line in lines]  # '????（一）…' opens its line: the marks were an indent
    inside = sum(len(_INSIDE.findall(line)) for line in lines)
    opening = sum(bool(_OPENING.match(line)) for line in lines)
    if inside < MIN_INSIDE_ITEMS or inside <= opening:
        return None
    widths = Counter(round(w) for w in map(width, lines) if w >= MIN_LINE_WIDTH)
    if not widths:
        return None
    full, count = widths.most_common(1)[0]
    # A text wrapped again sets many lines at its full width; lines of all different widths are a page's own
    # paragraphs, one of them listing its items after its sentences ('…412条。' / '…：1.…。2.…。3.…').
    return float(full) if count >= MIN_WRAPPED_LINES else None


# A sentence's punctuation: a narrower line holding some is prose a converter cut short (pdfminer breaks a
# line at a quote mark or a number set in another font: '…等信息 106 条。（5' / '推进 放管服 信息公开。').
_PROSE = re.compile(r"[，。；：、！？]")


def runs_on(line: str, full: float, prose: bool = True) -> bool:
    """Whether a line of a flowed text goes on into the next: it was wrapped, as wide as a line is, or (with
    ``prose``) it is prose; a narrower line without a sentence's punctuation (the page's frame above the
    text, a title, a rule) ends its run."""
    return width(line) >= full - WRAP_SLACK or (prose and bool(_PROSE.search(line)))


# A section heading's beginning ending a line after a sentence's end or a table's values: '…质效。二、主动公',
# '… 0 0 五.政府信息公开工作存在的主要', '…无内容。六' / '.其他需要报告的事项'.
_CUT_HEADING = re.compile(rf"(?:(?<=[。；;！？!?])|(?<=[\d/／\-—]))\s*[{_CN}]{{1,2}}(?:\s*[、.．][^。；;，,：:、]{{0,24}})?$")


def mend_cut_headings(texts: list[str], old: bool = False) -> list[str]:
    """The lines with a section heading a wrap cut at a line's end ('…质效。二、主动公' / '开政府信息情况…')
    moved whole onto the next line, where ``split_at_section_headings`` finds it; as many lines come back,
    no character lost. A line's tail is moved only where it is no heading alone and, put before the next
    line, starts one."""
    out = list(texts)
    for k in range(len(out) - 1):
        m = _CUT_HEADING.search(out[k])
        if not m or not out[k + 1].strip():
            continue
        tail = m.group(0).strip()
        if section_of_heading(tail, old):
            continue
        pieces = split_at_section_headings(tail + out[k + 1].strip(), old)
        if pieces and len(pieces[0]) > len(tail) and section_of_heading(pieces[0], old):
            out[k] = out[k][: m.start()].rstrip()
            out[k + 1] = tail + out[k + 1].lstrip()
    return out

