"""What PDF converters do to a long table 三 beyond splitting it at page breaks (invented text; the
patterns are the converters'):

- ``repeat_header``: the continuation repeats the table's header rows (the PDF repeats them on each page,
  and the converter keeps them);
- ``drop_empty_columns``: MinerU's table model deletes a column that is empty in every row of a fragment
  (the continuation of a merged label cell), so the continuation is narrower than the head and its
  colspans are 1;
- ``floated_labels``: the continuation's rows lose their label cells: the labels come out as loose text
  lines before the fragment and the rows keep only their values (as in the kewei conversion);
- ``wrapped_row``: a long row label wraps, and its tail becomes a row of its own with no values — or its
  head does, above the row that holds the label's tail and the values (as pdfminer sets them);
- ``grid_table``: pandoc writes the fragments as grid tables (synth/render_gridtable.py): merged cells
  kept, long labels wrapped onto more lines inside their cells;
- ``fused_values``: markitdown's PDF tables (pdfminer's text, its own column guess) put two neighbouring
  value columns into one cell, their numbers apart by a space (``| 71 | 3 0 | 0 0 | 0 74 |``);
- ``row_tables``: markitdown also writes each row of values as a one-row table of its own, its label a
  text line above it and a long label's tail a line below (nianbao.extraction.readers.floated_rows), an
  item's number now and then on a line of its own above its '．…' text (readers.markdown.rejoin_item_numbers),
  and in some tables every label a line below its row (pdfminer: the label sits lower than the numbers);
- (with ``row_tables``, markitdown's PDF style) now and then a paragraph's line pdfminer cut into a guessed
  one-row table (``prose_table``; the reader takes it back as text: readers.markdown.is_prose_table);
- (with ``row_tables``, now and then) markitdown on a ruled PDF (``ruled``): most rows keep their label cells,
  several rows to a table, and a row whose long label wraps is set apart as a one-row table of values, the
  label's head a line above it and its tail a line below; a group's label written down the page leaves its
  last character on a line of its own after the item's head ('（五）不予处', '1.信访…', '理');
- (with ``fused_values`` or ``row_tables``, now and then) markitdown sets table 二's numbers a column right
  of their header cells (``values_right``): '| 行政事业性收费 |  | 37.5 |' under '| 信息内容 | 本年收费金额 |  |';
- (``Style.t4_run_on``) markitdown on a text report's PDF runs table 四 into one line of text, its fifteen
  values into one digit string where each is printed as digits, and the next section on after it, its
  heading wrapped at the line's end and its text on the next line (``run_on_table_four``);
- (pymupdf4llm, now and then: ``text_pdf_rows``) pymupdf4llm on a PDF with no rules (a text report printed
  to PDF) sets a row's first values into its label's text box ('2.其他法律行政法规禁止公开 0', the row's other
  values then one column early, its last cell empty) and stacks neighbouring values of a row into one cell
  ('1<br>0<br>2'); the reader reads a stacked cell's numbers only where the row's total decides them;
- ``dropped_continuations``: markitdown's HTML and DOCX tables (mammoth, markdownify) write a cell spanning
  rows once, in its first row: the rows below lose those positions, so they are short by their leading
  label cells.

The reader places a value-only row by position between two labelled rows (tables/grid.py), joins a
narrower fragment to its head, and reads a shifted row by its value cells.
"""

from __future__ import annotations

import random
import re

from nianbao.synth.grids import Grid, place

DAMAGES = ("", "repeat_header", "drop_empty_columns", "floated_labels", "wrapped_row", "grid_table", "fused_values",
           "row_tables", "dropped_continuations")
T3_GRID_WIDTHS = [6, 8, 12] + [4] * 7  # display widths of table 三's columns in a pandoc grid table
T3_HEADER_ROWS = 3  # table 三's header rows in grids.t3_grid
T3_LABEL_COLUMNS = 3  # the label columns before its seven value columns


def damages_for(converter: str, zeros: str) -> tuple[str, ...]:
    """The damages a converter's output may carry. A column dropped for being empty could be a value
    column when zeros print blank (then the values are truly lost), so that one needs printed zeros."""
    if converter == "mineru":
        return ("", "repeat_header") + (("drop_empty_columns",) if zeros != "blank" else ())
    if converter == "pandoc":  # pandoc writes a table with merged or multi-line cells as a grid table
        return ("", "repeat_header", "floated_labels", "wrapped_row", "grid_table")
    # Two numbers fused into one cell stay two only where both are printed (a blank zero leaves one).
    # Two numbers fused into one cell, or a row of values without its label, stay readable only where
    # every value is printed (a blank zero leaves one number, or a row without values).
    printed = ("fused_values", "row_tables") if zeros != "blank" else ()
    return ("", "repeat_header", "floated_labels", "wrapped_row", "dropped_continuations") + printed


def with_header(header: Grid, part: Grid) -> Grid:
    """A continuation fragment with the table's header rows repeated above it."""
    return [list(row) for row in header] + part


def drop_empty_columns(part: Grid) -> Grid:
    """The fragment without the columns that are empty in every row (whole cells only: a cell wider than
    one column is kept)."""
    placed = place(part)
    width = max(c + cell.cols for _, c, cell in placed)
    empty = [all(not cell.text for _, c, cell in placed if c <= j < c + cell.cols) for j in range(width)]
    dropped = {(r, c) for r, c, cell in placed if cell.cols == 1 and empty[c]}
    rows: Grid = [[] for _ in part]
    for r, c, cell in placed:
        if (r, c) not in dropped:
            rows[r].append(cell)
    return rows


def float_labels(rng: random.Random, rows: list[list[str]], keep_last: bool) -> tuple[list[str], list[list[str]]]:
    """About half the data rows of a fragment (as a rectangle of texts) lose their label cells: the
    labels become loose lines (returned first) and the rows keep their seven values. The table's last
    row keeps its label (``keep_last``) so the floated rows stay between two labelled ones."""
    loose: list[str] = []
    out: list[list[str]] = []
    last = len(rows) - 1
    for i, row in enumerate(rows):
        if rng.random() < 0.5 and not (keep_last and i == last):
            label = "".join(dict.fromkeys(t for t in row[:T3_LABEL_COLUMNS] if t))
            if label:
                loose.append(label)
            out.append(row[T3_LABEL_COLUMNS:])
        else:
            out.append(row)
    return loose, out


def wrap_rows(rng: random.Random, rows: list[list[str]], first_data: int) -> list[list[str]]:
    """One or two long row labels wrapped: the tail of the label goes into a row of its own below, in
    the same column, with every other cell empty; or (half the time) the head stays alone on its row and
    the values go down with the tail."""
    long = [i for i in range(first_data, len(rows)) if len(rows[i][T3_LABEL_COLUMNS - 1]) > 12]
    chosen = set(rng.sample(long, min(len(long), rng.choice((1, 2)))))
    out: list[list[str]] = []
    for i, row in enumerate(rows):
        if i not in chosen:
            out.append(row)
            continue
        label = row[T3_LABEL_COLUMNS - 1]
        cut = rng.randint(6, len(label) - 4)
        head = list(row)
        head[T3_LABEL_COLUMNS - 1] = label[:cut]
        tail = [""] * len(row)
        tail[T3_LABEL_COLUMNS - 1] = label[cut:]
        if rng.random() < 0.5:  # the head alone above, the tail on the row of the values (pdfminer)
            head, tail = head[:T3_LABEL_COLUMNS] + [""] * (len(row) - T3_LABEL_COLUMNS), \
                tail[:T3_LABEL_COLUMNS] + row[T3_LABEL_COLUMNS:]
        out += [head, tail]
    return out


def fuse_values(rows: list[list[str]], first_data: int) -> list[list[str]]:
    """Each data row's value columns fused in pairs after the first (columns 2+3, 4+5, 6+7 of the seven),
    the numbers apart by a space, as markitdown writes a PDF table's row."""
    out = [list(r) for r in rows[:first_data]]
    for row in rows[first_data:]:
        labels, values = row[:T3_LABEL_COLUMNS], row[T3_LABEL_COLUMNS:]
        if not all(v.strip() for v in values):  # a row without its seven printed values stays as it is
            out.append(list(row))
            continue
        out.append(labels + values[:1] + [f"{a} {b}" for a, b in zip(values[1::2], values[2::2])])
    return out


_CJK = re.compile(r"[\u4e00-\u9fff]")
_MARKER = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[.．、])")
_ITEM_NUMBER = re.compile(r"^(\d{1,2})(?=[.．][\u4e00-\u9fff])")


def drop_continuations(part: Grid) -> list[list[str]]:
    """The fragment as rows of texts without the positions a label cell spanning rows covers below its
    first row (a cell spanning columns keeps its empty positions, as markdownify writes them)."""
    placed = place(part)
    width = max(c + cell.cols for _, c, cell in placed)
    rows: list[list[str | None]] = [[""] * width for _ in part]
    for r, c, cell in placed:
        for i in range(cell.rows):
            for j in range(cell.cols):
                # Only the label columns' continuations are dropped here: a header cell spanning rows
                # in the value columns (总计) leaves a row short at its end, which no reader can tell
                # from one short at its start (left to do).
                rows[r + i][c + j] = cell.text if (i, j) == (0, 0) else (None if i and c + j < T3_LABEL_COLUMNS else "")
    return [[t for t in row if t is not None] for row in rows]


_VALUE = re.compile(r"^(?:[-−]?\d[\d,]*(?:\.\d+)?(?:万元|元)?|[-—–/]|)$")


def values_right(rows: list[list[str]]) -> list[list[str]]:
    """Table 二 as markitdown sets it from a PDF: an empty column after each column but the label's, the
    header cells at the left of their pairs and each data row's values at the right (a blank zero stays
    blank)."""
    out = []
    for row in rows:
        data = bool(row[0]) and "信息内容" not in row[0] and not row[0].startswith("第二十条") \
            and any(c.strip() for c in row[1:]) and all(_VALUE.match(c.strip()) for c in row[1:])
        out.append([row[0]] + [x for c in row[1:] for x in (("", c) if data else (c, ""))])
    return out


def _group_down(label: str, row: list[str]) -> list[str] | None:
    """The lines of a row's label whose group label (its second cell, '（五）不予处理') pdfminer wrote down the
    page beside its first item: the group's head, the item, the group's last character; None for a row that
    opens no group."""
    group, item = row[1], row[2]
    if not (group and item and _MARKER.match(group) and len(group) > 4 and label.endswith(item)):
        return None
    return [label[: -len(item) - 1], item, group[-1]]


def row_tables(rng: random.Random, rows: list[list[str]], first_data: int, below: bool = False,
               ruled: bool = False) -> list[str]:
    """Markdown lines: the header rows as one pipe table, then each data row as a one-row table of its own
    with its label (its label cells joined) as a line above and, for a long label, the label's tail cut
    off onto a line below (never where the tail would open like a row's label); about one row in four
    keeps its label in its own cells, and now and then the first value is read into the label's text.
    ``ruled``: most rows keep their label cells, a run of them one table; the others (every long label's,
    which wraps) set apart, a group's label now and then written down the page beside its first item."""
    def table(row: list[str]) -> list[str]:
        return ["| " + " | ".join(row) + " |", "|" + "|".join(["---"] * len(row)) + "|"]

    lines = [*table(rows[0]), *("| " + " | ".join(r) + " |" for r in rows[1:first_data])] if first_data else []
    in_run = False
    for row in rows[first_data:]:
        label = "".join(dict.fromkeys(t for t in row[:T3_LABEL_COLUMNS] if t))
        if ruled and len(label) <= 16 and rng.random() < 0.85:  # a row of a run that kept its label cells
            lines += ["| " + " | ".join(row) + " |"] if in_run else ["", *table(row)]
            in_run = True
            continue
        in_run = False
        down = _group_down(label, row) if ruled and rng.random() < 0.5 else None
        if down:
            lines += ["", *down, *table([""] * T3_LABEL_COLUMNS + row[T3_LABEL_COLUMNS:])]
            continue
        if not ruled and rng.random() < 0.25:  # a row whose label pdfminer kept in its own cells
            lines += ["", *table(row)]
            continue
        if below:  # the labels sit lower on the page than the rows' numbers: each comes after its row
            lines += ["", *table([""] * T3_LABEL_COLUMNS + row[T3_LABEL_COLUMNS:]), label]
            continue
        cuts = [k for k in range(6, len(label) - 2) if not _MARKER.match(label[k:])]
        cut = rng.choice(cuts) if cuts and len(label) > 14 and rng.random() < 0.5 else len(label)
        head, values = label[:cut], row[T3_LABEL_COLUMNS:]
        inside = [k for k in range(4, len(head)) if _CJK.match(head[k - 1]) and _CJK.match(head[k])]
        if inside and values[0].isdigit() and rng.random() < 0.2:  # pdfminer read the first value into the label
            k = rng.choice(inside)
            head, values = head[:k] + values[0] + head[k:], values[1:]
        number = _ITEM_NUMBER.match(head)
        if number and rng.random() < 0.4:  # pdfminer wrote the item's number in a text box of its own
            lines += ["", number.group(1), "", head[number.end():], *table([""] * T3_LABEL_COLUMNS + values)]
        else:
            lines += ["", head, *table([""] * T3_LABEL_COLUMNS + values)]
        if label[cut:]:
            lines.append(label[cut:])
    return lines


def text_pdf_rows(rng: random.Random, rows: list[list[str]], first_data: int) -> list[list[str]]:
    """Table 三's data rows as pymupdf4llm reads a PDF without rules: in about one row in four the first
    one or two values go into the label cell (after a space, or right after its last character), the
    rest move left and the row ends in empty cells; in about one row in five whose total is the sum of its
    parts, two or three neighbouring values are stacked into one cell with ``<br>`` between them."""
    out = [list(r) for r in rows[:first_data]]
    for row in rows[first_data:]:
        labels, values = row[:T3_LABEL_COLUMNS], row[T3_LABEL_COLUMNS:]
        at = max((k for k, t in enumerate(labels) if t), default=-1)
        digits = all(v.isdigit() for v in values)
        draw = rng.random()
        if at >= 0 and digits and draw < 0.25:
            k = rng.choice((1, 2))
            joined = labels[at] + rng.choice((" ", "")) + " ".join(values[:k])
            kept = labels[:at] + [joined] + values[k:]
            out.append(kept + [""] * (len(row) - len(kept)))
        elif digits and draw < 0.45 and sum(map(int, values[:-1])) == int(values[-1]):
            j, n = rng.randrange(len(values) - 2), rng.choice((2, 3))
            stacked = values[:j] + ["<br>".join(values[j:j + n])] + values[j + n:]
            out.append(labels + stacked + [""] * (len(values) - len(stacked)))
        else:
            out.append(list(row))
    return out


T4_HEADS = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")


def run_on_table_four(values: list[str]) -> str:
    """Table 四 as one line of text: its header's words, then its fifteen values run together into one
    digit string where every one is printed as digits (else apart by spaces; a zero printed blank leaves
    nothing in a line of text, so the values are printed ones)."""
    heads = " ".join(T4_HEADS)
    numbers = "".join(values) if all(v.isdigit() for v in values) else " ".join(values)
    return f"行政复议 行政诉讼 {heads} 未经复议直接起诉 复议后起诉 {heads} {heads} {numbers}"


_TERMINAL = "。！？；：!?;:"
PROSE_LINE = 24  # characters in a line of a PDF page's paragraph


def prose_table(rng: random.Random, text: str) -> str | None:
    """A paragraph as markitdown writes it from a PDF page where pdfminer guessed a table out of justified
    prose: its lines (never broken after a sentence's end or inside Latin and digits), one with a sentence's punctuation cut at gaps
    between CJK characters into a one-row pipe table with empty cells between. None if no line would do."""
    lines, k = [], 0
    while k < len(text):
        end = min(k + PROSE_LINE, len(text))
        # never after a sentence's end, nor inside a run of Latin and digits (an address, a number)
        while end < len(text) and (text[end - 1] in _TERMINAL or text[end - 1].isascii() or text[end].isascii()):
            end += 1
        lines.append(text[k:end])
        k = end
    fit = [j for j, line in enumerate(lines) if re.search(r"[，。；《》]", line)
           and len([c for c in range(3, len(line) - 2) if _CJK.match(line[c - 1]) and _CJK.match(line[c])]) >= 2]
    if len(lines) < 2 or not fit:
        return None
    j = rng.choice(fit)
    line = lines[j]
    inside = [c for c in range(3, len(line) - 2) if _CJK.match(line[c - 1]) and _CJK.match(line[c])]
    cuts = sorted(rng.sample(inside, min(len(inside), rng.choice((1, 2)))))
    cells = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)])]
    row = "| " + " |     | ".join(cells) + " |"
    rule = "| " + " | ".join(["---"] * (2 * len(cells) - 1)) + " |"
    return "\n".join([*lines[:j], row, rule, *lines[j + 1:]])


__all__ = ["DAMAGES", "T3_GRID_WIDTHS", "damages_for", "drop_empty_columns", "float_labels", "fuse_values",
           "drop_continuations", "prose_table", "row_tables", "run_on_table_four", "text_pdf_rows", "values_right", "with_header", "wrap_rows"]
