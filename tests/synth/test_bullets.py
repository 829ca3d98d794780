"""Section headings written as list items (``nianbao.synth.bullets``), at volume: every paragraph up to the first
table comes out whole, in its section."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.bullets import bulleted_page
from nianbao.synth.sample import sample_report


def test_bulleted_section_headings_open_their_sections(tmp_path: Path) -> None:
    misses = []
    for i in range(60):
        rep = sample_report("bullets", i, "txt", 0.0)
        lines, paragraphs = bulleted_page(rep)
        path = tmp_path / f"page-{i}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        got = {p.text: p.section for p in extract(path, ExtractConfig(tag=False)).paragraphs}
        lost = [(t[:16], s, got.get(t)) for t, s in paragraphs if got.get(t) != s]
        if lost:
            misses.append((i, [ln for ln in lines if ln[:1] in "-•●"][:2], lost))
    assert not misses, misses
