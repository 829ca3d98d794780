"""agency27's page shapes (``nianbao.synth.vertical_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency and year as the shape states them, over many different bodies."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.shapes import SHAPES
from nianbao.synth.vertical_pages import VERTICAL_KINDS
from tests.synth.readback import read_back

N = 60  # reports per shape and format: 960 pages


def test_every_vertical_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in VERTICAL_KINDS} <= set(SHAPES)


def test_every_vertical_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "vertical27", VERTICAL_KINDS, N)
    assert not misses, misses[:10]
    # every shape states a body; the city- and district-named ones many different bodies (the ministries' and the
    # corps' bureaux are a handful by nature)
    assert all(None not in names for names in agencies.values())
    assert all(len(agencies[k]) > N // 4 for k in VERTICAL_KINDS if k not in ("ministry_bureau", "corps_bureau")), {
        k: len(v) for k, v in agencies.items()}
