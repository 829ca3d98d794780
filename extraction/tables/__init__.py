"""Tables 二, 三, 四: find them in real grids and in flattened text, align every cell to the template.

Each table is read by every aligner (the ``grid`` aligner over the grids of each table extractor, the
``text`` aligner for flattenings, and any third party's named in the config); the reading that
resolves the most cells wins, identities break ties, and every cell says which extractor it came from.
``aligners`` is their registry (entry-point group ``nianbao.aligners``; the interface: tables/align.py).
"""

from __future__ import annotations

import re
from typing import Sequence

from nianbao.core.document import TableBlock
from nianbao.core.registry import Registry
from nianbao.extraction.layout import Layout
from nianbao.extraction.tables.align import Aligner, Reading
from nianbao.extraction.tables.legacy import read_legacy_grid, read_legacy_text
from nianbao.core.labels import T2_2019_MARKERS, T2_2021_MARKERS, T3_2021_MARKERS, TABLE_MARKERS, fold
from nianbao.core.codebook import (FORMAT_2019, FORMAT_2021, FORMAT_PRE_2019, LEGACY_TABLE_ID, STATISTICS_TABLE_SECTION,
                                   TABLE_KEYS, FormatVersion, table_spec)
from nianbao.core.document import GridCell
from nianbao.core.record import Cell, CellKind, Table
from nianbao.extraction.tables.cells import parse_cell

aligners: Registry[type[Aligner]] = Registry("table aligner", "nianbao.aligners", {
    "grid": "nianbao.extraction.tables.grid:GridAligner",
    "text": "nianbao.extraction.tables.text:TextAligner",
})
# Grid readings first: among readings that tie on every count, the first is kept.
DEFAULT_ALIGNERS = ("grid", "text")

SECTION_OF_TABLE = {"t2": "proactive", "t3": "requests", "t4": "review_litigation"}
_REGION_CHARS = 6000


def classify(block: TableBlock) -> str | None:
    """Which standard table a grid is, by the labels it holds."""
    text = fold(block.as_text())
    hits = {key: len(re.findall(pattern, text)) for key, pattern in TABLE_MARKERS.items()}
    key, count = max(hits.items(), key=lambda kv: kv[1])
    return key if count else None


def region(layout: Layout, key: str) -> str:
    """The text that holds table ``key``: its section, or the text after its marker if the heading is lost."""
    section = layout.section(SECTION_OF_TABLE[key])
    if section is not None:
        return section.text()
    full = layout.text()
    start = re.search(TABLE_MARKERS[key], full)
    if not start:
        return ""
    end = start.start() + _REGION_CHARS
    following = TABLE_KEYS[TABLE_KEYS.index(key) + 1 :]
    for nxt in following:
        m = re.search(TABLE_MARKERS[nxt], full[start.end():])
        if m:
            end = min(end, start.end() + m.start())
            break
    return full[start.start() : end]


def table_format(key: str, text: str, default: FormatVersion) -> FormatVersion:
    """The format a table is printed in, from the labels only one of the two formats has."""
    folded = fold(text)
    if key == "t2":
        if re.search(T2_2019_MARKERS, folded):
            return FORMAT_2019
        if re.search(T2_2021_MARKERS, folded):
            return FORMAT_2021
    if key == "t3":
        if re.search(T3_2021_MARKERS, folded):
            return FORMAT_2021
        if re.search(r"其他处理", folded):
            return FORMAT_2019
    return default


def _append(head: TableBlock, tail: TableBlock) -> TableBlock:
    """One grid of two fragments of a table (a converter split it at a page break), the tail's rows
    below the head's; the narrower one padded with empty cells."""
    width = max(len(head.grid[0]) if head.grid else 0, len(tail.grid[0]) if tail.grid else 0)
    offset = len(head.grid)

    def pad(rows: list[list[GridCell]], shift: int) -> list[list[GridCell]]:
        out = []
        for r, row in enumerate(rows):
            cells = [GridCell(c.text, (c.origin[0] + shift, c.origin[1]), c.page, c.bbox, c.confidence) for c in row]
            cells += [GridCell("", (r + shift, j)) for j in range(len(cells), width)]
            out.append(cells)
        return out

    return TableBlock(pad(head.grid, 0) + pad(tail.grid, offset), head.origin, head.extractor)


def _labelled_value_rows(block: TableBlock) -> bool:
    """Every row of the grid its label cells then three values or more, nothing else (no header row): rows
    of a table's body, whatever their width."""
    values = (CellKind.NUMBER, CellKind.DASH, CellKind.NONE_WORD)
    for row in block.grid:
        kinds = [parse_cell(t).kind for c in row if (t := c.text.strip())]
        labels = next((k for k, kind in enumerate(kinds) if kind in values), len(kinds))
        if not 1 <= labels <= 3 or len(kinds) - labels < 3 or any(k not in values for k in kinds[labels:]):
            return False
    return bool(block.grid)


def table_grids(layout: Layout) -> dict[str, list[TableBlock]]:
    """The grids of tables 二, 三, 四 in the layout. A markup grid that names no table and follows a
    table's grid with no prose between (a converter's split at a page break) is that table's next
    fragment and is joined to it, so every row of a split table is read by the grid aligner."""
    grids: dict[str, list[TableBlock]] = {key: [] for key in TABLE_KEYS}
    last: tuple[str, int] | None = None  # (table key, index in grids[key]) of the last markup grid
    for section in layout.sections:
        if section.heading is not None and section.id != "preamble":
            last = None
        for item in section.items:
            if not isinstance(item, TableBlock):
                # Prose ends a table; label text a converter floated out of the grid (no sentence in
                # it, however long) does not.
                body = item.text.strip()
                if body and (item.role == "paragraph" or (len(body) > 40 and re.search(r"[。；！？]", body))):
                    last = None
                continue
            key = classify(item)
            if item.extractor == "grid" and last is not None and key in (None, last[0]):
                head = grids[last[0]][last[1]]
                width = len(head.grid[0]) if head.grid else 0
                # A fragment may be narrower than the head (its rows lost their label cells), or wider where
                # the head is rows a converter wrote apart, joined with their labels in one cell.
                if item.grid and (len(item.grid[0]) <= width + 1 or _labelled_value_rows(item)):
                    grids[last[0]][last[1]] = _append(head, item)
                    continue
            if key:
                grids[key].append(item)
                last = (key, len(grids[key]) - 1) if item.extractor == "grid" else None
            if key == "t4" and len(re.findall(TABLE_MARKERS["t3"], fold(item.as_text()))) >= 2:
                # One grid a converter made of tables 三 and 四 together (pymupdf4llm, where no rule parts
                # them): 四's many header words name it, and 三's rows are in it too.
                grids["t3"].append(item)
    return grids


def legacy_table(layout: Layout) -> Table:
    """The pre-2019 statistics table, from a grid that has its header or from the text of its section."""
    for section in layout.sections:
        for item in section.items:
            if isinstance(item, TableBlock) and (table := read_legacy_grid(item)):
                return table
    section = layout.section(STATISTICS_TABLE_SECTION.id)
    text = section.text() if section is not None else layout.text()
    return read_legacy_text(text) or Table(LEGACY_TABLE_ID, FORMAT_PRE_2019, False, [], None,
                                           ["no pre-2019 statistics table was found"])


def extract_tables(layout: Layout, default_format: FormatVersion,
                   aligner_names: Sequence[str] = DEFAULT_ALIGNERS) -> list[Table]:
    """Tables 二, 三 and 四 of a laid-out report, each cell aligned to the template by its labels; for a
    report in a pre-2019 outline, its old statistics table only (``legacy``), never forced into 二/三/四.

    ``aligner_names``: the aligners that read each table, by registry name (empty: the default two).
    """
    # Resolved before any work: an unknown name or a broken plug-in fails here, with the registry's message.
    chosen = [aligners.get(name)() for name in (aligner_names or DEFAULT_ALIGNERS)]
    if layout.outline == FORMAT_PRE_2019:
        return [legacy_table(layout)]
    grids = table_grids(layout)
    tables: list[Table] = []
    for key in TABLE_KEYS:
        text = region(layout, key)
        # Table 四 is the same in both formats; it follows table 三's.
        default = tables[-1].format if key == "t4" else default_format
        fmt = table_format(key, text + "\n".join(g.as_text() for g in grids[key]), default)  # type: ignore[arg-type]
        spec = table_spec(key, fmt)
        readings = [reading for aligner in chosen for reading in aligner.align(spec, grids[key], text)]
        # Most cells read wins; among equals, the reading whose numbers satisfy more identities.
        best = max(readings, key=lambda r: (r.resolved, r.holding(spec.format)), default=Reading("none", {}, []))
        found = bool(best.cells)
        cells = [best.cells.get(cid) or Cell(cid, CellKind.MISSING) for cid in spec.cell_ids()] if found else []
        tables.append(Table(spec.id, spec.format, found, cells, best.extractor if found else None, best.notes))
    t2, t3 = tables[0], tables[1]
    if t2.found and t3.found and t2.format == FORMAT_2021 and t3.format == FORMAT_2019:
        # Some 2021-format reports keep the trial format's single （六）其他处理 row in table 三.
        t3.notes.append("table 三 prints the 2019 trial format's single （六）其他处理 row (t3.other_handling) "
                        "in a report whose table 二 is in the 2021 format")
    return tables


def document_format(tables: list[Table]) -> FormatVersion | None:
    """The format the tables are printed in, if they tell (table 二 first: it differs most)."""
    for table in tables:
        if table.id == LEGACY_TABLE_ID:
            return FORMAT_PRE_2019
        if table.found and table.id in ("t2", "t2_2019", "t3"):
            return table.format  # type: ignore[return-value]
    return None


__all__ = ["DEFAULT_ALIGNERS", "Aligner", "Reading", "aligners", "classify", "document_format",
           "extract_tables", "region", "table_format"]
