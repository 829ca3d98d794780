"""Table values that obey the format's arithmetic (H1–H4), how each cell is printed, and planted breaks.

Values are drawn per column and per row so that every relation of ``nianbao.core.relations`` holds;
a planted break then moves one sum cell by a known amount, and the gold's ``identity_breaks`` are
recomputed from the gold cells with the same relations, never declared by hand.
"""

from __future__ import annotations

import random
from typing import Any

from nianbao.core.relations import relations
from nianbao.core.codebook import (
    T3_APPLICANT_COLS,
    T3_COLS,
    T3_OUTCOME_ROWS,
    T4_BLOCKS,
    T4_COLS,
    FormatVersion,
    table_spec,
)
from nianbao.synth.model import Style

# Applications a year, by level: (low, high) of the new requests.
_SCALE = {"township": (0, 12), "county": (2, 90), "prefectural": (20, 600), "provincial": (40, 1500)}
_APPLICANT_WEIGHTS = {"natural_person": 8.0, "commercial": 1.2, "research": 0.05, "social_welfare": 0.05,
                      "legal_service": 0.4, "other_org": 0.3}
# How often an outcome row is in use at all, and its weight when it is.
_OUTCOMES = {"granted": (1.0, 5.0), "partially_granted": (0.7, 1.2), "unavailable_not_held": (0.8, 1.8),
             "unavailable_needs_creation": (0.3, 0.3), "unavailable_unclear": (0.3, 0.3),
             "unprocessed_petition": (0.4, 0.4), "unprocessed_repeated": (0.4, 0.4),
             "denied_third_party": (0.3, 0.3), "denied_process_info": (0.3, 0.3)}
AMOUNT_CELLS = {"t2.admin_fees.amount_10k_yuan", "t2_2019.procurement.procurement_amount"}
# The sum cells a break may move: (cell pattern, how to pick its scope).
BREAK_TARGETS = ("t3.total_processed.{col}", "t3.{row}.total", "t4.{block}.total")


def split(rng: random.Random, total: int, weights: dict[str, float]) -> dict[str, int]:
    """``total`` shared out over the keys roughly in proportion to ``weights``; the parts sum to it."""
    keys = [k for k, w in weights.items() if w > 0]
    out = dict.fromkeys(weights, 0)
    if not keys:
        return out
    left, weight_left = total, sum(weights[k] for k in keys)
    for k in keys[:-1]:
        share = round(left * weights[k] / weight_left * rng.uniform(0.5, 1.5)) if left else 0
        share = max(0, min(left, share))
        out[k] = share
        left -= share
        weight_left -= weights[k]
    out[keys[-1]] += left
    return out


def _t3(rng: random.Random, fmt: FormatVersion, level: str) -> dict[str, int]:
    spec = table_spec("t3", fmt)
    low, high = _SCALE[level]
    new_total = 0 if rng.random() < 0.08 else int(low + (high - low) * rng.random() ** 2)
    new = split(rng, new_total, _APPLICANT_WEIGHTS)
    values: dict[str, int] = {}
    outcome_rows = T3_OUTCOME_ROWS[fmt]
    active = {r: w for r, (p, w) in _OUTCOMES.items() if r in outcome_rows and rng.random() < p}
    for row in outcome_rows:  # the rare rows now and then
        if row not in active and rng.random() < 0.06:
            active[row] = 0.15
    active = {r: active.get(r, 0.0) for r in outcome_rows}
    for col in T3_APPLICANT_COLS:
        carried = rng.randint(0, max(1, new[col] // 8)) if new[col] and rng.random() < 0.3 else 0
        forward = rng.randint(0, max(1, (new[col] + carried) // 10)) if new[col] and rng.random() < 0.3 else 0
        forward = min(forward, new[col] + carried)
        processed = new[col] + carried - forward
        col_values = {"new_received": new[col], "carried_over": carried, "carried_forward": forward,
                      "total_processed": processed} | split(rng, processed, active)
        values.update({spec.cell_id(r, col): v for r, v in col_values.items()})
    for row in spec.rows:
        values[spec.cell_id(row.id, "total")] = sum(values[spec.cell_id(row.id, c)] for c in T3_APPLICANT_COLS)
    return values


def _t4(rng: random.Random, level: str) -> dict[str, int]:
    values: dict[str, int] = {}
    busy = {"township": 0.1, "county": 0.35, "prefectural": 0.6, "provincial": 0.7}[level]
    for block in T4_BLOCKS:
        total = rng.randint(1, 4 if level in ("township", "county") else 15) if rng.random() < busy else 0
        parts = split(rng, total, {"upheld": 4.0, "corrected": 0.6, "other": 1.0, "pending": 0.8})
        values |= {f"t4.{block}.{c}": parts[c] for c in T4_COLS[:-1]} | {f"t4.{block}.total": total}
    return values


def _count(rng: random.Random, high: int, zero: float = 0.3) -> int:
    return 0 if rng.random() < zero else int(high * rng.random() ** 3)


def _t2(rng: random.Random, fmt: FormatVersion, level: str, kind: str) -> dict[str, Any]:
    big = {"township": 80, "county": 3000, "prefectural": 20000, "provincial": 60000}[level]
    rules = kind == "government" and level in ("provincial", "prefectural")
    if fmt == "2021":
        out: dict[str, Any] = {}
        for row, high in (("regulations", 6 if rules else 0), ("normative_documents", 30)):
            issued, repealed = _count(rng, high), _count(rng, high // 2 + 1, 0.5) if high else 0
            out |= {f"t2.{row}.issued": issued, f"t2.{row}.repealed": repealed,
                    f"t2.{row}.in_force": issued + rng.randint(0, 20 * high)}
        for row in ("licensing", "punishment", "coercion"):
            out[f"t2.{row}.decisions"] = _count(rng, big // (1 if row == "licensing" else 4))
        out["t2.admin_fees.amount_10k_yuan"] = 0 if rng.random() < 0.5 else round(rng.uniform(0.1, big / 5), 2)
        return out
    out = {}
    for row in ("regulations", "normative_documents"):
        made = _count(rng, 6 if row == "normative_documents" or rules else 0)
        out |= {f"t2_2019.{row}.new_made": made, f"t2_2019.{row}.new_published": made,
                f"t2_2019.{row}.total_published": made + rng.randint(0, 60)}
    for row in ("licensing", "other_services", "punishment", "coercion", "admin_fees"):
        out[f"t2_2019.{row}.prev_year_items"] = _count(rng, 200)
        out[f"t2_2019.{row}.change"] = rng.randint(-3, 5) if rng.random() < 0.4 else 0
        if row != "admin_fees":
            out[f"t2_2019.{row}.decisions"] = _count(rng, big // 4)
    out["t2_2019.procurement.procurement_items"] = _count(rng, 40)
    out["t2_2019.procurement.procurement_amount"] = (round(rng.uniform(1000, 5e6), 2)
                                                     if out["t2_2019.procurement.procurement_items"] else 0)
    return out


def table_values(rng: random.Random, fmt: FormatVersion, level: str, kind: str) -> dict[str, Any]:
    """Every cell of tables 二 三 四 in format ``fmt``, with H1–H4 holding."""
    return _t2(rng, fmt, level, kind) | _t3(rng, fmt, level) | _t4(rng, level)


def plant_break(rng: random.Random, values: dict[str, Any], fmt: FormatVersion) -> str:
    """Move one sum cell by a small known amount (never below 0); returns what was done."""
    target = rng.choice(BREAK_TARGETS)
    if target.startswith("t4"):
        cid = target.format(block=rng.choice(list(T4_BLOCKS)))
    elif "{col}" in target:
        cid = target.format(col=rng.choice(T3_APPLICANT_COLS))
    else:
        cid = target.format(row=rng.choice([r.id for r in table_spec("t3", fmt).rows]))
    delta = rng.choice((-2, -1, 1, 1, 2, 3, 10))
    if values[cid] + delta < 0:
        delta = -delta
    values[cid] += delta
    return f"{cid} {delta:+d}"


def _fmt_amount(rng: random.Random, value: float, cid: str) -> str:
    text = f"{value:.2f}"
    if cid == "t2_2019.procurement.procurement_amount" and rng.random() < 0.3:
        return text + "元"
    return text


def print_cells(rng: random.Random, values: dict[str, Any], style: Style) -> tuple[dict[str, str], dict[str, Any]]:
    """(cell id -> printed text, cell id -> gold value) under the report's style for zeros,
    with a few annotated cells (22（其中修订16件）) where a report would add a note."""
    printed: dict[str, str] = {}
    gold: dict[str, Any] = {}
    for cid, value in values.items():
        if cid in AMOUNT_CELLS and value:
            text = _fmt_amount(rng, value, cid)
            printed[cid] = text
            gold[cid] = value if text[-1].isdigit() else {"kind": "number", "value": value, "unit": "元", "raw": text}
        elif value == 0 and style.zeros == "blank":
            printed[cid], gold[cid] = "", {"kind": "blank"}
        elif value == 0 and style.zeros == "dash":
            printed[cid], gold[cid] = style.dash, {"kind": "dash", "raw": style.dash}
        elif cid.endswith((".issued", ".new_made")) and value >= 2 and rng.random() < 0.3:
            text = f"{value}（其中修订{rng.randint(1, value - 1)}件）"
            printed[cid], gold[cid] = text, {"kind": "annotated", "value": value, "raw": text}
        else:
            printed[cid], gold[cid] = str(value), value
    return printed, gold


def identity_breaks(fmt: FormatVersion, values: dict[str, Any]) -> list[str]:
    """The relations H1–H4 the values break, as ``<rule>:<scope>`` (rule order, template order within),
    computed with the project's own relations; blank and dash cells count as 0."""
    broken = [rel for rel in relations(fmt) if rel.holds(values) is False]
    order = {"H1": 0, "H2": 1, "H3": 2, "H4": 3}
    return [f"{rel.rule}:{rel.scope}" for rel in sorted(broken, key=lambda r: order[r.rule])]


def gold_number(gold: Any) -> float:
    """The numeric value of a gold cell (blank, dash: 0)."""
    return gold if isinstance(gold, (int, float)) else gold.get("value", 0)


__all__ = ["T3_COLS", "identity_breaks", "plant_break", "print_cells", "split", "table_values"]
