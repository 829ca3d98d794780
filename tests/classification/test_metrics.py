"""Multi-label scores, worked by hand."""

from __future__ import annotations

import pytest

from nianbao.classification.items import decide, label_matrix
from nianbao.classification.metrics import ParagraphScores


def test_micro_macro_and_the_close_label_confusion() -> None:
    scores = ParagraphScores()
    scores.add(["problems"], ["problems"])
    scores.add(["problems", "improvements"], ["improvements"])
    scores.add(["prior_rectification"], ["problems"])
    scores.add(["proposals"], ["proposals", "innovation"])
    # problems tp1 fp1 fn1; improvements tp1; prior_rectification fn1; proposals tp1; innovation fp1
    assert scores.labels["problems"].f1 == pytest.approx(0.5)
    micro = scores.micro
    assert (micro.tp, micro.fp, micro.fn) == (3, 2, 2)
    assert micro.f1 == pytest.approx(0.6)
    assert scores.macro()["f1"] == pytest.approx((0.5 + 1 + 0 + 1 + 0) / 5)
    assert scores.confusion["prior_rectification"]["problems"] == 1
    assert scores.confusion["problems"] == {"problems": 1, "improvements": 1, "prior_rectification": 0, "(none)": 0}
    assert scores.to_dict()["exact_match"] == 0.25


def test_decide_gives_every_paragraph_a_label_and_unknown_labels_are_errors() -> None:
    y = label_matrix([["problems", "improvements"]])
    assert decide(y * 0.9) == [["improvements", "problems"]] or decide(y * 0.9) == [["problems", "improvements"]]
    assert decide(y * 0.1) == [["problems"]]  # nothing over the threshold: the best label still
    with pytest.raises(ValueError, match="unknown paragraph label"):
        label_matrix([["problem"]])
