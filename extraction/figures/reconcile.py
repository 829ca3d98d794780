"""Reconcile figures from the prose with tables 三 and 四 (checks R1–R8) and counted lists (L1).

The prose's scope word decides the comparison: "新收申请N件" is row 一 (R1); "收到 / 接收 / 受理申请N件"
may mean 一 or 一 + 二, and the check says which reading it assumed (R2); "共需办理N件" and "受理申请N件
（含上年结转M件）" are 一 + 二 (R3);
"办结N件" is 三（七）总计 (R4). Only the agency's own figures (``subject`` "self") are compared: a count of
全县行政机关 or of 县直各部门 is not what its tables hold. Approximate figures ("460余件") are not compared. 信息处理费 is never
compared with table 二's 行政事业性收费: they are different money.
"""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.core.codebook import T3_2021, T4_2021, figure
from nianbao.core.record import Cell, Check, CheckStatus, Figure, Table

from nianbao.extraction.checks import VALUE_KINDS, ZERO_KINDS, format_number
from nianbao.extraction.figures import rules_requests as Q

_NEW = T3_2021.cell_id("new_received", "total")
_CARRIED = T3_2021.cell_id("carried_over", "total")
_T4_PART = {"纠正": "corrected", "维持": "upheld"}


@dataclass(frozen=True)
class Comparison:
    """The cells a figure is compared with: each reading is a list of cells summed, with its assumption."""

    rule: str
    readings: tuple[tuple[tuple[str, ...], str | None], ...]


def comparison(fig: Figure) -> Comparison | None:
    """How a figure compares with the tables, or None where no table holds it."""
    if fig.id == figure("requests.received"):
        if fig.scope == Q.SCOPE_NEW:
            return Comparison("R1", (((_NEW,), None),))
        if fig.scope in Q.SCOPE_WITH_CARRIED:
            return Comparison("R3", (((_NEW, _CARRIED), None),))
        if fig.scope in Q.SCOPE_RECEIVED:
            return Comparison("R2", (((_NEW,), f"{fig.scope} read as 一 本年新收"),
                                     ((_NEW, _CARRIED), f"{fig.scope} read as 一 + 二 (本年新收 + 上年结转)")))
        return None
    single = {
        figure("requests.completed"): ("R4", T3_2021.cell_id("total_processed", "total")),
        figure("requests.carried_over"): ("R5", _CARRIED),
        figure("requests.carried_forward"): ("R6", T3_2021.cell_id("carried_forward", "total")),
    }
    if fig.id in single:
        rule, cell = single[fig.id]
        return Comparison(rule, (((cell,), None),))
    column = _T4_PART.get(fig.qualifier or "", "total") if fig.qualifier in (None, *_T4_PART) else None
    if column is None:
        return None  # a part the table has no column for
    if fig.id == figure("review.cases"):
        return Comparison("R7", (((T4_2021.cell_id("review", column),), None),))
    if fig.id == figure("litigation.cases"):
        return Comparison("R8", (((T4_2021.cell_id("litigation_direct", column),
                                   T4_2021.cell_id("litigation_after_review", column)), None),))
    return None


def check_scope(fig: Figure) -> str:
    """A check's scope: the figure and where it stands, e.g. 'requests.received@p4:12'."""
    where = f"p{fig.paragraph}" if fig.paragraph is not None else fig.section or "?"
    return f"{fig.id}@{where}:{fig.start}"


def _check(index: int, fig: Figure, comp: Comparison, cells: dict[str, Cell]) -> Check:
    involved = sorted({c for reading, _ in comp.readings for c in reading})
    scope = check_scope(fig)
    base = dict(figures=[index])
    if fig.approx:
        return Check(comp.rule, scope, CheckStatus.SKIPPED, involved, fig.value,
                     message=f"not checked: the prose gives an approximate figure ({fig.text})", **base)
    unknown = [c for c in involved if cells[c].kind not in ZERO_KINDS | VALUE_KINDS]
    zeros = [c for c in involved if cells[c].kind in ZERO_KINDS]
    if unknown:
        return Check(comp.rule, scope, CheckStatus.SKIPPED, involved, fig.value,
                     message="not checked: " + ", ".join(unknown) + " unreadable or ambiguous", assumed_zero=zeros, **base)
    sums = [(sum(float(cells[c].value) if cells[c].kind in VALUE_KINDS else 0.0 for c in reading), reading, assumption)
            for reading, assumption in comp.readings]
    matching = [s for s in sums if abs(s[0] - float(fig.value)) < 1e-6]
    total, reading, assumption = (matching or sums)[0]
    if matching and len(sums) > 1 and all(abs(s[0] - total) < 1e-6 for s in sums):
        assumption = f"{fig.scope} read as 一; 二 is 0, so 一 + 二 reads the same"
    elif not matching and len(sums) > 1:
        assumption = f"{fig.scope} may mean 一 or 一 + 二; neither matches"
    ok = bool(matching)
    shown = " / ".join(f"{' + '.join(r)} = {format_number(t)}" for t, r, _ in ([(total, reading, None)] if ok else sums))
    message = f"prose {fig.text!r} = {format_number(fig.value)} {'=' if ok else '≠'} {shown}"
    return Check(comp.rule, scope, CheckStatus.PASS if ok else CheckStatus.FAIL, involved, float(fig.value), total,
                 message, zeros, assumption=assumption, **base)


def reconcile(figures: list[Figure], tables: list[Table]) -> list[Check]:
    """R1–R8 for each figure a table holds (tables found only), and L1 for each counted list."""
    cells = {c.id: c for t in tables if t.found for c in t.cells}
    out = []
    for index, fig in enumerate(figures):
        # Another body's count (全县行政机关…, 县直各部门…) is not what the agency's own tables hold.
        comp = comparison(fig) if fig.subject == "self" else None
        if comp is not None and all(c in cells for reading, _ in comp.readings for c in reading):
            out.append(_check(index, fig, comp, cells))
        if fig.listed is not None:
            ok = fig.listed == fig.value
            out.append(Check("L1", check_scope(fig), CheckStatus.PASS if ok else CheckStatus.FAIL, [],
                             fig.listed, float(fig.value),
                             f"the text lists {fig.listed} numbered items and states {format_number(fig.value)}",
                             figures=[index]))
    return out
