"""Real tables (HTML, DOCX, Markdown grids): rows by their label cells, columns by their header cells."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Sequence

from nianbao.core.document import GridCell, TableBlock
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


def _off_header(row: Sequence[GridCell], heads: list[int], values: list[int], at: set[int]) -> list[int]:
    """Where markitdown set a PDF table's numbers a column or two right of their header cells, which stay
    empty ('| 行政事业性收费 |  | 4286.53 |' under '| 信息内容 | 本年收费金额 |  |'): the grid column each of
    the row's columns is read from — its one printed value at or right of its header cell and left of the
    next column's, else its header cell (a blank zero). Empty where no value is off its header cell or
    any printed value is not so placed (the header's columns are read as they stand)."""
    printed = [j for j in values if row[j].text.strip()]
    if not printed or -1 in heads or heads != sorted(set(heads)) or all(j in at for j in printed):
        return []
    bounds = heads[1:] + [len(row)]
    cols = []
    for h, end in zip(heads, bounds):
        inside = [j for j in printed if h <= j < end]
        if len(inside) > 1:
            return []
        cols.append(inside[0] if inside else h)
    return cols if all(j in cols for j in printed) else []


def _row_values(spec: TableSpec, block: TableBlock, r: int, row_id: str,
                colmap: dict[int, str], positional: bool = False) -> dict[str, GridValue]:
    """The values of grid row ``r`` as template row ``row_id``: by the header's columns where the header
    names them all, else (a mangled conversion, or ``positional``: a row that lost its label cells and
    so its place under the header) the row's value cells in template order, if they are exactly as
    many as the row's columns once the empty cells at its ends are left out."""
    grid = block.grid
    row = grid[r]
    columns = spec.row(row_id).columns
    first_col: dict[str, int] = {}
    for j, col in sorted(colmap.items()):
        first_col.setdefault(col, j)
    out: dict[str, GridValue] = {}
    at = {first_col[c] for c in columns if c in first_col}
    # A row shifted left (its label cells lost, or an empty column dropped from its fragment) has values
    # outside the header's columns: it is read by its value cells instead.
    shifted = any(row[j].origin == (r, j) and row[j].text.strip() and _is_value(row[j].text) and j < min(at, default=0)
                  for j in range(len(row)))
    values = [j for j in range(len(row)) if row[j].origin == (r, j) and _is_value(row[j].text)]
    off_header = _off_header(row, [first_col.get(c, -1) for c in columns], values, at)
    if all(c in first_col for c in columns) and not shifted and not positional and not off_header:
        for col in columns:
            j = first_col[col]
            # A value column covered by a label cell merged in from the left holds no value.
            if grid[r][j].origin[1] == j or grid[r][j].origin[1] in colmap:
                out[spec.cell_id(row_id, col)] = GridValue(grid[r][j].text, _source(block, r, j))
        return out
    if off_header and not shifted and not positional:
        return {spec.cell_id(row_id, col): GridValue(row[j].text, _source(block, r, j)) for col, j in zip(columns, off_header)}
    while len(values) > len(columns) and not row[values[-1]].text.strip():
        values.pop()
    # Without a header column to place them (``at`` empty) the empty cells before the values are the label
    # columns' padding, as in a row that lost its place under the header.
    while (positional or shifted or not at) and len(values) > len(columns) and not row[values[0]].text.strip():
        values.pop(0)
    if len(values) == len(columns):
        for col, j in zip(columns, values):
            out[spec.cell_id(row_id, col)] = GridValue(grid[r][j].text, _source(block, r, j))
    return out


def _is_value_row(row: Sequence[GridCell]) -> bool:
    """A row of values only (its label cells were lost); a row of empty cells is one whose zeros print
    blank."""
    return all(_is_value(c.text) for c in row if c.text.strip())


def _fill_between_anchors(spec: TableSpec, labelled: list[tuple[int, str]],
                          unlabelled: list[int]) -> list[tuple[int, str]]:
    """Rows whose labels a converter floated away, placed by position: between two labelled rows (in
    template order), as many value-only rows as template rows are missing there are those rows, in
    order. Where the counts differ, the position ties no row to a label and nothing is guessed."""
    order = [row.id for row in spec.rows]
    index = {row_id: i for i, row_id in enumerate(order)}
    seen = {row_id for _, row_id in labelled}
    anchors = [(-1, -1)] + [(r, index[row_id]) for r, row_id in labelled] + [(10**9, len(order))]
    placed: list[tuple[int, str]] = []
    for (r0, t0), (r1, t1) in zip(anchors, anchors[1:]):
        if t1 <= t0:
            continue  # rows out of template order: no position to trust
        rows = [r for r in unlabelled if r0 < r < r1]
        missing = [order[t] for t in range(t0 + 1, t1) if order[t] not in seen]
        # The ends are open only when a labelled row closes them: a fragment before the first label or
        # after the last may be another table's.
        if rows and len(rows) == len(missing) and r0 >= 0 and r1 < 10**9:
            placed += list(zip(rows, missing))
    return placed


def read_grid(spec: TableSpec, block: TableBlock) -> dict[str, GridValue]:
    """Cell id → raw value for every template cell this grid shows (table 二 or 三)."""
    found: dict[str, GridValue] = {}
    grid = block.grid
    colmap: dict[int, str] = {}
    labelled: list[tuple[int, str]] = []
    unlabelled: list[int] = []
    colmaps: dict[int, dict[int, str]] = {}
    wrapped: tuple[int, str] | None = None  # a row with values whose label names no row (yet)
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
        colmaps[r] = colmap
        has_values = any(c.text.strip() and _is_value(c.text) for c in row)
        if row_id is None and label and wrapped is not None and not has_values:
            # A label wrapped onto a row of its own below its row: the two lines name the row together
            # (the tail's cells repeated from the row above, as docling repeats merged cells, left out).
            above = [fold(c.text) for c in grid[r - 1]]
            tail = "".join(t for j, t in enumerate(texts) if t and (j >= len(above) or t != above[j]))
            row_id, r_values = match_row(spec, wrapped[1] + tail), wrapped[0]
        else:
            r_values = r
        wrapped = (r, label) if row_id is None and label else None
        if row_id is None:
            if not label and _is_value_row(row):
                unlabelled.append(r)
            continue
        labelled.append((r_values, row_id))
        for cid, value in _row_values(spec, block, r_values, row_id, colmaps[r_values]).items():
            found.setdefault(cid, value)
    for r, row_id in _fill_between_anchors(spec, labelled, unlabelled):
        for cid, value in _row_values(spec, block, r, row_id, colmaps[r], positional=True).items():
            found.setdefault(cid, value)
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
    # A block name written once over the columns it spans (a pipe table cannot merge cells) names the
    # empty header cells to its right too.
    filled: list[list[str]] = []
    for h in range(r):
        row_texts, last = [], ""
        for c in grid[h]:
            last = fold(c.text) or last
            row_texts.append(last)
        filled.append(row_texts)
    for j in range(len(grid[r])):
        heads = [fold(grid[h][j].text) for h in range(r)]
        named = [h for h in heads if any(re.search(p, h) for p in T4_BLOCK_PATTERNS.values())] or \
            [filled[h][j] for h in range(r) if j < len(filled[h])]
        block_id = next((b for b, p in T4_BLOCK_PATTERNS.items() if any(re.search(p, h) for h in named)), None)
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
