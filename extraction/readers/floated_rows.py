"""Rows a converter wrote as tables of their own, their labels floated out as text lines between them
(markitdown's PDF tables: pdfminer's text, each row of values its own one-row pipe table, the row's label
a text line above it and the label's wrapped tail a line below):

    一、本年新收政府信息公开申请数
    |     |     |     | 12  | 3 0 | 0 0 | 0 15 |
    | --- | --- | --- | --- | --- | --- | ---- |
    量

Such a run of short text lines and value-only tables is one table again: each row's empty label cell
takes the lines above it (a line opening on a row marker — 一、 （二） 3. — starts a label; one that
does not is the previous label's wrapped tail). pdfminer also puts a label BELOW its row, where the label
sits lower on the page than the row's numbers:

    |     | 1 0 | 0 0 | 0 0 | 1   |
    | --- | --- | --- | --- | --- |
    1.属于国家秘密

a row of values with no label line of its own above it (the lines above were the previous row's) takes
the lines below it when they open on a row marker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from nianbao.core.document import GridCell, Origin, TableBlock, TextBlock, expand_spans

_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、]|[（(]\d{1,2}[)）])")
_VALUE = re.compile(r"^(?:\d+(?:\.\d+)?|[-—–/])$")
_SHORT = 60  # a label line is short and no sentence (the longest of table 三 with its group's: 45)
_LABEL_NUMBER = re.compile(r"(?<![\d.])\d+(?![\d.．、])")
_FURNITURE = re.compile(r"^[-—–\s]*\d{1,3}[-—–\s]*$|报告|年报")
# A character of a label written down the page ('三', '、', '本', '年', …) on a line of its own, or in front
# of a row's label ('三 2.其他法律…').
_ITEM = re.compile(r"^(?:\d{1,2}[.．、]|[一二三四五六七八九十]+、)")
_DOWN_THE_PAGE = re.compile(r"^[\u4e00-\u9fff、]$")
_DOWN_PREFIX = re.compile(r"^[\u4e00-\u9fff、]\s+(?=\d{1,2}[.．、]|（)")


def _split_row(row: list[GridCell]) -> tuple[str, list[str]] | None:
    """A row of values as (its label text, its values): label cells (or none) first, then at least three
    values and nothing but values; None for any other row."""
    texts = [c.text.strip() for c in row]
    first = next((k for k, t in enumerate(texts) if _VALUE.match(t)), len(texts))
    values = [t for t in texts[first:] if t]
    if len(values) < 3 or not all(_VALUE.match(t) for t in values):
        return None
    return "".join(texts[:first]), values


def _value_row(row: list[GridCell]) -> bool:
    split = _split_row(row)
    return split is not None and not split[0]


def _row_table(block: TextBlock | TableBlock) -> bool:
    return isinstance(block, TableBlock) and len(block.grid) <= 3 and any(_value_row(r) for r in block.grid)


def _any_row_table(block: TextBlock | TableBlock) -> bool:
    """A row table, or one whose rows hold their labels in their own cells (such a one starts a run only
    where row tables without labels follow)."""
    return isinstance(block, TableBlock) and len(block.grid) <= 3 and any(_split_row(r) for r in block.grid)


def _furniture(block: TextBlock | TableBlock) -> bool:
    return isinstance(block, TextBlock) and block.heading_level is None and bool(_FURNITURE.search(block.text)) \
        and len(block.text) <= 80 and "。" not in block.text


def _label_line(block: TextBlock | TableBlock) -> bool:
    """A short line that may be a row's label, not the furniture of a page break between two rows (a
    folio, the running title)."""
    return (isinstance(block, TextBlock) and block.heading_level is None and len(block.text) <= _SHORT
            and "。" not in block.text and not _FURNITURE.search(block.text))


def _values_out_of_labels(rows: list[list[str]], value_rows: list[int]) -> None:
    """pdfminer sometimes reads a row's first value into its label, between the label's characters
    ("…只计这一情8形…"): a row one value short of the run's others whose label holds exactly one number
    that is no item marker (1. 2、) gets it back as its first value."""
    full = max((len(rows[k]) for k in value_rows), default=0)
    for k in value_rows:
        row = rows[k]
        numbers = list(_LABEL_NUMBER.finditer(row[0]))
        if len(row) == full - 1 and len(numbers) == 1:
            m = numbers[0]
            rows[k] = [row[0][: m.start()] + row[0][m.end():], m.group(0)] + row[1:]


def _label_only(row: list[GridCell]) -> bool:
    """A row of one text cell, wherever the row's padding put it (markitdown's row short by cells)."""
    texts = [c.text.strip() for c in row if c.text.strip()]
    return len(texts) == 1 and not _VALUE.match(texts[0])


def _label_below(blocks: list[TextBlock | TableBlock], start: int, end: int) -> list[int]:
    """The lines from ``start`` up to the next table of the run, when the first that is not a character
    of a label written down the page opens on a row marker: a row's label pdfminer put below it."""
    lines: list[int] = []
    for k in range(start, end):
        block = blocks[k]
        if not isinstance(block, TextBlock) or _furniture(block):
            break
        if lines and _ITEM.match(_DOWN_PREFIX.sub("", block.text)) and any(
                _MARKER.match(_DOWN_PREFIX.sub("", blocks[j].text)) for j in lines):
            break  # a second item's label: the next row's, above it (a group's '（三）不予公开' goes along)
        lines.append(k)
    first = next((blocks[k].text for k in lines if not _DOWN_THE_PAGE.match(blocks[k].text)), "")
    return lines if _MARKER.match(_DOWN_PREFIX.sub("", first)) else []


def _label_text(pending: list[str]) -> str:
    """A row's label from the lines above it. A character on a line of its own after the item's line is
    its group's label written down the page ('（六）其他处', '2.申请人…缴', '理', then the row's '纳费用、…'):
    it is left out, not put inside the item's words."""
    out: list[str] = []
    for line in pending:
        if _DOWN_THE_PAGE.match(line) and any(_ITEM.match(_DOWN_PREFIX.sub("", p)) for p in out):
            continue
        out.append(line)
    return "".join(out)


def _lone_row(out: list[TextBlock | TableBlock], block: TextBlock | TableBlock) -> bool:
    """A row table of one value row whose label is the line(s) just above it, opening on a row marker: a
    row markitdown cut out of a table whose other rows kept their label cells (table 三's '（二）部分公开'
    wraps, so its row is set apart: the label's head above, its tail below)."""
    if not (isinstance(block, TableBlock) and len(block.grid) == 1 and _value_row(block.grid[0])):
        return False
    k = len(out)
    while k > 0 and len(out) - k < 3 and _label_line(out[k - 1]):
        k -= 1
    return any(_MARKER.match(b.text) for b in out[k:])  # type: ignore[union-attr]


def rejoin_rows(blocks: list[TextBlock | TableBlock]) -> list[TextBlock | TableBlock]:
    """The blocks with each run of value-only row tables and the label lines between them made one table
    (blocks renumbered where a run was joined)."""
    out: list[TextBlock | TableBlock] = []
    i, n = 0, len(blocks)
    joined = False
    while i < n:
        ahead = blocks[i : i + 6]
        lone = _lone_row(out, blocks[i])
        if not lone and (not _any_row_table(blocks[i]) or sum(map(_any_row_table, ahead)) < 2
                         or not any(map(_row_table, ahead))):
            out.append(blocks[i])
            i += 1
            continue
        last = j = i
        while j < n and (_any_row_table(blocks[j]) or _label_line(blocks[j]) or _furniture(blocks[j])):
            last = j if _any_row_table(blocks[j]) else last
            j += 1
        end = last + 1
        if end < n and _label_line(blocks[end]) and not _MARKER.match(blocks[end].text):
            end += 1  # the last label's wrapped tail
        # The label lines just above the first row table are its label's head.
        pending: list[str] = []
        while out and _label_line(out[-1]) and len(pending) < 3 and not (pending and _MARKER.match(pending[0])):
            pending.insert(0, out.pop().text)  # back to the line that opens the label
        rows: list[list[str]] = []
        label_row = -1
        furniture: list[TextBlock | TableBlock] = []
        value_rows: list[int] = []
        taken: set[int] = set()
        for k, block in enumerate(blocks[i:end], start=i):
            if k in taken:
                continue
            if _furniture(block):  # a page break's folio or running title: kept, after the table
                furniture.append(block)
                continue
            if isinstance(block, TextBlock):
                if label_row >= 0 and not pending and not _MARKER.match(block.text):
                    rows[label_row][0] += block.text  # the wrapped tail of the row above's label
                else:
                    pending.append(block.text)
                continue
            for r, row in enumerate(block.grid):
                texts = [c.text for c in row]
                split = _split_row(row)
                if split is None and _label_only(row) and r + 1 < len(block.grid) and _value_row(block.grid[r + 1]):
                    pending.append("".join(texts).strip())  # a label cell on a row of its own above its values
                    continue
                if split is not None:
                    below = [] if split[0] or any(_MARKER.match(t) for t in pending) else _label_below(blocks, k + 1, end)
                    if below:
                        taken.update(below)
                        pending += [_DOWN_PREFIX.sub("", blocks[b].text) for b in below if not _DOWN_THE_PAGE.match(blocks[b].text)]
                    # Each one-row table has columns of its own: the row is its label (the lines above
                    # it, or below it, and any label text of its own cells) and its values.
                    texts = [_label_text(pending) + split[0]] + split[1]
                    pending = []
                    label_row = len(rows)
                    value_rows.append(label_row)
                rows.append(texts)
        if value_rows and not rows[value_rows[-1]][0] and end < n and _label_line(blocks[end]) \
                and _MARKER.match(_DOWN_PREFIX.sub("", blocks[end].text)):
            rows[value_rows[-1]][0] = _DOWN_PREFIX.sub("", blocks[end].text)  # the last row's label, below it
            end += 1
        _values_out_of_labels(rows, value_rows)
        width = max(len(r) for r in rows)
        grid = expand_spans([[(t, 1, 1) for t in r] + [("", 1, 1)] * (width - len(r)) for r in rows])
        out.append(TableBlock(grid, blocks[i].origin))
        out += furniture
        joined = True
        i = end
    if joined:
        for k, block in enumerate(out):
            block.origin = replace(block.origin, block=k)
    return out


__all__ = ["rejoin_rows"]
