"""Leave-one-group-out cross-validation: train on every other group of reports (and any extra examples
outside the group), score the held-out group's gold, once with its structure and once content-only.

A group is one report (leave-one-report-out, LORO), one agency's reports (leave-one-agency-out: 平潭's
five years go out together, with its weakly labelled years), or one source format. Per-group true and
false positives are kept, so a bootstrap over the groups (``nianbao.core.bootstrap``) gives an interval.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from nianbao.core.bootstrap import summary

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
    protocol: str = "report"  # what a fold holds out: report, agency or format
    # group → mode → (tp, fp, fn) of the micro scores, for the bootstrap over groups
    per_group: dict[str, dict[str, tuple[int, int, int]]] = field(default_factory=dict)

    def intervals(self, draws: int = 2000) -> dict[str, dict]:
        """Per mode: pooled scores and the 95% bootstrap interval of micro F1 over the held-out groups."""
        return {m: summary({g: c[m] for g, c in self.per_group.items()}, draws) for m in MODES}

    def to_dict(self) -> dict:
        return {"backend": self.backend, "settings": self.settings, "documents": self.documents,
                "protocol": self.protocol, "groups": sorted(self.per_group),
                "modes": {m: s.to_dict() for m, s in self.scores.items()}, "per_document": self.per_document,
                "bootstrap_over_groups": self.intervals(),
                "mean_fit_seconds": round(self.fit_seconds / max(len(self.per_group), 1), 3)}


def _held_out(gold: list[Example], extra: list[Example], doc: str | set[str]) -> tuple[list[Example], list[Example]]:
    docs = {doc} if isinstance(doc, str) else doc
    return [e for e in [*gold, *extra] if e.doc_id not in docs], [e for e in gold if e.doc_id in docs]


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
    """``leave_one_group_out`` with each report its own group."""
    return leave_one_group_out(gold, make, extra, weights, backend, settings, progress, tune_threshold)


def leave_one_group_out(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                        weights: dict[str, float] | None = None, backend: str = "", settings: dict | None = None,
                        progress: Callable[[str], None] | None = None, tune_threshold: bool = False,
                        groups: dict[str, str] | None = None, protocol: str = "report") -> CVResult:
    """Score ``make()`` taggers on each group of ``gold``'s reports in turn, trained on all the other examples.

    ``groups`` maps a doc_id to its group (default: every report its own); a document it does not name
    is its own group. ``extra`` (weak or synthetic examples) joins every training set, less those of the
    held-out group's documents. With ``tune_threshold`` each fold's decision threshold is chosen by
    ``choose_threshold`` on the training reports only (nested), as training with a tuned threshold does.
    """
    groups = groups or {}
    group = lambda doc: groups.get(doc, doc)  # noqa: E731
    documents = sorted({e.doc_id for e in gold})
    held = sorted({group(d) for d in documents})
    result = CVResult(backend, settings or {}, documents, protocol=protocol)
    thresholds = {}
    for name in held:
        docs = {d for d in {e.doc_id for e in [*gold, *extra]} if group(d) == name}
        train, test = _held_out(gold, extra, docs)
        items, y, w = arrays(train, weights)
        start = time.perf_counter()
        tagger = make().fit(items, y, sample_weight=w)
        result.fit_seconds += time.perf_counter() - start
        threshold = tagger.config.threshold
        if tune_threshold:
            rest = [e for e in extra if e.doc_id not in docs]
            threshold = thresholds[name] = choose_threshold([e for e in gold if e.doc_id not in docs], make, rest,
                                                            weights, default=threshold)
        pooled = {}
        for mode, view in _views(test).items():
            predicted = decide(tagger.predict_scores(view), threshold)
            folds = {d: ParagraphScores() for d in sorted({e.doc_id for e in test})}
            fold = ParagraphScores()
            for example, labels in zip(test, predicted):
                folds[example.doc_id].add(example.labels, labels)
                fold.add(example.labels, labels)
                result.scores[mode].add(example.labels, labels)
            for d, scores in folds.items():
                result.per_document.setdefault(d, {})[mode] = round(scores.micro.f1, 4)
            pooled[mode] = (fold.micro.tp, fold.micro.fp, fold.micro.fn)
        result.per_group[name] = pooled
        if progress:
            f1 = {m: (2 * c[0] / (2 * c[0] + c[1] + c[2]) if sum(c) else 0.0) for m, c in pooled.items()}
            progress(f"{name}: " + ", ".join(f"{m} {f1[m]:.3f}" for m in MODES)
                     + (f" (threshold {threshold})" if tune_threshold else ""))
    if tune_threshold:
        result.settings = {**result.settings, "thresholds_chosen_per_fold": thresholds}
    return result
