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
from nianbao.core.relations import relations

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


# A label cell ending in numbers after its words ('2.其他法律行政法规禁止公开 0', '予以公开0 0'): no label of
# the template ends in a digit, so they are the row's first values, set into the label's text box.
_TAIL_NUMBERS = re.compile(r"(?<=[\u4e00-\u9fff）)”])\s*(\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)*)\s*$")


def _label_tail(row: Sequence[GridCell], values: list[int], n: int) -> tuple[int, list[str], list[int]] | None:
    """(the label cell's column, the numbers ending its text, the row's printed value cells) where pymupdf4llm
    set a row's first values into its label cell: the row's printed values one unbroken run right after the
    label cell, as many with those numbers as the row has columns; None otherwise."""
    printed = [j for j in values if row[j].text.strip()]
    if not printed or len(printed) >= n or printed != list(range(printed[0], printed[0] + len(printed))):
        return None
    label_at = printed[0] - 1
    if label_at < 0 or _is_value(row[label_at].text):
        return None
    m = _TAIL_NUMBERS.search(row[label_at].text)
    if not m or len(m.group(1).split()) + len(printed) != n:
        return None
    return label_at, m.group(1).split(), printed


_MULTI = re.compile(r"\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)+")


def _stacked_values(spec: TableSpec, row_id: str, row: Sequence[GridCell], values: list[int]) -> list[tuple[str, int]]:
    """The row's values where some cells hold several numbers apart by spaces (pymupdf4llm stacks a row's
    neighbouring values, or rows' values, into one cell): its printed numbers in order, when they are as
    many as the row's columns and the row's own arithmetic (its total the sum of its parts) holds with
    them — a cell's numbers might be other rows', and a wrong cell is worse than none. Empty otherwise."""
    cells = [j for j in values if row[j].text.strip()]
    if not any(_MULTI.fullmatch(row[j].text.strip()) for j in cells):
        return []
    tokens = [(t, j) for j in cells for t in row[j].text.split()]
    columns = spec.row(row_id).columns
    own = [rel for rel in relations(spec.format) if all(c.split(".")[1] == row_id for c in rel.cells)]
    if len(tokens) != len(columns) or not own or any(parse_cell(t).value is None for t, _ in tokens):
        return []
    numbers = {spec.cell_id(row_id, col): float(parse_cell(t).value or 0) for col, (t, _) in zip(columns, tokens)}
    return tokens if all(rel.holds(numbers) for rel in own) else []


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
    tail = _label_tail(row, values, len(columns))
    if tail and (not all(c in first_col for c in columns) or shifted or positional
                 or not row[first_col[columns[-1]]].text.strip()):
        # (under a full header too, where the header's last column is left empty: the values moved left)
        label_at, numbers, printed = tail
        raws = [(n, label_at) for n in numbers] + [(row[j].text, j) for j in printed]
        return {spec.cell_id(row_id, col): GridValue(raw, _source(block, r, j)) for col, (raw, j) in zip(columns, raws)}
    if any(_MULTI.fullmatch(row[j].text.strip()) for j in values):
        # A cell of several numbers read as one would be a wrong number ('1 0 3' is no 103): the row is
        # read by its numbers where its arithmetic decides them, else not at all.
        stacked = _stacked_values(spec, row_id, row, values)
        return {spec.cell_id(row_id, col): GridValue(raw, _source(block, r, j)) for col, (raw, j) in zip(columns, stacked)}
    if all(c in first_col for c in columns) and not shifted and not positional and not off_header:
        for col in columns:
            j = first_col[col]
            # A value column covered by a label cell merged in from the left holds no value.
            if grid[r][j].origin[1] == j or grid[r][j].origin[1] in colmap:
                out[spec.cell_id(row_id, col)] = GridValue(grid[r][j].text, _source(block, r, j))
        return out
    if off_header and not shifted and not positional:
        return {spec.cell_id(row_id, col): GridValue(row[j].text, _source(block, r, j)) for col, j in zip(columns, off_header)}
    # Values are right of the row's label: an empty cell left of a label cell is no blank value of it.
    last_label = max((j for j in range(len(row)) if row[j].origin == (r, j) and row[j].text.strip()
                      and not _is_value(row[j].text)), default=-1)
    values = [j for j in values if j > last_label]
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


# A row's own label opens on its marker ('3.', '（四）', '二、'); a wrapped label's tail does not.
_ROW_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、])")


def _continues(spec: TableSpec, grid: list[list[GridCell]], r: int, label: str, row_id: str,
               colmap: dict[int, str]) -> bool:
    """Whether row ``r`` (labelled ``row_id``, no value printed) has its values on the next row, whose label
    text names no row alone and, after this one's, names the same row: a label wrapped with its head above
    the line of its numbers."""
    if r + 1 >= len(grid):
        return False
    nxt = grid[r + 1]
    if not any(c.text.strip() and _is_value(c.text) for c in nxt):
        return False
    tail = "".join(dict.fromkeys(t for j, c in enumerate(nxt) if (t := fold(c.text)) and j not in colmap
                                 and not _is_value(c.text)))
    return bool(tail) and not _ROW_MARKER.match(tail) and match_row(spec, tail) is None \
        and match_row(spec, label + tail) == row_id


def read_grid(spec: TableSpec, block: TableBlock) -> dict[str, GridValue]:
    """Cell id → raw value for every template cell this grid shows (table 二 or 三)."""
    found: dict[str, GridValue] = {}
    grid = block.grid
    colmap: dict[int, str] = {}
    labelled: list[tuple[int, str]] = []
    unlabelled: list[int] = []
    colmaps: dict[int, dict[int, str]] = {}
    wrapped: tuple[int, str, bool] | None = None  # a row whose label names no row (yet), whether it has values
    taken: set[int] = set()  # rows read as the values of the row above
    for r, row in enumerate(grid):
        if r in taken:
            continue
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
        elif row_id is None and label and wrapped is not None and has_values and not wrapped[2] \
                and not _ROW_MARKER.match(label):
            # ... or its head on a row of its own above the row of its values and its label's tail.
            row_id, r_values = match_row(spec, wrapped[1] + label), r
        else:
            r_values = r
        if row_id is not None and not has_values and _continues(spec, grid, r, label, row_id, colmap):
            # The label's head on a row of its own, its tail on the row of values below (pdfminer).
            colmaps[r + 1], r_values = colmap, r + 1
            taken.add(r + 1)
        wrapped = (r, label, has_values) if row_id is None and label else None
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
