"""The administrative catalogue's pages (``nianbao.synth.catalogue_pages``) written at volume in text and HTML and
read back: every kind of body at real places, stated in each of the five positions, read exactly as written."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.body_catalogue import CATALOGUE, size
from nianbao.synth.catalogue_pages import CATALOGUE_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = 32  # reports per position and format: 320 pages


def test_the_catalogue_covers_every_level_and_system() -> None:
    wheres = {kind.where for kind in CATALOGUE}
    assert {"national", "provincial", "prefectural", "county", "township", "city_bare"} <= wheres
    assert size() > 300


def test_every_catalogue_position_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in CATALOGUE_KINDS} <= set(SHAPES)


def test_every_catalogue_page_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "catalogue17", CATALOGUE_KINDS, N)
    assert not misses, misses[:10]
    assert all(len(names) > N // 2 for names in agencies.values()), {k: len(v) for k, v in agencies.items()}
