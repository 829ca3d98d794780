"""Table 三 as markitdown (pdfminer) writes it from a PDF whose label columns are narrow (a DOCX printed by
LibreOffice; invented text, the pattern is the converter's): every label wraps each two characters' width,
and pdfminer writes the first fragment of each label column in front of the row's values — as a text line
('2.其 0 0 0 0 0 0 0') or now and then a one-row table with neighbouring values fused ('| （三 1.属 | 0 | 0 0 |
…') — and the label's other fragments on lines of their own below, one per label column and line
('）不 于国'), now and then two columns' fragments on lines of their own or the first fragments below the
values in a table markitdown guessed around them ('| 本年 | 开 |  |'). A cell spanning rows (三、本年度办理结果)
runs its fragments on beside the rows below it.

The reader puts each label back from its fragments where they spell a known row
(nianbao.extraction.readers.label_fragments).
"""

from __future__ import annotations

import random
import re

_VALUE = re.compile(r"^(?:\d+|[-—–/])$")
_WIDTH = 4  # two CJK characters, or a CJK character and an item's number ('1.属')


def fragments(text: str) -> list[str]:
    """``text`` cut as a narrow cell wraps it: each piece at most two CJK characters' width (ASCII half)."""
    out, piece, width = [], "", 0
    for ch in text:
        w = 0 if ch in "“”" else 1 if ch.isascii() else 2  # a quote mark sits in its neighbour's box ('及“三', '定”')
        if width + w > _WIDTH:
            out.append(piece)
            piece, width = "", 0
        piece, width = piece + ch, width + w
    return out + [piece] if piece else out


def _fused(values: list[str]) -> list[str]:
    """Values as markitdown's column guess sets them: now and then two neighbours in one cell."""
    cells, k = [], 0
    while k < len(values):
        take = 2 if k + 1 < len(values) and k % 3 == 1 else 1
        cells.append(" ".join(values[k : k + take]))
        k += take
    return cells


def narrow_label_rows(rng: random.Random, rows: list[list[str]], first_data: int, label_columns: int) -> list[str]:
    """Markdown lines of table 三's rows (``rows`` as full rectangles, ``label_columns`` label cells then the
    values): the header rows as one pipe table, then each data row's label fragments around its values."""
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join(["---"] * len(rows[0])) + "|",
             *("| " + " | ".join(r) + " |" for r in rows[1:first_data])] if first_data else []
    pending: list[list[str]] = [[] for _ in range(label_columns)]  # fragments still to write, per column

    def line_of(parts: list[list[str]]) -> str:
        return " ".join(p.pop(0) for p in parts if p)

    for row in rows[first_data:]:
        values = [v for v in row[label_columns:] if v]
        for j, text in enumerate(row[:label_columns]):
            if text:
                pending[j] = pending[j] + fragments(text)
        if not values or not all(_VALUE.match(v) for v in values):  # a note under the table: its text
            lines += [line for line in iter(lambda: line_of(pending), "")] + [" ".join(row[:label_columns] + values).strip()]
            continue
        item = max(j for j in range(label_columns) if pending[j] or row[j])
        head = line_of(pending)
        if rng.random() < 0.3:
            lines += ["", f"| {head} | " + " | ".join(_fused(values)) + " |", "|" + "|".join(["---"] * (1 + len(_fused(values)))) + "|"]
        else:
            lines += ["", f"{head} {' '.join(values)}"]
        guessed = rng.random() < 0.2  # markitdown guessed a table around the first fragments below the values
        while pending[item]:
            parts = [p.pop(0) for p in pending if p]
            if guessed:
                lines.append("| " + " | ".join(parts + [""] * len(values)) + " |")
                guessed = False
            elif len(parts) > 1 and rng.random() < 0.15:
                lines += parts  # two columns' fragments on lines of their own, the left one's first
            else:
                lines.append(" ".join(parts))
            if rng.random() < 0.05:
                lines.append("")  # pdfminer's empty line inside a label's fragments
    # pdfminer ends the table's last text box with an empty line before the page's furniture
    return lines + [line for line in iter(lambda: line_of(pending), "")] + [""]


def label_lines_across(rng: random.Random, rows: list[list[str]], first_data: int, label_columns: int) -> list[list[str]]:
    """Table 三's data rows as pymupdf4llm writes a label wider than its narrow column from a PDF: a label in
    one cell with an empty label cell right of it is set line by line across the two, each line's first
    three characters in the first cell and the rest in the second ('一、本<br>公开申' | '年新收政府信息<br>请数量');
    and 危及“三安全一稳定”'s quote marks on lines of their own where the PDF's text boxes put them; now and then
    a row's values stacked under its label in the label's cell."""
    widths = rng.sample((8, 10), 2)
    out = [list(r) for r in rows]
    for row in out[first_data:]:
        for j in range(label_columns):  # the quote marks of this label on lines of their own, out of place
            row[j] = row[j].replace("危及“三安全一稳定”", "危<br>“<br>及三<br>安全<br>一稳<br>”<br>定")
        filled = [j for j in range(label_columns) if row[j]]
        # a label alone in its row's label cells, or after the group cell spanning rows (三、本年度办理结果)
        alone = len(filled) == 1 or (len(filled) == 2 and filled[0] == 0 and row[0].startswith("三、"))
        values = row[label_columns:]
        if filled and len(values) == 7 and all(values) and rng.random() < 0.1:
            # the row's values stacked under its label in the label's cell (narrow value cells too)
            row[filled[-1]] = "<br>".join([row[filled[-1]], *values])
            row[label_columns:] = [""] * len(values)
            continue
        if not filled or not alone or filled[-1] + 1 >= label_columns:
            continue
        j, text = filled[-1], row[filled[-1]]
        # every line reaching into the second cell (each cell then holds two lines or more)
        width = next((w for w in widths if len(text) > w and len(text) % w in (0, 4, 5, 6, 7, 8, 9)), None)
        if width is None:
            continue
        lines = [text[k : k + width] for k in range(0, len(text), width)]
        row[j] = "<br>".join(line[:3] for line in lines)
        row[j + 1] = "<br>".join(line[3:] for line in lines if line[3:])
    return out


def header_down(rows: list[list[str]], column_labels: tuple[str, ...]) -> list[list[str]]:
    """Table 四's rows with its column headers ('结果维持', …) written down the page a character a row, as
    pdfminer reads a narrow PDF's header cells; the group headings and the values as they were."""
    out: list[list[str]] = []
    for row in rows:
        if not any(c in column_labels for c in row):
            out.append(row)
            continue
        depth = max(len(c) for c in row if c in column_labels)
        for k in range(depth):
            out.append([(c[k] if k < len(c) else "") if c in column_labels else (c if not k else "") for c in row])
    return out
