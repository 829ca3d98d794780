"""Leave-one-report-out cross-validation: train on every other report (and any extra examples),
score the held-out report's gold, once with its structure and once content-only."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

from classification.base import Example, Tagger, decide
from classification.data import arrays
from classification.metrics import ParagraphScores

MODES = ("structure", "content")


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


def leave_one_report_out(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                         weights: dict[str, float] | None = None, backend: str = "", settings: dict | None = None,
                         progress: Callable[[str], None] | None = None) -> CVResult:
    """Score ``make()`` taggers on each report of ``gold`` in turn, trained on all the other examples.

    ``extra`` (weak or synthetic examples) joins every training set, less those of the held-out report.
    """
    documents = sorted({e.doc_id for e in gold})
    result = CVResult(backend, settings or {}, documents)
    for doc in documents:
        train = [e for e in [*gold, *extra] if e.doc_id != doc]
        test = [e for e in gold if e.doc_id == doc]
        items, y, w = arrays(train, weights)
        start = time.perf_counter()
        tagger = make().fit(items, y, sample_weight=w)
        result.fit_seconds += time.perf_counter() - start
        test_items, y_true, _ = arrays(test)
        result.per_document[doc] = {}
        for mode in MODES:
            view = test_items if mode == "structure" else [i.content_only() for i in test_items]
            predicted = decide(tagger.predict_scores(view), tagger.config.threshold)
            fold = ParagraphScores()
            for example, labels in zip(test, predicted):
                fold.add(example.labels, labels)
                result.scores[mode].add(example.labels, labels)
            result.per_document[doc][mode] = round(fold.micro.f1, 4)
        if progress:
            progress(f"{doc}: " + ", ".join(f"{m} {result.per_document[doc][m]:.3f}" for m in MODES))
    return result
