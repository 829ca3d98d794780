"""Pandoc's simple and multiline tables, as ``pandoc -t markdown`` writes a table whose cells neither span
rows nor columns (a DOCX's table 二, say); columns are told by runs of dashes, not by bars:

      ------------------ -------------- --------------
      第二十条第（一）项

      信息内容           本年制发件数   本年废止件数

      规章               0              0
      ------------------ -------------- --------------

Headerless tables open and close on such a line of dash runs; a table with a header has its header
line(s) just above the dash runs (a multiline one opens on a single long run of dashes above the header).
In a multiline table a blank line ends a row and a row's cell may wrap onto the next lines; in a simple
table every line is a row. A cell is the text between the start of its column's dash run and the start of
the next column's, by display width (a CJK character takes two columns, as pandoc pads them).
"""

from __future__ import annotations

import re

from nianbao.extraction.readers.gridtable import display_columns

COLUMN_RULE = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,})+\s*$")
_LONG_RULE = re.compile(r"^\s*-{6,}\s*$")
_RUN = re.compile(r"-+")


def _starts(rule: str) -> list[int]:
    """The display column where each dash run of ``rule`` starts (a rule line is ASCII: one column a char)."""
    return [m.start() for m in _RUN.finditer(rule.rstrip())]


def _cells(line: str, starts: list[int]) -> list[str]:
    cols = display_columns(line)
    width = max(cols, default=-1) + 1
    bounds = starts[1:] + [max(width, starts[-1] + 1)]
    # A wide character straddling a boundary belongs to the column it starts in.
    out = []
    for a, b in zip(starts, bounds):
        a = 0 if a == starts[0] else a
        out.append("".join(cols.get(k, "") for k in range(a, b) if k in cols).strip())
    return out


def _separator(line: str, rule: str) -> bool:
    """A blank line between rows; a line of spaces as wide as the table is a row of empty cells (pandoc
    pads every row to the table's width)."""
    return not line.strip() and len(line) <= len(rule.rstrip()) // 2


def _dash_row(lines: list[str], j: int) -> bool:
    """A line like a column rule right above a long closing rule: a row whose every cell is an em dash, as
    pandoc's Markdown writer writes — ('---'; a table's zeros printed as dashes), not a rule."""
    return bool(COLUMN_RULE.match(lines[j])) and j + 1 < len(lines) and bool(_LONG_RULE.match(lines[j + 1]))


def _closed(lines: list[str], first: int, rule: int) -> tuple[int, int, int] | None:
    """A headerless or multiline table runs to its closing rule; two blank lines first mean no table
    of pandoc's (it would have closed it)."""
    j = rule + 1
    while j < len(lines):
        if _dash_row(lines, j):
            return first, rule, j + 2  # a row of em dashes, then the long closing rule
        if COLUMN_RULE.match(lines[j]) or _LONG_RULE.match(lines[j]):
            return first, rule, j + 1
        if _separator(lines[j], lines[rule]) and (j + 1 >= len(lines) or _separator(lines[j + 1], lines[rule])):
            return None
        j += 1
    return None


def table_extent(lines: list[str], i: int) -> tuple[int, int, int] | None:
    """Where a simple or multiline table starting at line ``i`` runs: (first line, its column rule line,
    the line after the table); None when no such table starts at ``i``."""
    n = len(lines)
    line = lines[i]
    if _LONG_RULE.match(line):  # a multiline table's top rule, its header below, then the column rule
        k = i + 1
        while k < n and k - i <= 8 and lines[k].strip() and not COLUMN_RULE.match(lines[k]):
            k += 1
        if k == i + 1 or k >= n or not COLUMN_RULE.match(lines[k]):
            return None
        return _closed(lines, i, k)
    if COLUMN_RULE.match(line):
        return _closed(lines, i, i)
    if line.strip() and i + 1 < n and COLUMN_RULE.match(lines[i + 1]):  # a simple table's header line
        j = i + 2
        while j < n and lines[j].strip() and not (COLUMN_RULE.match(lines[j]) or _LONG_RULE.match(lines[j])):
            j += 1
        return i, i + 1, j + 1 if j < n and lines[j].strip() else j  # past a closing rule, if any
    return None


def parse_simple_table(lines: list[str], first: int, rule: int, end: int) -> list[list[str]]:
    """The rows of the table over ``lines[first:end]`` whose column rule is ``lines[rule]``."""
    starts = _starts(lines[rule])
    body = [ln for k, ln in enumerate(lines[rule + 1 : end], start=rule + 1)
            if _dash_row(lines, k) or not COLUMN_RULE.match(ln) and not _LONG_RULE.match(ln)]
    header = [ln for ln in lines[first:rule] if not _LONG_RULE.match(ln)]
    multiline = any(_separator(ln, lines[rule]) for ln in body) or _LONG_RULE.match(lines[first]) is not None
    groups: list[list[str]] = []
    if header:
        groups.append(header)
    if multiline:
        current: list[str] = []
        for ln in body:
            if not _separator(ln, lines[rule]):
                current.append(ln)
            elif current:
                groups.append(current)
                current = []
        if current:
            groups.append(current)
    else:
        groups.extend([ln] for ln in body if not _separator(ln, lines[rule]))
    rows = []
    for group in groups:
        parts = [_cells(ln, starts) for ln in group]
        # A cell's line ending in a backslash is a hard line break inside it (结果\ over 纠正): joined.
        rows.append(["".join(p[k].removesuffix("\\") for p in parts) for k in range(len(starts))])
    return rows


__all__ = ["COLUMN_RULE", "parse_simple_table", "table_extent"]
