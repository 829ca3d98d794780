"""wild26's shapes of bodies named in passing (``nianbao.synth.passing_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.passing_pages import PASSING_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, shape_page
from tests.synth.readback import read_back

N = 40  # reports per shape and format: 800 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in PASSING_KINDS} <= set(SHAPES)


def test_every_township_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, _ = read_back(tmp_path, "township26", PASSING_KINDS, N)
    assert not misses, misses[:10]


def test_the_shapes_vary_their_places() -> None:
    agencies = {kind: {shape_page(sample_report("township26", i, "txt", 0.0), f"hidden.{kind}").agency
                       for i in range(N)} for kind in PASSING_KINDS}
    assert all(len(agencies[k]) >= N // 2 for k in PASSING_KINDS if k != "bureau_our_city"), agencies
    assert agencies["bureau_our_city"] == {None}  # the bureau names itself nowhere
