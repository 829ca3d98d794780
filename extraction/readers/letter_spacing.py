"""Lines a PDF's text layer gave with a space between every two characters ('2 0 2 3 年 政 府 信 息 公 开'), closed up.

Some text layers (and the pages copied from them) keep each glyph a box of its own, so every character of a line
comes a space apart — a justified title, a whole report. No rule reads '2 0 2 3 年' as a year or '某 县 人 民 政 府'
as a body; the spaces are the layer's, not the report's, so such a line is closed up before anything reads it.

A line is letter-spaced when nearly all its space-separated pieces are one character long and at least six of them
are CJK characters: ordinary Chinese text keeps words and numbers whole between its spaces ('2023 年', '第 3 条'). A
metadata row's index code and dates come spaced too ('索 引 号 ： 1 2 3 4 / 2 0 2 3'), so digits may outnumber the CJK
characters; a flattened table row of one-digit cells ('0  1  0  2', cells a tab or two spaces apart) has no CJK
pieces, and only single spaces are dropped in any case.
"""

from __future__ import annotations

import dataclasses
import re

from nianbao.core.document import Document, TextBlock

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]")
# At least this many one-character CJK pieces: a short line of a few spaced characters ('第 一 条') proves nothing.
_MIN_CJK_PIECES = 6
_SINGLE_SHARE = 0.85  # of the pieces, the share one character long


def is_letter_spaced(line: str) -> bool:
    """Whether ``line`` is a text layer's letter-spaced line (see the module's note)."""
    pieces = line.split()
    if len(pieces) < _MIN_CJK_PIECES:
        return False
    singles = [p for p in pieces if len(p) == 1]
    cjk = sum(1 for p in singles if _CJK.match(p))
    return len(singles) >= _SINGLE_SHARE * len(pieces) and cjk >= _MIN_CJK_PIECES


def close_up(line: str) -> str:
    """A letter-spaced line closed up: single spaces dropped, a wider gap (a word's) kept as one space."""
    return " ".join(re.sub(r"(?<=\S) (?=\S)", "", part) for part in re.split(r"\s{2,}", line.strip()))


def closed_up(doc: Document) -> Document:
    """The document with each letter-spaced text block closed up (block order and count kept)."""
    if not any(is_letter_spaced(b.text) for b in doc.text_blocks):
        return doc
    blocks = [dataclasses.replace(b, text="\n".join(close_up(x) if is_letter_spaced(x) else x for x in b.text.split("\n")))
              if isinstance(b, TextBlock) else b for b in doc.blocks]
    return dataclasses.replace(doc, blocks=blocks)
