"""Score records against gold annotations: cell exact match per table, per input format and per
extractor, identity breaks (``nianbao.evaluation.checks``), metadata per field, status, paragraph labels
(``nianbao.classification.metrics``), figures (precision, recall, F1 per id, in ``nianbao.evaluation.figures``),
and every miss with the place in the source it came from.

Gold files are described in ``corpus/gold/README.md``. Records are matched to gold by ``doc_id``
(the input's file name), so predictions from any tool that writes the record JSON can be scored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import msgspec

from nianbao.evaluation.figures import FigureEvaluation, score_document
from nianbao.evaluation.checks import CheckEvaluation, record_breaks
from nianbao.core.gold import UNSET, CellValue, Gold, Paragraph, cell_long, to_builtins
from nianbao.core.record import Cell, Record

METADATA_FIELDS = ("agency", "year", "format_version", "admin_level", "region", "publication_date")
CONTACT_FIELDS = ("address", "postcode", "phone", "email")
_VALUED = ("number", "annotated")


@dataclass
class Score:
    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += ok


@dataclass
class Miss:
    doc_id: str
    item: str  # a cell id, a metadata field, or 'paragraph <index>'
    gold: Any
    predicted: Any
    group: str = "cells"  # cells, metadata, paragraphs
    source: dict[str, Any] | None = None  # where the prediction was read: page, bbox, line, snippet, text


@dataclass
class Evaluation:
    documents: int = 0
    cells: dict[str, Score] = field(default_factory=dict)  # by table id
    cells_by_format: dict[str, Score] = field(default_factory=dict)  # by input file suffix
    cells_by_extractor: dict[str, Score] = field(default_factory=dict)  # by CellSource.extractor
    checks: CheckEvaluation = field(default_factory=CheckEvaluation)
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc_id → path, format, reader
    metadata: dict[str, Score] = field(default_factory=dict)  # by field
    status: Score = field(default_factory=Score)
    misses: list[Miss] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)  # gold documents with no record
    figures: FigureEvaluation = field(default_factory=FigureEvaluation)
    paragraphs: Any = None  # nianbao.classification.metrics.ParagraphScores, where gold has paragraph labels

    def to_dict(self) -> dict:
        def scores(d: dict[str, Score]) -> dict:
            return {k: {"correct": s.correct, "total": s.total, "accuracy": s.accuracy} for k, s in sorted(d.items())}

        cells_all = Score(sum(s.correct for s in self.cells.values()), sum(s.total for s in self.cells.values()))
        # Every key is always present (null where gold has nothing to score): scripts rely on the set.
        return {
            "documents": self.documents,
            "cells": scores(self.cells) | {"all": scores({"all": cells_all})["all"]},
            "cells_by_format": scores(self.cells_by_format),
            "cells_by_extractor": scores(self.cells_by_extractor),
            "checks": self.checks.to_dict(),
            "metadata": scores(self.metadata),
            "status": {"correct": self.status.correct, "total": self.status.total, "accuracy": self.status.accuracy},
            "paragraphs": self.paragraphs.to_dict() if self.paragraphs is not None else None,
            "figures": self.figures.to_dict(),
            "misses": [m.__dict__ for m in self.misses],
            "unscored": self.unscored,
            "sources": self.sources,
        }


def cell_matches(gold: CellValue, cell: Cell | None) -> bool:
    """Exact match: the same kind, and for numbers the same value."""
    g = cell_long(gold)
    if cell is None or cell.kind.value != g.kind:
        return False
    if g.kind in _VALUED:
        # `nianbao gold check` makes sure a number or annotated gold cell has its value.
        return cell.value is not None and abs(float(cell.value) - float(g.value)) < 1e-9  # type: ignore[arg-type]
    return True


def cell_source(cell: Cell | None) -> dict[str, Any] | None:
    """Where a predicted cell was read, as far as the record says (page and bbox for PDFs, line, snippet)."""
    if cell is None or cell.source is None:
        return None
    src = {k: v for k, v in msgspec.structs.asdict(cell.source).items() if v is not None}
    return src or None


def input_format(record: Record) -> str:
    """The input's format: its file suffix (``pdf``, ``txt`` …), else the reader's name."""
    suffix = Path(record.source.path or record.doc_id).suffix.lower().lstrip(".")
    return suffix or record.source.reader or "unknown"


def _score_paragraph_misses(result: Evaluation, doc_id: str, gold: list[Paragraph], record: Record) -> None:
    from nianbao.core.keys import paragraph_key

    by_key = {paragraph_key(p.text): p for p in record.paragraphs}
    for entry in gold:
        p = by_key.get(entry.key)
        predicted = sorted(p.labels) if p is not None else None
        if predicted != sorted(entry.labels):
            source = {"paragraph": p.index, "text": p.text} if p is not None else None
            result.misses.append(Miss(doc_id, f"paragraph {entry.key}", sorted(entry.labels), predicted,
                                      "paragraphs", source))


def _norm(value: Any) -> Any:
    return re.sub(r"\s+", "", value) if isinstance(value, str) else value


def evaluate(gold: dict[str, Gold], records: Iterable[Record]) -> Evaluation:
    """Score records against gold (``nianbao.core.gold.load_gold``); documents without gold are ignored,
    gold without a record listed. Sections a gold file leaves out (UNSET) are not scored."""
    result = Evaluation()
    by_id = {r.doc_id: r for r in records}
    for doc_id, g in sorted(gold.items()):
        record = by_id.get(doc_id)
        if record is None:
            result.unscored.append(doc_id)
            continue
        result.documents += 1
        fmt = input_format(record)
        result.sources[doc_id] = {"path": record.source.path, "format": fmt, "reader": record.source.reader}
        is_report = record.status.value in ("ok", "partial")
        result.status.add((g.status == "ok") == is_report)
        for cid, value in (g.cells or {}).items():
            table = cid.split(".", 1)[0]
            cell = record.cell(cid)
            ok = cell_matches(value, cell)
            result.cells.setdefault(table, Score()).add(ok)
            result.cells_by_format.setdefault(fmt, Score()).add(ok)
            extractor = cell.source.extractor if cell is not None and cell.source is not None else "(none)"
            result.cells_by_extractor.setdefault(extractor, Score()).add(ok)
            if not ok:
                predicted = None if cell is None else {"kind": cell.kind.value, "value": cell.value, "raw": cell.raw}
                result.misses.append(Miss(doc_id, cid, to_builtins(value), predicted, "cells", cell_source(cell)))
        if g.identity_breaks is not UNSET:
            # `nianbao gold check` makes sure the list is exactly what the gold cells imply.
            result.checks.add(doc_id, g.identity_breaks, record_breaks(record))
        if g.paragraphs is not UNSET:
            from nianbao.classification.metrics import ParagraphScores, score_paragraphs

            result.paragraphs = result.paragraphs or ParagraphScores()
            score_paragraphs(result.paragraphs, g.paragraphs, record.paragraphs)
            _score_paragraph_misses(result, doc_id, g.paragraphs, record)
        gm, pm = g.metadata, record.metadata
        pairs = []
        if gm is not UNSET:
            pairs = [(f, getattr(gm, f), getattr(pm, f)) for f in METADATA_FIELDS if getattr(gm, f) is not UNSET]
            if gm.contact is not UNSET:
                pairs += [(f"contact.{f}", getattr(gm.contact, f), getattr(pm.contact, f)) for f in CONTACT_FIELDS]
        for name, want, got in pairs:
            ok = _norm(want) == _norm(got)
            result.metadata.setdefault(name, Score()).add(ok)
            if not ok:
                result.misses.append(Miss(doc_id, name, want, got, "metadata"))
        if g.figures is not UNSET:
            result.figures.documents += 1
            score_document(g.figures, record, result.figures)
    return result
