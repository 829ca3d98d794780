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
from nianbao.core.labels import T2_2019_MARKERS, T2_2021_MARKERS, T3_2021_MARKERS, TABLE_MARKERS, fold
from nianbao.core.codebook import FORMAT_2019, FORMAT_2021, TABLE_KEYS, FormatVersion, table_spec
from nianbao.core.record import Cell, CellKind, Table

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


def extract_tables(layout: Layout, default_format: FormatVersion,
                   aligner_names: Sequence[str] = DEFAULT_ALIGNERS) -> list[Table]:
    """Tables 二, 三 and 四 of a laid-out report, each cell aligned to the template by its labels.

    ``aligner_names``: the aligners that read each table, by registry name (empty: the default two).
    """
    # Resolved before any work: an unknown name or a broken plug-in fails here, with the registry's message.
    chosen = [aligners.get(name)() for name in (aligner_names or DEFAULT_ALIGNERS)]
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
        if table.found and table.id in ("t2", "t2_2019", "t3"):
            return table.format  # type: ignore[return-value]
    return None


__all__ = ["DEFAULT_ALIGNERS", "Aligner", "Reading", "aligners", "classify", "document_format",
           "extract_tables", "region", "table_format"]
