"""PDF table extractors: plug-ins behind one interface, chosen by name.

Each extractor takes a page and returns the ruled tables it sees as lattices (full grids with merged
cells and boxes). The PDF reader sends only pages that carry table markers, and the table stage
aligns every candidate grid to the template by its labels and keeps the best reading, so an
extractor only has to see grids, not know the report format.

``table_extractors`` is their registry: nianbao's own, imported only when chosen (camelot needs the
``camelot`` extra), and any third party's installed under the entry-point group ``nianbao.pdf_tables``
(a class with ``name`` and ``extract(pdf, page) -> list[Lattice]``, constructed without arguments).
"""

from __future__ import annotations

from typing import ClassVar, Protocol

from nianbao.core.registry import Registry
from nianbao.extraction.pdf.lattice import Lattice, LatticeCell, find_lattices
from nianbao.extraction.pdf.page import PageContent


class TableExtractor(Protocol):
    name: ClassVar[str]

    def extract(self, pdf: bytes, page: PageContent) -> list[Lattice]:
        """The ruled tables on one page; ``pdf`` is the whole file, for extractors that reopen it."""
        ...


class GeometryExtractor:
    """nianbao's own: ruling lines and glyph boxes from pdfium (or OCR), no rendering."""

    name: ClassVar[str] = "geometry"

    def extract(self, pdf: bytes, page: PageContent) -> list[Lattice]:
        return find_lattices(page.rulings, page.glyphs, ocr=page.source == "ocr")


table_extractors: Registry[type[TableExtractor]] = Registry("PDF table extractor", "nianbao.pdf_tables", {
    "geometry": "nianbao.extraction.pdf.tables:GeometryExtractor",
    "camelot": "nianbao.extraction.pdf.camelot_tables:CamelotExtractor",
    "camelot-raster": "nianbao.extraction.pdf.camelot_tables:CamelotRasterExtractor",
}, extras={"camelot": "camelot", "camelot-raster": "camelot"})
DEFAULT_EXTRACTORS = ("geometry",)


def table_extractor(name: str) -> TableExtractor:
    """A new extractor of the kind registered as ``name``; UnknownNameError (a ValueError) lists the known
    names, PluginUnavailableError (an ImportError) says which extra to install."""
    return table_extractors.get(name)()


__all__ = ["DEFAULT_EXTRACTORS", "Lattice", "LatticeCell", "TableExtractor", "table_extractor", "table_extractors"]
