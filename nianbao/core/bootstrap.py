"""Bootstrap intervals over groups of documents (reports, agencies, source formats).

Scores computed from true/false positives pooled over documents are resampled by group: a draw
picks as many groups as there are, with replacement, and pools their counts. Resampling agencies,
not paragraphs or reports, is what says how a score would move on agencies the rules never saw.
"""

from __future__ import annotations

import random
from typing import Mapping, Sequence

Counts = tuple[int, int, int]  # tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float | None:
    """F1 of pooled counts (2tp / (2tp + fp + fn)); None where there is nothing to score."""
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None


def pooled(counts: Sequence[Counts]) -> Counts:
    return (sum(c[0] for c in counts), sum(c[1] for c in counts), sum(c[2] for c in counts))


def bootstrap_f1(by_group: Mapping[str, Counts], draws: int = 2000, seed: int = 0,
                 level: float = 0.95) -> tuple[float, float] | None:
    """The ``level`` percentile interval of pooled F1 over ``draws`` resamples of the groups; None for
    fewer than two groups (one group has no spread to resample)."""
    groups = [c for c in by_group.values() if sum(c)]
    if len(groups) < 2:
        return None
    rng = random.Random(seed)
    values = []
    for _ in range(draws):
        tp = fp = fn = 0
        for c in rng.choices(groups, k=len(groups)):
            tp, fp, fn = tp + c[0], fp + c[1], fn + c[2]
        values.append(f1(tp, fp, fn) or 0.0)
    values.sort()
    low = values[int((1 - level) / 2 * (draws - 1))]
    high = values[int((1 + level) / 2 * (draws - 1))]
    return round(low, 4), round(high, 4)


def summary(by_group: Mapping[str, Counts], draws: int = 2000, seed: int = 0) -> dict:
    """Pooled tp/fp/fn, P, R, F1 and the bootstrap interval over groups, as plain data."""
    tp, fp, fn = pooled(list(by_group.values()))
    interval = bootstrap_f1(by_group, draws, seed)
    return {"groups": len(by_group), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 4) if tp + fp else None,
            "recall": round(tp / (tp + fn), 4) if tp + fn else None,
            "f1": round(f1(tp, fp, fn), 4) if f1(tp, fp, fn) is not None else None,
            "f1_interval": list(interval) if interval else None}
