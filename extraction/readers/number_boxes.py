"""A number markitdown (pdfminer) wrote on a line of its own below the line it opens, put back.

pdfminer reads digits set in another font than the text (a Latin font's digits on a Chinese page) as a text
box of their own. Where the digits opened a line, their box may come after the line: '年，本区坚持以…' then
'2023' alone, then the line after. A line that opens on a number's unit ('年', '月', '件' …) with a bare
number right below it, where the line above it ends a sentence or is a heading (so no number could end
it), gets the number back at its start. Only a number of at most four digits moves; the lines between
table cells (a bare number below a label) are left: their line above ends on no sentence's stop.
"""

from __future__ import annotations

import re

_BARE_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")
_UNIT_START = re.compile(r"^\s*[年月日件条项个次]")
# The line above ends a sentence, or is a heading: a Markdown one ('### **2．改进措施**') or a numbered one.
_ENDS_SENTENCE = re.compile(r"[。！？；：]\s*$|^\s{0,3}#|^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^，。]{2,20}$")


def _previous(lines: list[str], i: int) -> int:
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    return k


def restore_number_boxes(lines: list[str]) -> list[str]:
    """The lines with each number pdfminer wrote below the line it opens put back at that line's start (the
    number's own line left empty, so line numbers hold)."""
    out = list(lines)
    for i, line in enumerate(lines):
        bare = _BARE_NUMBER.match(line)
        if not bare:
            continue
        k = _previous(out, i)
        if k < 0 or not _UNIT_START.match(out[k]):
            continue
        above = _previous(out, k)
        if above >= 0 and not _ENDS_SENTENCE.search(out[above]):
            continue
        out[k] = bare.group(1) + out[k].lstrip()
        out[i] = ""
    return out
