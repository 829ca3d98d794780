"""Reports whose overview heading is lost (``nianbao.synth.headless``, ``overview``), at volume: each paragraph of
the overview with a sub-heading right above it keeps that sub-heading at the end of its path — the first one
included, which stands right after the preamble's stock sentences where the overview opens on its first item
(its lead paragraph left out here, as some reports have none)."""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.headless import drop_headings
from nianbao.synth.render_text import render_text
from nianbao.synth.sample import sample_report


def test_sub_headings_stay_in_the_paths_when_the_overview_heading_is_lost(tmp_path: Path) -> None:
    misses, checked = [], 0
    for index in range(40):
        rep = sample_report("heading-paths", index, "txt", 0.0)
        blocks = drop_headings(rep.blocks, "overview", random.Random(index))
        first_heading = next((k for k, b in enumerate(blocks) if b.section == "overview" and b.kind == "heading"), None)
        if first_heading is None:
            continue  # an overview without sub-headings: no path to keep
        blocks = [b for k, b in enumerate(blocks) if not (k < first_heading and b.section == "overview" and b.kind == "para")]
        rep = dataclasses.replace(rep, blocks=blocks)
        want = {}
        for above, block in zip(rep.blocks, rep.blocks[1:]):
            if block.kind == "para" and block.section == "overview" and above.kind == "heading":
                want[block.text] = above.text.strip()
        path = tmp_path / rep.doc_id
        path.write_bytes(render_text(rep))
        got = {p.text: p.path for p in extract(path, ExtractConfig(tag=False)).paragraphs}
        for text, heading in want.items():
            checked += 1
            if text in got and (not got[text] or got[text][-1] != heading):
                misses.append((rep.doc_id, heading, got[text]))
    assert checked >= 100, checked
    assert not misses, misses[:5]
