"""heldout21's page shapes (``nianbao.synth.lead_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency (or none) and year as the shape states them; the news look-alike is read back
by ``tests/synth/test_detect_pages.py`` with detect20's."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.detect_pages import LOOKALIKE_KINDS
from nianbao.synth.lead_pages import LEAD_KINDS, NEWS_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, shape_page
from tests.synth.readback import read_back

N = 40  # reports per shape and format: 800 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in LEAD_KINDS} | {f"not_report.{k}" for k in NEWS_KINDS} <= set(SHAPES)
    assert set(NEWS_KINDS) <= set(LOOKALIKE_KINDS)


def test_every_lead_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, _ = read_back(tmp_path, "lead21", LEAD_KINDS, N)
    assert not misses, misses[:10]


def test_the_shapes_vary_their_places_and_bodies() -> None:
    agencies = {kind: {shape_page(sample_report("lead21", i, "txt", 0.0), f"hidden.{kind}").agency for i in range(N)}
                for kind in LEAD_KINDS}
    assert agencies["listed_last_year"] == {None} and agencies["self_nianbao"] == {None}
    named = [k for k in LEAD_KINDS if k not in ("listed_last_year", "self_nianbao", "old_province_overview")]
    assert all(len(agencies[k]) >= N // 2 for k in named), agencies
    assert len(agencies["old_province_overview"]) >= 8  # one of the provinces
