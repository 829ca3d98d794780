"""heldout21's page shapes (``nianbao.synth.lead_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency (or none) and year as the shape states them; the news look-alike is read back
by ``tests/synth/test_detect_pages.py`` with detect20's."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.detect_pages import LOOKALIKE_KINDS
from nianbao.synth.lead_pages import LEAD_KINDS, NEWS_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, render_shape, shape_page

N = 40  # reports per shape and format: 800 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in LEAD_KINDS} | {f"not_report.{k}" for k in NEWS_KINDS} <= set(SHAPES)
    assert set(NEWS_KINDS) <= set(LOOKALIKE_KINDS)


def test_every_lead_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses, read = ExtractConfig(tag=False), [], Counter()
    for i in range(N):
        rep = sample_report("lead21", i, "txt", 0.0)
        for kind in LEAD_KINDS:
            page = shape_page(rep, f"hidden.{kind}")
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{kind}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                got = (record.status.value, record.metadata.agency, record.metadata.year)
                read[kind] += 1
                if got != (page.status, page.agency, page.year):
                    misses.append((kind, fmt, got, (page.status, page.agency, page.year)))
    assert all(read[kind] == 2 * N for kind in LEAD_KINDS), read
    assert not misses, misses[:10]


def test_the_shapes_vary_their_places_and_bodies() -> None:
    agencies = {kind: {shape_page(sample_report("lead21", i, "txt", 0.0), f"hidden.{kind}").agency for i in range(N)}
                for kind in LEAD_KINDS}
    assert agencies["listed_last_year"] == {None} and agencies["self_nianbao"] == {None}
    named = [k for k in LEAD_KINDS if k not in ("listed_last_year", "self_nianbao", "old_province_overview")]
    assert all(len(agencies[k]) >= N // 2 for k in named), agencies
    assert len(agencies["old_province_overview"]) >= 8  # one of the provinces
