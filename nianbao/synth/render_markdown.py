"""Markdown as PDF converters write it, one style per converter (invented text; the patterns are the
converters'):

- ``mineru``: every heading ``#``, tables as one-line ``<html><body><table>`` blocks with
  rowspan/colspan, table 三 split into fragments at page breaks (the continued merged cell left empty),
  ``![](images/….jpg)`` references, percentages as inline maths (``$98.6\\%$``);
- ``marker``: ``#`` title, ``##``/``###`` headings wrapped in ``**``, pipe tables (merged cells
  written once), table 三 split into two pipe tables with a page number and a running header between;
- ``docling``: ``##`` for every heading, ``<!-- image -->`` placeholders, pipe tables;
- ``pandoc``: Setext headings (``===`` / ``---``), backslash escapes (``1\\.``), pipe tables (grid tables
  for table 三 where ``Style.t3_damage`` says ``grid_table``); tables 二 and 四 as ``pandoc -t markdown``
  writes them, headerless multiline or simple tables (columns told by dash runs,
  synth/render_simpletable.py; in table 二 an em dash written '---', pandoc's smart typography), and a
  web page's styled text as bracketed spans (``[text]{style="…"}``);
- ``pymupdf4llm``: ``#``/``##`` headings, sub-headings in ``**``, Latin and digits set off by spaces or
  marked as code (`` `36` ``: a monospace font), a paragraph's wrapped lines joined by spaces (also
  between CJK characters) and a space at its end, ``- 3 -`` page footers, bar-tight pipe tables whose wrapped
  labels keep their line breaks as ``<br>``, table 三 split at a page break.

``Style.t3_damage`` adds what converters further do to table 三's fragments (synth/table_damage.py); with its
``row_tables`` (markitdown's PDF style) half the paragraphs are written as the page's lines, with pdfminer's
quote marks and digits set apart (synth/pdf_lines.py), and in some table 三's label columns are narrow:
each label broken into fragments around its row's values (synth/narrow_labels.py).
``Style.lost_heading`` names a section whose heading line the conversion lost (the reader must put its
text where the outline implies).
"""

from __future__ import annotations

import html
import random
import re

from nianbao.core import codebook as cb
from nianbao.synth.grids import Cell, Grid, grids
from nianbao.synth.model import Report
from nianbao.synth.joined_frame import joined_frame, run_on_captions
from nianbao.synth.pdf_lines import pdf_lines
from nianbao.synth.render_gridtable import grid_table
from nianbao.synth.render_simpletable import simple_table
from nianbao.synth.narrow_labels import header_down, label_lines_across, narrow_label_rows
from nianbao.synth.table_damage import (T3_GRID_WIDTHS, T3_HEADER_ROWS, T3_LABEL_COLUMNS, drop_empty_columns, float_labels,
                                        drop_continuations, fuse_values, prose_table, row_tables, run_on_table_four,
                                        text_pdf_rows, values_right,
                                        with_header, wrap_rows)

CONVERTERS = ("mineru", "marker", "docling", "pandoc", "pymupdf4llm")
_ASCII_RUN = re.compile(r"[0-9A-Za-z][0-9A-Za-z.:/@%\-]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# An item's marker opening a paragraph ('（二）…', '三、…'): where pymupdf4llm may run it on from the paragraph above.
ITEM_START = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)]")
SHORT_ITEM_HEADING = re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)][\u4e00-\u9fff]{2,12}$")


def _td(cell: Cell) -> str:
    span = (f' colspan="{cell.cols}"' if cell.cols > 1 else "") + (f' rowspan="{cell.rows}"' if cell.rows > 1 else "")
    return f"<td{span}>{html.escape(cell.text)}</td>"


def html_table(grid: Grid) -> str:
    return "<html><body><table>" + "".join("<tr>" + "".join(_td(c) for c in row) + "</tr>" for row in grid) \
        + "</table></body></html>"


def pipe_table(rows: list[list[str]], pad: bool = True) -> list[str]:
    """Rows as a pipe table; short rows padded at their end unless ``pad`` is False (markdownify)."""
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows] if pad else rows
    esc = [[c.replace("|", "\\|") for c in r] for r in rows]
    return ["| " + " | ".join(esc[0]) + " |", "|" + "|".join(["---"] * width) + "|",
            *("| " + " | ".join(r) + " |" for r in esc[1:])]


def positions(grid: Grid, repeat: bool) -> list[list[str]]:
    """A grid as a full rectangle of texts: a merged cell's text at its top-left and, where ``repeat``
    (docling), in every position it covers; else those positions are empty (marker, pandoc)."""
    from nianbao.synth.grids import place

    placed = place(grid)
    width = max(c + cell.cols for _, c, cell in placed)
    rows = [[""] * width for _ in grid]
    for r, c, cell in placed:
        for i in range(cell.rows):
            for j in range(cell.cols):
                if (i, j) == (0, 0) or repeat:
                    rows[r + i][c + j] = cell.text
    return rows


def split_grid(grid: Grid, cuts: list[int]) -> list[Grid]:
    """A grid cut before each row index in ``cuts``: a cell spanning a cut goes on as an empty cell with
    the rows left (as a PDF draws the merged cell's continuation on the next page)."""
    from nianbao.synth.grids import place

    bounds = [0, *cuts, len(grid)]
    out: list[Grid] = []
    placed = place(grid)
    for a, b in zip(bounds, bounds[1:]):
        frag: list[list[tuple[int, Cell]]] = [[] for _ in range(b - a)]
        for r, c, cell in placed:
            end = r + cell.rows
            if r < a < end:  # continues into this fragment from above
                frag[0].append((c, Cell("", cell.cols, min(end, b) - a)))
            elif a <= r < b:
                frag[r - a].append((c, Cell(cell.text, cell.cols, min(end, b) - r)))
        out.append([[cell for _, cell in sorted(row, key=lambda x: x[0])] for row in frag])
    return out


def _percent_math(text: str) -> str:
    return re.sub(r"(\d+(?:\.\d+)?)%", lambda m: f"${m.group(1)}\\%$", text)


def _escape(text: str) -> str:
    return re.sub(r"^(\d+)\.", r"\1\\.", text).replace("*", "\\*")


def _ascii_runs(text: str, code: bool) -> str:
    """pymupdf4llm's text: a run of digits or Latin letters set off by spaces, or marked as code where
    the PDF set it in a monospace font."""
    return _ASCII_RUN.sub(lambda m: f" `{m.group(0)}` " if code else f" {m.group(0)} ", text)


def _joined_lines(rng: random.Random, text: str) -> str:
    """A paragraph as pymupdf4llm joins its wrapped PDF lines: a space at every line's end (about 38
    characters), also between two CJK characters, and one after the last."""
    out, used = [], 0
    for k, ch in enumerate(text):
        out.append(ch)
        used += 1
        if used >= 38 and k + 1 < len(text) and _CJK.match(ch) and _CJK.match(text[k + 1]) and rng.random() < 0.5:
            out.append(" ")
            used = 0
    return "".join(out) + " "


def _br_wrap(rng: random.Random, text: str) -> str:
    """A long label as pymupdf4llm writes it from a narrow PDF cell: its lines joined by ``<br>``, cut
    only between two CJK characters (where the wrap leaves no space)."""
    if len(text) < 7:
        return text
    cuts = [k for k in range(3, len(text) - 1) if _CJK.match(text[k - 1]) and _CJK.match(text[k])]
    for k in sorted(rng.sample(cuts, min(len(cuts), rng.choice((1, 2)))), reverse=True):
        text = text[:k] + "<br>" + text[k:]
    return text


def _bar_tight(lines: list[str]) -> list[str]:
    """pymupdf4llm's pipe rows: no spaces around the bars."""
    return [re.sub(r" ?\| ?", "|", line) for line in lines]


def markitdown_pdf_styles(rep: Report, conv: str) -> tuple[bool, bool]:
    """Whether the report's markitdown PDF style (``fused_values`` or ``row_tables`` on table 三) also sets
    table 二's values a column right of their header cells, and whether table 三 comes from a ruled PDF
    (``row_tables`` only; synth/table_damage.py). Drawn apart, so the other draws stay as they were; not in
    docling's style (docling repeats a merged cell's text in every column it spans, markitdown does not)."""
    draw = random.Random(f"{rep.seed}:md:markitdown")
    markitdown_pdf = rep.style.t3_damage in ("fused_values", "row_tables")
    t2_right = markitdown_pdf and draw.random() < 0.5 and conv != "docling"
    ruled = rep.style.t3_damage == "row_tables" and draw.random() < 0.4
    return t2_right, ruled


def text_pdf_style(rep: Report, conv: str) -> bool:
    """Whether pymupdf4llm's table 三 comes from a PDF without rules (table_damage.text_pdf_rows): drawn
    apart, in about a third of its reports whose table 三 is otherwise whole or only split."""
    return conv == "pymupdf4llm" and rep.style.t3_damage in ("", "repeat_header") \
        and random.Random(f"{rep.seed}:md:text-pdf-style").random() < 0.35


def narrow_label_style(rep: Report, conv: str) -> bool:
    """Whether markitdown's table 三 comes from a PDF with narrow label columns (synth/narrow_labels.py): drawn
    apart, in about half its reports in the row-tables style from a PDF without rules (its page lines
    drawn as markitdown's: marker's and docling's styles)."""
    return rep.style.t3_damage == "row_tables" and conv in ("marker", "docling") and not markitdown_pdf_styles(rep, conv)[1] \
        and random.Random(f"{rep.seed}:md:narrow-labels").random() < 0.5


def label_lines_style(rep: Report, conv: str) -> bool:
    """Whether pymupdf4llm sets table 三's long labels line by line across two label cells
    (narrow_labels.label_lines_across): drawn apart, in about a third of its reports whose table 三 is
    otherwise whole or only split and not from a PDF without rules."""
    return conv == "pymupdf4llm" and rep.style.t3_damage in ("", "repeat_header") and not text_pdf_style(rep, conv) \
        and random.Random(f"{rep.seed}:md:label-lines").random() < 0.35


def render_markdown(rep: Report) -> bytes:
    """The report as one converter's Markdown (``rep.style.converter``)."""
    conv = rep.style.converter or CONVERTERS[rep.index % len(CONVERTERS)]
    rng = random.Random(f"{rep.seed}:md")
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    out: list[str] = []
    page = [rng.randint(1, 3)]
    simple_tables = conv == "pandoc" and rng.random() < 0.5  # pandoc -t markdown, not -t gfm
    code_spans = conv == "pymupdf4llm" and rng.random() < 0.5
    t2_right, ruled = markitdown_pdf_styles(rep, conv)
    text_pdf = text_pdf_style(rep, conv)
    narrow = narrow_label_style(rep, conv)
    narrow_rng = random.Random(f"{rep.seed}:md:narrow-rows")
    across = label_lines_style(rep, conv)
    text_pdf_rng = random.Random(f"{rep.seed}:md:text-pdf")
    # markitdown's PDF style (its row tables for table 三): prose as the page's lines (synth/pdf_lines.py),
    # drawn from a random stream of its own so the other styles' reports stay as they were.
    markitdown_pdf = rep.style.t3_damage == "row_tables" and conv in ("marker", "docling")
    lines_rng = random.Random(f"{rep.seed}:pdf-lines")
    line_width = lines_rng.randint(36, 48)
    # ... in some reports every paragraph so, its lines one under the other, a sentence ending at a full line's
    # end (drawn from a stream of its own)
    full_stops = random.Random(f"{rep.seed}:pdf-lines:full-stops").random() < 0.5

    def page_break() -> list[str]:
        page[0] += 1
        if conv == "mineru":
            return [f"![](images/{rng.getrandbits(64):016x}.jpg)"]
        if conv == "marker":
            return [str(page[0]), "", rep.title]
        if conv == "pymupdf4llm":
            return [f"- {page[0]} - "]
        return ["<!-- image -->"] if conv == "docling" else [f"— {page[0]} —"]

    def heading(text: str, level: int) -> list[str]:
        if conv == "mineru":
            return [f"# {text}"]
        if conv == "marker":
            return [f"{'#' * level} **{text}**" if level > 1 else f"# {text}"]
        if conv == "docling":
            return [f"## {text}"]
        if conv == "pymupdf4llm":
            return [f"{'#' * level} {text} " if level < 3 else f"**{text}** "]
        return [text, ("=" if level == 1 else "-") * max(3, len(text) * 2)]

    def table(key: str) -> list[str]:
        grid = tables[key]
        damage = rep.style.t3_damage if key == "t3" else ""
        if key == "t3" and (conv in ("mineru", "marker", "pymupdf4llm") or damage):
            cuts = sorted(rng.sample(range(4, len(grid) - 2), rng.choice((1, 2)) if conv == "mineru" else 1))
            parts = split_grid(grid, cuts)
        else:
            parts = [grid]
        lines: list[str] = []
        labels_below = damage == "row_tables" and rng.random() < 0.3  # the whole table's, as pdfminer sets them
        for k, part in enumerate(parts):
            if k:
                lines += ["", *page_break(), ""]
                if damage == "repeat_header":
                    part = with_header(grid[:T3_HEADER_ROWS], part)
                elif damage == "drop_empty_columns":
                    part = drop_empty_columns(part)
            if conv == "mineru":
                lines.append(html_table(part))
                continue
            if key == "t4" and narrow:  # the narrow PDF's table 四: its column headers down the page
                lines += pipe_table(header_down(positions(part, False), tuple(cb.T4_COLUMNS.values())))
                continue
            if damage == "grid_table":
                lines += grid_table(part, T3_GRID_WIDTHS)
                continue
            rows = drop_continuations(part) if damage == "dropped_continuations" else positions(part, conv == "docling")
            if key.startswith("t2") and t2_right:
                rows = values_right(rows)
            if conv == "pandoc" and key != "t3" and simple_tables:
                if key.startswith("t2"):  # pandoc's smart typography writes an em dash as '---'
                    rows = [[("---" if c == "—" else c) for c in r] for r in rows]
                lines += simple_table(rows, [16] + [12] * (len(rows[0]) - 1), multiline=key == "t2")
                continue
            if damage == "floated_labels" and k:
                loose, rows = float_labels(rng, rows, keep_last=k == len(parts) - 1)
                lines += [*loose, ""]
            elif damage == "wrapped_row":
                rows = wrap_rows(rng, rows, T3_HEADER_ROWS if not k else 0)
            elif damage == "fused_values":
                rows = fuse_values(rows, T3_HEADER_ROWS if not k else 0)
            elif damage == "row_tables" and narrow:
                # drawn from a stream of its own, the row tables' draws taken as they were (their lines not
                # written): the rest of the report is as it was. pdfminer writes a merged cell's text once.
                row_tables(rng, rows, T3_HEADER_ROWS if not k else 0, labels_below and not ruled, ruled)
                lines += narrow_label_rows(narrow_rng, positions(part, False), T3_HEADER_ROWS if not k else 0, T3_LABEL_COLUMNS)
                continue
            elif damage == "row_tables":
                lines += row_tables(rng, rows, T3_HEADER_ROWS if not k else 0, labels_below and not ruled, ruled)
                continue
            if key == "t3" and text_pdf:
                rows = text_pdf_rows(text_pdf_rng, rows, T3_HEADER_ROWS if not k else 0)
            if conv == "pymupdf4llm":
                wrapped = [[_br_wrap(rng, c) for c in r] for r in rows]
                if key == "t3" and across:  # (drawn apart: the wraps above are drawn as they were)
                    lined = label_lines_across(text_pdf_rng, rows, T3_HEADER_ROWS if not k else 0, T3_LABEL_COLUMNS)
                    wrapped = [[a if a != o else w for a, o, w in zip(*cells)] for cells in zip(lined, rows, wrapped)]
                lines += _bar_tight(pipe_table(wrapped, pad=damage != "dropped_continuations"))
            else:
                lines += pipe_table(rows, pad=damage != "dropped_continuations")
        return lines

    frame_rng = random.Random(f"{rep.seed}:md:joined-frame")  # (drawn apart: every other draw stays as it was)
    if conv == "pymupdf4llm" and frame_rng.random() < 0.3:  # a saved page's metadata block, run into one line
        out += [joined_frame(frame_rng, rep, code_spans), ""]
    captions_rng = random.Random(f"{rep.seed}:md:captions")
    out += heading(rep.title, 1) + [""]
    joinable = -1  # where the last paragraph's line is in ``out`` while a paragraph may run on from it
    run_in_heading = ""  # a heading pymupdf4llm runs the next paragraph on from
    run_on = -1  # the line of table 四 the next section runs on after (Style.t4_run_on)
    run_section = ""
    for block in rep.blocks:
        if run_on >= 0 and block.kind == "section" and not run_section:
            # The next section runs on after table 四's values, its heading wrapped at the line's end.
            cut = len(block.text) // 2
            out[run_on] += " " + block.text[:cut]
            out.append(block.text[cut:])
            run_on, run_section = len(out) - 1, block.section
            continue
        if run_on >= 0 and block.section == run_section != "":
            out[run_on] += " " + block.text
            continue
        run_on = -1
        if block.kind == "table" and block.text == "t4" and rep.style.t4_run_on:
            out.append(run_on_table_four([rep.printed[f"t4.{b}.{c}"] for b in cb.T4_BLOCKS for c in cb.T4_COLS]))
            run_on = len(out) - 1
        elif block.kind == "table":
            out += table(block.text)
        elif block.kind == "section":
            if rep.style.lost_heading == block.section:
                continue
            out += heading(block.text, 2)
        elif block.kind == "heading":
            if conv == "pymupdf4llm" and SHORT_ITEM_HEADING.match(block.text) and rng.random() < 0.4:
                # A text report's heading in the body's own font: pymupdf4llm runs the text under it on.
                run_in_heading, joinable = block.text, -1
                continue
            out += heading(block.text, 3) if conv != "mineru" else [block.text]
        else:
            text = block.text
            if conv == "mineru":
                text = _percent_math(text)
            elif conv == "pandoc":
                text = _escape(text)
                if simple_tables and rng.random() < 0.3:  # a web page's styled text, kept as a span
                    text = f'[{text}]{{style="font-family: 仿宋_GB2312; font-size: 16pt;"}}'
            elif markitdown_pdf and rng.random() < 0.3:
                text = prose_table(rng, text) or text  # markitdown's PDF style: a line of prose as a table
            elif conv == "pymupdf4llm":
                text = _joined_lines(rng, _ascii_runs(text, code_spans))
                if run_in_heading:
                    text = f"{run_in_heading} {text}"
                # pymupdf4llm runs a text report's next paragraph on from one whose last line ended its
                # sentence, when the line spacing tells it no paragraph ended ('…推进。 （二）…').
                if joinable >= 0 and ITEM_START.match(block.text) and rng.random() < 0.6:
                    out[joinable] += text
                    continue
            if markitdown_pdf and text == block.text and (lines_rng.random() < 0.5 or full_stops):
                above = next((line for line in reversed(out) if line.strip()), "")
                text = ("\n" if full_stops else "\n\n").join(
                    pdf_lines(lines_rng, text, line_width, above.endswith("。") or above.startswith("#"), full_stops))
            out.append(text)
            joinable = len(out) - 1 if conv == "pymupdf4llm" and text.rstrip().endswith("。") else -1
            if joinable >= 0 and captions_rng.random() < 0.1:  # screenshots' captions run on: the paragraph ends
                out[joinable] = out[joinable].rstrip() + run_on_captions(captions_rng, code_spans)
                joinable = -1
            if rng.random() < 0.08:
                out += ["", *page_break()]
                joinable = -1
        if block.kind != "para":
            joinable = -1
        run_in_heading = ""
        out.append("")
    out += [rep.agency.name, "", rep.date_line, ""]
    return "\n".join(out).encode("utf-8")
