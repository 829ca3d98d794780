"""A 2019+ report whose every section heading was lost (a page that kept its paragraphs and its tables,
flattened to text or as grids, and nothing else): the tables 二, 三, 四 are told by their own labels, and
the narrative goes where the format's outline puts it — past the preamble and before table 二 the overview
(whose items 主动公开, 依申请公开 … are its own sub-parts in the 2019 and 2021 formats), a note under a
table with that table, after the last table the problems and improvements, then the other matters from
the first paragraph naming one of them (信息处理费, 建议提案, 工作要点 …)."""

from __future__ import annotations

import re

from nianbao.core.document import TableBlock
from nianbao.core.labels import TABLE_MARKERS, fold
from nianbao.extraction.layout import headings
from nianbao.extraction.layout.model import Line, Section
from nianbao.extraction.layout.placement import is_prose, is_table_row, names_table_label

# The section each table stands in (as nianbao.extraction.tables.SECTION_OF_TABLE, which layout may not import).
TABLE_SECTION = {"t2": "proactive", "t3": "requests", "t4": "review_litigation"}
_ORDER = ("preamble", "overview", "proactive", "requests", "review_litigation", "problems", "other_matters")
# What only the sixth part speaks of: fees, deputies' suggestions and proposals, the year's key points, the
# year's innovations, notes on the figures, or that there is nothing else to report.
_OTHER = re.compile(r"其他需要报告|其他事项|信息处理费|收取[^。]{0,8}费|收费|减免|建议(?:和|与|及|、)?(?:政协)?(?:委员)?提案|"
                    r"建议提案|人大代表|政协|工作要点|工作创新|创新情况|统计说明|数据的说明|有关数据|四舍五入|本部分无内容")
# What the fifth part speaks of; a paragraph naming it stays there even where it names an other matter too.
_PROBLEMS = re.compile(r"存在(?:的)?(?:主要)?问题|不足|差距|改进|整改|下一步|下步|今后|我们将|将(?:继续|进一步)")


# A cell's value in a row: a number, or the '/' or '—' a table prints for none (a header row has neither).
_FIGURE = re.compile(r"\d|(?:^|\s)[/／\-—–]+(?=\s|$)")


def _text(item: Line | TableBlock) -> str:
    return item.as_text() if isinstance(item, TableBlock) else item.text


def table_key(text: str) -> str | None:
    """Which of tables 二, 三, 四 a piece of text carries the own labels of (the first one it names)."""
    folded = fold(text)
    hits = [(m.start(), key) for key, pattern in TABLE_MARKERS.items() if (m := re.search(pattern, folded))]
    return min(hits)[1] if hits else None


def _is_narrative(lines: list[Line]) -> bool:
    """A paragraph (or a sub-heading of narrative, '1.存在的主要问题'), not a flattened table's text."""
    texts = [line.text for line in lines]
    joined = "".join(t.strip() for t in texts)
    if is_prose(joined) and not any(is_table_row(t) for t in texts):
        return True
    heading = headings.sub_heading(joined) if len(texts) == 1 else None
    if heading is None or heading.run_in or "\t" in joined or table_key(joined) or names_table_label(joined):
        return False  # a table's row under its own number ('一、本年新收政府信息公开申请数量')
    rest = headings.MARKERS[heading.depth][1].sub("", joined, count=1).strip()
    return len(rest) >= 2 and not re.search(r"\d", rest) and not names_table_label(rest)


def _later(current: str, sid: str) -> str:
    """The later of two sections in the outline's order: nothing goes back to an earlier part."""
    return sid if _ORDER.index(sid) > _ORDER.index(current) else current


def flattened_sections(preamble: Section, groups: list[list[int]], start: int | None) -> list[Section] | None:
    """The sections of a 2019+ report without any heading whose preamble (everything, here) holds two or
    more of tables 二, 三, 四, placed as the module says; ``groups`` are the preamble lines' paragraphs and
    ``start`` the first of them past the preamble (None: the preamble runs up to the first table). The
    preamble keeps what precedes the narrative; the other sections are returned in order, each inferred.
    None where the preamble holds fewer than two of the tables (not this shape)."""
    lines = preamble.lines
    group_of = {id(lines[i]): g for g, group in enumerate(groups) for i in group}
    units: list[list[Line | TableBlock]] = []  # a paragraph's lines, or a grid, in reading order
    for item in preamble.items:
        g = group_of.get(id(item)) if isinstance(item, Line) else None
        if g is not None and units and isinstance(units[-1][0], Line) and group_of.get(id(units[-1][0])) == g:
            units[-1].append(item)
        else:
            units.append([item])
    # Table text is judged line by line: a flattened table's lines run on into each other unpunctuated.
    narrative = [isinstance(u[0], Line) and _is_narrative(u) for u in units]  # type: ignore[arg-type]
    units = [v for u, n in zip(units, narrative) for v in ([u] if n else [[x] for x in u])]
    narrative = [isinstance(u[0], Line) and _is_narrative(u) for u in units]  # type: ignore[arg-type]
    keys = [None if n else table_key(_text(u[0])) for u, n in zip(units, narrative)]
    if len({k for k in keys if k}) < 2:
        return None
    last_table = max(k for k, key in enumerate(keys) if key)
    first_narrative = next((k for k, u in enumerate(units) if isinstance(u[0], Line) and start is not None
                            and group_of.get(id(u[0])) == start), None)
    first_table = min(k for k, key in enumerate(keys) if key)
    begin = min(first_narrative if first_narrative is not None else first_table, first_table)
    current, placed, pending = "preamble", {sid: [] for sid in _ORDER}, []
    placed["preamble"] = [item for u in units[:begin] for item in u]
    current = "overview" if begin < first_table else current
    for k in range(begin, len(units)):
        unit, key = units[k], keys[k]
        if key:
            new = _later(current, TABLE_SECTION[key])
            # Held lines stay with the table above, but for the header lines (no figure) right above a new
            # table's first label: they are the new table's.
            cut = len(pending)
            if new != current and current in TABLE_SECTION.values():
                while cut and not any(_FIGURE.search(_text(x)) for x in pending[cut - 1]):
                    cut -= 1
            else:
                cut = 0
            for n, held in enumerate(pending):
                placed[current if n < cut else new] += held
            current, pending = new, []
            placed[current] += unit
            continue
        if not narrative[k] and k < last_table:
            pending.append(unit)  # table text naming no table yet: it goes with the next table named
            continue
        for held in pending:
            placed[current] += held
        pending = []
        if narrative[k] and k > last_table:
            text = "".join(_text(x) for x in unit)
            current = _later(current, "problems")
            if _OTHER.search(text) and not _PROBLEMS.search(text):
                current = "other_matters"
        placed[current] += unit
    for held in pending:
        placed[current] += held
    preamble.items = placed["preamble"]
    return [Section(sid, None, placed[sid], inferred=True) for sid in _ORDER[1:] if placed[sid]]
