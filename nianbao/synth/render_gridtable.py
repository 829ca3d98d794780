"""A grid of merged cells as a pandoc grid table: ``+---+`` rules, cells padded by display width (a CJK
character takes two columns), long texts wrapped onto more lines, a cell spanning rows left open by the
rules it spans (``|      +------+``), one spanning columns without the ``|`` between them."""

from __future__ import annotations

import unicodedata

from nianbao.synth.grids import Grid, place


def char_width(ch: str) -> int:
    """Display columns of one character (2 for a wide CJK one)."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def wrap_text(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` display columns."""
    lines, line, used = [], "", 0
    for ch in text:
        if used + char_width(ch) > width and line:
            lines.append(line)
            line, used = "", 0
        line += ch
        used += char_width(ch)
    return lines + [line] if line or not lines else lines


def grid_table(grid: Grid, widths: list[int]) -> list[str]:
    """The grid as grid-table lines; ``widths``: each column's text width in display columns."""
    placed = place(grid)
    nrows = len(grid)
    x = [0]
    for w in widths:
        x.append(x[-1] + w + 3)  # "| " + text + " "
    owner: dict[tuple[int, int], int] = {}
    for k, (r, c, cell) in enumerate(placed):
        for i in range(cell.rows):
            for j in range(cell.cols):
                owner[(r + i, c + j)] = k
    texts = [wrap_text(cell.text, x[c + cell.cols] - x[c] - 3) for r, c, cell in placed]
    height = [1] * nrows
    for k, (r, c, cell) in enumerate(placed):
        if cell.rows == 1:
            height[r] = max(height[r], len(texts[k]))
    for k, (r, c, cell) in enumerate(placed):
        room = sum(height[r:r + cell.rows]) + cell.rows - 1
        if len(texts[k]) > room:
            height[r + cell.rows - 1] += len(texts[k]) - room
    top = [0]
    for h in height:
        top.append(top[-1] + h + 1)
    canvas = [[" "] * (x[-1] + 1) for _ in range(top[-1] + 1)]

    def rule(y: int, r: int) -> None:  # the rule above row r (r == nrows: the bottom one)
        for j in range(len(widths)):
            breaks = r in (0, nrows) or owner.get((r - 1, j)) != owner.get((r, j))
            if breaks:
                for k in range(x[j] + 1, x[j + 1]):
                    canvas[y][k] = "-"
        for j in range(len(widths) + 1):
            left = j > 0 and (r in (0, nrows) or owner.get((r - 1, j - 1)) != owner.get((r, j - 1)))
            right = j < len(widths) and (r in (0, nrows) or owner.get((r - 1, j)) != owner.get((r, j)))
            inside = 0 < j < len(widths) and 0 < r < nrows and owner.get((r, j - 1)) == owner.get((r, j)) \
                and owner.get((r - 1, j - 1)) == owner.get((r - 1, j))
            canvas[y][x[j]] = "+" if left or right else " " if inside else "|"

    for r in range(nrows + 1):
        rule(top[r], r)
    for r in range(nrows):
        for y in range(top[r] + 1, top[r + 1]):
            for j in range(len(widths) + 1):
                inside = 0 < j < len(widths) and owner.get((r, j - 1)) == owner.get((r, j))
                canvas[y][x[j]] = " " if inside else "|"
    for k, (r, c, cell) in enumerate(placed):
        ys = [y for rr in range(r, r + cell.rows) for y in range(top[rr] + 1, top[rr + 1])]
        for y, line in zip(ys, texts[k]):
            col = x[c] + 2
            for ch in line:
                canvas[y][col] = ch
                if char_width(ch) == 2:
                    canvas[y][col + 1] = ""
                col += char_width(ch)
    return ["".join(row).rstrip() for row in canvas]


__all__ = ["grid_table"]
