"""Real tables (HTML, DOCX, Markdown grids): rows by their label cells, columns by their header cells."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Sequence

from nianbao.core.document import TableBlock
from nianbao.extraction.tables.align import Reading, make_cell
from nianbao.extraction.tables.cells import parse_cell
from nianbao.core.labels import T4_BLOCK_PATTERNS, fold, match_column, match_row
from nianbao.core.codebook import TableSpec
from nianbao.core.record import CellKind, CellSource

_VALUE_KINDS = {CellKind.NUMBER, CellKind.ANNOTATED, CellKind.DASH, CellKind.NONE_WORD, CellKind.BLANK}


@dataclass
class GridValue:
    raw: str
    source: CellSource


def _source(block: TableBlock, r: int, c: int) -> CellSource:
    cell = block.grid[r][c]
    return CellSource(block.extractor, block=block.origin.block, line=block.origin.line, row=r, col=c,
                      snippet=cell.text or None, page=cell.page,
                      bbox=[round(v, 1) for v in cell.bbox] if cell.bbox else None,
                      confidence=cell.confidence)


def _is_value(text: str) -> bool:
    return parse_cell(text).kind in _VALUE_KINDS


def read_grid(spec: TableSpec, block: TableBlock) -> dict[str, GridValue]:
    """Cell id → raw value for every template cell this grid shows (table 二 or 三)."""
    found: dict[str, GridValue] = {}
    grid = block.grid
    colmap: dict[int, str] = {}
    for r, row in enumerate(grid):
        texts = [fold(cell.text) for cell in row]
        hits = {j: col for j, t in enumerate(texts) if t and (col := match_column(spec, t))}
        label = "".join(
            dict.fromkeys(t for j, t in enumerate(texts) if t and j not in colmap and not _is_value(row[j].text))
        )
        row_id = match_row(spec, label) if label else None
        if hits and row_id is None:
            # Table 二 restates its column header for each block of rows; 三's header spans rows.
            colmap = hits if spec.id.startswith("t2") else colmap | hits
            continue
        if row_id is None:
            continue
        columns = spec.row(row_id).columns
        first_col = {}
        for j, col in sorted(colmap.items()):
            first_col.setdefault(col, j)
        if all(c in first_col for c in columns):
            for col in columns:
                j = first_col[col]
                # A value column covered by a label cell merged in from the left holds no value.
                if grid[r][j].origin[1] == j or grid[r][j].origin[1] in colmap:
                    found.setdefault(spec.cell_id(row_id, col), GridValue(grid[r][j].text, _source(block, r, j)))
            continue
        # No usable header (a mangled conversion): take the row's value cells in template order.
        values = [j for j in range(len(row)) if row[j].origin == (r, j) and _is_value(row[j].text)]
        while len(values) > len(columns) and not row[values[-1]].text.strip():
            values.pop()
        if len(values) == len(columns):
            for col, j in zip(columns, values):
                found.setdefault(spec.cell_id(row_id, col), GridValue(grid[r][j].text, _source(block, r, j)))
    return found


def read_review_grid(spec: TableSpec, block: TableBlock) -> dict[str, GridValue]:
    """Table 四: each column named by its block (复议 / 直接起诉 / 复议后起诉) and result header."""
    grid = block.grid

    def names_a_column(text: str) -> bool:
        folded = fold(text)
        return bool(match_column(spec, folded) or any(re.search(p, folded) for p in T4_BLOCK_PATTERNS.values()))

    header = [r for r, row in enumerate(grid) if any(names_a_column(c.text) for c in row)]
    data = [r for r in range(len(grid)) if r > max(header, default=-1) and any(_is_value(c.text) for c in grid[r])]
    if not data:
        return {}
    r = data[0]
    found: dict[str, GridValue] = {}
    for j in range(len(grid[r])):
        heads = [fold(grid[h][j].text) for h in range(r)]
        block_id = next((b for b, p in T4_BLOCK_PATTERNS.items() if any(re.search(p, h) for h in heads)), None)
        col = next((c for h in reversed(heads) if (c := match_column(spec, h))), None)
        if block_id and col:
            found.setdefault(spec.cell_id(block_id, col), GridValue(grid[r][j].text, _source(block, r, j)))
    if len(found) < 15:
        values = [j for j, c in enumerate(grid[r]) if c.origin == (r, j) and _is_value(c.text)]
        if len(values) == 15 and not found:
            for (_, _, cid), j in zip(spec.cells(), values):
                found[cid] = GridValue(grid[r][j].text, _source(block, r, j))
    return found


class GridAligner:
    """Real grids: one reading per table extractor whose grids show this table (a PDF page may carry
    several extractors' candidates; an HTML or DOCX table is its reader's one)."""

    name: ClassVar[str] = "grid"

    def align(self, spec: TableSpec, grids: Sequence[TableBlock], text: str) -> list[Reading]:
        read = read_review_grid if spec.id == "t4" else read_grid
        readings: dict[str, Reading] = {}
        for block in grids:
            reading = readings.setdefault(block.extractor, Reading(block.extractor, {}, []))
            for cid, value in read(spec, block).items():
                reading.cells.setdefault(cid, make_cell(cid, value.raw, value.source))
        return list(readings.values())
