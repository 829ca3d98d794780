"""Identity breaks: the H1–H5 relations a document's numbers break, from gold cells or from a record.

Gold states its breaks in ``identity_breaks`` as ``<rule>:<scope>`` (``H5:<cell id>`` for a bad value);
a record states them as failed checks. The gold side is recomputed with nianbao's own checks
(``nianbao.extraction.checks.run_checks``) run on tables built from the gold cells, so one definition of the
arithmetic serves extraction, the gold validator and the scorer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from nianbao.extraction.checks import run_checks
from nianbao.core.gold import UNSET, Gold, cell_long
from nianbao.core.record import Cell, CellKind, Check, CheckStatus, Record, Table


def break_keys(checks: Iterable[Check]) -> list[str]:
    """The failed checks as gold writes them: ``H1:<column>`` … ``H4:<block>``, ``H5:<cell id>``."""
    out: list[str] = []
    for check in checks:
        if check.status is not CheckStatus.FAIL or not check.rule.startswith("H"):
            continue
        # H5 fails per table but names its bad cells; gold names the cells.
        out.extend(f"H5:{cid}" for cid in check.cells) if check.rule == "H5" else out.append(check.key)
    return sorted(set(out))


def gold_tables(gold: Gold) -> list[Table]:
    """Tables 二 三 四 built from a gold file's cells (absent tables stay absent)."""
    stated = gold.metadata.format_version if gold.metadata else UNSET
    fmt = stated if isinstance(stated, str) else "2021"  # the current format where the file states none
    by_table: dict[str, list[Cell]] = {}
    for cid, value in (gold.cells or {}).items():
        g = cell_long(value)
        by_table.setdefault(cid.split(".", 1)[0], []).append(
            Cell(cid, CellKind(g.kind), _known(g.value), _known(g.raw), candidates=_known(g.candidates))
        )
    return [Table(tid, fmt, True, cells) for tid, cells in by_table.items()]


def _known(value: Any) -> Any:
    """A gold field's value, None where the file leaves it out."""
    return None if value is UNSET else value


def gold_breaks(gold: Gold) -> list[str]:
    """The identity breaks the gold cells imply (what ``identity_breaks`` must list)."""
    return break_keys(run_checks(gold_tables(gold)))


def record_breaks(record: Record) -> list[str]:
    """The identity breaks a record reports."""
    return break_keys(record.checks)


@dataclass
class CheckEvaluation:
    """Reported breaks against gold breaks: micro precision/recall over breaks, exact sets per document."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    documents: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc_id: str, gold: list[str], predicted: list[str]) -> None:
        g, p = set(gold), set(predicted)
        self.tp += len(g & p)
        self.fp += len(p - g)
        self.fn += len(g - p)
        self.exact += g == p
        self.documents.append(
            {
                "doc_id": doc_id,
                "gold": sorted(g),
                "predicted": sorted(p),
                "exact": g == p,
                "missed": sorted(g - p),
                "spurious": sorted(p - g),
            }
        )

    def to_dict(self) -> dict[str, Any]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        n = len(self.documents)
        return {
            "documents": n,
            "exact": self.exact,
            "exact_rate": self.exact / n if n else None,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": precision,
            "recall": recall,
            "by_document": self.documents,
        }
