"""A report a crawler flattened to one run of text, and that run as a PDF converter writes it back (invented
text; the patterns are the converters', measured on real conversions by benchmarks/real_converters.py):

- ``flattened_text``: the title on a line, then the whole report on one line — section headings, sub-headings,
  paragraphs and the tables' rows (cells a space apart) run together, as a crawler's page text is;
- ``wrapped_markdown``: that text made a PDF (a word processor fills the page: one paragraph, no indent, no
  space between paragraphs) and read by markitdown (pdfminer): one Markdown line per line of the page, each
  as wide as the page, whatever it cuts — a sentence's end at a line's end, an item's marker ('（三）' cut
  to '（' / '三）…', or opening a line), a section heading ('…。二、主动公' / '开政府信息情况…', '…无内容。六' /
  '.其他需要报告的事项').

(pymupdf4llm joins such a page's lines again into one Markdown line, a space at each wrap; its reader splits
that line at some wraps on its own — ``readers/markdown.py``'s joined lines — and is not generated here yet.)

- ``spaced_text``: the title on a line, then the whole report on one line with a space between its parts (each
  heading, paragraph and table row), as a crawler keeps a page's paragraph breaks; ``lined_text`` is the same
  report a part a line, what the spaced text must read as (``layout.crawled``); ``half_width_items`` writes its
  items' numbers in half-width brackets ('(三)'), as many portals do.

Read natively, the one-line text breaks at its section headings and at the items after a sentence's end in a
run as long as ``run_on.RUN_ON_CHARS``; the converters' Markdown must come out the same (the readers'
``layout.flowed``).
"""

from __future__ import annotations

import random
import re
import unicodedata

from nianbao.synth.grids import grids, slots
from nianbao.synth.model import Report


def flattened_text(rep: Report) -> str:
    """The report as a crawler's page text: the title line, then everything else on one line."""
    body = ""
    for piece in _parts(rep):
        # Latin and digits keep a space from what they run into, as a page's text does.
        sep = " " if body and (body[-1].isascii() and body[-1].isalnum() or piece[0].isascii()) else ""
        body += sep + piece
    return f"{rep.title}\n{body}\n"


def _parts(rep: Report) -> list[str]:
    """The report's pieces as a page's text gives them: each block's text, each table row its cells spaced."""
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    parts: list[str] = []
    for block in rep.blocks:
        if block.kind == "table":
            parts += [" ".join(t for t in row if t) for row in slots(tables[block.text])]
        else:
            parts.append(block.text)
    return parts


def spaced_text(rep: Report) -> str:
    """The report as a crawler's page text that keeps its breaks as spaces: the title line, then every heading,
    paragraph and table row on one line, a space apart."""
    return f"{rep.title}\n{' '.join(_parts(rep))}\n"


_FULL_WIDTH_ITEM = re.compile(r"（([一二三四五六七八九十]{1,3}|\d{1,2})）")


def half_width_items(text: str) -> str:
    """The text with its items' numbers in half-width brackets ('（三）' → '(三)'), as many portals write them."""
    return _FULL_WIDTH_ITEM.sub(r"(\1)", text)


def lined_text(rep: Report) -> str:
    """The same report a part a line: what ``spaced_text`` must read as."""
    return "\n".join([rep.title, *_parts(rep)]) + "\n"


def _width(ch: str) -> float:
    return 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.5


# The line-breaking rules every CJK typesetter keeps (a word processor's default kinsoku lists, GB/T 15834): a
# line never opens on a closing mark or a stop, full width or half ('）', ')', '，', '!'), and never ends on an
# opening mark ('（', '(', '《', '“').
NO_LINE_START = "，。、；：！？）》〉」』】”’),.;:!?]}%"
NO_LINE_END = "（《〈「『【“‘([{"


def page_lines(text: str, width: int, kinsoku: bool = False) -> list[str]:
    """A line of text as a page sets it, ``width`` CJK characters a line: cut wherever the width is
    reached, but inside a run of Latin letters or digits (a word or a number is never cut) and before a
    closing mark (a line never opens on '，' or '。'). With ``kinsoku`` the typesetter's whole rule: never before
    any mark of ``NO_LINE_START`` (half-width ones too: ')', ','), never after one of ``NO_LINE_END`` ('（', '(');
    without, the cuts a converter's boxes make (pdfminer may end a line on an opening mark set in another font)."""
    lines, line, used = [], "", 0.0
    for k, ch in enumerate(text):
        nxt = text[k + 1] if k + 1 < len(text) else ""
        line += ch
        used += _width(ch)
        unbreakable = (ch.isascii() and ch.isalnum() and nxt.isascii() and nxt.isalnum()) or nxt in "，。、；：）》”" \
            or (kinsoku and ((nxt != "" and nxt in NO_LINE_START) or ch in NO_LINE_END))
        if used >= width and not unbreakable:
            lines.append(line.strip())
            line, used = "", 0.0
    if line.strip():
        lines.append(line.strip())
    return lines


def wrapped_markdown(rep: Report) -> bytes:
    """``flattened_text`` as markitdown writes the PDF made from it, the page 30 to 48 characters wide."""
    rng = random.Random(f"{rep.seed}:flowed")
    title, body = flattened_text(rep).rstrip("\n").split("\n", 1)
    return ("\n".join([title, *page_lines(body, rng.randint(30, 48))]) + "\n").encode()
