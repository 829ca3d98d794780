"""Row labels markitdown (pdfminer) broke into fragments around a row's values, read back whole.

Where a table's label columns are narrow (a DOCX printed to PDF by LibreOffice), each label wraps every
two characters and pdfminer writes the first fragment of each label column beside the row's values, the
rest on lines of their own below, one fragment per label column and line:

    （三 1.属 | 0 | 0 0 | …        (or, as text: '2.其 0 0 0 0 0 0 0')
    ）不 于国
    予公 家秘
    开 密

The rows of table 三 are known (the codebook's row labels), so the fragments are read column by column,
in order, and the row's label is put back before its values only when the last column's fragments spell
one known row label whole (``ROW_PATTERNS``, matched in full) and every other column spells a known group
('（三）不予公开') or a piece of one (a group cell spanning rows, its other pieces beside other rows). A line
with fewer fragments than columns is read as the rightmost columns' (the group names are short and end
first) or, failing that, the leftmost; a row read both ways, or as two rows by stopping at two lines, is
left as it was: a wrong label is worse than none. The lines consumed are left empty (line numbers hold).
"""

from __future__ import annotations

import re
from itertools import combinations

from nianbao.core.codebook import T3_2019, T3_2021
from nianbao.core.labels import GROUP_PATTERNS, ROW_PATTERNS, fold

_VALUE = r"(?:\d+|[-—–/])"
# A text line: one to three fragments, then three values or more.
_TEXT_HEAD = re.compile(rf"^\s*(?P<label>\S+(?:[ \t]+\S+){{0,2}}?)[ \t]+(?P<values>{_VALUE}(?:[ \t]+{_VALUE}){{2,}})\s*$")
_VALUE_CELL = re.compile(rf"^{_VALUE}(?:\s+{_VALUE})*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A fragment: label characters only (no digit run standing alone, no sentence's stop).
_FRAGMENT = re.compile(r"^[^\s\d|。；！？#][^\s|。；！？]{0,15}$|^\d{1,2}[.．、][^\s|。；！？]{0,15}$")
_LABEL_CHAR = re.compile(r"[\u3001-\u303f\u4e00-\u9fff\uff01-\uff5e“”]")  # a label's, no rule's ('+----+')
_FRAGMENT_LINE_CHARS = 16
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*)?\d{1,3}(?:\s*[-—–])?\s*$")
_MAX_FRAGMENT_LINES = 40
_ROWS = {row_id: re.compile(p) for row_id, p in ROW_PATTERNS["t3"].items()}
_GROUPS = [g.replace("\\", "") for g in GROUP_PATTERNS["t3"].split("|")]
_ROW_LABELS = sorted({fold(row.label) for spec in (T3_2021, T3_2019) for row in spec.rows})


def _row_of(text: str) -> str | None:
    """The one t3 row whose pattern spells ``text`` whole, else None (none or several)."""
    folded = fold(text)
    hits = {row_id for row_id, pattern in _ROWS.items() if pattern.fullmatch(folded)}
    return hits.pop() if len(hits) == 1 else None


def _group_piece(text: str) -> str | None:
    """'whole' when ``text`` spells a group label, 'piece' when it is a contiguous piece of one, else None."""
    folded = fold(text)
    groups = [fold(g) for g in _GROUPS]
    if folded in groups:
        return "whole"
    return "piece" if folded and any(folded in g for g in groups) else None


def _fragments(line: str) -> list[str] | None:
    """A line's fragments, when it is one to three fragments of label text and nothing else: a text line, or
    a pipe row of a table markitdown guessed around the labels' fragments ('| 本年  | 开      |        |')."""
    if _PIPE_RULE.match(line):
        return None
    parts = line.replace("|", " ").split() if _PIPE_ROW.match(line) else line.split()
    if not 1 <= len(parts) <= 3 or len("".join(parts)) > _FRAGMENT_LINE_CHARS:
        return None
    return parts if all(_FRAGMENT.match(p) and _LABEL_CHAR.search(p) for p in parts) else None


def _columns(head: list[str], lines: list[list[str]], right: bool) -> list[str] | None:
    cols = list(head)
    for parts in lines:
        if len(parts) > len(cols):
            return None
        start = len(cols) - len(parts) if right else 0
        for k, part in enumerate(parts):
            cols[start + k] += part
    return cols


def _assignments(head: list[str], lines: list[list[str]]) -> set[tuple[str, ...]]:
    """Every way to give each line's fragments to the columns, in order, where every column stays a piece of
    a known label as it grows (the row's column a start of a row's label, the others pieces of a group's)."""
    done: set[tuple[str, ...]] = set()
    seen: set[tuple[int, tuple[str, ...]]] = set()

    def fits(cols: tuple[str, ...]) -> bool:
        return any(label.startswith(fold(cols[-1])) for label in _ROW_LABELS) and all(_group_piece(c) for c in cols[:-1])

    def walk(k: int, cols: tuple[str, ...]) -> None:
        if (k, cols) in seen or len(done) > 1:
            return
        seen.add((k, cols))
        if k == len(lines):
            done.add(cols)
            return
        for place in combinations(range(len(cols)), len(lines[k])):
            grown = list(cols)
            for j, part in zip(place, lines[k]):
                grown[j] += part
            if fits(tuple(grown)):
                walk(k + 1, tuple(grown))

    if fits(tuple(head)):
        walk(0, tuple(head))
    return done


def _label(head: list[str], lines: list[list[str]]) -> tuple[str, str] | None:
    """(row id, label text to write) of a head's fragments and the fragment lines below it, if one reading
    spells a known row (with known groups or their pieces before it): the lines short of fragments read as
    the rightmost columns', or all as the leftmost's, or (for the codebook's own labels) each as the one
    column that keeps every column a piece of a known label."""
    readings = set()
    candidates = [_columns(head, lines, right) for right in (True, False)]
    candidates += [list(cols) for cols in _assignments(head, lines)] if any(0 < len(p) < len(head) for p in lines) else []
    for cols in candidates:
        if cols is None:
            continue
        row_id = _row_of(cols[-1])
        kinds = [_group_piece(c) for c in cols[:-1]]
        if row_id and all(kinds):
            groups = [c for c, kind in zip(cols[:-1], kinds) if kind == "whole"]
            readings.add((row_id, " ".join([*groups, cols[-1]]), fold(cols[-1]) in _ROW_LABELS))
    if len({row_id for row_id, _, _ in readings}) != 1:
        return None  # no reading, or readings of two rows
    # readings of one row (a loose pattern takes a misplaced fragment too): the codebook's own label first
    row_id, text, _ = max(readings, key=lambda r: (r[2], r[1]))
    return row_id, text


def _head(lines: list[str], i: int) -> tuple[list[str], int] | None:
    """The label fragments of a row of values at line ``i`` and the first line after the row, or None."""
    line = lines[i]
    m = _TEXT_HEAD.match(line)
    if m and not _PIPE_ROW.match(line):
        parts = m.group("label").split()
        return (parts, i + 1) if all(_FRAGMENT.match(p) for p in parts) else None
    if not _PIPE_ROW.match(line) or _PIPE_RULE.match(line) or _in_grid_table(lines, i):
        return None
    after = i + 2 if i + 1 < len(lines) and _PIPE_RULE.match(lines[i + 1]) else i + 1
    if after < len(lines) and _PIPE_ROW.match(lines[after]) and not _fragments(lines[after]):
        return None  # a row with rows below it: its label is in its cells
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    filled = [c for c in cells if c]
    first = next((k for k, c in enumerate(filled) if _VALUE_CELL.match(c)), len(filled))
    if not 1 <= first <= 3 or sum(len(c.split()) for c in filled[first:]) < 3:
        return None
    if not all(_VALUE_CELL.match(c) for c in filled[first:]):
        return None
    parts = " ".join(filled[:first]).split()
    return (parts, after) if 1 <= len(parts) <= 3 and all(_FRAGMENT.match(p) for p in parts) else None


def _in_grid_table(lines: list[str], i: int) -> bool:
    """Whether the pipe row at line ``i`` is a line of pandoc's grid table (the rows above it up to a rule of
    '+' and '-'): its labels' wrapped lines are rows of the grid, read as such (readers/gridtable.py)."""
    k = i
    while k >= 0 and lines[k].lstrip().startswith("|"):
        k -= 1
    return k >= 0 and lines[k].lstrip().startswith("+")


def _run(lines: list[str], start: int) -> list[tuple[int, list[str]]]:
    """The fragment lines from ``start`` (line index, fragments), a single empty line between allowed."""
    run: list[tuple[int, list[str]]] = []
    j = start
    while j < len(lines) and len(run) < _MAX_FRAGMENT_LINES:
        if not lines[j].strip():
            if j + 1 < len(lines) and lines[j + 1].strip() and _fragments(lines[j + 1]) and not _TEXT_HEAD.match(lines[j + 1]):
                j += 1
                continue
            break
        if _TEXT_HEAD.match(lines[j]):
            break
        if run and _PIPE_RULE.match(lines[j]):
            j += 1  # the rule under a guessed table's first row of fragments
            continue
        parts = _fragments(lines[j])
        if parts is None:
            break
        run.append((j, parts))
        j += 1
    return run


def _rewritten(line: str, parts: list[str], label: str) -> str:
    """The head line with its label fragments replaced by the whole label."""
    if _PIPE_ROW.match(line):
        cells = line.split("|")
        labels = [k for k, c in enumerate(cells) if c.strip() and not _VALUE_CELL.match(c.strip())]
        first = next(k for k, c in enumerate(cells) if _VALUE_CELL.match(c.strip()))
        labels = [k for k in labels if k < first]
        for k in labels:
            cells[k] = ""
        cells[labels[0]] = f" {label} "
        return "|".join(cells)
    m = _TEXT_HEAD.match(line)
    assert m is not None
    return f"{label} {m.group('values')}"


def _page_number(lines: list[str], i: int) -> int | None:
    """The line of a bare page number (a page's footer) right after a row's label fragments ending at line
    ``i`` (empty lines between allowed), when an empty line follows it: in this layout every value of a
    row is on the row's own line, so a lone number below the label's fragments is no value of the table."""
    k = i
    while k < len(lines) and k - i < 3 and not lines[k].strip():
        k += 1
    if k + 1 < len(lines) and _PAGE_NUMBER.match(lines[k]) and not lines[k + 1].strip():
        return k
    return None


def rejoin_label_fragments(lines: list[str]) -> list[str]:
    """The lines with each table 三 row label pdfminer wrote as fragments around its values put back whole
    before them (the fragment lines left empty)."""
    out = list(lines)
    i = 0
    while i < len(out):
        head = _head(out, i)
        if head is None:
            i += 1
            continue
        parts, after = head
        run = _run(out, after)
        found: dict[str, tuple[str, int]] = {}
        for stop in range(len(run), -1, -1):
            label = _label(parts, [p for _, p in run[:stop]])
            if label and label[0] not in found:
                found[label[0]] = (label[1], stop)
        if len(found) == 1 and run[: next(iter(found.values()))[1]]:
            text, stop = next(iter(found.values()))
            out[i] = _rewritten(out[i], parts, text)
            for j, _ in run[:stop]:
                out[j] = ""
            i = run[stop - 1][0] + 1
            page = _page_number(out, i)
            if page is not None:
                out[page] = ""
            continue
        i += 1
    return out


# pymupdf4llm writes a narrow label's lines into the cells of the label columns line by line where the label
# is wider than its column: '|一、本<br>公开申|年新收政府信息<br>请数量|'. Read line by line across the cells, the
# label is whole ('一、本年新收政府信息公开申请数量').
_BR = re.compile(r"<br\s*/?>", re.I)


def _interleaved(cells: list[str]) -> str:
    lines = [_BR.split(c.strip()) for c in cells]
    return "".join(line[k].strip() for k in range(max(len(x) for x in lines)) for line in lines if k < len(line))


def rejoin_label_lines(lines: list[str]) -> list[str]:
    """The pipe rows whose label pymupdf4llm wrote line by line across two or three label cells (or two after a
    piece of a group), with the label read across them into the first (the others left empty) — only where
    the cells read one after the other spell no row of table 三 and read line by line spell one whole."""
    out = list(lines)
    for i, line in enumerate(out):
        if not _PIPE_ROW.match(line) or "<br" not in line:
            continue
        cells = line.split("|")
        start = next((k for k in range(1, len(cells) - 1) if cells[k].strip()), None)
        if start is None:
            continue
        end = next((k for k in range(start, len(cells) - 1) if not cells[k].strip() or _VALUE_CELL.match(cells[k].strip())), len(cells) - 1)
        labels = list(range(start, end))
        # the label cells, then values or cells left blank (a row of blank zeros) and nothing else
        if not 2 <= len(labels) <= 3 or not all(not c.strip() or _VALUE_CELL.match(c.strip()) for c in cells[end:-1]):
            continue
        plain = fold(_BR.sub("", "".join(cells[k] for k in labels)))
        if any(pattern.search(plain) for pattern in _ROWS.values()):
            continue
        # the label across all the label cells, or across the last two after a piece of a group spanning rows
        # ('三、<br>本年' | '（一）<br>开' | '予以公')
        tries = [labels] + ([labels[1:]] if len(labels) == 3 and _group_piece(_BR.sub("", cells[labels[0]]).strip()) else [])
        for across in tries:
            label = _interleaved([cells[k] for k in across])
            if _row_of(label):
                for k in across:
                    cells[k] = ""
                cells[across[0]] = label
                out[i] = "|".join(cells)
                break
    return out


# pymupdf4llm sets the quote marks of 3.危及“三安全一稳定” in a narrow cell on lines of their own, where the
# PDF's text boxes put them: '3.危<br>“<br>及三<br>安全<br>一稳<br>”<br>定'. The label's characters in order with
# only line breaks, spaces and quote marks between them are the label, its marks where the template has them.
_SEP = r"(?:<br\s*/?>|[ \t]|[“”\"])*"
_SECURITY = re.compile(_SEP.join("危及三安全一稳定") + r"(?:(?:<br\s*/?>|[ \t])*[”\"])?")
_SECURITY_LABEL = "危及“三安全一稳定”"


def restore_label_quotes(lines: list[str]) -> list[str]:
    """The pipe rows with the label 危及“三安全一稳定” whose quote marks a converter moved set right again."""
    out = list(lines)
    for i, line in enumerate(out):
        if _PIPE_ROW.match(line) and "危" in line:
            out[i] = _SECURITY.sub(lambda m: _SECURITY_LABEL if re.search(r"[“”\"]", m.group(0)) else m.group(0), line)
    return out


# pymupdf4llm stacks a row's values under its label in the label's cell where the PDF's value cells were
# narrow too: '||3.要<br>求提<br>供公<br>开出<br>版物<br>—<br>—<br>—<br>—<br>—<br>—<br>—<br>|'. Seven values (table 三's
# seven columns) after label lines that spell a known row are that row's values, in the columns' order.
_T3_VALUES = 7
_STACKED_VALUE = re.compile(r"^(?:\d+|[-—–/])$")


def unstack_row_values(lines: list[str]) -> list[str]:
    """The pipe rows whose table 三 values pymupdf4llm stacked under the label in its cell, with the values
    set out in cells of their own after the label — only seven values after a label spelling a known row,
    in a row with no other value."""
    out = list(lines)
    for i, line in enumerate(out):
        if not _PIPE_ROW.match(line) or "<br" not in line or _in_grid_table(out, i):
            continue
        cells = line.split("|")
        filled = [k for k in range(1, len(cells) - 1) if cells[k].strip()]
        if not 1 <= len(filled) <= 3 or filled[-1] - filled[0] >= len(filled) + 1:
            continue  # the label's cells (a group's before the row's), the last one holding the values
        k = filled[-1]
        parts = [p.strip() for p in _BR.split(cells[k]) if p.strip()]
        values = parts[-_T3_VALUES:]
        labels = parts[: -_T3_VALUES]
        if len(values) < _T3_VALUES or not labels or not all(_STACKED_VALUE.match(v) for v in values) \
                or any(_STACKED_VALUE.match(p) for p in labels):
            continue
        if _row_of("".join(labels).rstrip("、，,")):
            out[i] = "|".join([*cells[:k], "<br>".join(labels), *values, ""])
    return out
