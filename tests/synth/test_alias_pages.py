"""agency14's page shapes (``nianbao.synth.alias_pages``) written at volume in text and HTML and read back:
every page's status (partial), agency and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.alias_pages import ALIAS_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = 100  # reports per shape and format: 600 pages


def test_every_alias_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in ALIAS_KINDS} <= set(SHAPES)


def test_every_alias_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "agency14", ALIAS_KINDS, N)
    assert not misses, misses[:10]
    # every shape states a body, and many different ones: the rules are not read back on one name
    assert all(None not in names and len(names) > N // 4 for names in agencies.values()), {
        k: len(v) for k, v in agencies.items()}
