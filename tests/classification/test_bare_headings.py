"""A paragraph that is a bare heading (kept because it heads nothing: a page's cut-off last line, a part the
editor left out) is labelled by what its own words name, else by the part it sits in: it holds no sentence for
the model to read. Fixtures are our own words."""

from __future__ import annotations

from nianbao.classification.items import Item
from nianbao.classification.structure_rules import apply_structure_rules, bare_heading_topics

PART_TWO = ("二、主动公开政府信息情况",)


def test_a_bare_heading_takes_its_own_words_topic_else_its_parts() -> None:
    assert bare_heading_topics(Item("三、政府信息依申请", "proactive", PART_TWO)) == ["disclosure_on_request"]
    assert bare_heading_topics(Item("（二）公开形式（略）", "proactive", PART_TWO)) == ["proactive_disclosure"]
    assert bare_heading_topics(Item("（一）公", "proactive", PART_TWO)) == ["proactive_disclosure"]


def test_a_paragraph_with_a_sentence_or_no_telling_part_is_left_to_the_model() -> None:
    assert bare_heading_topics(Item("（一）公开内容。本局全年主动公开信息86条。", "proactive", PART_TWO)) is None
    assert bare_heading_topics(Item("（二）工作开展（略）", "overview", ("一、概述",))) is None
    assert bare_heading_topics(Item("本局全年主动公开信息86条", "proactive", PART_TWO)) is None


def test_the_rule_replaces_the_models_guess() -> None:
    items = [Item("（二）公开形式（略）", "proactive", PART_TWO)]
    labels = [["problems"]]
    apply_structure_rules(items, labels)
    assert labels == [["proactive_disclosure"]]
