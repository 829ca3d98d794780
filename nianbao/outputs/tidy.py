"""A record → the rows of the tidy tables (reports, cells, paragraphs, figures, checks).

This reads a record in its JSON form (``nianbao.core.serialize.to_dict`` output, one line of a JSONL), not
the dataclasses: rebuilding dataclasses with ``serialize.from_dict`` runs at ~20 records/s on records of
this size against ~1,500/s for ``json.loads``, and a 100,000-report run must not spend an hour there.
Records in memory go through ``serialize.to_dict`` first. Every row is a dict keyed by the column
names of ``nianbao.outputs.columns``; pruned fields (a cell's or figure's ``None`` values) read as null.
"""

from __future__ import annotations

from typing import Any, Iterator

from nianbao.core.keys import paragraph_key
from nianbao.core import codebook
from nianbao.core.codebook import PARAGRAPH_LABELS
from nianbao.core.statements import paragraph_statements

Row = dict[str, Any]

# cell id → (row id, column id), from the codebook's templates: ids are never split by hand.
_CELL_PARTS: dict[str, tuple[str, str]] = {
    cid: (row.id, col) for spec in codebook.TABLES.values() for row, col, cid in spec.cells()
}
_SCORE_COLUMNS = tuple((code.id, f"score_{code.id}") for code in PARAGRAPH_LABELS)


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def report_row(record: dict, duplicate_of: str | None = None) -> Row:
    """The reports row of one record; ``duplicate_of`` names an earlier file with the same content."""
    source = record.get("source") or {}
    meta = record.get("metadata") or {}
    contact = meta.get("contact") or {}
    tables = record.get("tables") or []
    checks = record.get("checks") or []
    errors = record.get("errors") or []
    return {
        "sha256": source.get("sha256"),
        "doc_id": record.get("doc_id"),
        "path": source.get("path"),
        "duplicate_of": duplicate_of,
        "status": record.get("status"),
        "reader": source.get("reader"),
        "encoding": source.get("encoding"),
        "size": source.get("size"),
        "agency": meta.get("agency"),
        "year": meta.get("year"),
        "format_version": meta.get("format_version"),
        "admin_level": meta.get("admin_level"),
        "region": meta.get("region"),
        "publication_date": meta.get("publication_date"),
        "title": meta.get("title"),
        **{f"contact_{k}": contact.get(k) for k in ("address", "postcode", "phone", "email", "website")},
        "sections": list(record.get("sections") or []),
        "tables_found": [t["id"] for t in tables if t.get("found")],
        "n_cells": sum(len(t.get("cells") or []) for t in tables),
        "n_paragraphs": len(record.get("paragraphs") or []),
        "n_figures": len(record.get("figures") or []),
        "n_checks": len(checks),
        "n_checks_failed": sum(c.get("status") == "fail" for c in checks),
        "errors": [p["code"] for p in errors],
        "warnings": [p["code"] for p in record.get("warnings") or []],
        "error_message": " | ".join(p.get("message", "") for p in errors) or None,
        "schema_version": record.get("schema_version"),
        "nianbao_version": record.get("nianbao_version"),
    }


def cell_rows(record: dict) -> Iterator[Row]:
    """One row per cell, tables in record order and cells in template order."""
    sha = (record.get("source") or {}).get("sha256")
    for table in record.get("tables") or []:
        for cell in table.get("cells") or []:
            cid = cell["id"]
            # An id the codebook does not know (a newer record) keeps its table but no row/column.
            row, col = _CELL_PARTS.get(cid, (None, None))
            source = cell.get("source") or {}
            candidates = cell.get("candidates")
            yield {
                "sha256": sha,
                "table_id": table["id"],
                "cell_id": cid,
                "row_id": row,
                "column_id": col,
                "value": _float(cell.get("value")),
                "raw": cell.get("raw"),
                "kind": cell.get("kind"),
                "unit": cell.get("unit"),
                "note": cell.get("note"),
                "candidates": None if candidates is None else [float(x) for x in candidates],
                "extractor": source.get("extractor") or table.get("extractor"),
                "page": source.get("page"),
            }


def paragraph_rows(record: dict) -> Iterator[Row]:
    """One row per narrative paragraph, with its gold key and a score column per label."""
    sha = (record.get("source") or {}).get("sha256")
    for p in record.get("paragraphs") or []:
        scores = p.get("scores") or {}
        row = {
            "sha256": sha,
            "index": p.get("index"),
            "section": p.get("section"),
            "path": list(p.get("path") or []),
            "text": p.get("text"),
            "key": paragraph_key(p.get("text") or ""),
            "labels": list(p.get("labels") or []),
        }
        for label, column in _SCORE_COLUMNS:
            row[column] = _float(scores.get(label))
        yield row


def figure_rows(record: dict) -> Iterator[Row]:
    """One row per prose figure, with the key of the paragraph it was read in."""
    sha = (record.get("source") or {}).get("sha256")
    keys = {p.get("index"): paragraph_key(p.get("text") or "") for p in record.get("paragraphs") or []}
    for index, f in enumerate(record.get("figures") or []):
        yield {
            "sha256": sha,
            "index": index,
            "id": f.get("id"),
            "value": _float(f.get("value")),
            "unit": f.get("unit"),
            "approx": bool(f.get("approx", False)),
            "scope": f.get("scope"),
            "qualifier": f.get("qualifier"),
            "paragraph": f.get("paragraph"),
            "paragraph_key": keys.get(f.get("paragraph")),
            "section": f.get("section"),
            "start": f.get("start"),
            "end": f.get("end"),
            "text": f.get("text"),
            "listed": f.get("listed"),
            "session": f.get("session"),
            "note": f.get("note"),
        }


def statement_rows(record: dict) -> Iterator[Row]:
    """One row per statement (一是…, a numbered item, a ；-separated clause) of the paragraphs labelled
    problems, improvements, prior_rectification or innovation (``nianbao.core.statements``)."""
    sha = (record.get("source") or {}).get("sha256")
    number = 0
    for p in record.get("paragraphs") or []:
        text = p.get("text") or ""
        for span, label in paragraph_statements(text, p.get("labels") or []):
            yield {
                "sha256": sha,
                "index": number,
                "paragraph": p.get("index"),
                "paragraph_key": paragraph_key(text),
                "section": p.get("section"),
                "label": label,
                "marker": span.marker or None,
                "lead": span.lead or None,
                "start": span.start,
                "end": span.end,
                "text": text[span.start:span.end],
            }
            number += 1


def proposal_rows(record: dict) -> Iterator[Row]:
    """One row per correction proposed for a broken identity (``nianbao.extraction.repair``), by rank."""
    sha = (record.get("source") or {}).get("sha256")
    for p in record.get("proposals") or []:
        yield {
            "sha256": sha,
            "rank": p.get("rank"),
            "cell_id": p.get("cell"),
            "current": _float(p.get("current")),
            "proposed": _float(p.get("proposed")),
            "raw": p.get("raw"),
            "slip": p.get("slip"),
            "score": _float(p.get("score")),
            "fixes": list(p.get("fixes") or []),
            "evidence": p.get("evidence"),
        }


def check_rows(record: dict) -> Iterator[Row]:
    """One row per check, in the order the record ran them."""
    sha = (record.get("source") or {}).get("sha256")
    for c in record.get("checks") or []:
        yield {
            "sha256": sha,
            "rule": c.get("rule"),
            "scope": c.get("scope"),
            "key": f"{c.get('rule')}:{c.get('scope')}",
            "status": c.get("status"),
            "cells": list(c.get("cells") or []),
            "lhs": _float(c.get("lhs")),
            "rhs": _float(c.get("rhs")),
            "message": c.get("message"),
            "assumed_zero": list(c.get("assumed_zero") or []),
            "figures": list(c.get("figures") or []),
            "assumption": c.get("assumption"),
        }


# The tables built from a record's content (shared by every file with the same sha256).
CONTENT_TABLES = {"cells": cell_rows, "paragraphs": paragraph_rows, "figures": figure_rows, "checks": check_rows,
                  "statements": statement_rows, "proposals": proposal_rows}


def codebook_rows() -> Iterator[Row]:
    """The codebook as ``nianbao codebook`` exports it, named as in the cells table; null where a code is no cell."""
    for code in codebook.rows():
        yield {"kind": code["kind"], "id": code["id"], "label": code["label"], "table_id": code["table"] or None,
               "format": code["format"] or None, "row_id": code["row"] or None, "column_id": code["column"] or None}
