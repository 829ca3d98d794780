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
geometry says). Applied to Markdown, and to a plain text only where most of its wide lines share the full width
(a PDF's text layer saved as text: the real PDF in the shared corpus, read by pdfminer or pdfium, sets its
paragraphs' first lines two characters short of the lines under them); a crawled text's own lines are its
paragraphs, of all lengths.
"""

from __future__ import annotations

import re
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
# In a plain text's page lines a clause's end ('…；', '…地址：') ends a full line as a sentence's does: the line under
# tells whether the paragraph goes on, as for a stop.
_PLAIN_STOPS = _STOPS + tuple("；;：:")
# A run-in item ('二是…') opening the line under a full line: where that line is full too, no indented first line,
# the item runs on inside the paragraph the full line is of ('…一是…。' / '二是…。三是…'), whatever the full line ends on.
_RUN_IN_ITEM = re.compile(r"^\s*[一二三四五六七八九十]{1,2}是")
_LATIN = re.compile(r"[0-9A-Za-z]")
# A line opening on an enumerator ('（二）', '二、', '二是', '2.', '（2）', or its brackets alone where a converter lost the numeral): an item, which a one-line paragraph above
# it may well end before.
_ENUMERATOR = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{0,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.．、)）])")
_PROSE = re.compile(r"[，。；、]")


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


# A plain text is a page's wrapped lines (a PDF's text layer, a converter's hard-wrapped output) where at least this
# share of its wide lines stand at the full width or at a paragraph's first line's, ``FIRST_LINE_INDENT`` narrower:
# a crawled page's paragraphs, a line each, vary in length and only a few share any one width.
MIN_FULL_SHARE = 0.4
FIRST_LINE_INDENT = 2.0
# A paragraph's last line holds at least this much (a line narrower is a stop or a closing mark a page carried over
# alone, or no line of the paragraph).
MIN_LAST_LINE = 1.0
# ... and at least this share of its full lines end mid-sentence (no stop): wrapped, not paragraphs a line each.
MIN_WRAPPED_SHARE = 0.3


def page_lines_width(blocks: list[TextBlock | TableBlock]) -> float | None:
    """The full line width of a plain text that is a page's wrapped lines, else None (``wrapped_width`` on its lines)."""
    # Measured on prose lines: a table's rows set as text ('其他 49 37 3') share widths by chance and end on no stop.
    prose = [b for b in blocks if isinstance(b, TextBlock) and _PROSE.search(b.text)]
    return wrapped_width([b.text for b in prose], [b.text for b in prose if b.heading_level is None])


def wrapped_width(prose: list[str], counted: list[str] | None = None) -> float | None:
    """The full line width of ``prose`` lines where they are a page's wrapped lines, else None: the commonest width of
    the ``counted`` lines (``prose`` unless given) at least ``MIN_LINE_WIDTH`` wide, stood at by ``MIN_FULL_LINES``
    or more, where at least ``MIN_FULL_SHARE`` of the wide lines are as wide or a first line's width (a table's rows
    and a paragraph's last lines are neither) and at least ``MIN_WRAPPED_SHARE`` of the full lines end mid-sentence."""
    widths = Counter(round(width(text)) for text in (prose if counted is None else counted)
                     if width(text) >= MIN_LINE_WIDTH)
    if not widths or widths.most_common(1)[0][1] < MIN_FULL_LINES:
        return None
    full = float(widths.most_common(1)[0][0])
    wide = [width(text) for text in prose if width(text) >= MIN_LINE_WIDTH]
    # Short paragraphs (a first line and a last) make the first line's width the commonest: the full one is the
    # wider of the two, a first line's indent wider, where at least half as many lines stand there.
    at = lambda w0: sum(abs(w - w0) <= FULL_SLACK / 2 for w in wide)  # noqa: E731
    if at(full + FIRST_LINE_INDENT) * 2 >= at(full):
        full += FIRST_LINE_INDENT
    paged = sum(abs(w - full) <= FULL_SLACK or abs(w - full + FIRST_LINE_INDENT) <= FULL_SLACK for w in wide)
    # A page's full lines end mid-sentence far more often than at a stop; a text whose lines are each a paragraph,
    # of like lengths (a report written from stock sentences), ends every one on a stop.
    full_lines = [text.rstrip() for text in prose if abs(width(text) - full) <= FULL_SLACK]
    mid_sentence = sum(not text.endswith(_STOPS) for text in full_lines)
    return full if paged >= MIN_FULL_SHARE * len(wide) and mid_sentence >= MIN_WRAPPED_SHARE * len(full_lines) else None


def _next_line(block: TextBlock, after: TextBlock) -> bool:
    """Whether ``after`` is the very next line of the Markdown (no blank line between: one Markdown paragraph,
    as markitdown writes a PDF's lines; a converter writing the document's paragraphs sets blank lines
    between them)."""
    return block.origin.line is not None and after.origin.line == block.origin.line + 1


def _first_line_ending_a_sentence(block: TextBlock, above: TextBlock | TableBlock | None, after: TextBlock,
                                  full: float) -> bool:
    """A plain text's line that opens a paragraph (the line above it narrower than a first line: a paragraph's last
    line, a heading) and fills a first line exactly (``FIRST_LINE_INDENT`` short of full), a sentence ending at its
    end: its paragraph goes on into the line under it, however wide that is (the paragraph's last line), unless
    that line opens a heading or an item (``layout.dewrap`` keeps that). A paragraph of one line fills its line
    exactly only by chance, as rarely as a sentence ends exactly at a first line's end; but the line under a
    one-line paragraph opens the next one, so only its own width says which: a last line is as wide as any."""
    # (the line above as wide as a first line may be one: the line is then the paragraph's second)
    opens = above is None or (isinstance(above, TextBlock)
                              and width(above.text) < full - FIRST_LINE_INDENT - FULL_SLACK / 2)
    return opens and block.heading_level is None and after.heading_level is None \
        and abs(width(block.text) - full + FIRST_LINE_INDENT) <= FULL_SLACK / 2 \
        and block.text.rstrip().endswith(_PLAIN_STOPS) and not _LATIN.search(after.text[:1]) \
        and not _ENUMERATOR.match(after.text)


def _full_line_above_a_last_line(block: TextBlock, after: TextBlock, full: float) -> bool:
    """A plain text's full line ending a sentence or a clause, the line under it narrower than any first line and
    ending a sentence: a paragraph's last line, its paragraph going on into it. The line under a full line is a new
    paragraph's only where the paragraph above ended exactly at the line's end and the new one is a single line
    narrower than the page; a sentence ends exactly at the end of a paragraph's last line but one far more often (a
    report's paragraphs run to several lines, its one-line paragraphs stand under headings). An item or a heading
    opening the line under still starts a paragraph (``layout.dewrap``)."""
    under = width(after.text)
    return block.heading_level is None and after.heading_level is None \
        and width(block.text) >= full - FULL_SLACK and block.text.rstrip().endswith(_PLAIN_STOPS) \
        and MIN_LAST_LINE <= under < full - FIRST_LINE_INDENT - FULL_SLACK / 2 \
        and after.text.rstrip().endswith(_STOPS + ("。）", "。)")) and not _ENUMERATOR.match(after.text) \
        and not _LATIN.search(after.text[:1])


def mark_full_lines(blocks: list[TextBlock | TableBlock], plain: bool = False,
                    furniture: set[int] | None = None) -> list[TextBlock | TableBlock]:
    """The blocks with each text line as wide as a full page line that ends a sentence, the next Markdown line
    a full text line too, marked as wrapping (``TextBlock.wraps``); other lines keep what they had. ``plain``:
    the blocks are a plain text's lines, marked only where they are a page's wrapped lines (``page_lines_width``);
    its next line is the next one not in ``furniture`` (indices of the page's footers and headers between two
    pages' lines), blank lines between or not (plain text's paragraphs are its lines' to tell: ``layout.dewrap``)."""
    full = page_lines_width(blocks) if plain else full_width(blocks)
    if full is None:
        return blocks
    kept = [b for k, b in enumerate(blocks) if not (furniture and k in furniture)]
    # The line under must be full: in a plain text a paragraph's first line two characters narrower may reach one
    # character short of full where it ends on a mark no line opens with ('…尽公开。', '…信息”。').
    under_slack = FULL_SLACK / 2 if plain else FULL_SLACK
    # ... and its width exact: digits and Latin with the spaces a text layer puts around them ('办结率 100%、') widen
    # a paragraph's first line to a full one's (the shared corpus's text taken from a PDF shows it).
    above: TextBlock | TableBlock | None = None
    for block, after in pairwise(kept):
        # A plain text's paragraph's first line, a sentence ending at its end, goes on as well: a full line under
        # it is no paragraph's first line.
        if not (isinstance(block, TextBlock) and isinstance(after, TextBlock)):
            above = block
            continue
        if plain and block.wraps is None and (_first_line_ending_a_sentence(block, above, after, full)
                                              or _full_line_above_a_last_line(block, after, full)):
            block.wraps = True
        above = block
        fills = width(block.text) >= full - FULL_SLACK \
            or (plain and abs(width(block.text) - full + FIRST_LINE_INDENT) <= FULL_SLACK)
        if block.wraps is None \
                and block.heading_level is None and after.heading_level is None \
                and (plain or _next_line(block, after)) \
                and (block.text.rstrip().endswith(_PLAIN_STOPS if plain else _STOPS)
                     or (plain and bool(_RUN_IN_ITEM.match(after.text)))) and fills and width(after.text) >= full - under_slack \
                and not (plain and _LATIN.search(after.text)):
            block.wraps = True
    return blocks
