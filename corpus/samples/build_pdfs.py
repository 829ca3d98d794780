"""Build PDF variants of bundled sample reports, and their gold files.

The content (prose, tables, metadata, deliberate identity breaks) is the sample reports' own, taken
from ``build_samples.py``; only the shape changes. Each report is typeset with reportlab's built-in
CID font STSong-Light (no font file is embedded or needed to write it) in these variants:

- ``ruled``: tables drawn with a full grid, merged cells as in the official template (table 三's
  three header rows, 三、本年度办理结果 merged down its rows, the （三）–（六） group cells), header
  rows shaded; no table is broken across pages;
- ``borderless``: no rules and no shading at all, so only the text lines say where the cells are;
- ``split``: ruled, but table 三 is forced across two pages — after row 二 in one report (the first
  page then shows 8 columns, the second 10), inside the merged cells in the other — with per-row
  rules, so the first part has no closing rule at the page break (as Word exports leave it);
- ``scanned`` (one report, typeset compactly to three pages): rendered to grey 150 dpi images with
  noise, dust and a 0.7° rotation, JPEG-compressed into an image-only PDF — what a scanner makes;
- ``docx-export``: the sample's Word file converted by LibreOffice, only where ``soffice`` is on
  PATH (skipped otherwise, with a message).

Every PDF gets ``corpus/gold/<file name>.json``: the sample's gold (cells, metadata, identity
breaks, annotators' figures) under the PDF's doc_id. The output is deterministic (reportlab's
invariant mode, fixed noise seeds and dates). Reading the PDFs — and drawing them for the scan —
needs a CJK system font (fonts-wqy-zenhei): pdfium measures and draws the non-embedded STSong-Light
with it, and drops characters without one.

    .venv/bin/python corpus/samples/build_pdfs.py
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_samples as samples  # noqa: E402

SAMPLES, GOLD = samples.SAMPLES, samples.GOLD
FONT = "STSong-Light"
MARGIN = 56.0
WIDTH = A4[0] - 2 * MARGIN
SCAN_DPI = 150
SCAN_ANGLE = 0.7  # degrees, counter-clockwise, as a sheet lies slightly askew on the glass
# The scans' creation date (Pillow writes the current time otherwise; reportlab's invariant mode
# fixes its own).
SCAN_DATE = time.strptime("2024-01-01", "%Y-%m-%d")


@dataclass(frozen=True)
class Variant:
    name: str  # the file name's suffix
    ruled: bool = True
    split_t3_after: str | None = None  # table 三 breaks to a new page after this row id
    scanned: bool = False
    compact: bool = False  # smaller type and margins (the scan is kept to three pages: OCR is slow)
    note: str = ""


RULED = Variant("ruled", note="Ruled tables (full grid, merged cells as in the template, shaded header "
                              "rows).")
BORDERLESS = Variant("borderless", ruled=False,
                     note="Borderless tables: no rules and no shading at all; 7.5 pt table text aligned to "
                          "the top of each cell (Word's default), label columns wide enough for every row "
                          "label to stay on one line, 三、本年度办理结果 written across its column.")
SPLIT = Variant("split", split_t3_after="unavailable_not_held",
                note="Ruled tables; table 三 is forced across two pages after row （四）1., in the middle of the "
                     "merged 三、本年度办理结果 and （四）无法提供 cells (their text on the first page, empty "
                     "continuations on the second); the first part has no closing rule at the page break.")
SPLIT_AFTER_HEAD = Variant("split", split_t3_after="carried_over",
                           note="Ruled tables; table 三 is forced across two pages after row 二: the first "
                                "page holds its head and rows 一 and 二, whose labels span the three label "
                                "columns, so that page shows no rules between them (8 columns against the "
                                "continuation's 10); the first part has no closing rule at the page break.")
SCANNED = Variant("scanned", scanned=True, compact=True,
                  note=f"Image-only PDF: the ruled variant typeset compactly (10.5 pt, three pages), "
                       f"rendered at {SCAN_DPI} dpi in grey with noise, dust specks and a {SCAN_ANGLE} degree "
                       f"rotation, JPEG-compressed; no text layer (needs OCR).")
# (sample file, variants): a report in each format — 2019 trial, and 2021 with the deliberate H2
# break the sample carries — plus the 2021 report whose table 二 has an annotated and a blank cell.
# (A blank cell of a borderless table is only a wider gap between text runs, which the text aligner
# cannot tell from a column gap: that report gets no borderless variant.)
PLAN = [
    ("sample-2020-district-office.txt", (RULED, BORDERLESS, SPLIT_AFTER_HEAD, SCANNED)),
    ("sample-2022-city-government.html", (RULED, BORDERLESS, SPLIT)),
    ("sample-2023-county-bureau.docx", (RULED,)),
]


def _styles(variant: Variant) -> dict[str, ParagraphStyle]:
    size = 10.5 if variant.compact else 12
    cell = 9.0 if variant.ruled else 7.5
    base = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=size * 1.6, firstLineIndent=2 * size,
                          wordWrap="CJK", spaceAfter=2)
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontSize=size + 5, leading=size * 2.2, alignment=TA_CENTER,
                                firstLineIndent=0, spaceAfter=4),
        "heading": ParagraphStyle("heading", base, fontSize=size + 1, leading=size * 1.8, spaceBefore=4),
        "right": ParagraphStyle("right", base, alignment=TA_RIGHT, firstLineIndent=0),
        "cell": ParagraphStyle("cell", fontName=FONT, fontSize=cell, leading=cell * 1.28, alignment=TA_CENTER,
                               wordWrap="CJK"),
        "small": ParagraphStyle("small", fontName=FONT, fontSize=cell - 1, leading=cell * 1.1,
                                alignment=TA_CENTER, wordWrap="CJK"),
    }


# --- Tables ---------------------------------------------------------------------------------------
def _widths(key: str, n_cols: int, ruled: bool) -> list[float]:
    if key == "t3":  # the 办理结果 column, the group column, the item column, 7 values
        # Ruled: the template's narrow columns, 三、本年度办理结果 one character a line and long labels
        # wrapped. Borderless: every label on one line (the text aligner reads a row's label and
        # numbers from one text line; a wrapped label is broken up by the numbers beside it).
        lead = [17.0, 66.0, 143.0] if ruled else [72.0, 57.0, 244.0]
        return lead + [(WIDTH - sum(lead)) / (n_cols - 3)] * (n_cols - 3)
    if key == "t2":
        return [170.0] + [(WIDTH - 170.0) / (n_cols - 1)] * (n_cols - 1)
    return [WIDTH / n_cols] * n_cols


def _header_rows(key: str, grid: samples.Grid) -> list[int]:
    """Rows the template shades: table 三's and 四's head, table 二's block headings and label rows."""
    if key == "t3":
        return [0, 1, 2]
    if key == "t4":
        return [0, 1, 2]
    return [r for r, row in enumerate(grid) if len(row) == 1 or row[0].text == "信息内容"]


def _table(key: str, grid: samples.Grid, variant: Variant, styles: dict, last_rule: bool = True,
           row_offset: int = 0) -> Table:
    """One reportlab Table from a sample grid (rows of cells with spans)."""
    placed = samples.place(grid)
    n_cols = max(c + cell.cols for _, c, cell in placed)
    data: list[list[object]] = [["" for _ in range(n_cols)] for _ in grid]
    commands: list[tuple] = [("VALIGN", (0, 0), (-1, -1), "MIDDLE" if variant.ruled else "TOP"),
                             ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    style = styles["small" if key == "t4" else "cell"]
    for r, c, cell in placed:
        data[r][c] = Paragraph(cell.text, style) if cell.text else ""
        if cell.rows > 1 or cell.cols > 1:
            commands.append(("SPAN", (c, r), (c + cell.cols - 1, r + cell.rows - 1)))
    if variant.ruled:
        for r in _header_rows(key, grid):
            if r - row_offset >= 0:
                row = r - row_offset
                commands.append(("BACKGROUND", (0, row), (-1, row), colors.Color(0.85, 0.85, 0.85)))
        if variant.split_t3_after and key == "t3":
            # Rules drawn row by row (each row its top rule), so a part that a page break ends has
            # no rule under its last row.
            commands += [("LINEABOVE", (0, 0), (-1, -1), 0.6, colors.black),
                         ("LINEBEFORE", (0, 0), (-1, -1), 0.6, colors.black),
                         ("LINEAFTER", (-1, 0), (-1, -1), 0.6, colors.black)]
            if last_rule:
                commands.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.black))
        else:
            commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    return Table(data, colWidths=_widths(key, n_cols, variant.ruled), style=TableStyle(commands),
                 hAlign="CENTER")


def _split_grid(grid: samples.Grid, at: int) -> tuple[samples.Grid, samples.Grid]:
    """A grid cut before row ``at``: cells spanning the cut keep their text above it; below, an
    empty cell continues them (what a page break does to a merged cell in a Word table)."""
    top: samples.Grid = [[] for _ in grid[:at]]
    bottom: samples.Grid = [[] for _ in grid[at:]]
    continued: list[tuple[int, samples.Cell]] = []
    for r, c, cell in samples.place(grid):
        if r >= at:
            bottom[r - at].append(cell)
        elif r + cell.rows > at:
            top[r].append(samples.Cell(cell.text, cell.cols, at - r))
            continued.append((c, samples.Cell("", cell.cols, r + cell.rows - at)))
        else:
            top[r].append(cell)
    # place() fills a row left to right: in table 三 the continued cells are the leftmost.
    bottom[0][:0] = [cell for _, cell in sorted(continued, key=lambda item: item[0])]
    return top, bottom


def _t3_parts(rep: samples.Report, grid: samples.Grid, variant: Variant, styles: dict) -> list:
    spec = samples.cb.table_spec("t3", rep.fmt)
    at = 3 + [r.id for r in spec.rows].index(variant.split_t3_after) + 1  # three header rows
    top, bottom = _split_grid(grid, at)
    return [_table("t3", top, variant, styles, last_rule=False), PageBreak(),
            _table("t3", bottom, variant, styles, row_offset=at)]


def _keep_with_previous(story: list, flowables: list) -> None:
    """Append ``flowables``, moved to the next page with the paragraph before them where they do
    not fit (a table is never split by the typesetter: only ``split`` breaks one, where it says)."""
    story.append(KeepTogether([story.pop(), *flowables]))


# --- Documents ------------------------------------------------------------------------------------
def _folio(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(FONT, 10)
    canvas.drawCentredString(A4[0] / 2, 36, f"- {doc.page} -")
    canvas.restoreState()


def write_pdf(rep: samples.Report, variant: Variant, path: Path, encrypt: object = None) -> None:
    """Typeset one report: title, preamble, six sections, tables after their section's paragraphs.

    ``encrypt`` is passed to reportlab (a password string or a ``StandardEncryption``)."""
    styles = _styles(variant)
    headings = {section.label for section in samples.cb.SECTIONS}
    # The title on two lines, agency above year and report name, as the templates set it.
    story: list = [Paragraph(rep.agency, styles["title"]),
                   Paragraph(rep.title.removeprefix(rep.agency), styles["title"])]
    tables = samples.grids(rep)
    for block in samples.blocks(rep):
        if isinstance(block, str):
            story.append(Paragraph(block, styles["heading" if block in headings else "body"]))
            continue
        key = next(k for k, g in tables.items() if g == block)
        if key == "t3" and variant.split_t3_after:
            first, *rest = _t3_parts(rep, block, variant, styles)
            _keep_with_previous(story, [Spacer(1, 6), first])
            story += rest
        elif variant.compact:  # tables break where the page ends, as the typesetter likes
            story += [Spacer(1, 6), _table(key, block, variant, styles)]
        else:
            _keep_with_previous(story, [Spacer(1, 6), _table(key, block, variant, styles)])
        story.append(Spacer(1, 8))
    story += [Spacer(1, 18), Paragraph(rep.agency, styles["right"]),
              Paragraph(rep.date_line, styles["right"])]
    margin = 44 if variant.compact else 64
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=margin,
                            bottomMargin=margin, title=rep.title, author=rep.agency,
                            creator="nianbao build_pdfs.py",
                            invariant=1, encrypt=encrypt)
    doc.build(story, onFirstPage=_folio, onLaterPages=_folio)


def write_scan(rep: samples.Report, path: Path, seed: int) -> None:
    """The report's ruled pages as a scanner would give them: grey, speckled, slightly rotated, JPEG."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        ruled = Path(tmp) / "ruled.pdf"
        write_pdf(rep, Variant("ruled", compact=True), ruled)
        pdf = pdfium.PdfDocument(ruled.read_bytes())
    pages = []
    for page in pdf:
        bitmap = page.render(scale=SCAN_DPI / 72, grayscale=True)
        grey = np.asarray(bitmap.to_pil().convert("L"), dtype=np.float32)
        grey = grey * 0.93 + 10  # paper is not white, toner not black
        grey += rng.normal(0, 4, grey.shape)
        specks = rng.random(grey.shape) < 0.0008  # dust
        grey[specks] = rng.uniform(60, 160, int(specks.sum()))
        image = Image.fromarray(np.clip(grey, 0, 255).astype(np.uint8), "L")
        pages.append(image.rotate(SCAN_ANGLE, resample=Image.Resampling.BICUBIC, fillcolor=245))
        page.close()
    pdf.close()
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=SCAN_DPI, quality=45,
                  title=path.stem, creationDate=SCAN_DATE, modDate=SCAN_DATE)


def write_docx_export(docx: Path, path: Path) -> bool:
    """The sample's Word file printed to PDF by LibreOffice, where it is installed."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return False
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", out, str(docx)], check=True,
                       capture_output=True, timeout=300)
        shutil.move(str(Path(out) / (docx.stem + ".pdf")), path)
    return True


def write_gold(rep: samples.Report, file: str, note: str) -> None:
    """The sample's gold (cells, metadata, breaks, annotators' figures) for one PDF of it."""
    sample = json.loads((GOLD / f"{rep.file}.json").read_text(encoding="utf-8"))
    gold = sample | samples.gold_record(rep) | {"doc_id": file, "source": f"corpus/samples/{file}"}
    gold["notes"] = (f"PDF variant of {rep.file}, written by corpus/samples/build_pdfs.py from the same "
                     f"content. {note} Typeset in reportlab's STSong-Light (not embedded), A4, folios "
                     f"'- n -' at the foot. "
                     f"Source sample: {rep.notes}")
    text = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
    (GOLD / f"{file}.json").write_text(text, encoding="utf-8")


def pdf_name(sample: str, variant: str) -> str:
    return f"{Path(sample).stem}-{variant}.pdf"


def register_font() -> None:
    rl_config.invariant = 1
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def main() -> None:
    register_font()
    reports = {rep.file: rep for rep in samples.REPORTS}
    for seed, (sample, variants) in enumerate(PLAN):
        rep = reports[sample]
        for variant in variants:
            path = SAMPLES / pdf_name(sample, variant.name)
            if variant.scanned:
                write_scan(rep, path, seed)
            else:
                write_pdf(rep, variant, path)
            write_gold(rep, path.name, variant.note)
            pages = len(pdfium.PdfDocument(str(path)))
            print(f"wrote {path.name} ({path.stat().st_size // 1024} KiB, {pages} pages)")
        if rep.render == "docx":
            path = SAMPLES / pdf_name(sample, "docx-export")
            if write_docx_export(SAMPLES / sample, path):
                write_gold(rep, path.name, "Exported from the sample's Word file by LibreOffice.")
                print(f"wrote {path.name}")
            else:
                print(f"skipped {path.name}: LibreOffice (soffice) is not on PATH")


if __name__ == "__main__":
    main()
