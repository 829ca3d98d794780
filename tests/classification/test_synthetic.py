"""Synthetic paragraphs: every label, reproducible, and none of their wording taken from the reports."""

from __future__ import annotations

import re

from nianbao.classification.items import LABELS
from nianbao.classification.synthetic import phrase_banks, synthetic_examples
from nianbao.batch.inputs import discover
from nianbao.core.codebook import SECTIONS
from tests.conftest import shared


def test_every_label_appears_and_a_seed_gives_the_same_paragraphs() -> None:
    examples = synthetic_examples(400, seed=3)
    assert {label for e in examples for label in e.labels} == set(LABELS)
    assert any(len(e.labels) == 2 for e in examples) and any(not e.item.path[1:] for e in examples)
    assert [e.item for e in synthetic_examples(50, seed=3)] == [e.item for e in examples[:50]]


# Shared vocabulary rather than any report's prose: titles in 《》, the official section titles, set phrases.
SET_PHRASES = re.compile("《[^》]*》|" + "|".join(s.label.split("、", 1)[1] for s in SECTIONS)
                         + "|习近平新时代中国特色社会主义思想|政府信息公开行政复议和行政诉讼情况")


def test_no_phrase_is_copied_from_a_real_report() -> None:
    reports = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8", errors="ignore"))
                      for p in discover([shared("seeds"), shared("corpus")]) if p.suffix in (".txt", ".md", ".html"))
    for label, bank in phrase_banks()["labels"].items():
        for sentence in bank["sentences"]:
            # The fixed stretches between slots; 14 characters in a row is more than chance agreement.
            for piece in re.split(r"\{\w+\}", SET_PHRASES.sub("{set}", sentence)):
                for i in range(0, max(0, len(piece) - 13)):
                    assert piece[i:i + 14] not in reports, f"{label}: {piece[i:i + 14]!r} is a report's wording"
