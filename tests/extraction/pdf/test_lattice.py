"""The lattice aligner on small drawn tables: merged cells where rules are missing, the rule a page
break leaves undrawn, shaded fills that are no rules, and rules drawn as thin filled boxes."""

from __future__ import annotations

import pytest

from nianbao.extraction.pdf.lattice import Lattice, find_lattices
from tests.extraction.pdf.drawing import Drawing

XS = [100.0, 200.0, 300.0, 400.0]
YS = [100.0, 130.0, 160.0, 190.0]


def _text(d: Drawing, row: int, col: int, text: str) -> None:
    d.texts.append((XS[col] + 8, YS[row] + 19, text))


def _lattices(d: Drawing) -> list[Lattice]:
    page = d.page()
    return find_lattices(page.rulings, page.glyphs)


def _cells(lattice: Lattice) -> list[list[tuple[str, tuple[int, int]]]]:
    return [[(c.text, c.origin) for c in row] for row in lattice.rows]


def _filled_grid() -> Drawing:
    d = Drawing()
    d.grid(XS, YS)
    for i in range(3):
        for j in range(3):
            _text(d, i, j, f"r{i}c{j}")
    return d


def test_full_grid_reads_every_cell_in_place() -> None:
    (lattice,) = _lattices(_filled_grid())
    assert _cells(lattice) == [[(f"r{i}c{j}", (i, j)) for j in range(3)] for i in range(3)]
    assert lattice.box == (100.0, 100.0, 400.0, 190.0)
    assert lattice.rows[1][2].box == (300.0, 130.0, 400.0, 160.0)


def test_missing_rules_merge_cells_across_and_down() -> None:
    d = Drawing()
    # No rule between columns 0 and 1 in row 0; none between rows 1 and 2 in column 0.
    d.grid(XS, YS, skip={("v", 1, 0), ("h", 2, 0)})
    d.texts += [(180, 119, "Head"), (310, 119, "r0c2"), (108, 160, "Down"),
                (210, 149, "11"), (310, 149, "12"), (210, 179, "21"), (310, 179, "22")]
    (lattice,) = _lattices(d)
    assert _cells(lattice) == [
        [("Head", (0, 0)), ("Head", (0, 0)), ("r0c2", (0, 2))],
        [("Down", (1, 0)), ("11", (1, 1)), ("12", (1, 2))],
        [("Down", (1, 0)), ("21", (2, 1)), ("22", (2, 2))],
    ]
    assert lattice.rows[0][1].box == (100.0, 100.0, 300.0, 130.0)  # the whole merged cell
    assert lattice.rows[2][0].box == (100.0, 130.0, 200.0, 190.0)


def test_table_cut_by_a_page_break_keeps_the_row_without_a_closing_rule() -> None:
    """A table broken across pages ends (or starts) with no rule: its verticals end together there."""
    for missing in ({("h", 3, j) for j in range(3)}, {("h", 0, j) for j in range(3)}):
        d = _filled_grid()
        d.lines.clear()
        d.grid(XS, YS, skip=missing)
        (lattice,) = _lattices(d)
        assert _cells(lattice) == _cells(_lattices(_filled_grid())[0])
        assert lattice.box == pytest.approx((100.0, 100.0, 400.0, 190.0), abs=1.0)  # a stroke's width off


def test_shaded_fills_are_not_rules() -> None:
    shaded = _filled_grid()
    # A shaded header row, a shaded column block, and a tinted box behind the whole table.
    shaded.fills += [(100, 100, 400, 130), (100, 130, 200, 190), (90, 90, 410, 200)]
    page = shaded.page()
    assert len(page.rulings) == len(_filled_grid().page().rulings)
    (lattice,) = find_lattices(page.rulings, page.glyphs)
    assert _cells(lattice) == _cells(_lattices(_filled_grid())[0])


def test_rules_drawn_as_thin_filled_boxes_are_rules() -> None:
    """Word and WPS draw cell borders as hairline rectangles filled black, not as stroked lines."""
    d = _filled_grid()
    d.hairlines = [(x0 - 0.25, y0 - 0.25, x1 + 0.25, y1 + 0.25) for x0, y0, x1, y1 in d.lines]
    d.lines.clear()
    (lattice,) = _lattices(d)
    assert _cells(lattice) == _cells(_lattices(_filled_grid())[0])


def test_two_tables_on_a_page_are_two_lattices_top_to_bottom() -> None:
    d = _filled_grid()
    lower = [y + 200 for y in YS]
    d.grid(XS, lower)
    d.texts.append((XS[0] + 8, lower[0] + 19, "second"))
    first, second = _lattices(d)
    assert first.rows[0][0].text == "r0c0" and second.rows[0][0].text == "second"
    assert second.box[1] == 300.0
