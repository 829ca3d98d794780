"""Word files: paragraphs, bold section headings, and real tables with merged cells as in the templates.

python-docx stamps the zip entries with the current time; the file is rewritten with a fixed stamp so
that the same seed gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from nianbao.synth.grids import Grid, grids, place
from nianbao.synth.model import Report

_STAMP = (2020, 1, 1, 0, 0, 0)


def add_table(doc: docx.document.Document, grid: Grid) -> None:
    """A grid as a Word table, merged cells merged."""
    placed = place(grid)
    width = max(c + cell.cols for _, c, cell in placed)
    table = doc.add_table(rows=len(grid), cols=width)
    table.style = "Table Grid"
    # table.cell() walks the whole table each call; the unmerged cells, listed once, stay valid
    # through merges of disjoint regions.
    cells = table._cells
    for r, c, cell in placed:
        target = cells[r * width + c]
        if cell.rows > 1 or cell.cols > 1:
            target = target.merge(cells[(r + cell.rows - 1) * width + c + cell.cols - 1])
        target.text = cell.text


def fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry stamped ``_STAMP`` (python-docx writes the current time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, _STAMP), src.read(info.filename), zipfile.ZIP_DEFLATED)
    return out.getvalue()


def render_docx(rep: Report) -> bytes:
    """The report as a .docx."""
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    props = doc.core_properties
    props.title, props.author = rep.title, rep.agency.name
    props.created = props.modified = datetime.fromisoformat(rep.published)  # python-docx would write now
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(rep.title).bold = True
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    for block in rep.blocks:
        if block.kind == "table":
            add_table(doc, tables[block.text])
        else:
            doc.add_paragraph().add_run(block.text).bold = block.kind == "section"
    for line in (rep.agency.name, rep.date_line):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())
