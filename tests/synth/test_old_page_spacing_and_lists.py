"""Pre-2019 synth pages in three shapes real pages showed (paras13 survey), at volume: headings typed with a
space for the enumeration comma and short ones spread out ('一 概 述'), problems and measures as inline lists after a
colon ('…不足有：1.…；2.…。'), and an intro whose subject is the report ('本年报是根据…编制的2016年度…年度报告。', on
an untitled page the first line). Every gold paragraph comes out whole, in its section."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.pipeline import extract
from nianbao.synth.legacy import legacy_gold, render_legacy, sample_legacy

PAGES = 40


@pytest.mark.parametrize(("flag", "rendering"), [("spaced_headings", "lines"), ("inline_lists", None),
                                                 ("inline_lists", "crawler"), ("subject_intro", None)])
def test_old_pages_keep_every_paragraph_whole_in_its_section(tmp_path: Path, flag: str, rendering: str | None) -> None:
    missing, misplaced, total = [], [], 0
    for index in range(PAGES):
        rep = sample_legacy("old-spacing", index, rendering, styled={flag: True})
        path = tmp_path / rep.doc_id
        path.write_bytes(render_legacy(rep))
        record = extract(path, ExtractConfig(tag=False))
        found = {paragraph_key(p.text): p.section for p in record.paragraphs}
        for gold in legacy_gold(rep)["paragraphs"]:
            total += 1
            if gold["key"] not in found:
                missing.append((index, gold["labels"]))
            elif found[gold["key"]] != gold["section"]:
                misplaced.append((index, gold["section"], found[gold["key"]]))
    assert total > PAGES * 5
    assert not missing and not misplaced, (missing[:5], misplaced[:5])


def test_the_styles_are_drawn_in_a_corpus() -> None:
    styles = [sample_legacy("old-spacing-drawn", i, "lines").style for i in range(200)]
    assert any(s.spaced_headings for s in styles) and any(s.inline_lists for s in styles)
    assert any(s.subject_intro for s in styles)
