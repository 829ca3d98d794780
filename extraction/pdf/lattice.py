"""Ruled tables from page geometry: ruling lines → cell lattice with merged cells → glyphs into cells.

The lattice is built the way a reader sees a ruled table: the distinct horizontal and vertical rule
positions make a grid of slots, and two neighbouring slots belong to one (merged) cell wherever no
rule separates them. A cell's text is the glyphs whose centres fall inside it, in line order, so
wrapped labels and vertical labels (三、本年度办理结果) come out whole.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable

from nianbao.extraction.pdf.lines import group_lines, join_glyphs
from nianbao.extraction.pdf.page import Box, Glyph, Ruling

_SNAP = 2.5  # rules closer than this (points) are the same rule
_MIN_SLOT = 4.0  # rows/columns thinner than this are double rules, not cells


@dataclass
class LatticeCell:
    text: str
    origin: tuple[int, int]
    box: Box
    confidence: float | None = None  # the least OCR confidence of its glyphs; None for a text layer


@dataclass
class Lattice:
    """One ruled table on a page: a full grid, merged cells repeating their origin, and its box."""

    rows: list[list[LatticeCell]]
    box: Box
    glyphs: list[Glyph]  # the glyphs inside the table, so the caller can leave them out of the text


class _Union:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _merge_collinear(rulings: list[Ruling]) -> list[Ruling]:
    """Join pieces of the same rule (cells often draw their own borders) into maximal segments."""
    out: list[Ruling] = []
    for orientation in ("h", "v"):
        clusters: list[list[Ruling]] = []
        for r in sorted((r for r in rulings if r.orientation == orientation), key=lambda r: r.pos):
            if clusters and r.pos - clusters[-1][-1].pos <= _SNAP:
                clusters[-1].append(r)
            else:
                clusters.append([r])
        for cluster in clusters:
            pos = sum(r.pos for r in cluster) / len(cluster)
            merged: list[Ruling] = []
            for r in sorted(cluster, key=lambda r: r.start):
                if merged and r.start <= merged[-1].end + _SNAP:
                    merged[-1] = Ruling(orientation, pos, merged[-1].start, max(merged[-1].end, r.end))
                else:
                    merged.append(Ruling(orientation, pos, r.start, r.end))
            out.extend(merged)
    return out


def _touches(h: Ruling, v: Ruling) -> bool:
    return h.start - _SNAP <= v.pos <= h.end + _SNAP and v.start - _SNAP <= h.pos <= v.end + _SNAP


def _components(rulings: list[Ruling]) -> list[list[Ruling]]:
    """Groups of rules that touch one another: each group frames one table."""
    hs = [r for r in rulings if r.orientation == "h"]
    vs = [r for r in rulings if r.orientation == "v"]
    union = _Union()
    for i, h in enumerate(hs):
        union.find(("h", i))
        for j, v in enumerate(vs):
            if _touches(h, v):
                union.union(("h", i), ("v", j))
    groups: dict = {}
    for i, h in enumerate(hs):
        groups.setdefault(union.find(("h", i)), []).append(h)
    for j, v in enumerate(vs):
        groups.setdefault(union.find(("v", j)), []).append(v)
    return list(groups.values())


def _positions(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _MIN_SLOT:
            out.append(v)
    return out


def _covered(rules: list[Ruling], pos: float, at: float) -> bool:
    """Whether some rule lies at ``pos`` and spans the point ``at`` along it."""
    return any(abs(r.pos - pos) <= _SNAP and r.start - _SNAP <= at <= r.end + _SNAP for r in rules)


def union_cells(n_rows: int, n_cols: int, separated: Callable[[int, int, bool], bool],
                text: Callable[[list[tuple[int, int]]], tuple[str, float | None]],
                box: Callable[[int, int, int, int], Box]) -> list[list[LatticeCell]]:
    """A grid of slots into cells: neighbours no rule separates merge; each cell gets its slots' text.

    ``separated(i, j, right)`` says whether a rule separates slot (i, j) from its right (or lower)
    neighbour; ``text`` reads the text (and OCR confidence) of a merged cell from its slots; ``box`` gives the box of the
    slots from (i0, j0) to (i1, j1).
    """
    union = _Union()
    for i in range(n_rows):
        for j in range(n_cols):
            union.find((i, j))
            if j + 1 < n_cols and not separated(i, j, True):
                union.union((i, j), (i, j + 1))
            if i + 1 < n_rows and not separated(i, j, False):
                union.union((i, j), (i + 1, j))
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for i in range(n_rows):
        for j in range(n_cols):
            members.setdefault(union.find((i, j)), []).append((i, j))
    cells: dict[tuple[int, int], LatticeCell] = {}
    for root, slots in members.items():
        i0, j0 = min(i for i, _ in slots), min(j for _, j in slots)
        i1, j1 = max(i for i, _ in slots), max(j for _, j in slots)
        content, confidence = text(slots)
        cells[root] = LatticeCell(content, (i0, j0), box(i0, j0, i1, j1), confidence)
    return [[cells[union.find((i, j))] for j in range(n_cols)] for i in range(n_rows)]


def _closing_rules(hs: list[Ruling], vs: list[Ruling]) -> list[Ruling]:
    """Rules a table leaves undrawn where it breaks across pages: its verticals end together there."""
    if not hs or len(vs) < 2:
        return []
    x0, x1 = min(v.pos for v in vs), max(v.pos for v in vs)
    out = []
    last, first = max(v.end for v in vs), min(v.start for v in vs)
    if last > max(h.pos for h in hs) + _MIN_SLOT and sum(abs(v.end - last) <= _SNAP for v in vs) >= 2:
        out.append(Ruling("h", last, x0, x1))
    if first < min(h.pos for h in hs) - _MIN_SLOT and sum(abs(v.start - first) <= _SNAP for v in vs) >= 2:
        out.append(Ruling("h", first, x0, x1))
    return out


def _lattice(rules: list[Ruling], glyphs: list[Glyph], ocr: bool) -> Lattice | None:
    hs = [r for r in rules if r.orientation == "h"]
    vs = [r for r in rules if r.orientation == "v"]
    hs += _closing_rules(hs, vs)
    ys, xs = _positions([r.pos for r in hs]), _positions([r.pos for r in vs])
    if len(ys) < 2 or len(xs) < 2:
        return None
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    box = (xs[0], ys[0], xs[-1], ys[-1])
    inside = [g for g in glyphs if box[0] <= g.cx <= box[2] and box[1] <= g.cy <= box[3]]
    by_slot: dict[tuple[int, int], list[Glyph]] = {}
    for g in inside:
        i = min(max(bisect_right(ys, g.cy) - 1, 0), n_rows - 1)
        j = min(max(bisect_right(xs, g.cx) - 1, 0), n_cols - 1)
        by_slot.setdefault((i, j), []).append(g)

    def separated(i: int, j: int, right: bool) -> bool:
        if right:
            return _covered(vs, xs[j + 1], (ys[i] + ys[i + 1]) / 2)
        return _covered(hs, ys[i + 1], (xs[j] + xs[j + 1]) / 2)

    rows = union_cells(n_rows, n_cols, separated,
                       lambda slots: _cell_text([g for s in slots for g in by_slot.get(s, ())], ocr),
                       lambda i0, j0, i1, j1: (xs[j0], ys[i0], xs[j1 + 1], ys[i1 + 1]))
    return Lattice(rows, box, inside)


def _cell_text(glyphs: list[Glyph], ocr: bool = False) -> tuple[str, float | None]:
    """A cell's lines joined (no space between CJK pieces of a wrapped label, one between Latin
    words), with the least confidence of its glyphs where they were recognised by OCR."""
    text = ""
    for line in group_lines(glyphs):
        piece = join_glyphs(line)
        if text and text[-1].isascii() and text[-1].isalnum() and piece[:1].isascii() and piece[:1].isalnum():
            text += " "
        text += piece
    confidence = min((g.score for g in glyphs), default=None) if ocr else None
    return text, confidence


def find_lattices(rulings: list[Ruling], glyphs: list[Glyph], ocr: bool = False) -> list[Lattice]:
    """Every ruled table on a page, top to bottom; ``ocr`` when the glyphs carry OCR confidences."""
    out = []
    for group in _components(_merge_collinear(rulings)):
        lattice = _lattice(group, glyphs, ocr)
        if lattice and len(lattice.rows) * len(lattice.rows[0]) >= 2:
            out.append(lattice)
    return sorted(out, key=lambda t: t.box[1])
