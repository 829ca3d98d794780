"""agency19's untitled pages a bureau's own office posted (``nianbao.synth.office_publisher_pages``) written at volume
in text and HTML and read back: the bureau (not its 办公室), and a government's own office kept — 100 pages a shape."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.office_publisher_pages import OFFICE_PUBLISHER_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = 50  # reports per shape and format: 100 pages a shape


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in OFFICE_PUBLISHER_KINDS} <= set(SHAPES)


def test_every_office_publisher_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "office19", OFFICE_PUBLISHER_KINDS, N)
    assert not misses, misses[:10]
    assert all(len(names) >= N // 2 for names in agencies.values())
