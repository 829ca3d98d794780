"""Choosing among candidate settings without fitting the reported score to them (nested leave-one-group-out).

With nine agencies, the setting that scores best leave-one-agency-out is partly the one that fits those
nine: its score flatters. Here each held-out agency is scored by the candidate that did best on the
OTHER agencies alone (each of them scored by a model trained without it and without the held-out one),
with decision thresholds chosen the same nested way; the choice varies from fold to fold, and the pooled
score over the folds is the honest one. The candidate to ship is the one best over all agencies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping

import numpy as np

from nianbao.classification.base import Tagger
from nianbao.classification.cv import MODES, CVResult, FoldScores, choose_thresholds, fold_groups, leave_one_group_out
from nianbao.classification.items import Example, label_matrix, threshold_vector
from nianbao.core.bootstrap import summary


@dataclass
class NestedChoice:
    """Which candidate each held-out group was scored with, and the pooled scores of those choices."""

    chosen: dict[str, str] = field(default_factory=dict)  # held-out group → candidate
    inner: dict[str, dict[str, float]] = field(default_factory=dict)  # held-out group → candidate → inner F1
    per_group: dict[str, dict[str, tuple[int, int, int]]] = field(default_factory=dict)
    overall: dict[str, float] = field(default_factory=dict)  # candidate → out-of-fold F1 over every group
    results: dict[str, CVResult] = field(default_factory=dict, repr=False)  # candidate → its own LOGO result

    @property
    def best(self) -> str:
        """The candidate to ship: best out-of-fold over every group (ties to the first named)."""
        return max(self.overall, key=lambda c: (self.overall[c], -list(self.overall).index(c)))

    def scores(self, draws: int = 2000) -> dict[str, dict]:
        """Per mode: the pooled scores of the nested choices and a bootstrap interval over the groups."""
        return {m: summary({g: c[m] for g, c in self.per_group.items()}, draws) for m in MODES}

    def to_dict(self) -> dict:
        return {"chosen": self.chosen, "inner_f1": self.inner, "overall_f1": self.overall, "best": self.best,
                "modes": self.scores()}


def out_of_fold_f1(held_out: list[tuple[list[list[str]], dict[str, np.ndarray]]], default: float) -> float:
    """Micro F1 of out-of-fold scores, both modes pooled, at thresholds chosen on those same scores (a
    ranking of candidates, not a score to report: every candidate is flattered alike)."""
    if not held_out:
        return 0.0
    common, own = choose_thresholds(held_out, default)
    thresholds = threshold_vector(common, own)
    y = np.vstack([label_matrix(labels) for labels, by_mode in held_out for _ in MODES])
    scores = np.vstack([by_mode[m] for _, by_mode in held_out for m in MODES])
    over = scores >= thresholds
    best = np.zeros_like(over)
    best[np.arange(len(scores)), np.argmax(scores, axis=1)] = True
    predicted = np.where(over.any(axis=1, keepdims=True), over, best)
    tp = int((predicted & (y == 1)).sum())
    fp, fn = int(predicted.sum()) - tp, int(y.sum()) - tp
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0


def nested_choice(gold: list[Example], candidates: Mapping[str, Callable[[], Tagger]], extra: list[Example] = (),
                  weights: dict[str, float] | None = None, groups: dict[str, str] | None = None,
                  progress: Callable[[str], None] | None = None) -> NestedChoice:
    """Leave-one-group-out over ``groups`` (doc_id → group; default every report its own), each held-out
    group scored by the candidate (name → tagger factory) with the best out-of-fold micro F1 on the
    other groups. Every candidate's models are fitted once per set of documents left out and shared."""
    group = lambda d: (groups or {}).get(d, d)
    docs = {e.doc_id for e in gold}
    out = NestedChoice()
    folds = {name: FoldScores(gold, make, extra, weights) for name, make in candidates.items()}
    for name, make in candidates.items():
        default = make().config.threshold
        out.results[name] = leave_one_group_out(gold, make, extra, weights, tune_threshold=True, groups=groups,
                                                protocol="agency" if groups else "report", threshold_groups=groups,
                                                fold_scores=folds[name])
        out.overall[name] = round(out_of_fold_f1(folds[name].out_of_fold(docs, fold_groups(docs, group)), default), 4)
        if progress:
            progress(f"{name}: out-of-fold F1 over every group {out.overall[name]}")
    for held in sorted({group(d) for d in docs}):
        members = {d for d in {e.doc_id for e in [*gold, *extra]} if group(d) == held}
        rest = docs - members
        inner = {name: round(out_of_fold_f1(fs.out_of_fold(rest, fold_groups(rest, group), members),
                                            candidates[name]().config.threshold), 4) for name, fs in folds.items()}
        choice = max(inner, key=lambda c: (inner[c], -list(inner).index(c)))
        out.chosen[held], out.inner[held] = choice, inner
        out.per_group[held] = out.results[choice].per_group[held]
        if progress:
            progress(f"{held}: {choice} (inner {inner})")
    return out
