"""The document model every reader produces: an ordered list of text and table blocks.

Readers differ in what they can see (a DOCX has real tables, a text file only lines), but all of
them hand the layout stage the same thing, so everything downstream is written once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.core.record import Problem


@dataclass(frozen=True)
class Origin:
    """Where a block came from in its input file."""

    reader: str
    block: int
    line: int | None = None  # 1-based line of text inputs
    element: str | None = None  # e.g. an HTML element path or 'body/tbl[2]' in a DOCX
    page: int | None = None  # 1-based page of paginated inputs (PDF)


@dataclass
class TextBlock:
    """A run of text: a line of a text file, an HTML block element, a DOCX paragraph."""

    text: str
    origin: Origin
    heading_level: int | None = None  # from markup (h1–h6, Word heading styles, '#' in Markdown)
    # From page geometry (PDF): True where the line runs to the right margin and the next line
    # starts flush left, so the sentence continues there; False where it ends short; None: unknown.
    wraps: bool | None = None


@dataclass(frozen=True)
class GridCell:
    """One position of a table grid; merged cells repeat their text, ``origin`` names their top-left.

    Cells of paginated inputs also say where they are: ``page`` (1-based) and ``bbox`` (x0, top, x1,
    bottom in PDF points from the page's top-left corner) of the whole, possibly merged, cell.
    """

    text: str
    origin: tuple[int, int]
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    confidence: float | None = None  # OCR confidence where the cell was read from an image


@dataclass
class TableBlock:
    """A real table (HTML ``<table>``, Word table, Markdown pipe table, a PDF table) as a full grid.

    ``extractor`` names what found the grid: 'grid' for markup tables, the table extractor's name
    (e.g. 'geometry', 'camelot') for PDF tables; a PDF page may carry candidates from several.
    """

    grid: list[list[GridCell]]
    origin: Origin
    extractor: str = "grid"

    def is_origin(self, row: int, col: int) -> bool:
        """True where (row, col) is the top-left position of its (possibly merged) cell."""
        return self.grid[row][col].origin == (row, col)

    def as_text(self) -> str:
        """The table as text lines, one per row, merged cells written once, cells separated by ' | '."""
        lines = []
        for r, row in enumerate(self.grid):
            cells = [c.text for j, c in enumerate(row) if c.origin[0] == r and c.origin[1] == j]
            lines.append(" | ".join(cells))
        return "\n".join(lines)


Block = TextBlock | TableBlock


@dataclass
class Document:
    """A read input: its blocks in reading order plus facts the container itself states."""

    path: str
    reader: str
    blocks: list[Block]
    encoding: str | None = None
    # Facts outside the report body, e.g. an HTML page's <title> and PubDate, a scraper's 发布时间.
    properties: dict[str, str] = field(default_factory=dict)
    # What the reader could read only in part (bytes replaced, a page skipped): kept for the record.
    warnings: list[Problem] = field(default_factory=list)

    @property
    def text_blocks(self) -> list[TextBlock]:
        return [b for b in self.blocks if isinstance(b, TextBlock)]

    @property
    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]


def expand_spans(rows: list[list[tuple[str, int, int]]]) -> list[list[GridCell]]:
    """Expand rows of (text, rowspan, colspan) cells into a rectangular grid of GridCells.

    Positions a merged cell covers repeat its text and point to its top-left ``origin``; positions no
    cell covers (ragged rows) are empty cells of their own.
    """
    grid: dict[tuple[int, int], GridCell] = {}
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in grid:
                c += 1
            for dr in range(max(rowspan, 1)):
                for dc in range(max(colspan, 1)):
                    grid.setdefault((r + dr, c + dc), GridCell(text, (r, c)))
            c += max(colspan, 1)
    if not grid:
        return []
    n_rows = max(r for r, _ in grid) + 1
    n_cols = max(c for _, c in grid) + 1
    return [[grid.get((r, c), GridCell("", (r, c))) for c in range(n_cols)] for r in range(n_rows)]
