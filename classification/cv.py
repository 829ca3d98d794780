"""Leave-one-report-out cross-validation: train on every other report (and any extra examples),
score the held-out report's gold, once with its structure and once content-only."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from nianbao.classification.base import Tagger

from nianbao.classification.items import Example, decide
from nianbao.classification.data import arrays
from nianbao.classification.metrics import ParagraphScores

MODES = ("structure", "content")
# Decision thresholds tried when a threshold is chosen by cross-validation on the training reports.
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


@dataclass
class CVResult:
    backend: str
    settings: dict[str, Any]
    documents: list[str]
    scores: dict[str, ParagraphScores] = field(default_factory=lambda: {m: ParagraphScores() for m in MODES})
    per_document: dict[str, dict[str, float]] = field(default_factory=dict)  # doc → mode → micro F1
    fit_seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"backend": self.backend, "settings": self.settings, "documents": self.documents,
                "modes": {m: s.to_dict() for m, s in self.scores.items()}, "per_document": self.per_document,
                "mean_fit_seconds": round(self.fit_seconds / max(len(self.documents), 1), 3)}


def _held_out(gold: list[Example], extra: list[Example], doc: str) -> tuple[list[Example], list[Example]]:
    return [e for e in [*gold, *extra] if e.doc_id != doc], [e for e in gold if e.doc_id == doc]


def _views(test: list[Example]) -> dict[str, list]:
    items, _, _ = arrays(test)
    return {"structure": items, "content": [i.content_only() for i in items]}


def choose_threshold(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                     weights: dict[str, float] | None = None, candidates: tuple[float, ...] = THRESHOLDS,
                     default: float = 0.3) -> float:
    """The decision threshold with the best micro F1, both modes pooled, leave-one-report-out on ``gold``
    (ties go to the one nearest ``default``). Only ``gold``'s reports are read: nested inside
    ``leave_one_report_out`` it never sees the held-out report."""
    held_out: list[tuple[list[list[str]], dict[str, np.ndarray]]] = []
    for doc in sorted({e.doc_id for e in gold}):
        train, test = _held_out(gold, extra, doc)
        items, y, w = arrays(train, weights)
        tagger = make().fit(items, y, sample_weight=w)
        held_out.append(([e.labels for e in test], {m: tagger.predict_scores(v) for m, v in _views(test).items()}))

    def f1(threshold: float) -> float:
        scores = ParagraphScores()
        for labels, by_mode in held_out:
            for mode in MODES:
                for gold_labels, predicted in zip(labels, decide(by_mode[mode], threshold)):
                    scores.add(gold_labels, predicted)
        return round(scores.micro.f1, 6)

    return max(candidates, key=lambda t: (f1(t), -abs(t - default)))


def leave_one_report_out(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                         weights: dict[str, float] | None = None, backend: str = "", settings: dict | None = None,
                         progress: Callable[[str], None] | None = None, tune_threshold: bool = False) -> CVResult:
    """Score ``make()`` taggers on each report of ``gold`` in turn, trained on all the other examples.

    ``extra`` (weak or synthetic examples) joins every training set, less those of the held-out report.
    With ``tune_threshold`` each fold's decision threshold is chosen by ``choose_threshold`` on the
    other reports only (nested), as training with a tuned threshold does.
    """
    documents = sorted({e.doc_id for e in gold})
    result = CVResult(backend, settings or {}, documents)
    thresholds = {}
    for doc in documents:
        train, test = _held_out(gold, extra, doc)
        items, y, w = arrays(train, weights)
        start = time.perf_counter()
        tagger = make().fit(items, y, sample_weight=w)
        result.fit_seconds += time.perf_counter() - start
        threshold = tagger.config.threshold
        if tune_threshold:
            rest = [e for e in extra if e.doc_id != doc]
            threshold = thresholds[doc] = choose_threshold([e for e in gold if e.doc_id != doc], make, rest, weights,
                                                           default=threshold)
        result.per_document[doc] = {}
        for mode, view in _views(test).items():
            predicted = decide(tagger.predict_scores(view), threshold)
            fold = ParagraphScores()
            for example, labels in zip(test, predicted):
                fold.add(example.labels, labels)
                result.scores[mode].add(example.labels, labels)
            result.per_document[doc][mode] = round(fold.micro.f1, 4)
        if progress:
            progress(f"{doc}: " + ", ".join(f"{m} {result.per_document[doc][m]:.3f}" for m in MODES)
                     + (f" (threshold {threshold})" if tune_threshold else ""))
    if tune_threshold:
        result.settings = {**result.settings, "thresholds_chosen_per_fold": thresholds}
    return result
