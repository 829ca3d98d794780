"""camelot-py's lattice tables as nianbao lattices (the ``camelot`` extra).

camelot is imported at the top of this module, not inside ``extract``: the registry imports this module
only when a camelot extractor is chosen, so a missing extra is reported when the extractor is named, with
the ``pip install 'nianbao[camelot]'`` line, not in the middle of reading a PDF.
"""

from __future__ import annotations

import io
import logging
from typing import ClassVar

import camelot

from nianbao.extraction.pdf.lattice import Lattice, union_cells
from nianbao.extraction.pdf.page import PageContent


class CamelotExtractor:
    """camelot-py lattice; ``engine`` 'vector' reads the page's drawing, the default renders it."""

    name: ClassVar[str] = "camelot"
    engine: ClassVar[str | None] = "vector"

    def extract(self, pdf: bytes, page: PageContent) -> list[Lattice]:
        options = {"engine": self.engine} if self.engine else {}
        logging.getLogger("camelot").setLevel(logging.ERROR)
        tables = camelot.read_pdf(io.BytesIO(pdf), pages=str(page.index + 1), flavor="lattice",
                                  split_text=True, suppress_stdout=True, **options)
        return [_from_camelot(table, page) for table in tables if table.cells]


class CamelotRasterExtractor(CamelotExtractor):
    """camelot-py lattice with its default engine (renders the page and finds lines in the image)."""

    name: ClassVar[str] = "camelot-raster"
    engine: ClassVar[str | None] = None


def _from_camelot(table, page: PageContent) -> Lattice:
    """A camelot table as a lattice: spans rebuilt from the edges camelot says each cell has."""
    cells = table.cells
    n_rows, n_cols = len(cells), len(cells[0])

    def separated(i: int, j: int, right: bool) -> bool:
        return cells[i][j].right if right else cells[i][j].bottom

    def box(i0: int, j0: int, i1: int, j1: int) -> tuple[float, float, float, float]:
        return (cells[i0][j0].x1, page.height - cells[i0][j0].y2, cells[i1][j1].x2, page.height - cells[i1][j1].y1)

    # camelot leaves a merged cell's text in whichever slot it sits over: gather all of them.
    rows = union_cells(n_rows, n_cols, separated,
                       lambda slots: ("".join(cells[i][j].text.replace("\n", "") for i, j in sorted(slots)), None), box)
    x0, y0, x1, y1 = table._bbox
    return Lattice(rows, (x0, page.height - y1, x1, page.height - y0), [])
