"""Tables 二 三 四 as grids of merged cells, laid out as the official templates lay them out.

A grid lists, per row, the cells that start in that row (HTML style: text, colspan, rowspan). The HTML,
DOCX and PDF renderers draw grids; the text renderers flatten them. The bundled sample builder
(``corpus/samples/build_samples.py``) draws its tables with these too.
"""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.core import codebook as cb


@dataclass(frozen=True)
class Cell:
    """One table cell as it starts in its row: text and spans."""

    text: str
    cols: int = 1
    rows: int = 1


Grid = list[list[Cell]]  # each row lists the cells that start in it, left to right
T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def t2_grid(fmt: cb.FormatVersion, cells: dict[str, str]) -> Grid:
    """Table 二 as in the templates: per 第二十条 block a heading row, a label row, its data rows."""
    spec = cb.table_spec("t2", fmt)

    def fill(texts: list[str]) -> list[Cell]:  # three value columns; the last text spans what is left
        return [Cell(t) for t in texts[:-1]] + [Cell(texts[-1], 4 - len(texts))]

    grid: Grid = []
    for group in dict.fromkeys(r.group for r in spec.rows):
        rows = [r for r in spec.rows if r.group == group]
        grid.append([Cell(group, 4)])
        grid.append([Cell("信息内容")] + fill([spec.column_labels[c] for c in rows[0].columns]))
        grid += [[Cell(r.label)] + fill([cells[spec.cell_id(r.id, c)] for c in r.columns]) for r in rows]
    return grid


def t3_grid(fmt: cb.FormatVersion, cells: dict[str, str], note: bool = True) -> Grid:
    """Table 三 as in the official template: three merged header rows, 三、本年度办理结果 merged down its
    rows, each （三）…（六） group cell merged down its items. ``note``: the corner cell states the
    勾稽关系 (some templates leave it empty)."""
    spec = cb.table_spec("t3", fmt)
    grid: Grid = [
        [Cell(T3_NOTE if note else "", 3, 3), Cell("申请人情况", 7)],
        [Cell("自然人", rows=2), Cell("法人或其他组织", 5), Cell("总计", rows=2)],
        [Cell(spec.column_labels[c]) for c in cb.T3_APPLICANT_COLS[1:]],
    ]
    results = spec.row("granted").group
    seen: set[str] = set()
    for row in spec.rows:
        lead: list[Cell] = []
        if not row.group:
            lead.append(Cell(row.label, 3))
        else:
            if not seen:
                lead.append(Cell(results, rows=sum(bool(r.group) for r in spec.rows)))
            if row.group == results:
                lead.append(Cell(row.label, 2))
            else:
                if row.group not in seen:
                    lead.append(Cell(row.group, rows=sum(r.group == row.group for r in spec.rows)))
                lead.append(Cell(row.label))
            seen.add(row.group)
        grid.append(lead + [Cell(cells[spec.cell_id(row.id, c)]) for c in cb.T3_COLS])
    return grid


def t4_grid(cells: dict[str, str]) -> Grid:
    """Table 四: 行政复议 and 行政诉讼 (未经复议直接起诉 / 复议后起诉) over five columns each, one data row."""
    labels = [cb.T4_COLUMNS[c] for c in cb.T4_COLS]
    return [
        [Cell("行政复议", 5), Cell("行政诉讼", 10)],
        [Cell(label, rows=2) for label in labels] + [Cell("未经复议直接起诉", 5), Cell("复议后起诉", 5)],
        [Cell(label) for label in labels * 2],
        [Cell(cells[f"t4.{block}.{col}"]) for block in cb.T4_BLOCKS for col in cb.T4_COLS],
    ]


def grids(fmt: cb.FormatVersion, cells: dict[str, str], t3_note: bool = True) -> dict[str, Grid]:
    """The three tables of a report from its printed cell texts."""
    return {"t2": t2_grid(fmt, cells), "t3": t3_grid(fmt, cells, t3_note), "t4": t4_grid(cells)}


def place(grid: Grid) -> list[tuple[int, int, Cell]]:
    """(row, column, cell) of every cell, skipping grid positions taken by spans from above."""
    taken: set[tuple[int, int]] = set()
    out = []
    for r, row in enumerate(grid):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, cell))
            if cell.rows > 1 or cell.cols > 1:
                taken |= {(r + i, c + j) for i in range(cell.rows) for j in range(cell.cols)}
            c += cell.cols
    return out


def slots(grid: Grid) -> list[list[str]]:
    """Per row, the texts a text conversion emits: each cell once, and an empty slot in every row
    a vertically merged cell continues into (as Word's continuation cells do)."""
    out: list[list[tuple[int, str]]] = [[] for _ in grid]
    for r, c, cell in place(grid):
        for i in range(cell.rows):
            out[r + i].append((c, cell.text if i == 0 else ""))
    return [[text for _, text in sorted(row)] for row in out]
