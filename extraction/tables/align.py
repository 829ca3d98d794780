"""The aligner interface: a table's template in, readings of its cells out.

An aligner reads one standard table (二, 三 or 四) from what the layout holds of it: the grids classified
as that table (real tables: HTML, DOCX, Markdown, PDF lattices) and the text of the region that holds
it (a flattened table). It returns zero or more readings; the table stage keeps the reading that
resolves the most cells. nianbao's two are ``grid`` (tables/grid.py) and ``text`` (tables/text.py);
third parties add theirs under the entry-point group ``nianbao.aligners``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Protocol, Sequence

from nianbao.core.codebook import FormatVersion, TableSpec
from nianbao.core.document import TableBlock
from nianbao.core.record import Cell, CellKind, CellSource
from nianbao.core.relations import relations
from nianbao.extraction.tables.cells import parse_cell

RESOLVED = {CellKind.NUMBER, CellKind.ANNOTATED, CellKind.BLANK, CellKind.DASH, CellKind.NONE_WORD}


@dataclass
class Reading:
    """One reading of a table: its cells by id, who read them, and notes for the record."""

    extractor: str
    cells: dict[str, Cell]
    notes: list[str]

    @property
    def resolved(self) -> int:
        return sum(c.kind in RESOLVED for c in self.cells.values())

    def holding(self, fmt: FormatVersion) -> int:
        """How many of the format's relations this reading's own cells satisfy (blanks count as 0)."""
        values = {cid: float(c.value) if c.value is not None else 0.0
                  for cid, c in self.cells.items() if c.kind in RESOLVED}
        return sum(bool(rel.holds(values)) for rel in relations(fmt))


class Aligner(Protocol):
    """A plug-in that aligns what the layout holds of one table to the template's cells.

    Constructed without arguments; ``align`` may return no reading (nothing it can read).
    """

    name: ClassVar[str]

    def align(self, spec: TableSpec, grids: Sequence[TableBlock], text: str) -> list[Reading]:
        """Readings of table ``spec`` from the ``grids`` classified as it and the ``text`` of its region
        (either may be empty)."""
        ...


def make_cell(cid: str, raw: str, source: CellSource) -> Cell:
    """A template cell from the raw text an aligner found for it, parsed into kind, value, unit and note."""
    parsed = parse_cell(raw)
    return Cell(cid, parsed.kind, parsed.value, raw, parsed.unit, parsed.note, source=source)


__all__ = ["Aligner", "RESOLVED", "Reading", "make_cell"]
