"""agency25's page shapes (``nianbao.synth.publisher_pages``) written at volume in text and HTML and read back:
every page's status (partial), agency and year as the shape states them — a school's name without a year for its
academic year, a public enterprise as its report's publisher, no name for a spam company in a title's place, and
the body a self-word stands for where the page names it only in passing."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.publisher_pages import PUBLISHER_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = 60  # reports per shape and format: 960 pages


def test_every_publisher_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in PUBLISHER_KINDS} <= set(SHAPES)


def test_every_publisher_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "publisher", PUBLISHER_KINDS, N)
    assert not misses, misses[:10]
    # every shape but the spam one states a body, and many different ones: the rules are not read back on one name
    assert agencies["spam_company_title"] == {None}
    assert all(None not in names and len(names) > N // 4 for kind, names in agencies.items()
               if kind != "spam_company_title"), {k: len(v) for k, v in agencies.items()}
