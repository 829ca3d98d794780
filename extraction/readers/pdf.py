"""PDF: text lines in reading order and ruled tables as grids, each cell with its page and box.

pdfium gives the glyphs and the ruling lines of every page fast; only pages that carry table markers
are sent to the table extractors (plug-ins by name, see extraction/pdf/tables.py). Pages without a
text layer are OCR'd when the OCR extra is installed. Running headers, footers and page numbers are
dropped, and a table that continues on the next page is joined into one grid.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median
from typing import ClassVar, Sequence

import pypdfium2 as pdfium

from nianbao.core.problems import ProblemCode
from nianbao.core.record import Problem
from nianbao.core.document import Document, GridCell, Origin, TableBlock, TextBlock
from nianbao.extraction.pdf import ocr
from nianbao.extraction.pdf.lattice import Lattice
from nianbao.extraction.pdf.lines import TextLine, text_lines
from nianbao.extraction.pdf.page import PageContent, read_page
from nianbao.extraction.pdf.tables import DEFAULT_EXTRACTORS, table_extractor
from nianbao.extraction.readers.base import ReadError
from nianbao.core.labels import PAGE_MARKERS, fold

# Reports run to a few dozen pages; thousands of pages is not a report, and would take minutes.
MAX_PAGES = 1000
_BAND = 0.08  # top and bottom share of a page where running headers and footers live
_FOLIO = re.compile(r"^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*/\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–\s]*$")


@dataclass
class _Page:
    number: int  # 1-based: pages that could not be read are left out, so the list's index is no page number
    content: PageContent
    lines: list[TextLine]
    tables: list[tuple[str, Lattice]]  # (extractor, lattice)
    signature: tuple[int, int, int] = (0, 0, 0)  # characters and size: the same page in a repaired file


def _signature(pdf: pdfium.PdfDocument, index: int) -> tuple[int, int, int]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        chars = textpage.count_chars()
        textpage.close()
        return chars, round(page.get_width()), round(page.get_height())
    except pdfium.PdfiumError:
        return -1, 0, 0
    finally:
        page.close()


def _open(data: bytes) -> tuple[pdfium.PdfDocument, bytes, list[Problem]]:
    """The PDF opened by pdfium, with the bytes it was opened from; a file pdfium refuses gets one repair
    pass by qpdf (``pdf_repaired``) before it is called damaged."""
    if not data:
        raise ReadError(ProblemCode.EMPTY, "the file is empty")
    try:
        return pdfium.PdfDocument(data), data, []
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise ReadError(ProblemCode.ENCRYPTED, "the PDF needs a password to open") from exc
        if _page_less(data):
            raise ReadError(ProblemCode.NO_PAGES, "the PDF has no pages") from exc
        repaired = repair(data)
        if repaired is not None:
            try:
                pdf = pdfium.PdfDocument(repaired)
            except pdfium.PdfiumError:
                pass
            else:
                return pdf, repaired, [Problem(ProblemCode.PDF_REPAIRED, f"pdfium could not open the PDF ({exc}); it was "
                                               "read after a repair pass by qpdf", "read")]
        raise ReadError(ProblemCode.CORRUPT_PDF, f"the PDF is damaged or not a PDF, even for qpdf: {exc}") from exc


def repair(data: bytes) -> bytes | None:
    """The PDF rewritten by qpdf (pikepdf), which rebuilds a broken cross-reference table, recovers objects
    from a cut file and drops unreadable ones; None where qpdf cannot make a PDF with pages of it."""
    import pikepdf  # only damaged files need it

    try:
        with pikepdf.open(io.BytesIO(data), attempt_recovery=True) as pdf:
            if len(pdf.pages) == 0:
                return None
            out = io.BytesIO()
            pdf.save(out, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
            return out.getvalue()
    except Exception:  # noqa: BLE001 — qpdf raises its own errors (and others) for files beyond repair
        return None


def _page_less(data: bytes) -> bool:
    """Whether a PDF pdfium refused is a sound one whose page tree is empty: pdfium opens no
    zero-page document, and calling that 'damaged' would send the user looking for the wrong fault."""
    return (data.startswith(b"%PDF") and re.search(rb"/Count\s*0\b", data) is not None
            and re.search(rb"/Type\s*/Page\b", data) is None)


def _skipped(failed: list[tuple[int, Exception]], n: int) -> list[Problem]:
    """One ``page_skipped`` warning per run of consecutive pages that failed alike, naming the pages."""
    runs: list[list[tuple[int, Exception]]] = []
    for i, exc in failed:
        if runs and runs[-1][-1][0] == i - 1 and str(runs[-1][-1][1]) == str(exc):
            runs[-1].append((i, exc))
        else:
            runs.append([(i, exc)])
    out = []
    for run in runs:
        (first, exc), last = run[0], run[-1][0]
        pages = f"page {first + 1}" if first == last else f"pages {first + 1}–{last + 1}"
        out.append(Problem(ProblemCode.PAGE_SKIPPED, f"{pages} of {n} could not be read and "
                           f"{'was' if first == last else 'were'} skipped ({type(exc).__name__}: {exc})", "read"))
    return out


def _furniture(pages: list[_Page]) -> set[tuple[int, int]]:
    """(page, line) of running headers, footers and folios: repeated lines in the top/bottom bands."""
    def key(line: TextLine) -> str:
        return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.text))

    banded: list[tuple[int, int, str]] = []
    for p, page in enumerate(pages):
        h = page.content.height
        for i, line in enumerate(page.lines):
            if line.box[3] < _BAND * h or line.box[1] > (1 - _BAND) * h:
                banded.append((p, i, key(line)))
    counts = Counter(k for _, _, k in set((p, 0, k) for p, _, k in banded))
    repeated = {k for k, n in counts.items() if len(pages) > 1 and n >= max(2, len(pages) // 2)}
    return {(p, i) for p, i, k in banded if k in repeated or _FOLIO.match(pages[p].lines[i].text)}


def _grid(lattice: Lattice, page: int, row_offset: int = 0) -> list[list[GridCell]]:
    return [[GridCell(c.text, (c.origin[0] + row_offset, c.origin[1]), page, c.box, c.confidence) for c in row]
            for row in lattice.rows]


def _column_edges(grid: list[list[GridCell]]) -> list[float]:
    """The x of every column's left rule and of the table's right rule."""
    n = len(grid[0])
    lefts = [min((c.bbox[0] for row in grid for c in row if c.origin[1] == j), default=None)
             for j in range(n)]
    if None in lefts:
        return []
    return [*lefts, max(c.bbox[2] for row in grid for c in row)]


def _split_columns(grid: list[list[GridCell]], edges: list[float],
                   finer: list[float]) -> list[list[GridCell]] | None:
    """``grid`` (columns at ``edges``) on the columns at ``finer``, cells spanning the columns they
    cover; None where the columns do not nest."""
    near = [min(range(len(finer)), key=lambda k: abs(finer[k] - x)) for x in edges]
    if any(abs(finer[k] - x) > 3 for k, x in zip(near, edges)) or near[0] != 0 or near[-1] != len(finer) - 1:
        return None
    of = [max(j for j, k in enumerate(near[:-1]) if k <= f) for f in range(len(finer) - 1)]  # fine -> coarse
    return [[replace(cell, origin=(cell.origin[0], near[cell.origin[1]])) for cell in (row[j] for j in of)]
            for row in grid]


def _join(table: TableBlock, grid: list[list[GridCell]]) -> bool:
    """Append the rows a table continues with on the next page, if they are its columns.

    The two parts may show different column rules: a page that holds only the head of table 三 and
    rows 一 and 二 has no rule between its three label columns. Parts join where one part's columns
    nest in the other's; the coarser part's cells then span the columns they cover.
    """
    if len(table.grid[0]) != len(grid[0]):
        mine, theirs = _column_edges(table.grid), _column_edges(grid)
        if not mine or not theirs:
            return False
        if len(mine) < len(theirs):
            refined = _split_columns(table.grid, mine, theirs)
            if refined is None:
                return False
            table.grid[:] = refined
        else:
            refined = _split_columns(grid, theirs, mine)
            if refined is None:
                return False
            grid = refined
    table.grid.extend(grid)
    return True


def _inside(line: TextLine, lattice: Lattice) -> bool:
    x0, top, x1, bottom = lattice.box
    cx, cy = (line.box[0] + line.box[2]) / 2, (line.box[1] + line.box[3]) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


class PdfReader:
    """PDF (.pdf): a text layer read by pdfium, scans by OCR; ruled tables by the named extractors."""

    name: ClassVar[str] = "pdf"
    suffixes: ClassVar[tuple[str, ...]] = (".pdf",)
    max_bytes: ClassVar[int] = 200 * 2**20  # scans are large

    def __init__(self, tables: Sequence[str] = DEFAULT_EXTRACTORS, use_ocr: bool = True, max_pages: int = MAX_PAGES):
        try:
            self.extractors = [table_extractor(name) for name in tables]
        except ImportError as exc:  # a chosen extractor's extra is missing: every PDF would fail the same way
            raise ReadError(ProblemCode.TABLE_EXTRACTOR_UNAVAILABLE, str(exc)) from exc
        except ValueError as exc:  # an unknown name; the message lists the known ones
            raise ReadError(ProblemCode.UNKNOWN_TABLE_EXTRACTOR, str(exc)) from exc
        self.use_ocr = use_ocr
        self.max_pages = max_pages

    def read(self, data: bytes, path: str) -> Document:
        pdf, source, warnings = _open(data)
        try:
            n = len(pdf)
            if n == 0:
                raise ReadError(ProblemCode.NO_PAGES, "the PDF has no pages")
            if n > self.max_pages:
                raise ReadError(ProblemCode.TOO_MANY_PAGES, f"the PDF has {n} pages; the limit is {self.max_pages} "
                                "(annual reports run to a few dozen)")
            pages, failed = self._pages(pdf, range(n), source)
            try:
                properties = {k.lower(): v for k, v in pdf.get_metadata_dict(skip_empty=True).items() if k == "Title"}
            except Exception:  # noqa: BLE001 — a damaged Info dictionary costs the title, not the document
                properties = {}
        finally:
            pdf.close()
        if failed and not warnings:  # pages pdfium cannot load: try them again in the file qpdf rewrote
            pages, failed, warnings = self._retry(pages, failed, data, n)
        warnings += _skipped(failed, n)
        if not pages:
            raise ReadError(ProblemCode.CORRUPT_PDF, f"the PDF is damaged: none of its {n} pages could be read "
                            f"({type(failed[0][1]).__name__}: {failed[0][1]})")
        if not any(p.content.glyphs for p in pages):
            if not self.use_ocr or not ocr.available():
                raise ReadError(ProblemCode.NEEDS_OCR, "the PDF has no text layer (a scan); install the OCR extra "
                                "(pip install 'nianbao[ocr]') to read it")
            raise ReadError(ProblemCode.EMPTY, "no text was found on any page, even by OCR")
        if "报告" not in properties.get("title", ""):
            properties.pop("title", None)  # producers' titles are often 'Microsoft Word - 1.doc'
        return Document(path, self.name, self._blocks(pages), properties=properties, warnings=warnings)

    def _pages(self, pdf: pdfium.PdfDocument, indexes: Sequence[int],
               data: bytes) -> tuple[list[_Page], list[tuple[int, Exception]]]:
        """The pages at ``indexes`` that could be read, and each one that could not with its error: a page
        pdfium cannot load or parse is left out, the others are read."""
        pages, failed = [], []
        for i in indexes:
            try:
                pages.append(self._page(pdf, i, data))
            except Exception as exc:  # noqa: BLE001 — one damaged page must not cost the others
                failed.append((i, exc))
        return pages, failed

    def _retry(self, pages: list[_Page], failed: list[tuple[int, Exception]], data: bytes,
               n: int) -> tuple[list[_Page], list[tuple[int, Exception]], list[Problem]]:
        """Pages that failed, read again from the PDF as qpdf rewrites it (where it has the same pages)."""
        repaired = repair(data)
        if repaired is None:
            return pages, failed, []
        try:
            pdf = pdfium.PdfDocument(repaired)
        except pdfium.PdfiumError:
            return pages, failed, []
        try:
            # qpdf may drop or reorder a broken page: its pages must be the original's, page for page.
            if len(pdf) != n or any(_signature(pdf, p.number - 1) != p.signature for p in pages):
                return pages, failed, []
            again, still = self._pages(pdf, [i for i, _ in failed], repaired)
        finally:
            pdf.close()
        if len(still) == len(failed):
            return pages, failed, []
        warning = Problem(ProblemCode.PDF_REPAIRED, f"{len(again)} page(s) pdfium could not load were read after a "
                          "repair pass by qpdf", "read")
        return sorted(pages + again, key=lambda p: p.number), still, [warning]

    def _page(self, pdf: pdfium.PdfDocument, index: int, data: bytes) -> _Page:
        page = pdf[index]
        try:
            content = read_page(page, index, rulings=False)
            if len(content.glyphs) < 5 and self.use_ocr and ocr.available():
                scan = read_page(page, index)  # counts the images: an empty page is not a scan
                if scan.images:
                    content = ocr.ocr_page(page, index)
            tables: list[tuple[str, Lattice]] = []
            if re.search(PAGE_MARKERS, fold("".join(g.text for g in content.glyphs))):
                if content.source == "text":
                    content.rulings, content.images = read_page(page, index).rulings, content.images
                for extractor in self.extractors:
                    name = extractor.name + ("+ocr" if content.source == "ocr" else "")
                    tables.extend((name, t) for t in extractor.extract(data, content))
        finally:
            page.close()
        table_glyphs = {id(g) for _, t in tables for g in t.glyphs}
        glyphs = [g for g in content.glyphs if id(g) not in table_glyphs]
        lines = [line for line in text_lines(glyphs) if not any(_inside(line, t) for _, t in tables)]
        return _Page(index + 1, content, lines, tables, _signature(pdf, index))

    def _blocks(self, pages: list[_Page]) -> list[TextBlock | TableBlock]:
        skip = _furniture(pages)
        blocks: list[TextBlock | TableBlock] = []
        lines: list[tuple[TextBlock, TextLine]] = []
        # Tables that ended their page with no text after them, by extractor: they may continue.
        open_tables: dict[str, TableBlock] = {}
        for p, page in enumerate(pages):
            number = page.number
            if p and pages[p - 1].number != number - 1:
                open_tables = {}  # a page between them was skipped: no table continues across it
            items: list[tuple[float, int, object]] = [(line.box[1], 0, line) for i, line in enumerate(page.lines)
                                                      if (p, i) not in skip]
            items += [(t.box[1], 1, (name, t)) for name, t in page.tables]
            items.sort(key=lambda item: (item[0], item[1]))
            continuing, ended = dict(open_tables), {}
            for _, kind, item in items:
                if kind == 0:
                    continuing.clear()
                    ended.clear()
                    block = TextBlock(item.text, Origin(self.name, len(blocks), page=number))
                    blocks.append(block)
                    lines.append((block, item))
                    continue
                name, lattice = item
                previous = continuing.pop(name, None)
                if previous is not None and _join(previous, _grid(lattice, number, len(previous.grid))):
                    ended[name] = previous
                    continue
                block = TableBlock(_grid(lattice, number), Origin(self.name, len(blocks), page=number), name)
                blocks.append(block)
                ended[name] = block
            open_tables = ended
        _mark_wraps(blocks, lines)
        return blocks


def _first_word_width(line: TextLine) -> float:
    """The width of the Latin word (an e-mail address, a URL) a line starts with; 0 if it starts with CJK."""
    glyphs = line.glyphs
    end = 0
    while end < len(glyphs) and glyphs[end].text.isascii() and \
            (end == 0 or glyphs[end].x0 - glyphs[end - 1].x1 < 0.25 * glyphs[end].height):
        end += 1
    return glyphs[end - 1].x1 - glyphs[0].x0 if end else 0.0


def _mark_wraps(blocks: list[TextBlock | TableBlock], lines: list[tuple[TextBlock, TextLine]]) -> None:
    """Say of each line whether the next continues it: it runs to the right margin (or stops short
    only because the next line's first word would not fit there) and the next line, the very next
    block, starts flush left (a paragraph's first line is indented)."""
    if not lines:
        return
    size = median(line.box[3] - line.box[1] for _, line in lines)
    lefts = sorted(line.box[0] for _, line in lines)
    rights = sorted(line.box[2] for _, line in lines)
    left, right = lefts[len(lefts) // 10], rights[len(rights) * 9 // 10]
    for (block, line), (following, nxt) in zip(lines, lines[1:]):
        adjacent = following.origin.block == block.origin.block + 1
        full = line.box[2] >= right - 1.5 * size or line.box[2] + _first_word_width(nxt) > right
        block.wraps = adjacent and full and nxt.box[0] <= left + 0.8 * size
    lines[-1][0].wraps = False
