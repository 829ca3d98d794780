"""The arithmetic the format requires (H1–H4), as data: each relation says lhs cells sum to rhs cells.

The checks evaluate these relations on a report's cells; the run-together splitter uses the same
relations to decide how digit strings split. One definition serves both.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Mapping

from nianbao.core.codebook import T3_APPLICANT_COLS, T3_COLS, T3_OUTCOME_ROWS, T4_COLS, FormatVersion, table_spec
from nianbao.core.record import CellKind

# Cells a check counts as 0 (reports leave zeros blank), and cells that hold a value.
ZERO_KINDS = frozenset({CellKind.BLANK, CellKind.DASH, CellKind.NONE_WORD})
VALUE_KINDS = frozenset({CellKind.NUMBER, CellKind.ANNOTATED})


def format_number(x: float) -> str:
    """3.0 → '3', 2.35 → '2.35': numbers in check messages as a report writes them."""
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


@dataclass(frozen=True)
class Relation:
    """sum(lhs) == sum(rhs) over cell ids, named by rule and scope."""

    rule: str
    scope: str
    lhs: tuple[str, ...]
    rhs: tuple[str, ...]

    # Cached: a compact panel rebuilds tens of passed checks per record from their relation.
    @cached_property
    def cells(self) -> tuple[str, ...]:
        return self.lhs + self.rhs

    @cached_property
    def _sides(self) -> tuple[str, str]:
        return " + ".join(self.lhs), " + ".join(self.rhs)

    def holds(self, values: Mapping[str, float]) -> bool | None:
        """True/False where every cell has a value, None where one is missing."""
        try:
            left = sum(values[c] for c in self.lhs)
            right = sum(values[c] for c in self.rhs)
        except KeyError:
            return None
        return abs(left - right) < 1e-6

    def message(self, lhs: float, rhs: float) -> str:
        """The check's message for these sums: a compact record leaves a passed check's out and rebuilds it here."""
        ok = abs(lhs - rhs) < 1e-6
        left, right = self._sides
        return f"{left} = {format_number(lhs)} {'=' if ok else '≠'} {format_number(rhs)} = {right}"


@lru_cache(maxsize=None)
def relations(fmt: FormatVersion) -> tuple[Relation, ...]:
    """H1–H4 for tables 三 and 四 in one format version."""
    t3 = table_spec("t3", fmt)
    t4 = table_spec("t4", fmt)
    out: list[Relation] = []
    for col in T3_COLS:
        c = lambda row: t3.cell_id(row, col)  # noqa: E731
        out.append(Relation("H1", col, (c("new_received"), c("carried_over")), (c("total_processed"), c("carried_forward"))))
        out.append(Relation("H2", col, (c("total_processed"),), tuple(c(r) for r in T3_OUTCOME_ROWS[t3.format])))
    for row in t3.rows:
        out.append(Relation("H3", row.id, (t3.cell_id(row.id, "total"),), tuple(t3.cell_id(row.id, k) for k in T3_APPLICANT_COLS)))
    for block in t4.rows:
        out.append(
            Relation("H4", block.id, (t4.cell_id(block.id, "total"),), tuple(t4.cell_id(block.id, k) for k in T4_COLS[:-1]))
        )
    return tuple(out)


@lru_cache(maxsize=None)
def relation_index(fmt: FormatVersion) -> Mapping[tuple[str, str], Relation]:
    """H1–H4 of a format by (rule, scope), the key a check carries."""
    return {(r.rule, r.scope): r for r in relations(fmt)}
