"""A page's text with its hard-wrapped lines joined again, for reading what the page states about itself.

A PDF's text layer, a fixed-width crawler or a text copied out of a PDF cuts every paragraph at the page's width,
wherever the width falls: inside a body's name ('现公布某市农业' / '农村局2021年度…'), inside a field ('作者：某镇
人' / '民政府'), between a 本报告由 and its compiler. The layout keeps the page's lines as lines; a statement read line
by line then sees half a name. A wrap never ends a name: a reader joins the two halves of a wrapped line, and so
does this. Only a text that is a page's wrapped lines is touched — most of its wide prose lines share one full width
and most of those end mid-sentence (``wrap_width``, the readers' rule, ``readers.full_lines.wrapped_width``), or,
on a short page, at least two of its widest prose lines were cut inside a word at one width (``widest_shared``) — and
only a line as wide as the page, cut mid-sentence, is joined to the next (a heading or an item under it opens its
own line). A crawled page's paragraphs, a line each and of all lengths, are kept as they are, and so is a page
translated into English (its own reader takes its lines as given).
"""

from __future__ import annotations

import re
from dataclasses import replace

from nianbao.core.document import Document, TextBlock
from nianbao.extraction.english_title import mostly_not_chinese
from nianbao.extraction.readers.full_lines import FIRST_LINE_INDENT, FULL_SLACK, MIN_LINE_WIDTH, width, wrapped_width

# A line ending on one of these ends its sentence: the line under it may start another paragraph.
_STOPS = tuple("。！？!?")
# A line under a wrap that opens a heading or an item starts its own paragraph ('二、主动公开…', '（一）…').
_OPENS_ITEM = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")
# A line ending on one of these ends a sentence, a clause, a quotation or a bracket: no cut in a word.
_ENDS = _STOPS + tuple("，。；：、,;:）》”」)")
# Lines at the widest width, cut mid-word, that show a short page is wrapped.
MIN_CUT_LINES = 2
_ASCII_WORD = re.compile(r"[0-9A-Za-z]$")
_PROSE = re.compile(r"[，。；、,;]|\.(?!\d)")


def wrap_width(lines: list[str]) -> float | None:
    """The full width of ``lines`` where they are a page's hard-wrapped lines, else None: the readers' rule
    (``readers.full_lines.wrapped_width``) with prose told by either script's marks — a page normalised to half-width
    marks (',' for '，') is wrapped the same, and its marks keep their half width."""
    return wrapped_width([line for line in lines if _PROSE.search(line)])


def widest_shared(lines: list[str]) -> float | None:
    """The width of a short page's wrapped lines: that of its widest prose lines cut mid-word, where at least
    ``MIN_CUT_LINES`` of them stand at one width (within ``FULL_SLACK``). A page's lines never run past its width but
    for a mark pulled onto a line's end (no line opens on '，'), so a page of few wrapped lines shows its width as the
    lines a wrap cut in a word; a crawled page's widest line is one long paragraph, which no other matches to the
    character."""
    cut = [width(line) for line in lines
           if _PROSE.search(line) and width(line) >= MIN_LINE_WIDTH and not line.rstrip().endswith(_ENDS)]
    if not cut:
        return None
    widest = max(cut)
    return widest if sum(widest - w <= FULL_SLACK for w in cut) >= MIN_CUT_LINES else None


def _wrapped(line: str, under: str, full: float) -> bool:
    """Whether ``line`` is a full page line cut mid-sentence and goes on in ``under``."""
    text = line.rstrip()
    if not text or not under.strip() or text.endswith(_STOPS) or _OPENS_ITEM.match(under):
        return False
    # a full line, or a paragraph's first line under its indent, as a page sets them
    return width(text) >= full - FIRST_LINE_INDENT - FULL_SLACK


def _join(line: str, under: str) -> str:
    """A wrapped line and the line it goes on in, as one: Latin or digits meeting across the wrap were two words a
    space apart."""
    sep = " " if _ASCII_WORD.search(line.rstrip()) and under[:1].isascii() and under[:1].isalnum() else ""
    return line.rstrip() + sep + under


def _page_width(lines: list[str]) -> float | None:
    if mostly_not_chinese("\n".join(lines)):
        return None  # a translation's lines: its own reader (``english_title``) takes its title line as the page gives it
    return wrap_width(lines) or widest_shared(lines)


def unwrapped(text: str) -> str:
    """``text`` with each hard-wrapped line joined to the line it goes on in; ``text`` itself where its lines are
    no page's wrapped lines."""
    lines = text.split("\n")
    full = _page_width(lines)
    if full is None:
        return text
    out: list[str] = []
    joining = False
    for k, line in enumerate(lines):
        piece = line.strip() if joining else line
        if joining and out:
            out[-1] = _join(out[-1], piece)
        else:
            out.append(line)
        joining = k + 1 < len(lines) and _wrapped(line, lines[k + 1], full)
    return "\n".join(out)


def unwrapped_document(doc: Document) -> Document:
    """``doc`` with each hard-wrapped text line joined to the next one (as ``unwrapped``), for the readers of its
    blocks (a portal's metadata row wrapped inside its value: '发布机构 | 某县' / '某开发区管委会 |'); ``doc`` itself where
    its lines are no page's wrapped lines."""
    texts = [b.text for b in doc.blocks if isinstance(b, TextBlock)]
    full = _page_width(texts)
    if full is None:
        return doc
    blocks: list = []
    joining = False
    for k, block in enumerate(doc.blocks):
        if joining and isinstance(block, TextBlock) and isinstance(blocks[-1], TextBlock):
            blocks[-1] = replace(blocks[-1], text=_join(blocks[-1].text, block.text.strip()))
        else:
            blocks.append(block)
        after = doc.blocks[k + 1] if k + 1 < len(doc.blocks) else None
        joining = (isinstance(block, TextBlock) and isinstance(after, TextBlock)
                   and _wrapped(block.text, after.text, full))
    return replace(doc, blocks=blocks)
