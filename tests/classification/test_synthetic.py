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


# corpus/gold/README "How to label", Counts and Proposals: a count belongs to the topic it measures.
_PUBLISHED = re.compile(r"(发布|推送|公开|转发)[^，。；]{0,14}?\d+(余)?(条|篇)")
_CHANNEL_OWN = re.compile(r"访问量|访问\d|关注人数|粉丝|订阅用户|阅读量|独立访客")
_REPLIES_AS_ITEMS = re.compile(r"公开[^，。；]{0,12}\d+件、建议提案办理复文")


def test_synthetic_counts_carry_the_label_of_what_they_measure() -> None:
    examples = synthetic_examples(6000, seed=11)
    for e in examples:
        for sentence in re.split(r"(?<=。)", e.item.text):
            if _PUBLISHED.search(sentence):
                assert "proactive_disclosure" in e.labels or set(e.labels) & {"innovation", "key_points", "other"}, (
                    e.labels, sentence)
            if _CHANNEL_OWN.search(sentence):
                assert "platform_building" in e.labels, (e.labels, sentence)
            if _REPLIES_AS_ITEMS.search(sentence):
                assert "proposals" not in e.labels or "proposals" in e.labels and "proactive_disclosure" in e.labels
    published_alone = [e for e in examples if e.labels == ["proactive_disclosure"] and "公众号" in e.item.text]
    channel_alone = [e for e in examples if e.labels == ["platform_building"] and _CHANNEL_OWN.search(e.item.text)]
    assert published_alone and channel_alone  # both kinds are generated at volume, each under its own label
