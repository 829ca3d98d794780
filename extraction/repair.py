"""The cell a broken identity points to: the smallest change that makes every identity hold, proposed with
its evidence and never applied.

Tables 三 and 四 are bound by H1–H4 (``nianbao.core.relations``): each cell of table 三 sits in one row
identity (H3) and one column identity (H1 or H2, the sum rows in both), each cell of table 四 in its block's
H4. One misprinted cell breaks exactly the identities it sits in, so the search is:

1. the cells in *every* failing identity and in *no* identity that holds (a cell in a holding identity
   cannot change without breaking it): for table 三 that is where the failing row and column cross;
2. for each, the value each failing identity implies for it — they must agree, and be a count (a
   non-negative whole number; amounts are not in H1–H4);
3. rank the survivors by how a report could have printed the implied value as the value read: two
   adjacent digits swapped (``transposition``), a digit lost or doubled (``dropped_digit``,
   ``extra_digit``), an OCR confusion of look-alike digits (0↔8, 1↔7, 5↔6 …), another single digit
   (``typo``), an empty cell (``blank``), anything else (``other``); a cell printed as 0 weighs less
   (zeros fill most of the tables and are seldom misprinted), a low OCR confidence in the cell and a
   prose figure stating the proposed value weigh more.

Where no single cell satisfies every identity (two misprints, or a report whose totals were computed
from other figures), nothing is proposed: a proposal is only made where the arithmetic pins it down.
Where every identity holds, nothing is proposed either.
"""

from __future__ import annotations

from nianbao.core.record import Cell, CellKind, Check, CheckStatus, Proposal, Table
from nianbao.core.relations import Relation, relations
from nianbao.extraction.checks import VALUE_KINDS, ZERO_KINDS, format_number

IDENTITY_RULES = ("H1", "H2", "H3", "H4")
MAX_PROPOSALS = 5

# Digits OCR and hurried typing confuse (unordered pairs).
OCR_PAIRS = frozenset(frozenset(p) for p in ("08", "06", "09", "17", "14", "38", "56", "35", "68", "89", "27", "23"))

# How likely each slip is a priori: ranks candidates that the arithmetic alone cannot tell apart (the
# cells of one block of table 四 all sit in the same one identity).
SLIP_WEIGHT = {"transposition": 0.9, "ocr_confusion": 0.8, "dropped_digit": 0.7, "extra_digit": 0.6,
               "typo": 0.5, "blank": 0.2, "other": 0.05}
ZERO_PRINTED = 0.6  # weight of a cell printed as 0 becoming a number
SLIP_WORDS = {
    "transposition": "two adjacent digits swapped",
    "ocr_confusion": "look-alike digits confused",
    "dropped_digit": "a digit dropped",
    "extra_digit": "a digit doubled or added",
    "typo": "one digit mistyped",
    "blank": "the cell is empty where a number belongs",
    "other": "no single-keystroke slip explains it",
}


def classify_slip(printed: str, proposed: str) -> str:
    """The slip that turns the digits ``proposed`` into the digits ``printed``."""
    if printed == proposed:
        return "other"
    if len(printed) == len(proposed):
        diff = [i for i, (a, b) in enumerate(zip(printed, proposed)) if a != b]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and printed[diff[0]] == proposed[diff[1]] \
                and printed[diff[1]] == proposed[diff[0]]:
            return "transposition"
        if len(diff) == 1:
            i = diff[0]
            return "ocr_confusion" if frozenset((printed[i], proposed[i])) in OCR_PAIRS else "typo"
        return "other"
    if len(printed) + 1 == len(proposed):
        if any(proposed[:i] + proposed[i + 1:] == printed for i in range(len(proposed))):
            return "dropped_digit"
    if len(printed) == len(proposed) + 1:
        if any(printed[:i] + printed[i + 1:] == proposed for i in range(len(printed))):
            return "extra_digit"
    return "other"


def _value(cell: Cell) -> float | None:
    if cell.kind in VALUE_KINDS and cell.value is not None:
        return float(cell.value)
    if cell.kind in ZERO_KINDS:
        return 0.0
    return None


def _implied(rel: Relation, cid: str, values: dict[str, float]) -> float:
    """The value of ``cid`` that makes ``rel`` hold, the other cells as read."""
    left, right = sum(values[c] for c in rel.lhs), sum(values[c] for c in rel.rhs)
    if cid in rel.lhs:
        return right - (left - values[cid])
    return left - (right - values[cid])


def _digits(cell: Cell, value: float) -> str:
    if cell.kind in ZERO_KINDS:
        return ""
    raw = "".join(ch for ch in (cell.raw or "") if ch.isdigit())
    whole = format_number(value)
    return raw if raw and cell.kind is CellKind.NUMBER and raw.lstrip("0") == whole.lstrip("0") else whole


def propose_repairs(tables: list[Table], checks: list[Check]) -> list[Proposal]:
    """Ranked single-cell corrections that make every failing H1–H4 identity hold; [] where none fail or
    no one cell explains the breaks. Never changes a cell."""
    if not any(c.status is CheckStatus.FAIL and c.rule in IDENTITY_RULES for c in checks):
        return []
    t3 = next((t for t in tables if t.id == "t3" and t.found), None)
    if t3 is None:
        return []
    cells: dict[str, Cell] = {c.id: c for t in tables if t.found for c in t.cells}
    values = {cid: v for cid, c in cells.items() if (v := _value(c)) is not None}
    failing, holding = [], []
    for rel in relations(t3.format):  # type: ignore[arg-type]
        state = rel.holds(values)
        if state is False:
            failing.append(rel)
        elif state is True:
            holding.append(rel)
    if not failing:
        return []
    suspects = set(failing[0].cells).intersection(*(r.cells for r in failing[1:]))
    suspects -= {cid for r in holding for cid in r.cells}
    prose = _prose_values(checks)
    found: list[Proposal] = []
    for cid in sorted(suspects):
        implied = [_implied(r, cid, values) for r in failing]
        v = implied[0]
        if any(abs(x - v) > 1e-6 for x in implied) or v < 0 or not float(v).is_integer():
            continue
        cell = cells[cid]
        current = values[cid]
        slip = "blank" if cell.kind in ZERO_KINDS else classify_slip(_digits(cell, current), format_number(v))
        score = SLIP_WEIGHT[slip]
        notes = []
        if current == 0 and slip != "blank":
            score *= ZERO_PRINTED  # a printed 0 is most often a true 0: zeros fill most of tables 三 and 四
        confidence = cell.source.confidence if cell.source else None
        if confidence is not None and confidence < 0.9:
            score = min(1.0, score * (1.5 - confidence / 2))
            notes.append(f"OCR read it with confidence {confidence:.2f}")
        if v in prose.get(cid, ()):
            score = min(1.0, score * 1.5)
            notes.append(f"the prose states {format_number(v)}")
        fixes = [f"{r.rule}:{r.scope}" for r in failing]
        shown = cell.raw if cell.raw not in (None, "") else cell.kind.value
        evidence = (f"{cid} is the one cell in every failing identity ({', '.join(fixes)}) and in none that holds; "
                    f"{format_number(v)} makes them all hold; printed {shown!r}: {SLIP_WORDS[slip]}"
                    + ("; " + "; ".join(notes) if notes else ""))
        found.append(Proposal(cid, None if cell.kind in ZERO_KINDS else current, float(v), cell.raw, slip,
                              0, round(score, 3), fixes, evidence))
    found.sort(key=lambda p: (-p.score, p.cell))
    for rank, proposal in enumerate(found[:MAX_PROPOSALS], 1):
        proposal.rank = rank
    return found[:MAX_PROPOSALS]


def _prose_values(checks: list[Check]) -> dict[str, set[float]]:
    """cell id → the values prose figures state for it alone (R checks comparing one figure with one cell)."""
    out: dict[str, set[float]] = {}
    for check in checks:
        if check.rule.startswith("R") and check.figures and len(check.cells) == 1 and check.lhs is not None:
            out.setdefault(check.cells[0], set()).add(float(check.lhs))
    return out
