"""Markdown as PDF converters write it (MinerU, marker, docling, pandoc, pymupdf4llm, markitdown, …): text
lines as blocks with the markup taken off, headings marked, tables as grids. What real converters write
was measured on the shared reports' conversions (benchmarks/real_converters.py).

What converters put in Markdown and how it is read:
- ATX headings (``## 五、存在的主要问题…``, also ``##五、`` without the space, closing ``##``) and Setext
  headings (a line underlined with ``===`` / ``---``): the text, with its level; ``#`` marks never reach
  the text. A line of bare ``#`` marks is dropped.
- Inline markup (``markdown_inline.py``): ``**bold**``, ``*em*``, ``__x__``, backslash escapes, ``[text](url)`` links (the text
  kept), ``![](images/…)`` image references (dropped), ``<br>``, ``<sup>`` and other inline tags, HTML
  comments, entities, ``$98.6\\%$`` inline maths (MinerU writes percentages so), blockquote ``>`` and
  bullet marks; pandoc's bracketed spans and attributes (``[text]{style="…"}``, ``{#id}``) and its smart
  quotes written straight (``"…"`` around CJK text is “…”); code spans (pymupdf4llm marks monospace digits
  `` `36` ``); a ``<br>`` between two CJK characters joins them (a wrapped label). A line pymupdf4llm
  joined from a paragraph's wrapped lines (it ends in one space) loses the single spaces between CJK
  characters the joins left; where such a line runs an item ('（二）…', '三、…') on from a sentence's end,
  the item starts a paragraph of its own, and a short item heading run into the text under it
  ('（二）依申请公开情况 2021 年，…') is a line of its own again.
- Tables: GitHub pipe tables (with or without the outer pipes), pandoc's grid tables (``gridtable.py``),
  pandoc's simple and multiline tables (``simpletable.py``) and HTML ``<table>`` blocks (MinerU,
  docling's HTML mode), expanded with rowspan/colspan like the HTML reader's; a table a converter split
  at a page break is joined again by the table stage (``nianbao.extraction.tables.table_grids``). A pipe
  row short by cells is short at its start (markitdown writes a cell spanning rows once); a cell of
  numbers apart by spaces is as many cells (markitdown fuses neighbouring columns); one-row tables with
  their labels floated out as lines are one table again (``floated_rows.py``). A few rows markitdown
  guessed out of justified prose ('| 文件、…政府信息。2023 |  | 年，我区在政 |') are the paragraph's lines
  again (``is_prose_table``): prose is never lost in a table.
- Quote marks markitdown (pdfminer) set apart on lines of their own go back into the spaces they left
  (``quote_marks.py``), and a number it wrote below the line it opens goes back to that line's start
  (``number_boxes.py``).
- An item's number markitdown (pdfminer) wrote in a text box of its own ('2' on its own line, or ending
  the line above, then '．其他法律行政法规禁止公开 0 0 0') is put back before its text
  (``rejoin_item_numbers``); a row label it broke into fragments around the row's values is read back
  whole when they spell a known row, and so is one pymupdf4llm wrote line by line across two label cells,
  and 危及“三安全一稳定” with its quote marks moved, and a row's values stacked under its label in the label's
  cell (``label_fragments.py``).
- Page furniture: horizontal rules, bare page numbers between sentences, "— 3 —" (layout's clean_line),
  running headers and footers (layout's ``running_footers``).
"""

from __future__ import annotations

import re
from typing import ClassVar

import lxml.html
from lxml import etree

from nianbao.core.document import Document, GridCell, Origin, TableBlock, TextBlock, expand_spans
from nianbao.core.record import Problem
from nianbao.extraction.readers.floated_rows import rejoin_rows
from nianbao.extraction.readers.full_lines import mark_full_lines
from nianbao.extraction.readers.gridtable import is_grid_table_start, parse_grid_table
from nianbao.extraction.readers.joined_fields import split_joined_frame
from nianbao.extraction.readers.markdown_inline import blank_comments, has_line_break, inline
from nianbao.extraction.readers.label_fragments import (rejoin_label_fragments, rejoin_label_lines, restore_label_quotes,
                                                       unstack_row_values)
from nianbao.extraction.readers.number_boxes import restore_number_boxes
from nianbao.extraction.readers.quote_marks import restore_quote_marks
from nianbao.extraction.readers.html import _is_data_table, _table_grid
from nianbao.extraction.readers.simpletable import COLUMN_RULE, parse_simple_table, table_extent
from nianbao.extraction.readers.text import decode_text, decode_warnings, split_front_matter

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ATX = re.compile(r"^\s{0,3}(#{1,6})(?!#)\s*(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_BULLET = re.compile(r"^\s*[-*+]\s+(?=\S)")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?\s*$")
_TABLE_OPEN = re.compile(r"<table\b", re.I)
_NUMBERS = re.compile(r"(?:\d+(?:\.\d+)?|[-—–/])(?:[ \u00a0]+(?:\d+(?:\.\d+)?|[-—–/]))+")  # a dash or slash: a zero
# pymupdf4llm joins a paragraph's wrapped lines with one space, also between two CJK characters where the
# page had none ("行政诉讼 情况" is 行政诉讼情况), and ends each such line with a space: only there are
# single spaces between CJK characters dropped (elsewhere one may part page chrome from the text, and
# two or more part a flattened table's cells).
_CJK_CHAR = "\u3001-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’《》"
_WRAP_SPACE = re.compile(f"(?<=[{_CJK_CHAR}]) (?=[{_CJK_CHAR}])")
_TABLE_CLOSE = re.compile(r"</table\s*>", re.I)
# pymupdf4llm joins lines it takes for one paragraph, also where a sentence ended at a line's end and the
# next line began a new item ('…监督权。 （一）主动公开…', '…推进。 二是…'): in a joined line a space after
# a sentence's end before an item's or a section's marker was a line end there, which ends a paragraph as
# it does in a text report. Before other text it may be a line end inside one paragraph, and before a digit
# or a code span pymupdf4llm's own space around Latin and digits.
_NUMERAL = "一二三四五六七八九十"
_JOINED_BREAK = re.compile(rf"(?<=[。！？；;!?]) (?=[（(][{_NUMERAL}]{{1,3}}[）)]|[{_NUMERAL}]{{1,3}}、)")
# ... and runs a short item heading on its own line into the text under it ('（二）依申请公开情况 `2021` 年，…'):
# a wrap falls at a full line's width, so a space a few characters after an item's marker, with no
# punctuation before it, ended the heading's line — when prose follows it (a comma, stop or pause soon), not
# a flattened table's numbers ('（一）予以公开 `0 0 0`').
_JOINED_HEADING = re.compile(rf"^\s*([（(][{_NUMERAL}]{{1,3}}[）)][^\s，。；：、,.;:！？!?`]{{2,14}}) (?=[^，。；、：]{{1,40}}[，。；、：])")


def _joined_pieces(raw: str) -> list[str]:
    """A line pymupdf4llm joined, as the lines that were paragraphs and headings of their own."""
    out = []
    for piece in _JOINED_BREAK.split(raw):
        heading = _JOINED_HEADING.match(piece)
        out += [heading.group(1), piece[heading.end():]] if heading else [piece]
    return out


def _html_tables(markup: str, warnings: list[Problem]) -> list[list[list[GridCell]]]:
    """The data tables of an HTML fragment as grids (nested layout tables left out); what had to be cut
    (a span past the size limit) is added to ``warnings``."""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    grids = []
    for table in root.iter("table"):
        # A converter writes no layout tables: a one-row table is a fragment of a table split at a page
        # break (its row would be lost as a web page's layout table is).
        if _is_data_table(table) or (table.xpath(".//tr") and not table.xpath(".//table")):
            grid = _table_grid(table, warnings)
            if grid:
                grids.append(grid)
    return grids


def _pipe_cells(line: str) -> list[tuple[str, bool]]:
    """A pipe row's cells as (text, whether it held a ``<br>``)."""
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [(inline(raw).strip(), has_line_break(raw)) for raw in re.split(r"(?<!\\)\|", body)]


def _unfused(rows: list[list[tuple[str, bool]]]) -> list[list[str]]:
    """markitdown's PDF tables put two neighbouring columns into one cell, numbers ("3 0") and the header
    words above them ("结果维持 结果纠正") alike: a cell of numbers apart by spaces is as many cells (a number
    is never written with a space inside it), and in a column where one is, a cell of as many words apart
    by spaces is split too. Lines apart by ``<br>`` are one cell's (pymupdf4llm: stacked rows' values)."""
    fused: dict[int, int] = {}
    for row in rows:
        for j, (text, br) in enumerate(row):
            if not br and _NUMBERS.fullmatch(text):
                fused[j] = max(fused.get(j, 0), len(text.split()))
    out = []
    for row in rows:
        cells: list[str] = []
        for j, (text, br) in enumerate(row):
            parts = text.split()
            split = not br and (_NUMBERS.fullmatch(text) or (j in fused and len(parts) == fused[j] and " " in text))
            cells += parts if split else [text]
        out.append(cells)
    return out


# markitdown (pdfminer) writes an item's number apart from its text when the two sit in different text
# boxes: '2' alone, or ending the line above ('（三）不予公开 1'), then '．其他法律行政法规禁止公开 0 0 0'
# (the lines between hold a label written down the page, one character each).
_BARE_NUMBER = re.compile(r"^\s*(\d{1,2})\s*$")
_TRAILING_NUMBER = re.compile(r"(?<=\S)\s+(\d{1,2})\s*$")
_DOT_START = re.compile(r"^\s*[．.](?=\s*[\u4e00-\u9fff])")
_ONE_CHAR = re.compile(r"^\s*[\u4e00-\u9fff]?\s*$")


def rejoin_item_numbers(lines: list[str]) -> list[str]:
    """The lines with each item number markitdown wrote apart put back before its '．…' text (as many lines:
    the number's own line left empty)."""
    out = list(lines)
    for i, line in enumerate(out):
        if not _DOT_START.match(line):
            continue
        k = i - 1
        while k >= 0 and _ONE_CHAR.match(out[k]) and i - k < 12:
            k -= 1
        if k < 0:
            continue
        bare = _BARE_NUMBER.match(out[k])
        trailing = None if bare else _TRAILING_NUMBER.search(out[k])
        if bare:
            out[k] = ""
        elif trailing and not _NUMBERS.fullmatch(out[k].strip()):
            out[k] = out[k][: trailing.start()]
        else:
            continue
        out[i] = (bare or trailing).group(1) + line.strip()
    return out


# markitdown (pdfminer) guesses a table out of justified prose lines, cutting a line at its widest gaps:
# '| 文件、项目审批、通知公告等各类政府信息。2023 |     |     | 年，我区在政 |'. Such a table is a few rows,
# one at least with a sentence's punctuation, none a row of data (two numbers or more, a date's aside).
_PROSE_MARK = re.compile(r"[，。；《》]")
_DATUM = re.compile(r"^(?:\d+(?:\.\d+)?%?|[-—–/])$")
PROSE_TABLE_ROWS = 4


def is_prose_table(rows: list[list[str]]) -> bool:
    """Whether a pipe table is prose a converter cut into cells (its rows' texts are lines of a paragraph)."""
    if len(rows) > PROSE_TABLE_ROWS or not any(_PROSE_MARK.search("".join(r)) for r in rows):
        return False
    for row in rows:
        cells = [c for c in row if c]
        data = [c for c in cells if _DATUM.match(c)]
        if len(data) >= 2 and not _date_parts(data):
            return False  # a row of values, labelled or not (a date the cut left in cells is prose's)
    return True


def _date_parts(cells: list[str]) -> bool:
    """Whether number cells are a date's year, month and day ('2023 | 12 | 31')."""
    return len(cells) == 3 and all(c.isdigit() for c in cells) and re.fullmatch(r"(?:19|20)\d{2}", cells[0]) is not None \
        and 1 <= int(cells[1]) <= 12 and 1 <= int(cells[2]) <= 31


def _joined_cells(row: list[str]) -> str:
    out = ""
    for cell in (c for c in row if c):
        out = out + (" " if out and out[-1].isascii() and out[-1].isalnum() and cell[0].isascii() and cell[0].isalnum() else "") + cell
    return out


_LONE_VALUE = re.compile(r"^\s*(?:\d+(?:\.\d+)?|---)\s*$")


def _dash_cell(lines: list[str], i: int) -> bool:
    """Whether a line '---' is pandoc's em dash (its Markdown writer's smart typography) standing for a zero
    in a table written one cell a line, not a rule: the nearest text line above or below it is a lone
    value too (a number, or another such dash)."""
    above = next((lines[k] for k in range(i - 1, max(-1, i - 4), -1) if lines[k].strip()), "")
    below = next((lines[k] for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()), "")
    return bool(_LONE_VALUE.match(above) or _LONE_VALUE.match(below))


def _is_sentence(line: str) -> bool:
    return len(line.strip()) > 12 and not re.fullmatch(r"[\d\s|.\-]+", line.strip())


class MarkdownReader:
    """Markdown (.md): text lines as blocks without their markup, headings marked, tables as grids."""

    name: ClassVar[str] = "markdown"
    suffixes: ClassVar[tuple[str, ...]] = (".md", ".markdown")

    def read(self, data: bytes, path: str) -> Document:
        text, encoding, replaced = decode_text(data)
        warnings: list[Problem] = []
        lines = blank_comments(text).split("\n")
        lines = rejoin_item_numbers(restore_number_boxes(restore_quote_marks(lines)))
        lines = unstack_row_values(restore_label_quotes(rejoin_label_lines(rejoin_label_fragments(lines))))
        props, start = split_front_matter(lines)
        if start == 0 and lines and lines[0].strip() == "正文":
            start = 1
        if start == 0 and lines and lines[0].strip() == "---":  # YAML front matter (pandoc, marker)
            end = next((i for i in range(1, min(len(lines), 60)) if lines[i].strip() in ("---", "...")), None)
            if end is not None:
                start = end + 1
        blocks: list[TextBlock | TableBlock] = []

        def add_text(content: str, number: int, level: int | None = None, raw: str | None = None) -> None:
            raw = content if raw is None else raw
            joined = raw.endswith(" ") and not raw.endswith("  ")  # pymupdf4llm's joined lines
            pieces = _joined_pieces(content) if joined and level is None else [content]
            # (the page's frame it ran into one line, a line each again: a metadata block's fields; a rule ends a line)
            parts = [p for piece in pieces for p in (split_joined_frame(inline(piece)) if joined and level is None
                                                    else [(inline(piece), False)])]
            for piece, ruled in parts:
                piece = (_WRAP_SPACE.sub("", piece) if joined else piece).strip()
                if piece:
                    blocks.append(TextBlock(piece, Origin(self.name, len(blocks), line=number), level))
                if ruled and blocks and isinstance(blocks[-1], TextBlock):
                    blocks[-1].wraps = False

        def add_grid(grid: list[list[GridCell]], number: int) -> None:
            blocks.append(TableBlock(grid, Origin(self.name, len(blocks), line=number)))

        i, n = start, len(lines)
        while i < n:
            line, number = lines[i], i + 1
            stripped = line.strip()
            nxt = lines[i + 1] if i + 1 < n else ""
            if not stripped or _FENCE.match(line):
                i += 1
                continue
            if _TABLE_OPEN.search(line):  # an HTML table, on one line or several
                j = i
                while j < n - 1 and not _TABLE_CLOSE.search(lines[j]) and j - i < 5000:
                    j += 1
                markup = "\n".join(lines[i : j + 1])
                head = markup[: _TABLE_OPEN.search(markup).start()]
                close = list(_TABLE_CLOSE.finditer(markup))
                tail = markup[close[-1].end():] if close else ""
                add_text(head, number)
                for grid in _html_tables(markup, warnings):
                    add_grid(grid, number)
                add_text(tail, j + 1)
                i = j + 1
                continue
            if is_grid_table_start(line, nxt):  # pandoc's grid table: rules of + and -, cells spanning
                j = i
                while j < n and lines[j].strip()[:1] in ("+", "|"):
                    j += 1
                rows = [[(inline(text).strip(), rs, cs) for text, rs, cs in row] for row in parse_grid_table(lines[i:j])]
                if any(rows):
                    add_grid(expand_spans(rows), number)
                i = j
                continue
            extent = table_extent(lines, i) if (stripped.startswith("-") or COLUMN_RULE.match(nxt)) else None
            if extent:  # pandoc's simple or multiline table: columns told by runs of dashes
                rows = [[inline(c).strip() for c in row] for row in parse_simple_table(lines, *extent)]
                if any(any(r) for r in rows):
                    add_grid(expand_spans([[(c, 1, 1) for c in r] for r in rows]), number)
                i = extent[2]
                continue
            if _PIPE_ROW.match(line) or ("|" in line and _PIPE_RULE.match(nxt) and not _PIPE_RULE.match(line)):
                cells: list[list[tuple[str, bool]]] = []
                j = i
                while j < n and lines[j].strip() and ("|" in lines[j]):
                    if not _PIPE_RULE.match(lines[j]):
                        cells.append(_pipe_cells(lines[j]))
                    j += 1
                rows = _unfused(cells)
                width = max(len(r) for r in rows) if rows else 0
                if rows and is_prose_table(rows):
                    for k, row in enumerate(rows):  # a table guessed out of prose: its lines, as text
                        add_text(_joined_cells(row), number + k)
                elif rows:
                    # A short row lost its leading cells: the continuations of cells spanning rows down
                    # the label columns, which HTML and DOCX converters (markitdown) write only once.
                    add_grid(expand_spans([[("", 1, 1)] * (width - len(r)) + [(c, 1, 1) for c in r] for r in rows]), number)
                i = j
                continue
            if stripped == "---" and _dash_cell(lines, i):
                add_text("—", number)  # pandoc's em dash, a table's zero written one cell a line
                i += 1
                continue
            if _RULE.match(line):  # a rule (an underline was taken with its heading line)
                i += 1
                continue
            atx = _ATX.match(line) if stripped.startswith("#") else None
            if atx:
                add_text(atx.group(2), number, len(atx.group(1)), raw=line)
                i += 1
                continue
            if _SETEXT.match(nxt) and not _PIPE_ROW.match(line):
                add_text(line, number, 1 if nxt.strip().startswith("=") else 2)
                i += 2
                continue
            if _PAGE_NUMBER.match(line):
                prev = next((lines[k] for k in range(i - 1, start - 1, -1) if lines[k].strip()), "")
                after = next((lines[k] for k in range(i + 1, n) if lines[k].strip()), "")
                if _is_sentence(prev) and _is_sentence(after):
                    i += 1  # a page number between two runs of text
                    continue
            content = _BULLET.sub("", _QUOTE.sub("", line))
            add_text(content, number)
            i += 1
        return Document(path, self.name, mark_full_lines(rejoin_rows(blocks)), encoding, props, decode_warnings(replaced) + warnings)
