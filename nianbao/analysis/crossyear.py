"""Checks across years: one agency's consecutive reports must agree with each other (S1, S2).

S1: what year y carried forward (表三 四、结转下年度继续办理) is what year y+1 carried over (二、上年结转),
column by column. S2: for 规章 and 行政规范性文件, year y's 现行有效 + year y+1's 本年制发 − 本年废止 is
year y+1's 现行有效 (2021-format table 二 in both years). Reports are matched by the normalised agency
name (``nianbao.extraction.agency``) and the statistics year; the checks name each cell as ``doc_id:cell id``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from nianbao.extraction.agency import AgencyKey, normalise
from nianbao.extraction.checks import VALUE_KINDS, ZERO_KINDS, format_number
from nianbao.core.codebook import FORMAT_2021, T2_2021, T3_2021, T3_COLS
from nianbao.core.record import Cell, Check, CheckStatus, Record

_S2_ROWS = ("regulations", "normative_documents")


@dataclass
class CrossYear:
    """The agencies found, their reports by year, and the checks between consecutive years."""

    agencies: dict[str, dict[int, str]] = field(default_factory=dict)  # agency key → year → doc_id
    checks: list[Check] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # duplicates, records without agency or year

    def to_dict(self) -> dict:
        from nianbao.core.serialize import to_dict

        return {"agencies": self.agencies, "checks": to_dict(self.checks), "notes": self.notes}


def _relation(rule: str, scope: str, lhs: list[tuple[Record, str, int]], rhs: list[tuple[Record, str, int]]) -> Check:
    """sum(sign × cell) on each side, over cells of two records; skipped where a cell is unreadable."""
    named = [(f"{r.doc_id}:{cid}", r.cell(cid), sign) for r, cid, sign in lhs + rhs]
    names = [n for n, _, _ in named]
    unknown = [n for n, c, _ in named if c is None or c.kind not in ZERO_KINDS | VALUE_KINDS]
    zeros = [n for n, c, _ in named if c is not None and c.kind in ZERO_KINDS]
    if unknown:
        return Check(rule, scope, CheckStatus.SKIPPED, names, message="not checked: " + ", ".join(unknown)
                     + " missing, unreadable or ambiguous", assumed_zero=zeros)

    def side(terms: list[tuple[Record, str, int]]) -> float:
        total = 0.0
        for r, cid, sign in terms:
            cell: Cell = r.cell(cid)  # type: ignore[assignment]
            total += sign * (float(cell.value) if cell.kind in VALUE_KINDS else 0.0)
        return total

    left, right = side(lhs), side(rhs)
    ok = abs(left - right) < 1e-6

    def show(terms: list[tuple[Record, str, int]]) -> str:
        return " ".join(("− " if sign < 0 else "+ ") + f"{r.metadata.year}:{cid}" for r, cid, sign in terms).lstrip("+ ")

    message = f"{show(lhs)} = {format_number(left)} {'=' if ok else '≠'} {format_number(right)} = {show(rhs)}"
    return Check(rule, scope, CheckStatus.PASS if ok else CheckStatus.FAIL, names, left, right, message, zeros)


def year_pair_checks(agency: AgencyKey | str, before: Record, after: Record) -> list[Check]:
    """S1 for every column of table 三, and S2 for 规章 and 行政规范性文件 where both years use the 2021 format."""
    span = f"{agency} {before.metadata.year}→{after.metadata.year}"
    out = []
    if before.table("t3") is not None and after.table("t3") is not None:
        for col in T3_COLS:
            out.append(_relation("S1", f"{span} · {col}", [(before, T3_2021.cell_id("carried_forward", col), 1)],
                                 [(after, T3_2021.cell_id("carried_over", col), 1)]))
    t2_before, t2_after = before.table("t2"), after.table("t2")
    if t2_before and t2_after and t2_before.format == t2_after.format == FORMAT_2021:
        for row in _S2_ROWS:
            cid = lambda col: T2_2021.cell_id(row, col)  # noqa: E731
            out.append(_relation("S2", f"{span} · {row}",
                                 [(before, cid("in_force"), 1), (after, cid("issued"), 1), (after, cid("repealed"), -1)],
                                 [(after, cid("in_force"), 1)]))
    return out


def cross_year(records: Iterable[Record]) -> CrossYear:
    """Group reports by agency and year; check every pair of consecutive years."""
    result = CrossYear()
    by_agency: dict[str, dict[int, Record]] = defaultdict(dict)
    keys: dict[str, AgencyKey] = {}
    for record in records:
        if record.status.value not in ("ok", "partial"):
            continue
        key, year = normalise(record.metadata.agency), record.metadata.year
        if key is None or year is None:
            result.notes.append(f"{record.doc_id}: no agency or year, not matched across years")
            continue
        name = str(key)
        keys[name] = key
        if year in by_agency[name]:
            result.notes.append(f"{record.doc_id}: a second report of {name} for {year} "
                                f"(kept {by_agency[name][year].doc_id})")
            continue
        by_agency[name][year] = record
    for name, years in sorted(by_agency.items()):
        result.agencies[name] = {y: r.doc_id for y, r in sorted(years.items())}
        for year in sorted(years):
            if year + 1 in years:
                result.checks.extend(year_pair_checks(keys[name], years[year], years[year + 1]))
    return result
