"""Quote marks a PDF converter moved off their words, put back.

markitdown (pdfminer) reads quote marks set in another font than the text around them (“ ” ‘ ’ in a Latin
font, a common way Chinese documents are typeset) as text boxes of their own: the line keeps a space
where each mark stood ('通过 以会代训 专题培训 等多'), and the marks follow on lines of their own, out
of order, a mark line holding the marks that stood together ('”“' between two quoted phrases). An
opening mark at a line's start leaves no space and is written before the line; a closing mark at a
line's end none either. The marks are put back only where their lines and the spaces agree: every space
between two CJK characters of the lines since the last mark lines takes one mark line, in an order that
opens and closes quotes in turn (at most one opening mark left over starts the next line, at most one
closing mark ends the last line). Where they do not agree (a table's label cells: '第 （一） 项'), nothing
is changed: the marks stay on their own lines, as the converter wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_OPENING = "“‘"
_CLOSING = "”’"
_MARK_LINE = re.compile(r"^\s*[“”‘’]+(?:\s*[“”‘’]+)*\s*$")
# A space where a mark stood: between two non-ASCII characters (markitdown sets no other space there; a
# space next to a digit or a Latin word is its own).
_GAP = re.compile(r"(?<=[^\x00-\x7f\s]) (?=[^\x00-\x7f\s])")
# In a line that is no prose (a table's label cell), a space by a bracket is the converter's own ('第 （一） 项'
# sets its number apart), never a mark's: such a line holds the marks' lines up no more.
_LABEL_GAP = re.compile(r"(?<=[^\x00-\x7f\s（）]) (?=[^\x00-\x7f\s（）])")
# The most mark lines and spaces one search weighs (a window of a few lines holds a few quotes).
MAX_UNITS = 10


def _units(lines: list[str]) -> list[str]:
    return ["".join(line.split()) for line in lines]


def _opens(unit: str) -> bool:
    return unit[0] in _OPENING


def _inside_after(unit: str, inside: bool) -> bool:
    """Whether a quote is open after ``unit``, given whether one was before it."""
    for mark in unit:
        inside = mark in _OPENING
    return inside


def _fits(unit: str, inside: bool) -> bool:
    """A unit goes where a quote is open when it closes it first, else where none is when it opens one;
    inside a unit marks alternate ('”“')."""
    if _opens(unit) == inside:
        return False
    return all((a in _OPENING) != (b in _OPENING) for a, b in zip(unit, unit[1:]))


def _orders(units: list[str], gaps: int, inside: bool) -> Iterator[tuple[list[str], bool]]:
    """Every way to put ``gaps`` of the units in the gaps (each unit fitting the quote state before it):
    the units in gap order and whether a quote is open after the last one."""
    if gaps == 0:
        yield [], inside
        return
    tried: set[str] = set()
    for k, unit in enumerate(units):
        if unit in tried or not _fits(unit, inside):
            continue
        tried.add(unit)
        for rest, after in _orders(units[:k] + units[k + 1 :], gaps - 1, _inside_after(unit, inside)):
            yield [unit, *rest], after


# A quote the marks enclose is a phrase, a name or a slogan: shorter than this, and no sentence ends in it.
MAX_QUOTED_CHARS = 40
_QUOTED = re.compile(r"[“‘]([^“”‘’]*)[”’]")


def _short_quotes(text: str) -> bool:
    """Whether every quote closed in ``text`` is a phrase (a placement pairing marks across sentences is wrong)."""
    return all(len(q) <= MAX_QUOTED_CHARS and not re.search(r"[。；;！？]", q) for q in _QUOTED.findall(text))


# A line of prose: a sentence's punctuation in it, or as wide as a wrapped line is (a table's cells,
# '第 （一） 项', '三、本年度办 理结果', are short and keep their own spaces).
_SENTENCE_MARK = re.compile(r"[，。；：]")
MIN_PROSE_CHARS = 20


def _prose_line(text: str) -> bool:
    return bool(_SENTENCE_MARK.search(text)) or len(text.strip()) >= MIN_PROSE_CHARS


def _gap(text: str) -> re.Pattern[str]:
    """The spaces of ``text`` where a mark may have stood (see ``_LABEL_GAP``)."""
    return _GAP if _prose_line(text) else _LABEL_GAP


def _place(texts: list[str], units: list[str], carried: str) -> tuple[list[str], str] | None:
    """The window's text lines with the mark units in their gaps (``carried``: an opening mark left over
    by the window before, put at the first line's start) and the opening mark left for the next line, or
    None where lines and marks do not agree."""
    gaps = sum(len(_gap(t).findall(t)) for t in texts)
    if any(_LABEL_GAP.search(t) and not _prose_line(t) for t in texts):
        return None
    if not gaps or len(units) > MAX_UNITS or gaps > MAX_UNITS or not gaps <= len(units) <= gaps + 1:
        return None
    for order, inside in _orders(units, gaps, bool(carried)):
        left = list(units)
        for unit in order:
            left.remove(unit)
        tail = ""
        if left:  # one unit more than gaps: an opening mark for the next line, or a closing one ending this one
            unit = left[0]
            if len(unit) != 1 or _opens(unit) == inside:
                continue
            tail = unit
        out, marks = [], iter(order)
        for text in texts:
            out.append(_gap(text).sub(lambda _m: next(marks), text))
        if carried:
            out[0] = carried + out[0].lstrip()
        carry = ""
        if tail and tail in _CLOSING:
            if not re.search(r"[^\x00-\x7f\s]\s*$", out[-1]):
                continue  # a line ending in numbers: a table's row, whose label the mark closed
            out[-1] = out[-1].rstrip() + tail
        elif tail:
            carry = tail
        if not _short_quotes("".join(out)):
            continue
        return out, carry
    return None


def _placed_suffix(window: list[int], out: list[str], units: list[str], carried: str
                   ) -> tuple[list[int], list[str], str] | None:
    """``_place`` on the fewest last lines of the window whose gaps can hold the units (the lines above
    keep their own spaces: a table's label cells, a date apart); with a mark carried, the whole window."""
    starts = [0] if carried else range(len(window) - 1, -1, -1)
    for s in starts:
        texts = [out[k] for k in window[s:]]
        gaps = sum(len(_gap(t).findall(t)) for t in texts)
        if gaps > len(units):
            return None
        if gaps >= len(units) - 1:
            placed = _place(texts, units, carried)
            if placed is not None:
                return window[s:], *placed
    return None


def restore_quote_marks(lines: list[str]) -> list[str]:
    """The lines with the quote marks markitdown wrote on lines of their own put back in the spaces they
    left (see the module's docstring); lines whose marks cannot be placed for sure are kept as they are.
    As many lines come back (a placed mark's line empty), so line numbers hold."""
    out = list(lines)
    window: list[int] = []  # text lines since the last mark lines
    carried, carried_at = "", -1
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].strip():
            i += 1
            continue
        if not _MARK_LINE.match(lines[i]):
            window.append(i)
            i += 1
            continue
        marks = []
        while i < n and (not lines[i].strip() or _MARK_LINE.match(lines[i])):
            if lines[i].strip():
                marks.append(i)
            i += 1
        placed = _placed_suffix(window, out, _units([lines[k] for k in marks]), carried)
        if placed is not None:
            window, texts, carry = placed
            for k, text in zip(window, texts):
                out[k] = text
            if carried:
                out[carried_at] = ""
            # The opening mark left over keeps its line until the next window takes it.
            left = next((k for k in reversed(marks) if "".join(lines[k].split()) == carry), -1) if carry else -1
            for k in marks:
                if k != left:
                    out[k] = ""
            carried, carried_at = carry, left
        elif not window or not any(_gap(out[k]).search(out[k]) for k in window):
            # No gap before them: a lone opening mark starts the next line (written before it).
            units = _units([lines[k] for k in marks])
            carried, carried_at = (units[0], marks[0]) if len(units) == 1 and units[0] in _OPENING else ("", -1)
        else:
            carried, carried_at = "", -1
        window = []
    return out
