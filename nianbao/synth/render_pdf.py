"""PDFs typeset with reportlab: ruled tables (full grid, merged cells as in the template, shaded
header rows), reportlab's built-in CID font STSong-Light (not embedded: no font file is needed to
write it; reading it back needs a CJK system font, which pdfium substitutes), invariant output.

reportlab is optional (``pip install nianbao[synth]``); it is imported when a PDF is written.
"""

from __future__ import annotations

import io
from functools import lru_cache
from typing import Any

from nianbao.synth.grids import Grid, grids, place
from nianbao.synth.model import Report

FONT = "STSong-Light"
MARGIN = 56.0


@lru_cache(maxsize=1)
def _setup() -> dict[str, Any]:
    """Register the font once per process and build the paragraph styles."""
    from reportlab import rl_config
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    rl_config.invariant = 1
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    base = ParagraphStyle("body", fontName=FONT, fontSize=12, leading=19, firstLineIndent=24, wordWrap="CJK",
                          spaceAfter=2)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontSize=17, leading=26, alignment=TA_CENTER, firstLineIndent=0),
        "heading": ParagraphStyle("heading", base, fontSize=13, leading=22, spaceBefore=4),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT, firstLineIndent=0),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11.5, alignment=TA_CENTER, wordWrap="CJK"),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=9.9, alignment=TA_CENTER, wordWrap="CJK"),
    }


def _widths(key: str, n_cols: int, width: float) -> list[float]:
    if key == "t3":  # 办理结果, group and item columns, then the values
        lead = [17.0, 66.0, 143.0]
        return lead + [(width - sum(lead)) / (n_cols - 3)] * (n_cols - 3)
    if key == "t2":
        return [170.0] + [(width - 170.0) / (n_cols - 1)] * (n_cols - 1)
    return [width / n_cols] * n_cols


def _table(key: str, grid: Grid, styles: dict[str, Any], width: float) -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    placed = place(grid)
    n_cols = max(c + cell.cols for _, c, cell in placed)
    data: list[list[object]] = [["" for _ in range(n_cols)] for _ in grid]
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 2), ("GRID", (0, 0), (-1, -1), 0.6, colors.black)]
    style = styles["small" if key == "t4" else "cell"]
    for r, c, cell in placed:
        data[r][c] = Paragraph(cell.text, style) if cell.text else ""
        if cell.rows > 1 or cell.cols > 1:
            commands.append(("SPAN", (c, r), (c + cell.cols - 1, r + cell.rows - 1)))
    heads = [0, 1, 2] if key != "t2" else [r for r, row in enumerate(grid) if len(row) == 1 or row[0].text == "信息内容"]
    commands += [("BACKGROUND", (0, r), (-1, r), colors.Color(0.85, 0.85, 0.85)) for r in heads]
    return Table(data, colWidths=_widths(key, n_cols, width), style=TableStyle(commands), hAlign="CENTER")


def _folio(canvas: Any, doc: Any) -> None:
    from reportlab.lib.pagesizes import A4

    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 36, f"- {doc.page} -")
    canvas.restoreState()


def render_pdf(rep: Report, encrypt: Any = None) -> bytes:
    """The report typeset as an A4 PDF; ``encrypt`` (a password) is passed to reportlab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    styles = _setup()
    width = A4[0] - 2 * MARGIN
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    story: list = [Paragraph(rep.agency.name, styles["title"]),
                   Paragraph(rep.title.removeprefix(rep.agency.name), styles["title"])]
    for block in rep.blocks:
        if block.kind == "table":  # kept on one page with the line before it, never split
            story.append(KeepTogether([story.pop(), Spacer(1, 6), _table(block.text, tables[block.text], styles,
                                                                         width)]))
            story.append(Spacer(1, 8))
        else:
            story.append(Paragraph(block.text, styles["heading" if block.kind in ("section", "heading") else "body"]))
    story += [Spacer(1, 18), Paragraph(rep.agency.name, styles["right"]), Paragraph(rep.date_line, styles["right"])]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=64, bottomMargin=64,
                            title=rep.title, author=rep.agency.name, creator="nianbao synth", invariant=1,
                            encrypt=encrypt)
    doc.build(story, onFirstPage=_folio, onLaterPages=_folio)
    return buf.getvalue()
