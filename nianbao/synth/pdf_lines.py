"""A paragraph as markitdown (pdfminer) writes a PDF's prose: one Markdown line for each line of the page,
a blank line between them, and what pdfminer does to the lines (the patterns were measured on real
converters' output, benchmarks/real_converters.py; the text is the synthetic report's own):

- quote marks set in another font than the text (“ ” in a Latin font) are text boxes of their own: the
  line keeps a space where each stood, and the marks follow on lines of their own, out of order, marks
  that stood together ('”“') on one line; an opening mark at a line's start is written on a line of its own
  before the line (a line never ends on an opening mark: typesetting moves it to the next line's start);
- a number whose unit opens the next line ends its line short, set off by a space ('及时公开 2023' /
  '年度决算报告…'): the digits were a text box of their own;
- a line cut short after a comma ('月 1 日起，' / '至 2024 年…'), never the paragraph's first;
- a number opening the paragraph written below its first line ('年，本区坚持…' / '2023'), where the line
  above ends a sentence or is a heading.

A line never ends on a sentence's stop inside the paragraph, unless the lines are written one under the
other (no blank line between, as markitdown writes a page's lines) and the line is full: a line as wide as
the page's full line that ends a sentence went on (extraction/readers/full_lines.py); a narrower one ended
its paragraph. A line never opens on an item's or a heading's marker.
"""

from __future__ import annotations

import random
import re

# Where a line may not open: an item's marker ('二是', '（三）', '3．'), which starts a paragraph.
_OPENS_BLOCK = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[是、]|[（(]|\d{1,2}[.．、])")
_STOP = tuple("。！？；：:;!?")
_UNIT = re.compile(r"(\d+)(?=[年月日件条项个次])")
_QUOTE = re.compile(r"“[^“”]{1,20}”")
# A line of CJK text and its punctuation only, no Latin or digit (as wide as its characters).
_CJK_LINE = re.compile(r"^[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]+$")
_LEAD_NUMBER = re.compile(r"^(\d{1,4})(?=[年月日件条项个次])")


def _breaks(rng: random.Random, text: str, width: int, full_stops: bool = False) -> tuple[list[int], set[int]]:
    """Where the paragraph's lines end: at about ``width`` characters, a number's digits or a comma
    sometimes ending a line short, never after a sentence's stop or before an item's marker (with
    ``full_stops``, a full line of CJK text may end on a stop, a full line going on under it); and the ends that
    cut a number from its unit."""
    cuts, start, boxed = [], 0, set()
    full_next = False  # the line under a full line ending a sentence is full too (never cut short)
    while len(text) - start > width:
        end = start + width
        if full_stops and text[end - 1] in "。" and _CJK_LINE.match(text[start:end]) and len(text) - end > width \
                and _CJK_LINE.match(text[end:end + width]) and not _OPENS_BLOCK.match(text[end:]):
            # a sentence ending exactly at the full line's end, a full line of the paragraph under it (a shorter
            # one, its last, would look like a paragraph of its own: nothing tells it)
            cuts.append(end)
            start, full_next = end, True
            continue
        short = None
        if not full_next and rng.random() < 0.35:
            unit = next((m for m in _UNIT.finditer(text, start + 8, end) if m.end() < end), None)
            # (a paragraph's first line is never cut at a comma: a page's own short line may end so)
            comma = text.find("，", start + 6, end - 1) if start else -1
            short = unit.end() if unit else comma + 1 if comma > 0 else None
        full_next = False
        end = short or end
        if short and unit and end == unit.end():
            boxed.add(end)
        if text[end - 1] == "“" and end - 1 > start + 1 and text[end - 2] not in _STOP:
            end -= 1  # a line never ends on an opening mark (typesetting puts it at the next line's start)
        while end < len(text) and (text[end - 1] in _STOP or _OPENS_BLOCK.match(text[end:]) or text[end] == "”"
                                   or text[end - 1] == "“"
                                   or (end not in boxed and (text[end - 1].isascii() or text[end].isascii()))):
            # a stop, an opening marker, a closing mark or a Latin run (an address, a number) at the cut, an
            # opening mark before it: the line runs a character further (an opening mark may open the next line)
            end += 1
        if end >= len(text):
            break
        cuts.append(end)
        start = end
    return cuts, boxed


def _moved_marks(rng: random.Random, line: str) -> list[str]:
    """A line with the quotes inside it (neither mark at its start or end) set apart: the line with a
    space for each mark, then the marks' lines, adjacent marks on one line, out of order."""
    opened = line.startswith("“") and re.match(r"“[^“”]{1,20}”.", line)  # its own quote closes in the line
    if not (_QUOTE.search(line[1:-1]) or opened) or len(line) < 20 or re.search(r"[\x00-\x7f][“”]|[“”][\x00-\x7f]", line):
        return [line]  # a mark beside a digit or a Latin letter leaves a space of the digit's own kind
    marks: list[str] = []
    out = []
    for k, ch in enumerate(line):
        if ch in "“”" and 0 < k < len(line) - 1:
            if out and out[-1] == " ":  # '”“': two marks in one gap, one mark line
                marks[-1] += ch
            else:
                marks.append(ch)
                out.append(" ")
        else:
            out.append(ch)
    text = "".join(out)
    if re.search(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", line) or len(marks) != text.count(" "):
        return [line]  # a space of the line's own would take a mark: left whole
    rng.shuffle(marks)
    if line.startswith("“"):  # an opening mark at the line's start: written on a line of its own before it
        return ["“", text[1:], *marks]
    return [text, *marks]


def pdf_lines(rng: random.Random, text: str, width: int, after_stop: bool = False, full_stops: bool = False) -> list[str]:
    """The paragraph's Markdown lines as markitdown writes a PDF's prose (see the module's docstring);
    ``after_stop``: the line above ends a sentence or is a heading, so a number opening the paragraph may
    come below its first line; ``full_stops``: a sentence may end at a full line's end (the lines are
    written one under the other, no blank line between, where the reader can tell it by their widths)."""
    cuts, boxed = _breaks(rng, text, width, full_stops)
    out: list[str] = []
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        line = text[a:b]
        if b in boxed:  # the digits' own text box, set off by a space
            line = re.sub(r"(?<=[^\d\s])(\d+)$", r" \1", line)
        out += _moved_marks(rng, line)
    lead = _LEAD_NUMBER.match(out[0])
    if after_stop and lead and len(out) > 1 and rng.random() < 0.5:
        out[:1] = [out[0][lead.end():], lead.group(1)]  # the opening number's box, below its line
    return out
