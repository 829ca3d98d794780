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

from nianbao.classification.items import LABELS, Example, decide, label_matrix, threshold_vector
from nianbao.classification.examples import arrays
from nianbao.classification.metrics import ParagraphScores

MODES = ("structure", "content")
# Decision thresholds tried when a threshold is chosen by cross-validation on the training reports.
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
# … and a label's own threshold, chosen after the common one.
LABEL_THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


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
    # (gold labels, mode → scores) of every held-out report: out-of-fold scores to choose thresholds on
    held_out: list[tuple[list[list[str]], dict[str, np.ndarray]]] = field(default_factory=list, repr=False)
    fits: int = 0  # models fitted for this run (fits shared with an earlier run are not counted)

    def intervals(self, draws: int = 2000) -> dict[str, dict]:
        """Per mode: pooled scores and the 95% bootstrap interval of micro F1 over the held-out groups."""
        return {m: summary({g: c[m] for g, c in self.per_group.items()}, draws) for m in MODES}

    def to_dict(self) -> dict:
        return {"backend": self.backend, "settings": self.settings, "documents": self.documents,
                "protocol": self.protocol, "groups": sorted(self.per_group),
                "modes": {m: s.to_dict() for m, s in self.scores.items()}, "per_document": self.per_document,
                "bootstrap_over_groups": self.intervals(),
                "mean_fit_seconds": round(self.fit_seconds / max(self.fits, 1), 3), "fits": self.fits}


def _held_out(gold: list[Example], extra: list[Example], doc: str | set[str]) -> tuple[list[Example], list[Example]]:
    docs = {doc} if isinstance(doc, str) else doc
    return [e for e in [*gold, *extra] if e.doc_id not in docs], [e for e in gold if e.doc_id in docs]


def _views(test: list[Example]) -> dict[str, list]:
    items, _, _ = arrays(test)
    return {"structure": items, "content": [i.content_only() for i in items]}


class FoldScores:
    """Scores of gold reports by a model trained without them, by the set of documents left out of
    training: each fit is made once and serves every fold that leaves out the same documents (leaving out
    agency A to choose thresholds inside the fold that holds out agency B trains on what the fold holding
    out A does inside B: one model)."""

    def __init__(self, gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                 weights: dict[str, float] | None = None) -> None:
        self.gold, self.make, self.extra, self.weights = gold, make, list(extra), weights
        self.fits, self.fit_seconds = 0, 0.0
        self._cache: dict[frozenset[str], tuple[Tagger | None, dict[str, dict[str, np.ndarray]]]] = {}

    def scores(self, left_out: set[str] | frozenset[str]) -> dict[str, dict[str, np.ndarray]]:
        """doc → mode → scores of its gold paragraphs, by a model trained on everything but ``left_out``."""
        key = frozenset(left_out)
        if key not in self._cache:
            train, test = _held_out(self.gold, self.extra, set(key))
            items, y, w = arrays(train, self.weights)
            start = time.perf_counter()
            tagger = self.make().fit(items, y, sample_weight=w)
            self.fit_seconds += time.perf_counter() - start
            self.fits += 1
            by_doc: dict[str, dict[str, np.ndarray]] = {}
            for doc in sorted({e.doc_id for e in test}):
                views = _views([e for e in test if e.doc_id == doc])
                by_doc[doc] = {m: tagger.predict_scores(v) for m, v in views.items()}
            self._cache[key] = (tagger, by_doc)
        return self._cache[key][1]

    def tagger(self, left_out: set[str] | frozenset[str]) -> Tagger:
        self.scores(left_out)
        return self._cache[frozenset(left_out)][0]

    def out_of_fold(self, docs: set[str], groups: Callable[[str], str], left_out: set[str] = frozenset()
                    ) -> list[tuple[list[list[str]], dict[str, np.ndarray]]]:
        """Gold labels and out-of-fold scores of the reports ``docs``, each group of them scored by a model
        trained without it (and without ``left_out``, the documents of an outer fold)."""
        out = []
        for name in sorted({groups(d) for d in docs}):
            members = {d for d in docs if groups(d) == name}
            group_docs = {e.doc_id for e in [*self.gold, *self.extra] if groups(e.doc_id) == name} - set(left_out)
            scored = self.scores(set(left_out) | group_docs | members)
            for doc in sorted(members):
                labels = [e.labels for e in self.gold if e.doc_id == doc]
                out.append((labels, scored[doc]))
        return out


def _micro_f1(y: np.ndarray, scores: np.ndarray, thresholds: np.ndarray) -> float:
    best = np.zeros_like(y)
    if len(scores):
        best[np.arange(len(scores)), np.argmax(scores, axis=1)] = 1
    over = scores >= thresholds
    predicted = np.where(over.any(axis=1, keepdims=True), over, best.astype(bool))  # at least one label
    tp = int((predicted & (y == 1)).sum())
    fp, fn = int(predicted.sum()) - tp, int(y.sum()) - tp
    return round(2 * tp / (2 * tp + fp + fn), 6) if tp + fp + fn else 0.0


def choose_thresholds(held_out: list[tuple[list[list[str]], dict[str, np.ndarray]]], default: float = 0.3,
                      candidates: tuple[float, ...] = THRESHOLDS, label_candidates: tuple[float, ...] = LABEL_THRESHOLDS,
                      ) -> tuple[float, dict[str, float]]:
    """The decision thresholds with the best micro F1 on out-of-fold scores, both modes pooled: first one
    for every label (ties go to the one nearest ``default``), then, label by label (two passes), a label's
    own where that scores better (ties stay at the common one). Returns the common threshold and the labels
    that have their own."""
    if not held_out:
        return default, {}
    y = np.vstack([label_matrix(labels) for labels, by_mode in held_out for _ in MODES])
    scores = np.vstack([by_mode[m] for _, by_mode in held_out for m in MODES])
    common = max(candidates, key=lambda t: (_micro_f1(y, scores, np.full(len(LABELS), t)), -abs(t - default)))
    chosen = np.full(len(LABELS), common)
    for _ in range(2):
        for j in range(len(LABELS)):
            def f1(t: float, j: int = j) -> tuple[float, float]:
                trial = chosen.copy()
                trial[j] = t
                return _micro_f1(y, scores, trial), -abs(t - common)
            chosen[j] = max(sorted({*label_candidates, common}), key=f1)
    return common, {LABELS[j]: float(t) for j, t in enumerate(chosen) if t != common}


def choose_threshold(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                     weights: dict[str, float] | None = None, candidates: tuple[float, ...] = THRESHOLDS,
                     default: float = 0.3) -> float:
    """The common decision threshold with the best micro F1, both modes pooled, leave-one-report-out on
    ``gold`` (ties go to the one nearest ``default``)."""
    fold_scores = FoldScores(gold, make, extra, weights)
    held_out = fold_scores.out_of_fold({e.doc_id for e in gold}, lambda d: d)
    return choose_thresholds(held_out, default, candidates, ())[0]


def fold_groups(docs: set[str], groups: Callable[[str], str]) -> Callable[[str], str]:
    """``groups`` where it splits ``docs`` into two groups or more, else every report its own group."""
    return groups if len({groups(d) for d in docs}) >= 2 else (lambda d: d)


def leave_one_report_out(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                         weights: dict[str, float] | None = None, backend: str = "", settings: dict | None = None,
                         progress: Callable[[str], None] | None = None, tune_threshold: bool = False) -> CVResult:
    """``leave_one_group_out`` with each report its own group."""
    return leave_one_group_out(gold, make, extra, weights, backend, settings, progress, tune_threshold)


def leave_one_group_out(gold: list[Example], make: Callable[[], Tagger], extra: list[Example] = (),
                        weights: dict[str, float] | None = None, backend: str = "", settings: dict | None = None,
                        progress: Callable[[str], None] | None = None, tune_threshold: bool = False,
                        groups: dict[str, str] | None = None, protocol: str = "report",
                        threshold_groups: dict[str, str] | None = None, fold_scores: FoldScores | None = None
                        ) -> CVResult:
    """Score ``make()`` taggers on each group of ``gold``'s reports in turn, trained on all the other examples.

    ``groups`` maps a doc_id to its group (default: every report its own); a document it does not name
    is its own group. ``extra`` (weak or synthetic examples) joins every training set, less those of the
    held-out group's documents. With ``tune_threshold`` each fold's decision thresholds (a common one and
    per label, ``choose_thresholds``) are chosen on out-of-fold scores of the training reports only
    (nested), their folds the groups of ``threshold_groups`` (default: every report its own), as training
    with tuned thresholds does. ``fold_scores`` shares fits between protocols run on the same data.
    """
    groups = groups or {}
    group = lambda doc: groups.get(doc, doc)  # noqa: E731
    inner = (threshold_groups or {}).get
    fold_scores = fold_scores or FoldScores(gold, make, extra, weights)
    fits, seconds = fold_scores.fits, fold_scores.fit_seconds
    documents = sorted({e.doc_id for e in gold})
    held = sorted({group(d) for d in documents})
    result = CVResult(backend, settings or {}, documents, protocol=protocol)
    thresholds, label_thresholds = {}, {}
    for name in held:
        docs = {d for d in {e.doc_id for e in [*gold, *extra]} if group(d) == name}
        scored = fold_scores.scores(docs)
        config = fold_scores.tagger(docs).config
        threshold = config.thresholds()
        if tune_threshold:
            rest = set(documents) - docs
            common, own = choose_thresholds(fold_scores.out_of_fold(rest, fold_groups(rest, lambda d: inner(d, d)), docs),
                                            config.threshold)
            thresholds[name], label_thresholds[name] = common, own
            threshold = threshold_vector(common, own)
        pooled = {}
        for mode in MODES:
            fold = ParagraphScores()
            for doc in sorted(scored):
                test = [e for e in gold if e.doc_id == doc]
                predicted = decide(scored[doc][mode], threshold)
                scores = ParagraphScores()
                for example, labels in zip(test, predicted):
                    scores.add(example.labels, labels)
                    fold.add(example.labels, labels)
                    result.scores[mode].add(example.labels, labels)
                result.per_document.setdefault(doc, {})[mode] = round(scores.micro.f1, 4)
            pooled[mode] = (fold.micro.tp, fold.micro.fp, fold.micro.fn)
        result.per_group[name] = pooled
        result.held_out += [([e.labels for e in gold if e.doc_id == doc], scored[doc]) for doc in sorted(scored)]
        if progress:
            f1 = {m: (2 * c[0] / (2 * c[0] + c[1] + c[2]) if sum(c) else 0.0) for m, c in pooled.items()}
            progress(f"{name}: " + ", ".join(f"{m} {f1[m]:.3f}" for m in MODES)
                     + (f" (threshold {thresholds[name]}, per label {label_thresholds[name]})" if tune_threshold else ""))
    result.fit_seconds = fold_scores.fit_seconds - seconds
    result.fits = fold_scores.fits - fits
    if tune_threshold:
        result.settings = {**result.settings, "thresholds_chosen_per_fold": thresholds,
                           "label_thresholds_chosen_per_fold": label_thresholds}
    return result
