"""agency19's untitled university pages (``nianbao.synth.school_top_pages``) written at volume in text and HTML and
read back: the school named at the page's top, its academic year's end, partial — 100 pages a shape."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.school_top_pages import SCHOOL_TOP_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = 50  # reports per shape and format: 100 pages a shape


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in SCHOOL_TOP_KINDS} <= set(SHAPES)


def test_every_school_top_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "schooltop19", SCHOOL_TOP_KINDS, N)
    # a school named after a city whose name opens on 本 ('本溪') reads as no name: the schools' guard against
    # '本校'-like words, kept (a wrong name is worse than none); at most that one city's pages are missed
    assert all(want[1].startswith("本") for *_, want in misses), misses[:10]
    assert len(misses) <= 0.05 * 2 * N * len(SCHOOL_TOP_KINDS)
    assert all(len(names) >= N // 2 for names in agencies.values())
