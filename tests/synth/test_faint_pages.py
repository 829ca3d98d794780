"""heldout14's page shapes (``nianbao.synth.faint_pages``) written at volume in text and HTML and read back:
every page's status (partial), agency (or none) and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.sample import sample_report
from nianbao.synth.faint_pages import FAINT_KINDS
from nianbao.synth.shapes import render_shape, shape_page

N = 100  # reports per shape and format: 1,000 pages


def test_every_sealed_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses, read = ExtractConfig(tag=False), [], 0
    for i in range(N):
        rep = sample_report("sealed", i, "txt", 0.0)
        for kind in FAINT_KINDS:
            page = shape_page(rep, f"hidden.{kind}")
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{kind}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                got = (record.status.value, record.metadata.agency, record.metadata.year)
                want = (page.status, page.agency, page.year)
                read += 1
                if got != want:
                    misses.append((kind, fmt, got, want))
    assert read == N * len(FAINT_KINDS) * 2
    assert not misses, misses[:10]
