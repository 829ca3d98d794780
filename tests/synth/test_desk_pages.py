"""heldout22's page shapes (``nianbao.synth.desk_pages``) written at volume in text and HTML and read back: every
page's status (partial), agency and year as the shape states them."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.desk_pages import DESK_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, render_shape, shape_page

N = 40  # reports per shape and format: 720 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in DESK_KINDS} <= set(SHAPES)


def test_every_desk_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses, read = ExtractConfig(tag=False), [], Counter()
    for i in range(N):
        rep = sample_report("desk22", i, "txt", 0.0)
        for kind in DESK_KINDS:
            page = shape_page(rep, f"hidden.{kind}")
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{kind}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                got = (record.status.value, record.metadata.agency, record.metadata.year)
                read[kind] += 1
                if got != (page.status, page.agency, page.year):
                    misses.append((kind, fmt, got, (page.status, page.agency, page.year)))
    assert all(read[kind] == 2 * N for kind in DESK_KINDS), read
    assert not misses, misses[:10]


def test_the_shapes_vary_their_places() -> None:
    agencies = {kind: {shape_page(sample_report("desk22", i, "txt", 0.0), f"hidden.{kind}").agency for i in range(N)}
                for kind in DESK_KINDS}
    assert all(len(agencies[k]) >= N // 2 for k in DESK_KINDS if k != "whole_word_township"), agencies
    assert len(agencies["whole_word_township"]) >= 8  # the few real townships opening on 全/本/各
