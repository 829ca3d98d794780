"""Tables flattened into text (PDF text, tab rows, one cell per line, run-together digits).

Rows are found by their labels in the compact text; a row's values are the value tokens between its
label and the next label. A text flattening has no column labels beside the numbers, so columns are
the template's order — the one thing every flattening keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Sequence

from nianbao.core.document import TableBlock
from nianbao.core.record import Cell, CellKind, CellSource
from nianbao.core.relations import relations
from nianbao.extraction.tables.align import Reading, make_cell
from nianbao.extraction.tables.cells import VALUE_TOKEN, parse_cell
from nianbao.core.labels import compact, group_pattern, row_patterns
from nianbao.extraction.tables.split import Chunk, solve
from nianbao.core.codebook import TableSpec

# A CJK character, but for a lone 无 (a value): where words start again after table 四's values.
_WORDS = re.compile(r"(?!(?<![\u4e00-\u9fff])无(?![\u4e00-\u9fff]))[\u4e00-\u9fff]")
# Rows whose label is generic enough that only its place after the previous row identifies it.
_ORDER_ONLY = {"other_other", "total_processed"}


@dataclass
class TextRow:
    """The chunks of one row (or of all of table 四) with the text they came from."""

    cells: tuple[str, ...]
    chunks: list[Chunk]
    snippet: str


def tokens(text: str) -> list[Chunk]:
    """The value tokens of a row's text; bare digit strings may hold several cells."""
    out = []
    for m in VALUE_TOKEN.finditer(text):
        # A signed number (本年增/减 "-2") is one cell: only bare digit strings may hold several.
        if m.group("num") and not m.group("note") and not re.search(r"[,\-−]", m.group("num")):
            out.append(Chunk(m.group("num"), splittable=True, unit=m.group("unit") or ""))
        else:
            out.append(Chunk(m.group(0).strip(), splittable=False))
    return out


def _label_spans(spec: TableSpec, text: str) -> tuple[list[tuple[int, int, str]], list[int]]:
    """(start, end, row id) of every row label found, in the original text's indices; and group starts."""
    folded, index = compact(text)
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    cursor = 0
    for row_id, pattern in row_patterns(spec).items():
        m = pattern.search(folded, cursor)
        if m is None and row_id not in _ORDER_ONLY:
            m = next((x for x in pattern.finditer(folded) if all(x.end() <= a or x.start() >= b for a, b in taken)), None)
        if m is None:
            continue
        taken.append((m.start(), m.end()))
        found.append((index[m.start()], index[m.end() - 1] + 1, row_id))
        cursor = max(cursor, m.end())
    groups = [index[m.start()] for m in group_pattern(spec).finditer(folded)]
    return sorted(found), groups


def read_rows(spec: TableSpec, text: str) -> list[TextRow]:
    """The rows of a table 二 or 三 found in ``text``, each with the tokens after its label."""
    spans, groups = _label_spans(spec, text)
    starts = sorted({s for s, _, _ in spans} | set(groups) | {len(text)})
    rows = []
    for start, end, row_id in spans:
        stop = next(s for s in starts if s >= end)
        snippet = text[end:stop]
        cells = tuple(spec.cell_id(row_id, c) for c in spec.row(row_id).columns)
        rows.append(TextRow(cells, tokens(snippet), re.sub(r"\s+", " ", text[start:stop]).strip()))
    return rows


def read_block(spec: TableSpec, text: str) -> list[TextRow]:
    """Table 四: a header of labels, then fifteen values in the template's order."""
    folded, index = compact(text)
    header = list(re.finditer(r"结果维持|结果纠正|其他结果|尚未审结|总计", folded))
    # A narrow header's words written down the page a character a line ('结', '果', '维', '持': a PDF's
    # narrow columns through markitdown) are no words: the values follow the last group heading, and are
    # taken only as fifteen values, one to a cell (no run-together digits to split without the header).
    down = not header
    header = header or list(re.finditer(r"复议后起诉", folded))
    if not header:
        return []
    start = index[header[-1].end() - 1] + 1
    cells = tuple(cid for _, _, cid in spec.cells())
    body = text[start:]
    # The row ends where words start again after its values: the next section's heading and prose (a
    # converter that ran the page together, '… 10203120001200000 五、存在的主要问题…') hold no value of it.
    first = VALUE_TOKEN.search(body)
    words = _WORDS.search(body, first.end()) if first else None
    body = body[: words.start()] if words else body
    chunks = tokens(body)
    if down and (len(chunks) != len(cells) or any(len(c.text) > 3 for c in chunks)):
        return []
    return [TextRow(cells, chunks, re.sub(r"\s+", " ", body).strip()[:200])]


class TextAligner:
    """Flattened tables: rows by their labels in the region's text, run-together digits split by the
    table's identities; a cell the identities cannot decide is ambiguous, with its candidates."""

    name: ClassVar[str] = "text"

    def align(self, spec: TableSpec, grids: Sequence[TableBlock], text: str) -> list[Reading]:
        if not text:
            return []
        rows = read_block(spec, text) if spec.id == "t4" else read_rows(spec, text)
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
                    cells[cid] = make_cell(cid, values[0], source)
                else:
                    numbers = [parse_cell(v).value for v in values]
                    cells[cid] = Cell(cid, CellKind.AMBIGUOUS, raw=row.snippet[:160], source=source,
                                      candidates=[n for n in numbers if n is not None][:12])
        return [Reading("text", cells, notes)]
