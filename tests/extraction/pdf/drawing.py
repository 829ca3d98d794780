"""Small PDFs drawn with reportlab for the PDF unit tests: rules, fills and text at given places,
in top-left page coordinates like the rest of nianbao.extraction.pdf."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import pypdfium2 as pdfium
from reportlab.pdfgen import canvas

from nianbao.extraction.pdf.page import PageContent, read_page

WIDTH, HEIGHT = 595.0, 842.0


@dataclass
class Drawing:
    """What to put on one page; y grows downwards from the top of the page."""

    lines: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, y0, x1, y1, stroked
    hairlines: list[tuple[float, float, float, float]] = field(default_factory=list)  # thin filled rects
    fills: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    texts: list[tuple[float, float, str]] = field(default_factory=list)  # x, baseline, text
    font: tuple[str, float] = ("Helvetica", 9)

    def grid(self, xs: list[float], ys: list[float], skip: set[tuple[str, int, int]] = frozenset()) -> None:
        """Every rule of a full grid but the pieces in ``skip``: ('v', rule, row) or ('h', rule, column)."""
        for k, x in enumerate(xs):
            for i in range(len(ys) - 1):
                if ("v", k, i) not in skip:
                    self.lines.append((x, ys[i], x, ys[i + 1]))
        for k, y in enumerate(ys):
            for j in range(len(xs) - 1):
                if ("h", k, j) not in skip:
                    self.lines.append((xs[j], y, xs[j + 1], y))

    def pdf(self) -> bytes:
        out = io.BytesIO()
        c = canvas.Canvas(out, pagesize=(WIDTH, HEIGHT), invariant=1)
        c.setFillGray(0.85)
        for x0, top, x1, bottom in self.fills:
            c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        c.setFillGray(0)
        for x0, top, x1, bottom in self.hairlines:
            c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        c.setLineWidth(0.6)
        for x0, y0, x1, y1 in self.lines:
            c.line(x0, HEIGHT - y0, x1, HEIGHT - y1)
        c.setFont(*self.font)
        for x, baseline, text in self.texts:
            c.drawString(x, HEIGHT - baseline, text)
        c.showPage()
        c.save()
        return out.getvalue()

    def page(self) -> PageContent:
        """The drawing read back by pdfium: glyphs, rulings, images."""
        pdf = pdfium.PdfDocument(self.pdf())
        try:
            return read_page(pdf[0], 0)
        finally:
            pdf.close()
