from __future__ import annotations

from nianbao.core.relations import relations
from nianbao.extraction.tables.split import Chunk, row_readings, solve
from nianbao.extraction.tables.text import tokens
from nianbao.core.codebook import T3_2021, T4_2021

T3_ROW = tuple(T3_2021.cell_id("new_received", c) for c in T3_2021.row("new_received").columns)
T4_ALL = tuple(T4_2021.cell_ids())


def test_separators_are_boundaries_and_numbers_have_no_leading_zeros() -> None:
    readings = row_readings(tokens("230 000023"), 7)
    assert ("23", "0", "0", "0", "0", "0", "23") in readings
    assert all(not (len(x) > 1 and x.startswith("0")) for r in readings for x in r)
    assert all(r[0].startswith("2") and r[-1].endswith("3") for r in readings)
    assert row_readings(tokens("0 0 0 0 0 00"), 7) == [("0",) * 7]


def test_row_identity_decides_a_run_together_row() -> None:
    (row,) = solve([(T3_ROW, tokens("640020470"))], relations("2021"))
    assert row.readings == [("64", "0", "0", "2", "0", "4", "70")] and row.split


def test_table_four_split_by_its_block_totals() -> None:
    (row,) = solve([(T4_ALL, tokens("25380363300630003"))], relations("2021"))
    assert row.readings == [tuple("25 3 8 0 36 3 3 0 0 6 3 0 0 0 3".split())]


def test_undecidable_cells_stay_open() -> None:
    cells = ("t2.normative_documents.issued", "t2.normative_documents.repealed", "t2.normative_documents.in_force")
    (row,) = solve([(cells, tokens("693665"))], relations("2021"))
    assert len(row.readings) > 1 and ("69", "3", "665") in row.readings


def test_a_unit_stays_with_the_last_cell() -> None:
    readings = row_readings([Chunk("13575394432.52", True, "元")], 2)
    assert ("1357", "5394432.52元") in readings and all(r[1].endswith("元") for r in readings)


def test_annotated_value_is_one_cell_and_its_note_no_values() -> None:
    assert [c.text for c in tokens("22（其中修订16件） 3 —")] == ["22（其中修订16件）", "3", "—"]
