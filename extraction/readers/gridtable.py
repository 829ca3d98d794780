"""Pandoc's grid tables (``+----+----+`` rules, ``|`` between cells), as pandoc writes a table whose cells
span rows or columns or hold more than one line:

    +--------------+------+
    | 三、本年度办 | 9    |
    | 理结果       +------+
    |              | 0    |
    +--------------+------+

Columns are found by display width (a CJK character takes two columns, as pandoc pads them), so the
``|`` of a line of Chinese text stands under the ``+`` of the rules. A cell spans the columns no ``|``
separates and the rows no rule line crosses (a partial rule ``|   +---+`` ends only the cells it
crosses); its text is the lines it holds, joined (a wrapped Chinese label without a space).

Not docutils' GridTableParser (reStructuredText's grid tables are the same markup): it is strict, and on
converter output with a rule or a bar lost it raises (IndexError, AssertionError, TableMarkupError — on about
half of 20,000 one-to-three-character damages of a table tried); this reader keeps the cells it can see.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

RULE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_BREAK = re.compile(r"^[-=:]+$")
_SEPARATOR = re.compile(r"\+[-=]|[-=]\+")


def display_columns(line: str) -> dict[int, str]:
    """Display column → character (a wide character's second column holds '')."""
    out: dict[int, str] = {}
    col = 0
    for ch in line.rstrip("\n"):
        out[col] = ch
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            out[col + 1] = ""
            col += 2
        else:
            col += 1
    return out


def _segment(cols: dict[int, str], a: int, b: int) -> str:
    return "".join(cols.get(k, " ") for k in range(a + 1, b))


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text and part and (text[-1].isascii() and part[0].isascii()) and text[-1].isalnum() and part[0].isalnum():
            text += " "
        text += part
    return text


@dataclass
class _Cell:
    band: int
    first: int
    last: int  # the last column interval it covers
    parts: list[str] = field(default_factory=list)
    end: int = -1


def is_grid_table_start(line: str, nxt: str) -> bool:
    """A grid table starts with a rule line followed by a row."""
    return bool(RULE.match(line)) and nxt.lstrip().startswith("|")


def parse_grid_table(lines: list[str]) -> list[list[tuple[str, int, int]]]:
    """The table's rows, each listing the cells that start in it as (text, rowspan, colspan)."""
    grids = [display_columns(line) for line in lines]
    separators = [bool(_SEPARATOR.search(line)) for line in lines]
    bounds = sorted({k for cols, sep in zip(grids, separators) if sep for k, ch in cols.items() if ch == "+"})
    if len(bounds) < 2:
        return []
    intervals = list(zip(bounds, bounds[1:]))
    open_: list[_Cell | None] = [None] * len(intervals)
    cells: list[_Cell] = []
    band = 0
    for n, (cols, sep) in enumerate(zip(grids, separators)):
        if sep:
            if n == 0:
                continue
            for i, (a, b) in enumerate(intervals):
                text = _segment(cols, a, b).strip()
                cell = open_[i]
                if _BREAK.match(text) or not text and cols.get(a) == "+" and cols.get(b) == "+":
                    if cell is not None:
                        cell.end = band
                    open_[i] = None
                elif cell is not None and text and i == cell.first:
                    cell.parts.append(_segment(cols, bounds[cell.first], bounds[cell.last + 1]).strip())
            band += 1
            continue
        i = 0
        while i < len(intervals):
            j = i
            while j + 1 < len(intervals) and cols.get(bounds[j + 1]) != "|":
                j += 1
            cell = open_[i]
            if cell is None or cell.first != i:
                cell = _Cell(band, i, j)
                cells.append(cell)
                for k in range(i, j + 1):
                    open_[k] = cell
            text = _segment(cols, bounds[i], bounds[j + 1]).strip()
            if text:
                cell.parts.append(text)
            i = j + 1
    for cell in cells:
        if cell.end < 0:
            cell.end = max(band - 1, cell.band)
    rows: list[list[tuple[str, int, int]]] = [[] for _ in range(max(band, 1))]
    for cell in sorted(cells, key=lambda c: (c.band, c.first)):
        if cell.band < len(rows):
            rows[cell.band].append((_join(cell.parts), cell.end - cell.band + 1, cell.last - cell.first + 1))
    return rows  # a row whose every cell comes down from above stays, empty, to keep the spans right


__all__ = ["RULE", "display_columns", "is_grid_table_start", "parse_grid_table"]
