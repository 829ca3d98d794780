"""agency13's page shapes (``nianbao.synth.relative_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency (or none) and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.relative_pages import RELATIVE_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, shape_page
from tests.synth.readback import read_back

N = 60  # reports per shape and format: 480 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in RELATIVE_KINDS} <= set(SHAPES)


def test_every_relative_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, _ = read_back(tmp_path, "relative13", RELATIVE_KINDS, N)
    assert not misses, misses[:10]


def test_the_shapes_vary_their_places_and_bodies() -> None:
    agencies = {kind: {shape_page(sample_report("relative13", i, "txt", 0.0), f"hidden.{kind}").agency for i in range(N)}
                for kind in RELATIVE_KINDS}
    nameless = ("school_under_bureau_intro", "hospital_address_only")
    assert all(agencies[kind] == {None} for kind in nameless)  # a bureau, an address: never the body's name
    assert all(len(names) >= N // 2 for kind, names in agencies.items() if kind not in nameless), agencies
