"""Read rows whose cells ran together ("230 000023" for seven cells) by the column count and the
identities, and say which cells the text cannot decide instead of guessing.

A row is a list of chunks: the whitespace-separated pieces of its text. Whitespace is a real cell
boundary, but not every boundary has one, so a digit chunk may hold several cells. Every reading of
every row is enumerated (numbers have no leading zeros), then readings are kept only if they satisfy
the relations (H3 within a row, H4 within table 四, H1/H2 across rows). A cell is decided when every
surviving joint reading agrees on it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Iterator, Sequence

from nianbao.core.relations import Relation
from nianbao.extraction.tables.cells import is_valid_number, parse_cell

MAX_READINGS_PER_ROW = 5000
MAX_JOINT_READINGS = 200_000


@dataclass(frozen=True)
class Chunk:
    text: str
    splittable: bool  # a digit string that may hold several cells
    unit: str = ""  # a unit written after the digits ("元"): it belongs to the last cell


@dataclass
class RowResult:
    """Surviving readings of one row (tuples of raw cell strings) and why some were dropped."""

    cells: tuple[str, ...]
    readings: list[tuple[str, ...]]
    split: bool  # the row needed splitting (its chunks were not one per cell)
    notes: list[str]


def _cuts(text: str, k: int) -> Iterator[tuple[str, ...]]:
    if k == 1:
        if is_valid_number(text):
            yield (text,)
        return
    for i in range(1, len(text) - k + 2):
        head = text[:i]
        if is_valid_number(head) and not head.endswith("."):
            for rest in _cuts(text[i:], k - 1):
                yield (head, *rest)


def row_readings(chunks: Sequence[Chunk], n: int) -> list[tuple[str, ...]]:
    """All ways to read ``chunks`` as exactly ``n`` cells."""
    out: list[tuple[str, ...]] = []

    def walk(i: int, remaining: int, acc: tuple[str, ...]) -> None:
        if len(out) >= MAX_READINGS_PER_ROW:
            return
        if i == len(chunks):
            if remaining == 0:
                out.append(acc)
            return
        chunk = chunks[i]
        room = remaining - (len(chunks) - i - 1)
        if room < 1:
            return
        if not chunk.splittable:
            walk(i + 1, remaining - 1, acc + (chunk.text,))
            return
        for k in range(1, min(room, len(chunk.text)) + 1):
            for parts in _cuts(chunk.text, k):
                walk(i + 1, remaining - k, acc + parts[:-1] + (parts[-1] + chunk.unit,))

    walk(0, n, ())
    return out


def _numbers(cells: Sequence[str], reading: Sequence[str]) -> dict[str, float]:
    values = {}
    for cid, raw in zip(cells, reading):
        parsed = parse_cell(raw)
        if parsed.value is not None:
            values[cid] = float(parsed.value)
        elif parsed.kind.value in ("blank", "dash", "none_word"):
            values[cid] = 0.0
    return values


def _consistent(relations: Sequence[Relation], values: dict[str, float]) -> bool:
    return all(r.holds(values) is not False for r in relations)


def solve(rows: list[tuple[tuple[str, ...], list[Chunk]]], relations: Sequence[Relation]) -> list[RowResult]:
    """Readings of each row (cell ids, chunks) that the relations allow, jointly across rows."""
    results: list[RowResult] = []
    for cells, chunks in rows:
        readings = row_readings(chunks, len(cells))
        split = not (len(chunks) == len(cells) and all(parse_cell(c.text).kind.value != "text" for c in chunks))
        notes = []
        own = [r for r in relations if set(r.cells) <= set(cells)]
        allowed = [rd for rd in readings if _consistent(own, _numbers(cells, rd))]
        if readings and not allowed:
            notes.append("no reading satisfies " + ", ".join(sorted({f"{r.rule}:{r.scope}" for r in own})))
            allowed = readings
        if not readings:
            notes.append(f"the text holds no reading as {len(cells)} cells")
        results.append(RowResult(cells, allowed, split, notes))

    joint = [r for r in relations if not any(set(r.cells) <= set(res.cells) for res in results)]
    linked = {c for r in joint for c in r.cells}
    open_rows = [i for i, r in enumerate(results) if len(r.readings) > 1 and linked & set(r.cells)]
    if not open_rows:
        return results
    fixed: dict[str, float] = {}
    for r in results:
        if len(r.readings) == 1:
            fixed.update(_numbers(r.cells, r.readings[0]))
    size = 1
    for i in open_rows:
        size *= len(results[i].readings)
    if size > MAX_JOINT_READINGS:
        for i in open_rows:
            results[i].notes.append(f"{size} joint readings: too many to test against the identities")
        return results
    survivors: dict[int, set[tuple[str, ...]]] = {i: set() for i in open_rows}
    for combo in itertools.product(*(results[i].readings for i in open_rows)):
        values = dict(fixed)
        for i, reading in zip(open_rows, combo):
            values.update(_numbers(results[i].cells, reading))
        if _consistent(joint, values):
            for i, reading in zip(open_rows, combo):
                survivors[i].add(reading)
    if any(survivors.values()):
        for i in open_rows:
            results[i].readings = [rd for rd in results[i].readings if rd in survivors[i]]
    else:
        for i in open_rows:
            results[i].notes.append("no joint reading satisfies the column identities")
    return results
