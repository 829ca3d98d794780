"""A record → the columns of the tidy tables (reports, cells, paragraphs, figures, checks).

This reads typed records (``nianbao.core.record.Record``, decoded by msgspec) and builds each content
table column by column: one list comprehension per column over a table's cells costs a fraction of a
dict per cell, and a 100,000-report panel spends its time here. Full and compact records
(``nianbao.core.compact``) give the same columns: what a compact record leaves out is rebuilt on the
way (a number cell's raw text, a cell's extractor, a passed check's cells and message), and paragraph
scores below ``SCORE_FLOOR`` read as null in both forms.
"""

from __future__ import annotations

from typing import Any, Iterator

from msgspec.structs import astuple

from nianbao.core import codebook
from nianbao.core.codebook import PARAGRAPH_LABELS
from nianbao.core.compact import SCORE_FLOOR, expand_checks
from nianbao.core.keys import paragraph_key
from nianbao.core.record import CellKind, Check, CheckStatus, Record
from nianbao.core.statements import paragraph_statements

Row = dict[str, Any]
Columns = dict[str, list]

# cell id → (row id, column id), from the codebook's templates: ids are never split by hand.
_CELL_PARTS: dict[str, tuple[str | None, str | None]] = {
    cid: (row.id, col) for spec in codebook.TABLES.values() for row, col, cid in spec.cells()
}
_UNKNOWN = (None, None)  # an id the codebook does not know (a newer record) keeps its table, no row/column
# The order ``astuple`` gives a cell's fields in: Cell's own (tests/outputs pins that they agree).
CELL_FIELDS = ("id", "kind", "value", "raw", "unit", "note", "candidates", "source")
_SCORE_COLUMNS = tuple((code.id, f"score_{code.id}") for code in PARAGRAPH_LABELS)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


# The row and column ids of the cell ids a table last had: nearly every table lists its template's cells in the
# template's order, so the lookups are done once per table id, not once per cell of every record.
_LAST_PARTS: dict[str, tuple[list[str], list[str | None], list[str | None]]] = {}


def _parts(table_id: str, ids: list[str]) -> tuple[list[str | None], list[str | None]]:
    """The row ids and column ids of a table's cells, by their cell ids."""
    last = _LAST_PARTS.get(table_id)
    if last is None or last[0] != ids:
        parts = [_CELL_PARTS.get(i, _UNKNOWN) for i in ids]
        last = _LAST_PARTS[table_id] = (ids, [p[0] for p in parts], [p[1] for p in parts])
    return last[1], last[2]


def _raws(raws: tuple, kinds: tuple, values: tuple) -> list[str | None]:
    """Cells' raw texts, those a compact record left out rebuilt: a number's is its value's text (``value_text``:
    an int's or a float's ``str``, called here without a function call per cell), a blank's is empty."""
    number, blank = CellKind.NUMBER, CellKind.BLANK
    return [r if r is not None else (None if v is None else str(v)) if k is number else ("" if k is blank else None)
            for r, k, v in zip(raws, kinds, values)]


def report_row(record: Record, duplicate_of: str | None = None) -> Row:
    """The reports row of one record; ``duplicate_of`` names an earlier file with the same content."""
    source, meta = record.source, record.metadata
    contact = meta.contact
    errors = record.errors
    return {
        "sha256": source.sha256,
        "doc_id": record.doc_id,
        "path": source.path,
        "duplicate_of": duplicate_of,
        "status": record.status.value,
        "reader": source.reader,
        "encoding": source.encoding,
        "size": source.size,
        "agency": meta.agency,
        "year": meta.year,
        "format_version": meta.format_version,
        "admin_level": meta.admin_level,
        "region": meta.region,
        "publication_date": meta.publication_date,
        "title": meta.title,
        "agency_source": meta.sources.get("agency"),
        "script": meta.script,
        "coverage": record.coverage,
        **{f"contact_{k}": getattr(contact, k) for k in ("address", "postcode", "phone", "email", "website")},
        "sections": list(record.sections),
        "tables_found": [t.id for t in record.tables if t.found],
        "n_cells": sum(len(t.cells) for t in record.tables),
        "n_paragraphs": len(record.paragraphs),
        "n_figures": len(record.figures),
        "n_checks": len(_checks(record)),  # a compact record leaves passed identities out
        "n_checks_failed": sum(c.status is CheckStatus.FAIL for c in record.checks),
        "errors": [p.code for p in errors],
        "warnings": [p.code for p in record.warnings],
        "error_message": " | ".join(p.message for p in errors) or None,
        "schema_version": record.schema_version,
        "nianbao_version": record.nianbao_version,
    }


def cell_columns(record: Record) -> Columns:
    """One row per cell, tables in record order and cells in template order."""
    sha = record.source.sha256
    cols: Columns = {k: [] for k in ("sha256", "table_id", "cell_id", "row_id", "column_id", "value", "raw", "kind",
                                     "unit", "note", "candidates", "extractor", "page")}
    for table in record.tables:
        cells, n, fallback = table.cells, len(table.cells), table.extractor
        if not n:
            continue
        # A cell's fields as one tuple each (msgspec, in C), transposed by zip: a column per field without
        # a Python-level attribute read per cell and column.
        ids, kinds, values, raws, units, notes, candidates, sources = zip(*map(astuple, cells))
        ids = list(ids)
        rows, columns = _parts(table.id, ids)
        cols["sha256"] += [sha] * n
        cols["table_id"] += [table.id] * n
        cols["cell_id"] += ids
        cols["row_id"] += rows
        cols["column_id"] += columns
        cols["value"] += values  # ints become float64 in Arrow
        cols["raw"] += _raws(raws, kinds, values) if None in raws else raws
        cols["kind"] += kinds  # CellKind is a str: Arrow stores its value (the enum's ``.value`` is slow per cell)
        cols["unit"] += units
        cols["note"] += notes
        cols["candidates"] += candidates
        if sources.count(None) == n:  # a compact record's text and HTML cells
            cols["extractor"] += [fallback] * n
            cols["page"] += [None] * n
        else:
            cols["extractor"] += [(s.extractor if s is not None else None) or fallback for s in sources]
            cols["page"] += [s.page if s is not None else None for s in sources]
    return cols


def paragraph_columns(record: Record) -> Columns:
    """One row per narrative paragraph, with its gold key and a score column per label (null below the floor)."""
    sha = record.source.sha256
    paragraphs = record.paragraphs
    cols: Columns = {
        "sha256": [sha] * len(paragraphs),
        "index": [p.index for p in paragraphs],
        "section": [p.section for p in paragraphs],
        "path": [p.path for p in paragraphs],
        "text": [p.text for p in paragraphs],
        "key": [paragraph_key(p.text or "") for p in paragraphs],
        "labels": [p.labels for p in paragraphs],
    }
    for label, column in _SCORE_COLUMNS:
        values = [p.scores.get(label) for p in paragraphs]
        cols[column] = [None if v is None or v < SCORE_FLOOR else float(v) for v in values]
    return cols


def figure_columns(record: Record) -> Columns:
    """One row per prose figure, with the key of the paragraph it was read in."""
    sha = record.source.sha256
    keys = {p.index: paragraph_key(p.text or "") for p in record.paragraphs}
    figures = record.figures
    return {
        "sha256": [sha] * len(figures),
        "index": list(range(len(figures))),
        "id": [f.id for f in figures],
        "value": [_float(f.value) for f in figures],
        "unit": [f.unit for f in figures],
        "approx": [bool(f.approx) for f in figures],
        "scope": [f.scope for f in figures],
        "qualifier": [f.qualifier for f in figures],
        "paragraph": [f.paragraph for f in figures],
        "paragraph_key": [keys.get(f.paragraph) for f in figures],
        "section": [f.section for f in figures],
        "start": [f.start for f in figures],
        "end": [f.end for f in figures],
        "text": [f.text for f in figures],
        "listed": [f.listed for f in figures],
        "session": [f.session for f in figures],
        "note": [f.note for f in figures],
        "subject": [f.subject for f in figures],
        "read_by": [f.read_by for f in figures],
    }


_last_expanded: tuple[Record | None, list[Check]] = (None, [])


def _checks(record: Record) -> list[Check]:
    """``expand_checks``, once per record: the reports row and the checks rows both need them."""
    global _last_expanded
    if _last_expanded[0] is not record:
        _last_expanded = (record, expand_checks(record))
    return _last_expanded[1]


def check_columns(record: Record) -> Columns:
    """One row per check, in the order the record ran them (a compact record's passed checks rebuilt)."""
    sha = record.source.sha256
    checks = _checks(record)
    return {
        "sha256": [sha] * len(checks),
        "rule": [c.rule for c in checks],
        "scope": [c.scope for c in checks],
        "key": [f"{c.rule}:{c.scope}" for c in checks],
        "status": [c.status for c in checks],  # a str: Arrow stores its value (``.value`` is slow, as for kinds)
        "cells": [c.cells for c in checks],
        "lhs": [c.lhs for c in checks],
        "rhs": [c.rhs for c in checks],
        "message": [c.message for c in checks],
        "assumed_zero": [c.assumed_zero for c in checks],
        "figures": [c.figures for c in checks],
        "assumption": [c.assumption for c in checks],
    }


def statement_columns(record: Record) -> Columns:
    """One row per statement (一是…, a numbered item, a ；-separated clause) of the paragraphs labelled
    problems, improvements, prior_rectification or innovation (``nianbao.core.statements``)."""
    rows = [(p, text, span, label) for p in record.paragraphs for text in (p.text,)
            for span, label in paragraph_statements(text, p.labels)]
    keys = {p.index: paragraph_key(p.text) for p, *_ in rows}
    return {
        "sha256": [record.source.sha256] * len(rows),
        "index": list(range(len(rows))),
        "paragraph": [p.index for p, *_ in rows],
        "paragraph_key": [keys[p.index] for p, *_ in rows],
        "section": [p.section for p, *_ in rows],
        "label": [label for *_, label in rows],
        "marker": [span.marker or None for _, _, span, _ in rows],
        "lead": [span.lead or None for _, _, span, _ in rows],
        "start": [span.start for _, _, span, _ in rows],
        "end": [span.end for _, _, span, _ in rows],
        "text": [text[span.start:span.end] for _, text, span, _ in rows],
    }


def proposal_columns(record: Record) -> Columns:
    """One row per correction proposed for a broken identity (``nianbao.extraction.repair``), by rank."""
    proposals = record.proposals
    return {
        "sha256": [record.source.sha256] * len(proposals),
        "rank": [p.rank for p in proposals],
        "cell_id": [p.cell for p in proposals],
        "current": [None if p.current is None else float(p.current) for p in proposals],
        "proposed": [float(p.proposed) for p in proposals],
        "raw": [p.raw for p in proposals],
        "slip": [p.slip for p in proposals],
        "score": [float(p.score) for p in proposals],
        "fixes": [list(p.fixes) for p in proposals],
        "evidence": [p.evidence for p in proposals],
    }


# The tables built from a record's content (shared by every file with the same sha256).
CONTENT_TABLES = {"cells": cell_columns, "paragraphs": paragraph_columns, "figures": figure_columns,
                  "checks": check_columns, "statements": statement_columns, "proposals": proposal_columns}


def codebook_rows() -> Iterator[Row]:
    """The codebook as ``nianbao codebook`` exports it, named as in the cells table; null where a code is no cell."""
    for code in codebook.rows():
        yield {"kind": code["kind"], "id": code["id"], "label": code["label"], "table_id": code["table"] or None,
               "format": code["format"] or None, "row_id": code["row"] or None, "column_id": code["column"] or None}
