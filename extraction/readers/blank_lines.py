"""Where a plain text sets a blank line after every line and its lines are its paragraphs, a blank line ends one.

A web page saved as text writes each of its paragraphs (``<p>``) as one line with a blank line after it; a list's items
stand so too ('同意公开1件，占总数的33.3%' / '信息不存在1件…'). Read without geometry, a line ending without a stop goes
on into the next (``layout.dewrap``: a page's hard-wrapped lines do), which runs such an item into the next one. The
page tells which it is: its lines are paragraphs where nearly every line has a blank line after it and some lines are
far wider than a page's line (a whole paragraph on one line), and its lines share no full width (``full_lines``:
a PDF's text layer saved double-spaced is a page's wrapped lines, and keeps its rule). There, a line with a blank
line after it ends its paragraph (``TextBlock.wraps`` False); lines with none between them are left to ``dewrap``.
"""

from __future__ import annotations

from itertools import pairwise

from nianbao.core.document import TableBlock, TextBlock
from nianbao.extraction.readers.full_lines import page_lines_width, width

# Of a page's consecutive lines, at least this share stand a blank line apart where its lines are its paragraphs.
MIN_SPACED_SHARE = 0.8
MIN_PAIRS = 4
# A line this wide is a whole paragraph: no page's printed line is (a report's PDF line holds 30 to 45 characters).
PARAGRAPH_LINE_WIDTH = 60.0


def _spaced(a: TextBlock, b: TextBlock) -> bool:
    return a.origin.line is not None and b.origin.line is not None and b.origin.line - a.origin.line >= 2


def mark_blank_line_ends(blocks: list[TextBlock | TableBlock]) -> list[TextBlock | TableBlock]:
    """The blocks of a plain text, each line with a blank line after it marked as ending its paragraph
    (``wraps`` False) where the page's lines are its paragraphs (see the module); others as they were."""
    lines = [b for b in blocks if isinstance(b, TextBlock)]
    pairs = list(pairwise(lines))
    if len(pairs) < MIN_PAIRS or sum(_spaced(a, b) for a, b in pairs) < MIN_SPACED_SHARE * len(pairs):
        return blocks
    if not any(width(b.text) >= PARAGRAPH_LINE_WIDTH for b in lines) or page_lines_width(blocks) is not None:
        return blocks
    for a, b in pairs:
        if a.wraps is None and _spaced(a, b):
            a.wraps = False
    return blocks
