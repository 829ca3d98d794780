"""A line that ran several paragraphs together, cut at its sub-headings: a crawler's or a converter's flattened page
(``split_run_on``), a stacked heading ('（二）把握重点1.推进…'), and a heading left alone at a line's end after its
paragraph ('…发布信息85条。（二）依申请公开情况', ``ends_in_heading``). What a heading is stays ``headings``'."""

from __future__ import annotations

import re

from nianbao.extraction.layout.headings import MAX_HEADING_CHARS, sub_heading

_CN = "一二三四五六七八九十"


# Where a run-on paragraph (a whole page flattened to one line) breaks into its sub-items.
_RUN_ON_BREAK = re.compile(
    rf"(?:(?<=[。；;！？!?）)])|(?<=[。；;！？!?）)]\s)|^)(?=[（(][{_CN}]{{1,3}}[)）]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d))"
)
RUN_ON_CHARS = 400


# A pre-2019 crawler line also breaks after a colon ("…改进：（一）…"), and where a heading runs into a
# deeper one with no sentence between ("（二）把握工作重点1.推进经济发展信息公开（1）推进…").
_OLD_RUN_ON_BREAK = re.compile(
    rf"(?:(?<=[。；;！？!?）)：:])|(?<=[。；;！？!?）)：:]\s)|^)(?=[（(][{_CN}]{{1,3}}[)）]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d))"
)
# A pre-2019 line shorter than a run breaks only after a sentence's end or a closing bracket.
_OLD_SENTENCE_BREAK = re.compile(
    rf"(?:(?<=[。！？!?）)])|(?<=[。！？!?）)]\s)|^)(?=[（(][{_CN}]{{1,3}}[)）]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d))"
)
_INNER_MARKER = re.compile(rf"[（(][{_CN}]{{1,3}}[)）]|[（(]\d{{1,2}}[)）]|(?<![\d.．])\d{{1,2}}[.．、](?![\d%])")
_SENTENCE_END = re.compile(r"[。；;！!？?：:]")


def _split_stacked(piece: str) -> list[str]:
    """A heading followed at once by a deeper heading, split apart (only within its first few characters)."""
    out = []
    while True:
        lead = sub_heading(piece)
        if lead is None:
            break
        m = _INNER_MARKER.search(piece, len(piece) - len(piece.lstrip()) + 2)
        if not m or m.start() > MAX_HEADING_CHARS + 4 or _SENTENCE_END.search(piece, 0, m.start()):
            break
        out.append(piece[: m.start()].strip())
        piece = piece[m.start():]
    return out + [piece]


_LOST_RUN = re.compile(r"[?？]{2,}\s*$")


def _before_lost(text: str, at: int) -> int:
    """A break before a marker moved back before the lost characters in front of it ('…。????（一）…'): they
    stood before the item, and so stay with it (``LOST``)."""
    m = _LOST_RUN.search(text, 0, at)
    return m.start() if m else at


# A sub-heading alone at a line's end, after a sentence's end ('…发布信息85条。（二）依申请公开情况'): the page
# lost the break before the heading, whose text follows on the next line. Nothing after it on the line, no
# sentence in it and no longer than a heading is: a heading run into its own text has its sentence after it.
# (Not after '?': a run of them is characters a page lost before a heading opening its line, '????（二）…'.)
_TRAILING_HEADING = re.compile(
    rf"(?<=[。！!])\s*(?=(?:[（(][{_CN}]{{1,3}}[)）]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d))"
    rf"[^，,。；;：:！!？?“”]{{2,{MAX_HEADING_CHARS}}}$)"
)


def _split_trailing_heading(text: str) -> list[str]:
    """A line with a heading alone at its end split into its paragraph and the heading (``_TRAILING_HEADING``)."""
    m = _TRAILING_HEADING.search(text)
    if m is None or m.start() == 0:
        return [text]
    return [text[: m.start()].strip(), text[m.end():].strip()]


def ends_in_heading(line: str) -> bool:
    """Whether a heading alone ends the line after its sentences (``_TRAILING_HEADING``): its text is below."""
    m = _TRAILING_HEADING.search(line)
    return m is not None and m.start() > 0


def split_run_on(text: str, old: bool = False, run_chars: int | None = None) -> list[str]:
    """Break an over-long line at its sub-heading markers; a shorter line only where a heading alone ends it
    (``_TRAILING_HEADING``). ``old``: a pre-2019 crawler line, broken after colons and between stacked headings
    too. ``run_chars``: the length of the run the text is a piece of, where longer than the text (a flattened
    text wrapped again, ``flowed``: the section's text is the run)."""
    run_on = max(len(text), run_chars or 0) >= RUN_ON_CHARS
    if not old and not run_on:
        return _split_trailing_heading(text)
    # A shorter line is one paragraph of a page that kept its breaks (or a crawler's piece cut at its spaces):
    # an item after its colon or semicolon is an inline list's member ('存在的问题有：1.…；2.…。'), no edge.
    pattern = (_OLD_RUN_ON_BREAK if run_on else _OLD_SENTENCE_BREAK) if old else _RUN_ON_BREAK
    starts = sorted({_before_lost(text, m.start()) for m in pattern.finditer(text)} | {0})
    if old:
        ends = starts[1:] + [len(text)]
        return [p for a, b in zip(starts, ends) if text[a:b].strip() for p in _split_stacked(text[a:b].strip())]
    ends = starts[1:] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends) if text[a:b].strip()]
