"""At volume: a portal's frame set under the title (nianbao/synth/frame_pages.py) — a metadata block with or without
colons, an ordered-list breadcrumb, a font switch and a share bar — is no narrative: each page yields exactly its
preamble and overview paragraphs, its title, and every character placed."""

from __future__ import annotations

import random
import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.frame_pages import framed_page
from nianbao.synth.sample import sample_report

SEED = "frames"
REPORTS = 120


def test_a_frame_under_the_title_is_no_paragraph(tmp_path: Path) -> None:
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        text, wanted = framed_page(random.Random(f"{SEED}-{index}"), rep)
        path = tmp_path / f"{index}.txt"
        path.write_text(text, encoding="utf-8")
        record = extract(path, ExtractConfig(tag=False))
        got = [re.sub(r"\s+", "", p.text) for p in record.paragraphs]
        assert got == [re.sub(r"\s+", "", w) for w in wanted], (index, got[:3])
        assert record.metadata.title == rep.title, (index, record.metadata.title)
        assert record.coverage is not None and record.coverage > 0.99, (index, record.coverage)
