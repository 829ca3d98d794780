"""Multi-label scores for paragraph labels: per-label precision, recall and F1, micro and macro
averages, and the confusion among the close labels of section 五."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from nianbao.classification.items import LABELS
from nianbao.core.gold import Paragraph as GoldParagraph
from nianbao.core.keys import paragraph_key

# The labels readers most often mix up: this year's problems, what will be done, last year's rectification.
CLOSE_LABELS: tuple[str, ...] = ("problems", "improvements", "prior_rectification")
assert set(CLOSE_LABELS) <= set(LABELS)
NONE = "(none)"


@dataclass
class LabelScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "support": self.support, "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class ParagraphScores:
    """Scores of predicted against gold label sets over a number of paragraphs."""

    paragraphs: int = 0
    labels: dict[str, LabelScore] = field(default_factory=lambda: {label: LabelScore() for label in LABELS})
    # confusion[gold][predicted]: paragraphs with that gold close label that got that predicted close label
    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {g: {p: 0 for p in (*CLOSE_LABELS, NONE)} for g in CLOSE_LABELS})
    exact: int = 0  # paragraphs whose label set is exactly right

    def add(self, gold: list[str], predicted: list[str]) -> None:
        self.paragraphs += 1
        g, p = set(gold), set(predicted)
        self.exact += g == p
        for label in g | p:
            score = self.labels[label]
            score.tp += label in g and label in p
            score.fp += label in p and label not in g
            score.fn += label in g and label not in p
        close_predicted = [label for label in CLOSE_LABELS if label in p] or [NONE]
        for label in CLOSE_LABELS:
            if label in g:
                for q in close_predicted:
                    self.confusion[label][q] += 1

    def add_matrix(self, y_true: np.ndarray, y_pred: np.ndarray) -> None:
        for t, q in zip(np.asarray(y_true), np.asarray(y_pred)):
            self.add([LABELS[j] for j in np.flatnonzero(t)], [LABELS[j] for j in np.flatnonzero(q)])

    @property
    def micro(self) -> LabelScore:
        s = LabelScore()
        for score in self.labels.values():
            s.tp, s.fp, s.fn = s.tp + score.tp, s.fp + score.fp, s.fn + score.fn
        return s

    def macro(self) -> dict[str, float]:
        """Unweighted means over the labels that occur in gold or predictions (others have no score)."""
        seen = [s for s in self.labels.values() if s.tp + s.fp + s.fn]
        if not seen:
            return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        return {k: round(float(np.mean([getattr(s, k) for s in seen])), 4) for k in ("precision", "recall", "f1")}

    def to_dict(self) -> dict:
        micro = self.micro.to_dict()
        return {
            "paragraphs": self.paragraphs,
            "exact_match": round(self.exact / self.paragraphs, 4) if self.paragraphs else None,
            "micro": {k: micro[k] for k in ("precision", "recall", "f1")},
            "macro": self.macro(),
            "labels": {label: s.to_dict() for label, s in self.labels.items() if s.tp + s.fp + s.fn},
            "confusion": self.confusion,
        }



def score_paragraphs(scores: ParagraphScores, gold: list[GoldParagraph], paragraphs: list) -> None:
    """Add a document's paragraphs to ``scores``: gold entries matched to paragraphs by key (a gold
    paragraph the layout no longer produces counts as predicted with no label)."""
    predicted = {paragraph_key(p.text): list(p.labels) for p in paragraphs}
    for entry in gold:
        scores.add(list(entry.labels), predicted.get(entry.key, []))
