"""The reporter shapes (``nianbao.synth.reporter_pages``) written at volume in text and HTML and read back: of two
plausible bodies on a page (a place and its government's office, an office and its own report, a department and
its government's desk, a body by its kind and by its place), the one the page reports as is read, or none where the
page states its body by kind alone and no place anywhere."""

from __future__ import annotations

import random
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.render_html import render_lines_html
from nianbao.synth.reporter_pages import SHAPES, reporter_page

N = 10  # pages per shape and format: 180 pages over the nine shapes read here
# (a visitor's comment naming another place's body of the same kind may still complete a bare kind: measured by
# benchmarks/agency_catalogue.py --reporter, not asserted here)
_READ = tuple(s for s in SHAPES if s != "kind_alone_injected")


def test_every_shape_names_its_reporter_on_the_page() -> None:
    rng = random.Random("reporter-lines")
    for shape in SHAPES:
        lines, names = reporter_page(rng, shape, 2022)
        # the page writes at least one of the names it is read by (a place's report may never write 'X县人民政府')
        assert not names or any(name in line for name in names for line in lines), (shape, names)


def test_every_reporter_page_reads_back_its_reporter(tmp_path: Path) -> None:
    config, misses = ExtractConfig(tag=False), []
    for shape in _READ:
        rng = random.Random(f"reporter-test:{shape}")
        for i in range(N):
            lines, names = reporter_page(rng, shape, rng.randint(2015, 2024))
            for fmt, data in (("txt", ("\n".join(lines) + "\n").encode()), ("html", render_lines_html(lines))):
                path = tmp_path / f"{shape}-{i}.{fmt}"
                path.write_bytes(data)
                got = extract(path, config).metadata.agency
                if (got not in names) if names else got is not None:
                    misses.append((shape, fmt, names, got))
    assert not misses, misses[:10]
