"""What a PDF page holds for us: glyphs with boxes and ruling lines, in top-left page coordinates.

Everything after this module works on these two lists, whichever way they were obtained (the PDF's
own text layer through pdfium, or OCR of the rendered page), so the table aligner and the line
builder are written once.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, origin top-left

# Strokes thinner than this are ruling lines even when drawn as filled rectangles (WPS, Word).
_THIN = 3.0
_MIN_RULING = 4.0


@dataclass(frozen=True)
class Glyph:
    """One character and its box; ``score`` is the OCR confidence (1.0 for the PDF's own text)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    score: float = 1.0

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True)
class Ruling:
    """An axis-aligned line: horizontal ('h', at y=pos from start to end in x) or vertical ('v')."""

    orientation: str
    pos: float
    start: float
    end: float


@dataclass
class PageContent:
    """A page as glyphs and ruling lines; ``source`` is 'text' (the PDF's own layer) or 'ocr'."""

    index: int  # 0-based
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    rulings: list[Ruling] = field(default_factory=list)
    images: int = 0  # image objects on the page: a page with images and no glyphs is a scan
    source: str = "text"


def _font_size(raw, index: int, matrix) -> float:
    """A character's font size on the page: pdfium reports it before the text matrix scales it."""
    if not pdfium_c.FPDFText_GetMatrix(raw, index, matrix):
        return 0.0
    return pdfium_c.FPDFText_GetFontSize(raw, index) * abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5


def _glyphs(page: pdfium.PdfPage, height: float) -> list[Glyph]:
    textpage = page.get_textpage()
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    glyphs = []
    try:
        for i in range(pdfium_c.FPDFText_CountChars(raw)):
            # Spaces and line breaks pdfium infers are dropped: lines and gaps are rebuilt from boxes.
            if pdfium_c.FPDFText_IsGenerated(raw, i):
                continue
            code = pdfium_c.FPDFText_GetUnicode(raw, i)
            if code in (0, 0xFFFE, 0xFFFF) or chr(code).isspace():
                continue
            if 0xD800 <= code <= 0xDFFF:  # a UTF-16 half (a damaged text layer): no character of its own
                code = 0xFFFD
            if not pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top):
                continue
            box = (left.value, height - top.value, right.value, height - bottom.value)
            # The loose box (font ascent/descent, advance) keeps 一 from being a sliver and 1 from
            # being narrow; pdfium gives nonsense loose boxes for rotated/vertical runs, so check it.
            # Punctuation has little ink (“ is a speck at the top of the line, 。 at the foot), so
            # the font size bounds the box too: with its ink box alone “ would make a line of its own.
            ink = max(right.value - left.value, top.value - bottom.value, 1.0)
            limit = max(3.5 * ink, 1.6 * _font_size(raw, i, matrix))
            if pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect) and 0 < rect.right - rect.left <= limit \
                    and 0 < rect.top - rect.bottom <= limit:
                box = (rect.left, height - rect.top, rect.right, height - rect.bottom)
            glyphs.append(Glyph(chr(code), *box))
    finally:
        textpage.close()
    return glyphs


def _segments(obj: pdfium.PdfObject, height: float) -> list[tuple[float, float, float, float]]:
    """The straight pieces of a path object, as (x0, y0, x1, y1) in top-left page coordinates."""
    a, b, c, d, e, f = obj.get_matrix().get()
    x, y = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float, int]] = []
    for k in range(pdfium_c.FPDFPath_CountSegments(obj.raw)):
        seg = pdfium_c.FPDFPath_GetPathSegment(obj.raw, k)
        pdfium_c.FPDFPathSegment_GetPoint(seg, x, y)
        kind = pdfium_c.FPDFPathSegment_GetType(seg)
        closes = pdfium_c.FPDFPathSegment_GetClose(seg)
        points.append((a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f), kind))
        if closes:
            start = next((p for p in reversed(points[:-1]) if p[2] == pdfium_c.FPDF_SEGMENT_MOVETO), None)
            if start:
                points.append((start[0], start[1], pdfium_c.FPDF_SEGMENT_LINETO))
    out = []
    for (x0, y0, _), (x1, y1, kind) in zip(points, points[1:]):
        if kind == pdfium_c.FPDF_SEGMENT_LINETO:
            out.append((x0, y0, x1, y1))
    return out


def _rulings(page: pdfium.PdfPage, height: float) -> tuple[list[Ruling], int]:
    rulings: list[Ruling] = []
    images = 0
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for obj in page.get_objects(max_depth=4):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images += 1
            continue
        if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        x0, y0, x1, y1 = obj.get_bounds()
        pdfium_c.FPDFPath_GetDrawMode(obj.raw, fill, stroke)
        w, h = x1 - x0, y1 - y0
        if w < _THIN or h < _THIN:
            # A hairline, stroked or filled: one ruling along its long side.
            if w >= _MIN_RULING and h < _THIN:
                top = height - (y0 + y1) / 2
                rulings.append(Ruling("h", top, x0, x1))
            elif h >= _MIN_RULING and w < _THIN:
                rulings.append(Ruling("v", (x0 + x1) / 2, height - y1, height - y0))
            continue
        if not stroke.value:
            continue  # a filled area (shaded header rows, backgrounds) draws no rules
        for sx0, sy0, sx1, sy1 in _segments(obj, height):
            if abs(sy1 - sy0) < 1 and abs(sx1 - sx0) >= _MIN_RULING:
                rulings.append(Ruling("h", (sy0 + sy1) / 2, min(sx0, sx1), max(sx0, sx1)))
            elif abs(sx1 - sx0) < 1 and abs(sy1 - sy0) >= _MIN_RULING:
                rulings.append(Ruling("v", (sx0 + sx1) / 2, min(sy0, sy1), max(sy0, sy1)))
    return rulings, images


def read_page(page: pdfium.PdfPage, index: int, rulings: bool = True) -> PageContent:
    """The glyphs (and, where asked, the ruling lines and image count) of one page."""
    width, height = page.get_size()
    content = PageContent(index, width, height, _glyphs(page, height))
    if rulings:
        content.rulings, content.images = _rulings(page, height)
    return content
