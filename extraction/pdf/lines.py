"""Glyphs into text lines in reading order: top to bottom, left to right, gaps kept as spaces.

Lines are rebuilt from boxes rather than taken in content-stream order, because producers write
streams in any order (pdftotext's plain mode reads 洪泽区 2023's table-三 row 二 before row 一).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from nianbao.extraction.pdf.page import Box, Glyph

# A gap wider than this many glyph heights separates words/cells; justified CJK text stays joined.
_GAP = 0.9


@dataclass(frozen=True)
class TextLine:
    text: str
    box: Box
    glyphs: tuple[Glyph, ...]


def _is_wide(text: str) -> bool:
    return any(ord(ch) > 0x2E80 for ch in text)


def join_glyphs(glyphs: list[Glyph]) -> str:
    """The text of glyphs on one line, ordered by x, with a space where a real gap separates them."""
    glyphs = sorted(glyphs, key=lambda g: g.x0)
    if not glyphs:
        return ""
    size = median(g.height for g in glyphs) or 1.0
    out = [glyphs[0].text]
    for prev, cur in zip(glyphs, glyphs[1:]):
        gap = cur.x0 - prev.x1
        if gap > _GAP * size or (gap > 0.25 * size and not (_is_wide(prev.text) or _is_wide(cur.text))):
            out.append(" ")
        out.append(cur.text)
    return "".join(out)


def group_lines(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs clustered into lines: a glyph joins the line its vertical centre falls inside."""
    lines: list[list[Glyph]] = []
    bounds: list[tuple[float, float]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.cy, g.x0)):
        if bounds and bounds[-1][0] <= glyph.cy <= bounds[-1][1]:
            lines[-1].append(glyph)
            top, bottom = bounds[-1]
            # Grow the band a little only: punctuation boxes are short and sit low.
            bounds[-1] = (min(top, glyph.top), max(bottom, min(glyph.bottom, top + 1.6 * glyph.height)))
        else:
            lines.append([glyph])
            bounds.append((glyph.top, glyph.bottom))
    return lines


def text_lines(glyphs: list[Glyph]) -> list[TextLine]:
    """Text lines of a set of glyphs, top to bottom."""
    out = []
    for line in group_lines(glyphs):
        box = (min(g.x0 for g in line), min(g.top for g in line), max(g.x1 for g in line), max(g.bottom for g in line))
        out.append(TextLine(join_glyphs(line), box, tuple(sorted(line, key=lambda g: g.x0))))
    return out
