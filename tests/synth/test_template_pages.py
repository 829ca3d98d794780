"""heldout18 and heldout23's agency shapes (``nianbao.synth.template_pages``) written at volume in text and HTML and read back:
every page's status (partial), agency and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.template_pages import TEMPLATE_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, render_shape, shape_page

N = 60  # reports per shape and format: 480 pages


def test_every_aside_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in TEMPLATE_KINDS} <= set(SHAPES)


def test_every_aside_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses, read = ExtractConfig(tag=False), [], 0
    agencies: dict[str, set[str | None]] = {kind: set() for kind in TEMPLATE_KINDS}
    for i in range(N):
        rep = sample_report("sealed", i, "txt", 0.0)
        for kind in TEMPLATE_KINDS:
            page = shape_page(rep, f"hidden.{kind}")
            agencies[kind].add(page.agency)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{kind}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                got = (record.status.value, record.metadata.agency, record.metadata.year)
                want = (page.status, page.agency, page.year)
                read += 1
                if got != want:
                    misses.append((kind, fmt, got, want))
    assert read == N * len(TEMPLATE_KINDS) * 2
    assert not misses, misses[:10]
    # every shape states a body, and many different ones: the rules are not read back on one name
    assert all(None not in names and len(names) > N // 4 for names in agencies.values()), {
        k: len(v) for k, v in agencies.items()}
