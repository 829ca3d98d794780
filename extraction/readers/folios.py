"""Bare page numbers in a PDF's text layer saved as text: a page's footer written as the number alone ('3').

'— 3 —' and '第3页 共8页' tell themselves (``clean.clean_line``); a bare number does not, for a table flattened to a
cell a line holds bare numbers too ('行政许可' / '550'). The layer tells its page numbers by their order: they count up
one page at a time through the text, each some lines after the last, each after a line of the report's prose (the
page's last line); a table's values neither count up nor stand that far apart after prose. Left in, the number is
read as a piece of the sentence it interrupts ('…查阅政策' / '1' / '…' joined as '查阅政策1').
"""

from __future__ import annotations

import re
from collections import Counter

from nianbao.extraction.readers.full_lines import width

# (a number after a tab is a table's cell: a text export separates a row's cells by tabs, a text layer's footer
# stands alone)
_BARE_NUMBER = re.compile(r"^ *(\d{1,3})\s*$")
# The page's last line above its number is prose: a piece of a sentence, with its punctuation, or a wrapped line as
# wide as a page's (a table's label is neither: '一、本年新收政府信息公开申请数量', '6.属于四类过程性信息').
_SENTENCE = re.compile(r"[，,。；;：:！？]")
MIN_WRAPPED_WIDTH = 24
# ... or a table's row set on one line, its values after its label ('规章 0 0 0'): a table running to the page's end
# (a table set a cell a line puts a label, never a row, above each value), or the report's date under its signature.
_ROW_OF_VALUES = re.compile(r"\S\s+\d+(?:\.\d+)?%?(?:\s+\d+(?:\.\d+)?%?)+\s*$")
_DATE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
# A page holds at least this many lines: page numbers closer together are a table's values.
MIN_PAGE_LINES = 10
# A page whose number the layer lost (its last line a table's) may leave one number out of the count.
MAX_STEP = 2


def _after_page_text(texts: list[str], k: int) -> bool:
    before = next((t for t in reversed(texts[:k]) if t.strip()), "")
    return bool(_SENTENCE.search(before) or _ROW_OF_VALUES.search(before) or _DATE.match(before)) \
        or width(before) >= MIN_WRAPPED_WIDTH


def _chain(candidates: list[tuple[int, int]], first: int, last: int) -> list[tuple[int, int]]:
    """The page numbers counting on from ``candidates[first]``: each the next page's (or the one after, where a
    number was lost), ``MIN_PAGE_LINES`` lines on (the text's last line closer: a last page may hold a few lines)."""
    chain = [candidates[first]]
    for k, n in candidates[first + 1:]:
        pk, pn = chain[-1]
        if 0 < n - pn <= MAX_STEP and (k - pk >= MIN_PAGE_LINES or k == last):
            chain.append((k, n))
    return chain


def bare_page_numbers(texts: list[str]) -> set[int]:
    """Indices of the lines that are bare page numbers: numbers counting up from 1 or 2 through the text, one page
    (or two, where one number was lost) at a time and ``MIN_PAGE_LINES`` lines apart, at least two of them and at
    least half after a page's text (prose, a table's row, the report's date; a page may end on a table's label) —
    or a lone '1' after prose ending a one-page text."""
    last = max((k for k, t in enumerate(texts) if t and t.strip()), default=-1)
    candidates = [(k, int(m.group(1))) for k, t in enumerate(texts) if (m := _BARE_NUMBER.match(t or ""))]
    best: list[tuple[int, int]] = []
    for first, (k, n) in enumerate(candidates):
        if n in (1, 2):
            chain = _chain(candidates, first, last)
            if len(chain) > len(best):
                best = chain
    prose = [k for k, _ in best if _after_page_text(texts, k)]
    if len(best) >= 2 and 2 * len(prose) >= len(best):
        return {k for k, _ in best}
    return {k for k, n in best[:1] if n == 1 and k == last and prose}


# A footer that tells itself: '- 3 -', '— 3 —', '第3页 共8页', '3/8'.
_FOLIO = re.compile(r"^\s*(?:[—\-－–]+\s*\d{1,4}\s*[—\-－–]+|第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")


def is_folio(text: str) -> bool:
    """Whether a line is a page's footer that tells itself ('- 3 -', '第3页 共8页', '3/8')."""
    return bool(_FOLIO.match(text))


# A running header repeats the report's title, or one line of it where the title takes two ('某区某局' /
# '2023年…年度报告'): one of the text's first lines.
TITLE_LINES = 4
MAX_HEADER_CHARS = 60


def running_headers(texts: list[str], folios: set[int], titles: tuple[str, ...] = ()) -> set[int]:
    """Indices of the lines that are a page's running header: the first line after a page's footer (``folios``)
    where it repeats one of the text's first ``TITLE_LINES`` lines or one of ``titles`` (a title the text's
    container states, a scraper's '标题: …' above it), or where the same line follows at least two footers. A PDF
    sets its header at every page's top, right under the last page's number; a paragraph going on across the page
    break runs past it (left in, the header cuts the paragraph in two)."""
    tops = [k for k, t in enumerate(texts) if t and t.strip()][:TITLE_LINES]
    named = {t.strip() for t in titles if t and t.strip()}
    after = []
    for f in sorted(folios):
        k = next((k for k in range(f + 1, len(texts)) if texts[k] and texts[k].strip()), None)
        if k is not None and k not in folios and len(texts[k].strip()) <= MAX_HEADER_CHARS:
            after.append(k)
    counts = Counter(texts[k].strip() for k in after)
    # (a repeat: the line itself among the first lines, under a first page's number, is the text's own)
    return {k for k in after if texts[k].strip() in named or counts[texts[k].strip()] >= 2
            or any(j < k and texts[j].strip() == texts[k].strip() for j in tops)}


def page_furniture(texts: list[str], titles: tuple[str, ...] = ()) -> set[int]:
    """Indices of the lines that are a page's footer or header between two pages' lines: page numbers (bare ones
    by ``bare_page_numbers``), the text's first line (the report's title) repeated further down as a running
    header, and the running headers under a page's number (``running_headers``)."""
    out = bare_page_numbers(texts) | {k for k, t in enumerate(texts) if _FOLIO.match(t)}
    top = next((k for k, t in enumerate(texts) if t.strip()), None)
    if top is not None:
        out |= {k for k in range(top + 1, len(texts)) if texts[k].strip() == texts[top].strip()}
    return out | running_headers(texts, out, titles)
