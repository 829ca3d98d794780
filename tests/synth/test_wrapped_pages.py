"""agency19's hard-wrapped pages (``nianbao.synth.wrapped_pages``) written at volume in text and HTML and read back:
the body the one wrapped sentence names, the year, and the status (partial: no tables) — 100 pages a shape."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, shape_page
from nianbao.synth.wrapped_pages import WRAPPED_KINDS
from tests.synth.readback import read_back

N = 50  # reports per shape and format: 100 pages a shape


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in WRAPPED_KINDS} <= set(SHAPES)


def test_the_wrap_cuts_the_name_on_most_pages() -> None:
    # the shape is about names cut by a wrap: a page whose name a line holds whole tests nothing
    for kind in WRAPPED_KINDS:
        pages = [shape_page(sample_report("wrapped19", i, "txt", 0.0), f"hidden.{kind}") for i in range(N)]
        cut = sum(not any(p.agency in line for line in p.lines) for p in pages)
        assert cut >= 0.9 * N, (kind, cut)


def test_every_wrapped_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, _ = read_back(tmp_path, "wrapped19", WRAPPED_KINDS, N)
    assert not misses, misses[:10]
