"""At volume: narrative a cut or an editor left in an odd shape (nianbao/synth/cut_part_pages.py) comes out as
paragraphs: an old one-line page's stock preamble without its title's cut tail, a cut sub-heading at the text's
end, a sub-heading whose text the editor left out ('（二）公开形式（略）'), and a sentence standing in for table 二
cut before its stop (prose, not table text)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.cut_part_pages import cut_table_prose_line, omitted_part_page, title_tail_line
from nianbao.synth.sample import sample_report

SEED = "cut-parts"
REPORTS = 60


def _paragraphs(path: Path, text: str) -> list[tuple[str, str]]:
    path.write_text(text, encoding="utf-8")
    return [(p.section, re.sub(r"\s+", "", p.text)) for p in extract(path, ExtractConfig(tag=False)).paragraphs]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_an_old_one_line_page_opening_on_its_titles_tail_keeps_the_preamble_whole(tmp_path: Path) -> None:
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        text, wanted = title_tail_line(random.Random(f"{SEED}-tail-{index}"), rep)
        got = [t for _, t in _paragraphs(tmp_path / f"{index}.txt", text)]
        missing = [w for w in wanted if _squash(w) not in got]
        assert not missing, (index, missing[:1], got[:2])


def test_a_sub_heading_whose_text_was_left_out_is_kept_in_its_part(tmp_path: Path) -> None:
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        text, (omitted,) = omitted_part_page(random.Random(f"{SEED}-omit-{index}"), rep)
        got = _paragraphs(tmp_path / f"{index}.txt", text)
        assert ("proactive", _squash(omitted)) in got, (index, omitted, got)


def test_a_sentence_standing_in_for_table_two_cut_before_its_stop_is_narrative(tmp_path: Path) -> None:
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        text, (prose,) = cut_table_prose_line(random.Random(f"{SEED}-table-{index}"), rep)
        got = _paragraphs(tmp_path / f"{index}.txt", text)
        assert ("proactive", _squash(prose)) in got, (index, prose, got[-2:])
