"""At volume: page damage that ran a report's paragraphs together (nianbao/synth/lost_marks.py), read back
as the undamaged report a part a line reads: lost characters ('????') before headings, items and paragraphs
(the marks taken off the line they stood before, no paragraph of them alone), a frame line with no
sentence's punctuation above the stock opening (the opening a paragraph whole), and a mirror's glossed one-line
text of the report's first parts (cut at its parts as the lines are)."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.lost_marks import RUN_ON_CHARS, framed_opening_text, glossed_one_line, lost_marks_text, stock_opening
from nianbao.synth.sample import sample_report

SEED = "lost-marks"
REPORTS = 60
_LOST = re.compile(r"^[?？]{2,}")


def _paragraphs(path: Path, text: str) -> list[tuple[str, str]]:
    path.write_text(text, encoding="utf-8")
    return [(p.section, re.sub(r"\s+", "", p.text)) for p in extract(path, ExtractConfig(tag=False)).paragraphs]


def test_lost_characters_before_lines_leave_the_paragraphs_as_they_were(tmp_path: Path) -> None:
    seen: Counter = Counter()
    for index in range(REPORTS):
        rep = sample_report(SEED, index, "txt", 0.0)
        damaged, lined, marked = lost_marks_text(random.Random(f"{SEED}-{index}"), rep)
        want = _paragraphs(tmp_path / f"{index}l.txt", lined)
        got = _paragraphs(tmp_path / f"{index}d.txt", damaged)
        assert want, index
        assert not [t for _, t in got if not t.strip("?？")], index  # no paragraph of lost characters alone
        # the marks at a line's start are no text of the report: the paragraph reads as it did undamaged
        assert got == want, (index, [p for p in want if p not in got][:2])
        assert not [t for _, t in got if _LOST.match(t)], index
        seen["reports"] += 1
        seen["marked paragraphs"] += len({re.sub(r"\s+", "", m) for m in marked} & {t for _, t in want})
    assert seen["reports"] == REPORTS and seen["marked paragraphs"] >= REPORTS, seen


def test_a_frame_line_above_the_stock_opening_leaves_the_preamble_whole(tmp_path: Path) -> None:
    compared = 0
    for index in range(REPORTS * 2):
        rep = sample_report(f"{SEED}-frame", index, "txt", 0.0)
        if not stock_opening(rep):
            continue
        damaged, lined, frame = framed_opening_text(random.Random(f"{SEED}-frame-{index}"), rep)
        want = _paragraphs(tmp_path / f"{index}l.txt", lined)
        got = _paragraphs(tmp_path / f"{index}d.txt", damaged)
        assert want[0][0] == "preamble", index
        assert [p for p in got if p in want] == want, (index, frame, [p for p in want if p not in got][:1])
        # what more there is, is the frame line's text alone (kept as the page's), never joined to a paragraph
        assert all(frame.replace(" ", "").startswith(t) or t in frame.replace(" ", "") for _, t in got if (_, t) not in want), \
            (index, frame)
        compared += 1
    assert compared >= REPORTS // 2, compared


def test_a_glossed_one_line_excerpt_reads_as_its_lines(tmp_path: Path) -> None:
    compared = 0
    for index in range(REPORTS * 2):
        rep = sample_report(f"{SEED}-gloss", index, "txt", 0.0)
        made = glossed_one_line(random.Random(f"{SEED}-gloss-{index}"), rep)
        if made is None:
            continue
        glossed, lined = made
        parts = lined.split("\n")[1:-1]
        if any(a[-1:] in "。！？!?；;" and b[:1].isascii() and b[:1].isalnum() for a, b in zip(parts, parts[1:])):
            continue  # a part opening on a number after a sentence's end: a page keeps a space there anyway
        assert len(glossed.split("\n")[1]) > RUN_ON_CHARS > len(" ".join(parts)), index
        want = _paragraphs(tmp_path / f"{index}l.txt", lined)
        got = _paragraphs(tmp_path / f"{index}g.txt", glossed)
        assert want, index
        assert got == want, (index, [p for p in want if p not in got][:2], [p for p in got if p not in want][:2])
        compared += 1
    assert compared >= 20, compared
