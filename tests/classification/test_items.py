"""Items: what a tagger reads of a paragraph, and the views of it training adds."""

from __future__ import annotations

import numpy as np

from nianbao.classification.backends.sklearn import SklearnTagger
from nianbao.classification.items import LABELS, Item, label_matrix
from nianbao.core.codebook import PREAMBLE_SECTION


def test_a_lost_section_heading_puts_the_paragraph_under_the_preamble_with_its_sub_headings() -> None:
    item = Item("全年主动公开政府信息120条。", "overview", ("一、总体情况", "（一）主动公开"))
    lost = item.section_lost()
    assert lost == Item(item.text, PREAMBLE_SECTION.id, (PREAMBLE_SECTION.label, "（一）主动公开"))
    # Nothing to lose for a paragraph already in the preamble, or one the layout placed nowhere.
    assert Item("本报告依据条例编制。", "preamble", ("报告说明",)).section_lost() is None
    assert Item("全年主动公开政府信息120条。").section_lost() is None


def test_training_adds_the_lost_section_view_only_when_asked() -> None:
    items = [Item("全年主动公开政府信息120条。", "overview", ("一、总体情况", "（一）主动公开")),
             Item("本报告依据条例编制。", "preamble", ("报告说明",))]
    y = label_matrix([["proactive_disclosure"], ["preamble"]])
    with_lost, y_with, _ = SklearnTagger().training_set(items, y, None)
    without, _, _ = SklearnTagger(lost_section=False).training_set(items, y, None)
    assert set(with_lost) - set(without) == {items[0].section_lost()}
    # The copy keeps its paragraph's labels.
    row = with_lost.index(items[0].section_lost())
    assert [LABELS[j] for j in np.flatnonzero(y_with[row])] == ["proactive_disclosure"]
