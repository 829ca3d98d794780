"""heldout18 and heldout23's agency shapes (``nianbao.synth.template_pages``) written at volume in text and HTML and
read back: every page's status (partial), agency and year as the shape states them. (The shapes are drawn here, not
through ``nianbao.synth.shapes.SHAPES``: adding kinds there reshuffles every seeded draw of ``nianbao synth``.)"""

from __future__ import annotations

import random
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import ShapedPage, render_shape
from nianbao.synth.template_pages import TEMPLATE_KINDS, TEMPLATE_SHAPES

N = 60  # reports per shape and format: 480 pages


def test_every_template_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses, read = ExtractConfig(tag=False), [], 0
    agencies: dict[str, set[str | None]] = {kind: set() for kind in TEMPLATE_KINDS}
    for i in range(N):
        rep = sample_report("sealed", i, "txt", 0.0)
        for kind in TEMPLATE_KINDS:
            lines, agency, year = TEMPLATE_SHAPES[kind](random.Random(f"{rep.seed}:template:{kind}"), rep)
            page = ShapedPage(f"hidden.{kind}", tuple(lines), agency, year, True, True)
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
