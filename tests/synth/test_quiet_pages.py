"""heldout25's page shapes (``nianbao.synth.quiet_pages``) written at volume in text and HTML and read back:
every page's status (partial), agency and year as the shape states them (an academic year's end for a school's)."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.publisher_pages import PUBLISHER_KINDS
from nianbao.synth.quiet_pages import QUIET_KINDS
from nianbao.synth.shapes import SHAPES
from nianbao.synth.translated_pages import TRANSLATED_KINDS
from nianbao.synth.vertical_pages import VERTICAL_KINDS
from tests.synth.readback import read_back

N = 100  # reports per shape and format: 1,400 pages


def test_every_quiet_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in QUIET_KINDS} <= set(SHAPES)


def test_every_quiet_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    own = [kind for kind in QUIET_KINDS if kind not in PUBLISHER_KINDS + VERTICAL_KINDS + TRANSLATED_KINDS]  # read back by their own tests
    misses, agencies = read_back(tmp_path, "quiet", own, N)
    assert not misses, misses[:10]
    # every shape states a body, and many different ones: the rules are not read back on one name
    assert all(None not in names and len(names) > N // 4 for names in agencies.values()), {
        k: len(v) for k, v in agencies.items()}
