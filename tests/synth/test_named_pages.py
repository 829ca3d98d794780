"""heldout19's page shapes (``nianbao.synth.named_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency (or none) and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.named_pages import NAMED_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import shape_page
from tests.synth.readback import read_back

N = 60  # reports per shape and format: 720 pages


def test_every_named_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, _ = read_back(tmp_path, "named", NAMED_KINDS, N)
    assert not misses, misses[:10]


def test_the_shapes_vary_their_places_and_bodies() -> None:
    agencies = {kind: {shape_page(sample_report("named", i, "txt", 0.0), f"hidden.{kind}").agency for i in range(N)}
                for kind in NAMED_KINDS}
    assert agencies["kind_items_year"] == {None}
    assert all(len(names) >= N // 2 for kind, names in agencies.items() if kind != "kind_items_year"), agencies
