"""Compact records: the same Record with what can be recomputed left out, for corpora of many reports.

A full record is ~80 KB, most of it evidence that follows from the rest: a passed H-check's cells and
message follow from its relation and sums, a cell's ``raw`` usually is its value's digits, every cell
repeats its table's extractor and its source line. ``compact`` drops those; ``expand`` puts back all
that the tidy panel reads, so the panel of a compact run is the panel of a full run, row for row.

Kept whole: every value, kind, unit, note and candidate, cell ids, a PDF cell's page and box, failed
and skipped checks (passed H1–H4 ones are left out and rebuilt in the relations' order — checked
record by record when compacting, else kept bare; a passed H5 keeps rule, scope and status), figures with their spans,
paragraph texts, paths and labels, errors and warnings. Left out for good: a cell's and a paragraph's
place in the source text (block, line, grid row and column, snippet) and paragraph scores below
``SCORE_FLOOR`` (the panel reads those as null in both forms).
"""

from __future__ import annotations

from msgspec.structs import replace

from nianbao.core.record import Cell, CellKind, CellSource, Check, CheckStatus, Paragraph, Record, Table
from nianbao.core.relations import VALUE_KINDS, ZERO_KINDS, Relation, relation_index

# A score below this says "not this label" at any threshold a study would use; a dozen labels per
# paragraph at full float precision were a fifth of a record.
SCORE_FLOOR = 0.05
# The H5 message of a table with no bad value, the only message H5 gives a pass.
WELL_FORMED = "all values well-formed"


def value_text(value: int | float | None) -> str | None:
    """The text a number cell's ``raw`` is rebuilt from when a compact record left it out."""
    if value is None:
        return None
    return str(value) if isinstance(value, int) else repr(value)


def _compact_cell(cell: Cell, extractor: str | None) -> Cell:
    raw = cell.raw
    if (cell.kind is CellKind.NUMBER and raw == value_text(cell.value)) or (cell.kind is CellKind.BLANK and raw == ""):
        raw = None
    source = cell.source
    if source is not None:
        # Block, line, grid row/column and snippet point into the source text, which a corpus study never
        # opens (the full form keeps them); a PDF's page and box are kept: the overlay draws from them.
        source = CellSource("" if source.extractor == extractor else source.extractor,
                            page=source.page, bbox=source.bbox, confidence=source.confidence)
        if source == _EMPTY_SOURCE:
            source = None
    return replace(cell, raw=raw, source=source)


_EMPTY_SOURCE = CellSource()
# The kinds as tuples: ``kind in tuple`` matches members by identity, where a frozenset hashes each through
# Enum.__hash__, a Python call (per cell of every record, the most of rebuilding a compact record's checks).
_VALUE_KINDS = tuple(VALUE_KINDS)
_ZERO_KINDS = tuple(ZERO_KINDS)
_CHECKED_KINDS = _VALUE_KINDS + _ZERO_KINDS


def _relation(check: Check, relations: dict[tuple[str, str], Relation]) -> Relation | None:
    # A passed check follows from its relation and the cells; a failed one is kept whole, so a record read
    # as plain JSON still shows each break with its sums and message.
    return relations.get((check.rule, check.scope)) if check.status is CheckStatus.PASS else None


def _zeros(rel: Relation, cells: dict[str, Cell]) -> list[str]:
    return [c for c in rel.cells if c in cells and cells[c].kind in _ZERO_KINDS]


def _sums(rel: Relation, values: dict[str, float]) -> tuple[float, float] | None:
    """Both sides as ``extraction.checks`` sums them (same order, so the same floats), None if a cell is gone."""
    try:
        return sum(map(values.__getitem__, rel.lhs)), sum(map(values.__getitem__, rel.rhs))
    except KeyError:
        return None


def _found_cells(record: Record) -> dict[str, Cell]:
    # the cells the checks were run on: those of found tables, as in ``extraction.checks``
    return {c.id: c for t in record.tables if t.found for c in t.cells}


def _zero_cells(cells: dict[str, Cell]) -> set[str]:
    """The cells a check counts as 0 (blank, dash, 无)."""
    return {c for c, cell in cells.items() if cell.kind in _ZERO_KINDS}


def _values(cells: dict[str, Cell]) -> dict[str, float]:
    """Each cell's value as a check adds it (0 for a blank, dash, 无 or text cell), once per record: rebuilding it
    per check cost a compact panel more than the rest of its checks' columns."""
    return {c: float(cell.value) if cell.kind in _VALUE_KINDS and cell.value is not None else 0.0
            for c, cell in cells.items()}


def _relations(record: Record) -> dict[tuple[str, str], Relation]:
    t3 = next((t for t in record.tables if t.id == "t3"), None)
    try:
        return relation_index(t3.format) if t3 is not None else {}  # type: ignore[arg-type]
    except (KeyError, ValueError):
        return {}  # a format this version does not know: keep its checks whole


def _compact_check(check: Check, relations: dict, cells: dict[str, Cell], values: dict[str, float]) -> Check:
    rel = _relation(check, relations)
    if rel is not None and check.lhs is not None and check.rhs is not None:
        if (check.cells == list(rel.cells) and check.message == rel.message(check.lhs, check.rhs)
                and check.assumed_zero == _zeros(rel, cells) and _sums(rel, values) == (check.lhs, check.rhs)):
            return replace(check, cells=[], lhs=None, rhs=None, message="", assumed_zero=[])
    elif check.rule == "H5" and check.status is CheckStatus.PASS and check.message == WELL_FORMED:
        return replace(check, message="")
    return check


def _without_passes(record: Record, checks: list[Check]) -> list[Check]:
    """``checks`` (compacted) without the passed H1–H4 ones, where ``expand_checks`` gives them all back exactly
    (every pipeline record: the checks follow the relations' order); else ``checks`` as they are."""
    kept = [c for c in checks if c.message or c.status is not CheckStatus.PASS or c.rule == "H5"]
    if len(kept) == len(checks) or expand_checks(replace(record, checks=kept)) != record.checks:
        return checks
    return kept


def compact(record: Record) -> Record:
    """The record without what ``expand`` can rebuild, cell snippets and paragraph scores below ``SCORE_FLOOR``."""
    cells = _found_cells(record)
    relations = _relations(record)
    values = _values(cells)
    checks = [_compact_check(c, relations, cells, values) for c in record.checks]
    return replace(
        record,
        tables=[replace(t, cells=[_compact_cell(c, t.extractor) for c in t.cells]) for t in record.tables],
        checks=_without_passes(record, checks),
        # A paragraph's block and line point into the source text, as a cell's position does: left out alike.
        paragraphs=[replace(p, block=None, line=None, scores={k: v for k, v in p.scores.items() if v >= SCORE_FLOOR})
                    for p in record.paragraphs],
    )


def _expand_table(table: Table) -> Table:
    cells = []
    for cell in table.cells:
        if cell.raw is None and cell.kind is CellKind.NUMBER:
            cell = replace(cell, raw=value_text(cell.value))
        elif cell.raw is None and cell.kind is CellKind.BLANK:
            cell = replace(cell, raw="")
        if cell.source is not None and not cell.source.extractor and table.extractor:
            cell = replace(cell, source=replace(cell.source, extractor=table.extractor))
        cells.append(cell)
    return replace(table, cells=cells)


def _expanded_checks(record: Record) -> list[Check]:
    """The record's checks, each passed one a compact record left bare rebuilt from its relation and the cells,
    and the passed H1–H4 it left out (cells all valued, sums agreeing, no check stored) put back in the
    relations' order, the order ``extraction.checks`` runs them in; with none left out, the stored order."""
    cells = _found_cells(record)
    relations = _relations(record)
    value, zeros = _values(cells).__getitem__, _zero_cells(cells)

    def passed(rel: Relation, check: Check | None) -> Check | None:
        """The rebuilt passed check of ``rel`` (``check``: the bare one stored, or None if left out)."""
        if check is None and any(c not in cells or cells[c].kind not in _CHECKED_KINDS for c in rel.cells):
            return None  # run_checks gave no check here (a cell is gone) or one that is stored (skipped)
        try:  # both sides as ``extraction.checks`` sums them (same order, so the same floats)
            lhs, rhs = sum(map(value, rel.lhs)), sum(map(value, rel.rhs))
        except KeyError:
            return check  # a bare passed check whose cell is gone: nothing to rebuild from
        if check is None and abs(lhs - rhs) >= 1e-6:
            return None  # a failed check: stored, so not left out here
        return Check(rel.rule, rel.scope, CheckStatus.PASS, list(rel.cells), lhs, rhs, rel.message(lhs, rhs),
                     [c for c in rel.cells if c in zeros] if zeros else [])

    def as_read(check: Check) -> Check | None:
        if check.message or check.status is not CheckStatus.PASS:
            return check
        rel = relations.get((check.rule, check.scope))
        if rel is not None and check.lhs is None and check.rhs is None:
            return passed(rel, check)
        return replace(check, message=WELL_FORMED) if check.rule == "H5" else check

    stored = {(c.rule, c.scope): c for c in record.checks if (c.rule, c.scope) in relations}
    left_out = {key: rebuilt for key, rel in relations.items() if key not in stored
                and (rebuilt := passed(rel, None)) is not None}
    if not left_out:
        return [as_read(c) for c in record.checks]
    ordered = [as_read(stored[key]) if key in stored else left_out.get(key) for key in relations]
    return [c for c in ordered if c is not None] + [as_read(c) for c in record.checks
                                                    if (c.rule, c.scope) not in relations]


def expand(record: Record) -> Record:
    """A compact record with its raw texts, cell extractors and passed checks' cells, sums and messages rebuilt.

    A full record comes back equal to itself. Snippets and low scores a compact record left out stay out.
    """
    return replace(record, tables=[_expand_table(t) for t in record.tables], checks=_expanded_checks(record))


def floor_scores(paragraph: Paragraph) -> dict[str, float]:
    """A paragraph's scores as the panel reads them: those below ``SCORE_FLOOR`` dropped, in either form."""
    return {k: v for k, v in paragraph.scores.items() if v >= SCORE_FLOOR}


def is_compact(record: Record) -> bool:
    """Whether ``compact`` wrote this record: a passed check without its message gives it away."""
    return any(not c.message and c.status is CheckStatus.PASS for c in record.checks)


def expand_checks(record: Record) -> list[Check]:
    """The record's checks with a compact record's passed ones rebuilt (the panel needs only these)."""
    if not is_compact(record):
        return record.checks  # a full record: nothing to rebuild
    return _expanded_checks(record)
