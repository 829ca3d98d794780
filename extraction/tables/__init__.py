"""Tables 二, 三, 四: find them in real grids and in flattened text, align every cell to the template.

Each table is read by every extractor that can see it (a grid aligner over the grids of each table
extractor, a text aligner for flattenings); the reading that resolves the most cells wins, identities
break ties, and every cell says which extractor it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.core.document import TableBlock
from nianbao.extraction.layout import Layout
from nianbao.core.relations import relations
from nianbao.extraction.tables import grid as grid_reader
from nianbao.extraction.tables import text as text_reader
from nianbao.extraction.tables.cells import parse_cell
from nianbao.core.labels import T2_2019_MARKERS, T2_2021_MARKERS, T3_2021_MARKERS, TABLE_MARKERS, fold
from nianbao.extraction.tables.split import solve
from nianbao.core.codebook import FORMAT_2019, FORMAT_2021, TABLE_KEYS, FormatVersion, TableSpec, table_spec
from nianbao.core.record import Cell, CellKind, CellSource, Table

SECTION_OF_TABLE = {"t2": "proactive", "t3": "requests", "t4": "review_litigation"}
_RESOLVED = {CellKind.NUMBER, CellKind.ANNOTATED, CellKind.BLANK, CellKind.DASH, CellKind.NONE_WORD}
_REGION_CHARS = 6000


@dataclass
class Reading:
    extractor: str
    cells: dict[str, Cell]
    notes: list[str]

    @property
    def resolved(self) -> int:
        return sum(c.kind in _RESOLVED for c in self.cells.values())

    def holding(self, fmt: FormatVersion) -> int:
        """How many of the format's relations this reading's own cells satisfy (blanks count as 0)."""
        values = {cid: float(c.value) if c.value is not None else 0.0
                  for cid, c in self.cells.items() if c.kind in _RESOLVED}
        return sum(bool(rel.holds(values)) for rel in relations(fmt))


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


def _cell(cid: str, raw: str, source: CellSource) -> Cell:
    parsed = parse_cell(raw)
    return Cell(cid, parsed.kind, parsed.value, raw, parsed.unit, parsed.note, source=source)


def _from_grids(spec: TableSpec, blocks: list[TableBlock]) -> list[Reading]:
    """One reading per extractor that found grids of this table (a PDF page may have several)."""
    read = grid_reader.read_review_grid if spec.id == "t4" else grid_reader.read_grid
    readings: dict[str, Reading] = {}
    for block in blocks:
        reading = readings.setdefault(block.extractor, Reading(block.extractor, {}, []))
        for cid, value in read(spec, block).items():
            reading.cells.setdefault(cid, _cell(cid, value.raw, value.source))
    return list(readings.values())


def _from_text(spec: TableSpec, text: str) -> Reading:
    rows = text_reader.read_block(spec, text) if spec.id == "t4" else text_reader.read_rows(spec, text)
    results = solve([(row.cells, row.chunks) for row in rows], relations(spec.format))
    cells: dict[str, Cell] = {}
    notes: list[str] = []
    for row, result in zip(rows, results):
        extractor = "text-split" if result.split else "text"
        source = CellSource(extractor, snippet=row.snippet[:160])
        notes.extend(f"{row.cells[0].rsplit('.', 1)[0]}: {n}" for n in result.notes)
        if not result.readings:
            continue
        for i, cid in enumerate(row.cells):
            values = sorted({reading[i] for reading in result.readings}, key=lambda v: (len(v), v))
            if len(values) == 1:
                cells[cid] = _cell(cid, values[0], source)
            else:
                numbers = [parse_cell(v).value for v in values]
                cells[cid] = Cell(cid, CellKind.AMBIGUOUS, raw=row.snippet[:160], source=source,
                                  candidates=[n for n in numbers if n is not None][:12])
    return Reading("text", cells, notes)


def extract_tables(layout: Layout, default_format: FormatVersion) -> list[Table]:
    """Tables 二, 三 and 四 of a laid-out report, each cell aligned to the template by its labels."""
    grids: dict[str, list[TableBlock]] = {key: [] for key in TABLE_KEYS}
    for section in layout.sections:
        for item in section.items:
            if isinstance(item, TableBlock) and (key := classify(item)):
                grids[key].append(item)
    tables: list[Table] = []
    for key in TABLE_KEYS:
        text = region(layout, key)
        # Table 四 is the same in both formats; it follows table 三's.
        default = tables[-1].format if key == "t4" else default_format
        fmt = table_format(key, text + "\n".join(g.as_text() for g in grids[key]), default)  # type: ignore[arg-type]
        spec = table_spec(key, fmt)
        readings = _from_grids(spec, grids[key])
        if text:
            readings.append(_from_text(spec, text))
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
        if table.found and table.id in ("t2", "t2_2019", "t3"):
            return table.format  # type: ignore[return-value]
    return None
