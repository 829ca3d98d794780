"""Provenance to look at: a PDF's table pages with every detected cell boxed and its value written in.

Green boxes hold values every check they take part in passes; red boxes are in a failing check;
orange boxes are uncertain (OCR confidence below the threshold, ambiguous or unreadable cells).
A researcher verifies a table at a glance against the page itself.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

from nianbao.extraction.pdf.ocr import LOW_CONFIDENCE
from nianbao.core.record import CellKind, CheckStatus, Record

DPI = 110
_GREEN, _RED, _ORANGE = (20, 150, 60), (210, 30, 30), (235, 140, 0)


def _colour(cell, failing: set[str]) -> tuple[int, int, int]:
    if cell.id in failing:
        return _RED
    uncertain = cell.kind in (CellKind.AMBIGUOUS, CellKind.TEXT, CellKind.MISSING)
    if uncertain or (cell.source.confidence is not None and cell.source.confidence < LOW_CONFIDENCE):
        return _ORANGE
    return _GREEN


def draw_overlay(record: Record, pdf: Path, output: Path, dpi: int = DPI) -> int:
    """Write one PNG of the record's table pages, stacked top to bottom; returns how many cells it drew.

    Raises ValueError when the record has no cell with a page box (not a PDF, or no table found).
    """
    failing = {cid for check in record.checks if check.status is CheckStatus.FAIL for cid in check.cells}
    by_page: dict[int, list] = {}
    for table in record.tables:
        for cell in table.cells:
            if cell.source and cell.source.page and cell.source.bbox:
                by_page.setdefault(cell.source.page, []).append(cell)
    if not by_page:
        raise ValueError(f"{record.doc_id}: no table cell has a place on a PDF page to draw")
    scale = dpi / 72
    font = ImageFont.load_default(size=max(10, int(9 * scale)))
    images = []
    document = pdfium.PdfDocument(str(pdf))
    try:
        for number in sorted(by_page):
            image = document[number - 1].render(scale=scale).to_pil().convert("RGB")
            draw = ImageDraw.Draw(image, "RGBA")
            for cell in by_page[number]:
                x0, top, x1, bottom = (v * scale for v in cell.source.bbox)
                colour = _colour(cell, failing)
                draw.rectangle((x0 + 1, top + 1, x1 - 1, bottom - 1), outline=colour, width=2, fill=(*colour, 28))
                if cell.kind in (CellKind.AMBIGUOUS, CellKind.MISSING):
                    label = "?"
                else:
                    label = f"{cell.value:g}" if cell.value is not None else ""
                if label:
                    draw.text((x1 - 3, top + 2), label, fill=colour, font=font, anchor="ra")
            draw.text((8, 6), f"{record.doc_id} · page {number}", fill=(60, 60, 60), font=font)
            images.append(image)
    finally:
        document.close()
    sheet = Image.new("RGB", (max(i.width for i in images), sum(i.height for i in images)), "white")
    y = 0
    for image in images:
        sheet.paste(image, (0, y))
        y += image.height
    output.parent.mkdir(parents=True, exist_ok=True)
    sheet.save(output)
    return sum(len(cells) for cells in by_page.values())
