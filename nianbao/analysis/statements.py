"""Statements across a corpus: what agencies say their problems are and what they will do, item by item.

``nianbao.core.statements`` splits one paragraph (一是…二是…, numbered lists, ；-separated clauses); this
module walks records — dataclasses or their JSON form — and gives every statement with its report's
agency, year, level and region, ready for ``nianbao.analysis.themes``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from nianbao.core.keys import paragraph_key
from nianbao.core.statements import STATEMENT_LABELS, Span, paragraph_statements, split_statements

__all__ = ["STATEMENT_LABELS", "Span", "Statement", "split_statements", "record_statements", "corpus_statements"]


@dataclass(frozen=True)
class Statement:
    """One statement: its report, its paragraph (index and key), its label, its span in the paragraph's text."""

    sha256: str | None
    doc_id: str | None
    agency: str | None
    year: int | None
    admin_level: str | None
    region: str | None
    index: int  # position among the report's statements
    paragraph: int
    paragraph_key: str
    section: str | None
    label: str
    start: int
    end: int
    text: str
    marker: str = ""
    lead: str = ""


def as_json(record: Any) -> dict:
    """A record in its JSON form (``serialize.to_dict``), whether given as a Record or as a dict already."""
    if isinstance(record, dict):
        return record
    if hasattr(record, "__struct_fields__"):  # a msgspec Struct (the record types are moving to msgspec)
        import msgspec

        return msgspec.to_builtins(record)
    if dataclasses.is_dataclass(record):
        from nianbao.core.serialize import to_dict

        return to_dict(record)
    raise TypeError(f"not a record: {type(record).__name__}")


def record_statements(record: Any, labels: Iterable[str] = STATEMENT_LABELS) -> Iterator[Statement]:
    """The statements of one record (a Record or its JSON form), those with a label in ``labels``."""
    data = as_json(record)
    wanted = set(labels)
    meta = data.get("metadata") or {}
    source = data.get("source") or {}
    number = 0
    for p in data.get("paragraphs") or []:
        text = p.get("text") or ""
        for span, label in paragraph_statements(text, p.get("labels") or []):
            if label in wanted:
                yield Statement(source.get("sha256"), data.get("doc_id"), meta.get("agency"), meta.get("year"),
                                meta.get("admin_level"), meta.get("region"), number, p.get("index"),
                                paragraph_key(text), p.get("section"), label, span.start, span.end,
                                text[span.start:span.end], span.marker, span.lead)
            number += 1


def corpus_statements(records: Iterable[Any], labels: Iterable[str] = STATEMENT_LABELS) -> list[Statement]:
    """Every statement of every report (status ok or partial) in ``records``, in record order."""
    wanted = tuple(labels)
    out: list[Statement] = []
    for record in records:
        data = as_json(record)
        if data.get("status") in ("ok", "partial"):
            out.extend(record_statements(data, wanted))
    return out
