"""Where a converter wrote a PDF's page lines as Markdown lines (markitdown), a full line that ends a
sentence, with a full line right under it, wrapped there: its paragraph goes on.

Read without geometry, a line ending on a stop ends its paragraph (``layout.dewrap``), and a sentence that
ends exactly at a full line's end cuts its paragraph in two. The lines' widths tell it: the page's full
width is the width most of its wide lines share. A paragraph ending early leaves its line narrower; one
ending exactly at a full line is told by the line under it: a paragraph's first line is indented (two
characters narrower, on a page that indents) or, as its last, shorter, while a line of the same paragraph
going on is full again. So a full line ending a sentence wraps only into a full line (on real converters'
PDFs: a PDF of a report set without indents, read by markitdown, had its paragraph cut there; another
converter's page with indents, kirogov__shanghai-kewei-2024.md, has a paragraph ending at a full line,
kept). A next line opening an item or a heading still starts a paragraph (``dewrap`` keeps that whatever the
geometry says). Applied to Markdown only: a text report's own lines are its paragraphs.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from itertools import pairwise

from nianbao.core.document import TableBlock, TextBlock

# Lines narrower than this are no wrapped page line (a title, a date, a heading, a field of the page's frame).
MIN_LINE_WIDTH = 20
# At least this many lines share the full width where the lines are a page's (lines that are paragraphs
# of their own vary in length and share none).
MIN_FULL_LINES = 4
# A full line's width may differ from the most common one by this much (a stop hanging in the margin, a
# half-width digit).
FULL_SLACK = 1.0
_STOPS = tuple("。！？!?")


def width(text: str) -> float:
    """A line's width in CJK characters (a Latin letter, a digit or a space half of one)."""
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5 for ch in text.strip())


def full_width(blocks: list[TextBlock | TableBlock]) -> float | None:
    """The page's full line width, where the text lines are a page's wrapped lines, else None."""
    widths = Counter(round(width(b.text)) for b in blocks
                     if isinstance(b, TextBlock) and b.heading_level is None and width(b.text) >= MIN_LINE_WIDTH)
    if not widths:
        return None
    full, count = widths.most_common(1)[0]
    return float(full) if count >= MIN_FULL_LINES else None


def _next_line(block: TextBlock, after: TextBlock) -> bool:
    """Whether ``after`` is the very next line of the Markdown (no blank line between: one Markdown paragraph,
    as markitdown writes a PDF's lines; a converter writing the document's paragraphs sets blank lines
    between them)."""
    return block.origin.line is not None and after.origin.line == block.origin.line + 1


def mark_full_lines(blocks: list[TextBlock | TableBlock]) -> list[TextBlock | TableBlock]:
    """The blocks with each text line as wide as a full page line that ends a sentence, the next Markdown line
    a full text line too, marked as wrapping (``TextBlock.wraps``); other lines keep what they had."""
    full = full_width(blocks)
    if full is None:
        return blocks
    for block, after in pairwise(blocks):
        if isinstance(block, TextBlock) and isinstance(after, TextBlock) and block.wraps is None \
                and block.heading_level is None and after.heading_level is None and _next_line(block, after) \
                and block.text.rstrip().endswith(_STOPS) and width(block.text) >= full - FULL_SLACK \
                and width(after.text) >= full - FULL_SLACK:
            block.wraps = True
    return blocks
