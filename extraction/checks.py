"""Checks H1–H5: the arithmetic the format requires, reported exactly as the report states it.

A break is reported with the cells involved and both sides' sums; no value is ever changed. Blank,
dash and 无 cells count as 0 (reports leave zeros blank) and each check lists the ones it so counted;
a relation touching a missing or ambiguous cell is skipped, not guessed.
"""

from __future__ import annotations

from nianbao.core.record import Cell, CellKind, Check, CheckStatus, Table

from nianbao.core.relations import VALUE_KINDS, ZERO_KINDS, format_number, relations

__all__ = ["VALUE_KINDS", "ZERO_KINDS", "format_number", "relation_checks", "value_checks", "run_checks"]
# Columns whose values may be negative (本年增/减) or decimal (amounts).
_SIGNED = {"change"}
_DECIMAL = {"amount_10k_yuan", "procurement_amount"}


def relation_checks(tables: list[Table]) -> list[Check]:
    """H1–H4 on tables 三 and 四 (those that were found)."""
    cells: dict[str, Cell] = {c.id: c for t in tables if t.found for c in t.cells}
    t3 = next((t for t in tables if t.id == "t3"), None)
    if t3 is None:
        return []
    out = []
    for rel in relations(t3.format):  # type: ignore[arg-type]
        involved = [cells.get(cid) for cid in rel.cells]
        if any(c is None for c in involved):
            continue  # the table is absent: nothing to check
        unknown = [c.id for c in involved if c.kind not in ZERO_KINDS | VALUE_KINDS]
        zeros = [c.id for c in involved if c.kind in ZERO_KINDS]
        if unknown:
            out.append(Check(rel.rule, rel.scope, CheckStatus.SKIPPED, list(rel.cells),
                             message="not checked: " + ", ".join(unknown) + " unreadable or ambiguous", assumed_zero=zeros))
            continue
        values = {c.id: float(c.value) if c.kind in VALUE_KINDS else 0.0 for c in involved}
        lhs = sum(values[c] for c in rel.lhs)
        rhs = sum(values[c] for c in rel.rhs)
        ok = abs(lhs - rhs) < 1e-6
        out.append(Check(rel.rule, rel.scope, CheckStatus.PASS if ok else CheckStatus.FAIL, list(rel.cells),
                         lhs, rhs, rel.message(lhs, rhs), zeros))
    return out


def value_checks(tables: list[Table]) -> list[Check]:
    """H5 per table: counts are non-negative integers, amounts non-negative decimals, no stray text."""
    out = []
    for table in tables:
        if not table.found:
            continue
        bad = []
        for cell in table.cells:
            col = cell.id.rsplit(".", 1)[1]
            if cell.kind is CellKind.TEXT:
                bad.append(cell.id)
            elif cell.kind in VALUE_KINDS and cell.value is not None:
                if (cell.value < 0 and col not in _SIGNED) or (col not in _DECIMAL and not float(cell.value).is_integer()):
                    bad.append(cell.id)
        message = ("values that are no non-negative count or amount: " + ", ".join(bad)) if bad else "all values well-formed"
        out.append(Check("H5", table.id, CheckStatus.FAIL if bad else CheckStatus.PASS, bad, message=message))
    return out


def run_checks(tables: list[Table]) -> list[Check]:
    """Every check H1–H5 that the found tables allow."""
    return relation_checks(tables) + value_checks(tables)
