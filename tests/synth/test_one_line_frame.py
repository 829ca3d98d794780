"""At volume: a report page whose portal frame a crawler ran into its title on one line
(nianbao/synth/one_line_frame.py) — an empty or stock-valued field, a chrome word or a breadcrumb's column
glued to the body's name — reads the body as the page without the frame does, with and without a space where
each break was."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.one_line_frame import framed_one_line, framed_publisher_page
from nianbao.synth.render_text import render_text
from nianbao.synth.sample import sample_report

SEED = "one-line-frame"
N = 60


def test_a_frame_run_into_the_title_is_no_part_of_the_body(tmp_path: Path) -> None:
    seen: Counter = Counter()
    misses = []
    for i in range(N):
        rep = sample_report(SEED, i, "txt", 0.0)
        text = render_text(rep).decode(rep.style.encoding)
        for spaced in (False, True):
            shaped = framed_one_line(text, rep.agency.name, rep.year, f"{SEED}:{i}", spaced)
            if shaped is None:
                continue
            seen["pages"] += 1
            path = tmp_path / "page.txt"
            path.write_text(shaped, encoding="utf-8")
            record = extract(path, ExtractConfig(tag=False))
            if record.metadata.agency != rep.agency.name:
                misses.append((i, spaced, record.metadata.agency, rep.agency.name))
    assert seen["pages"] >= 100, seen
    assert not misses, misses[:8]


def test_a_school_or_enterprise_named_after_the_frame_on_one_line_is_read(tmp_path: Path) -> None:
    # a school named by no gazetteer place and a 集团 are read past the frame's words glued to their front
    misses, pages = [], 0
    for i in range(60):
        for spaced in (False, True):
            shaped, name, year = framed_publisher_page(SEED, i, spaced)
            pages += 1
            path = tmp_path / "page.txt"
            path.write_text(shaped, encoding="utf-8")
            record = extract(path, ExtractConfig(tag=False))
            if record.metadata.agency != name:
                misses.append((i, spaced, record.metadata.agency, name, shaped[:80]))
    assert pages >= 100
    assert not misses, misses[:8]
