"""At volume: a report a crawler ran into one line, a space where each heading, paragraph and table row ended
(nianbao/synth/flowed_text.py ``spaced_text``), must read as the same report a part a line: the same paragraphs,
whole, in the same sections (``layout.crawled``). A paragraph opening on a number or a Latin word right after
a sentence's end is left out of the comparison: a page keeps a space before a number wherever it stands, so a
reader cannot tell that space from a paragraph's edge (such reports are skipped; most are compared). The same holds
with the items' numbers in half-width brackets ('(三)', ``half_width_items``), as many portals write them."""

from __future__ import annotations

import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.flowed_text import half_width_items, lined_text, spaced_text
from nianbao.synth.sample import sample_report

SEED = "spaced"
REPORTS = 80


def _ambiguous(rep) -> bool:  # noqa: ANN001  (a synth Report)
    """A paragraph opening on a number or a Latin word after a paragraph ending a sentence: no edge to see."""
    texts = [b.text for b in rep.blocks if b.kind != "table"]
    return any(a[-1:] in "。！？!?；;" and b[:1].isascii() and b[:1].isalnum() for a, b in zip(texts, texts[1:]))


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    record = extract(path, ExtractConfig(tag=False))
    return [(p.section, re.sub(r"\s+", "", p.text)) for p in record.paragraphs]


def test_spaced_one_line_report_reads_as_its_lines(tmp_path: Path) -> None:
    long_lines = compared = 0
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        if _ambiguous(rep):
            continue
        compared += 1
        spaced, lined = tmp_path / f"{index}s.txt", tmp_path / f"{index}l.txt"
        spaced.write_text(spaced_text(rep), encoding="utf-8")
        lined.write_text(lined_text(rep), encoding="utf-8")
        assert spaced.read_text(encoding="utf-8").count("\n") == 2  # the title, then one line
        long_lines += len(spaced_text(rep)) > 1000
        want, got = _paragraphs(lined), _paragraphs(spaced)
        assert want, index
        assert got == want, (index, [p for p in want if p not in got][:2], [p for p in got if p not in want][:2])
    assert long_lines == compared >= REPORTS * 0.7


def test_spaced_one_line_report_with_half_width_item_numbers_reads_as_its_lines(tmp_path: Path) -> None:
    compared = 0
    for index in range(REPORTS // 2):
        rep = sample_report(f"{SEED}-half", index, "txt", 0.0)
        if _ambiguous(rep) or "（" not in spaced_text(rep):
            continue
        compared += 1
        spaced, lined = tmp_path / f"{index}s.txt", tmp_path / f"{index}l.txt"
        spaced.write_text(half_width_items(spaced_text(rep)), encoding="utf-8")
        lined.write_text(half_width_items(lined_text(rep)), encoding="utf-8")
        want, got = _paragraphs(lined), _paragraphs(spaced)
        assert want, index
        assert got == want, (index, [p for p in want if p not in got][:2], [p for p in got if p not in want][:2])
    assert compared >= REPORTS // 2 * 0.5
