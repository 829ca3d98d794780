"""Training the learned figure reader (``learned.py``): examples from gold figures, the fit, the threshold.

Examples: each candidate number of a paragraph (``learned_features.candidates``) labelled with the gold
figure of that paragraph it states, matched by value in text order (the first unlabelled candidate of
the same value takes a gold figure), else the grammar's reading where the gold lacks that id (``silver``),
else ``NONE``. A gold figure no candidate states (a statement of
none without a digit) gives no example.

The threshold is chosen on out-of-fold probabilities (folds by group: an agency, or one synthetic report
family), as the lowest at which the reader's additions — candidates whose most probable class is a figure
id at or above it — are right at least ``precision`` of the time. The fit itself is deterministic (lbfgs
from zeros, features sorted), so the same examples give the same weights.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from nianbao.extraction.figures.grammar import paragraph_figures
from nianbao.extraction.figures.learned import NONE, LearnedModel
from nianbao.extraction.figures.learned_features import candidates, features


@dataclass(frozen=True)
class Example:
    """One candidate number: its features, its gold class, the group it is held out with, its weight."""

    features: tuple[str, ...]
    label: str
    group: str
    weight: float = 1.0
    grammar_read: bool = False  # the grammar read a figure from this number (the reader is never asked then)


def paragraph_examples(text: str, gold: Sequence[tuple[str, float]], group: str, weight: float = 1.0,
                       silver: bool = True) -> list[Example]:
    """The examples of one paragraph whose gold figures are ``gold`` ((id, value) pairs, in text order).

    With ``silver``, a number no gold figure takes but the grammar reads as an id the paragraph's gold lacks
    is labelled with the grammar's id (the gold of older annotations records fewer ids than the codebook
    has now: 上年结转 unrecorded beside 收到), not NONE.
    """
    ctx, idx = candidates(text)
    if not idx:
        return []
    labels = {i: NONE for i in idx}
    for fid, value in gold:
        for i in idx:
            if labels[i] == NONE and abs(float(ctx.mentions[i].value) - float(value)) < 1e-9:
                labels[i] = fid
                break
    grammar = paragraph_figures(text, None)
    read_at = {f.start for f in grammar}
    if silver:  # a gold file that records fewer ids than the grammar reads (older annotations) is no NONE there
        for fig in grammar:
            i = next((i for i in idx if ctx.mentions[i].start == fig.start), None)
            if i is not None and labels[i] == NONE and fig.id not in {fid for fid, _ in gold}:
                labels[i] = fig.id
    return [Example(tuple(features(ctx, i, grammar)), labels[i], group, weight, ctx.mentions[i].start in read_at)
            for i in idx]


def _matrix(examples: Sequence[Example], vocabulary: dict[str, int]) -> csr_matrix:
    rows, cols = [], []
    for r, ex in enumerate(examples):
        for c in sorted({vocabulary[f] for f in ex.features if f in vocabulary}):
            rows.append(r)
            cols.append(c)
    return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(examples), len(vocabulary)))


def fit(examples: Sequence[Example], c: float = 4.0, min_count: int = 2, threshold: float = 0.5,
        info: dict | None = None) -> LearnedModel:
    """A model fitted on ``examples``: features seen at least ``min_count`` times, L2 with inverse strength ``c``."""
    counts = Counter(f for ex in examples for f in set(ex.features))
    vocabulary = {f: k for k, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    classes = sorted({ex.label for ex in examples})
    y = np.array([classes.index(ex.label) for ex in examples])
    clf = LogisticRegression(C=c, max_iter=3000, tol=1e-6)
    clf.fit(_matrix(examples, vocabulary), y, sample_weight=np.array([ex.weight for ex in examples]))
    coef, intercept = clf.coef_, clf.intercept_
    if len(classes) == 2:  # sklearn keeps one row for two classes: make it a softmax over both
        coef, intercept = np.vstack([-coef / 2, coef / 2]), np.array([-intercept[0] / 2, intercept[0] / 2])
    return LearnedModel(classes, vocabulary, coef, intercept, threshold, info or {})


def out_of_fold(examples: Sequence[Example], folds: int = 5, c: float = 4.0) -> list[tuple[str, float, str]]:
    """(predicted class, its probability, gold class) of each example, from a model that did not see its group."""
    groups = sorted({ex.group for ex in examples})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    out: list[tuple[str, float, str] | None] = [None] * len(examples)
    for k in range(folds):
        train = [ex for ex in examples if fold_of[ex.group] != k]
        test = [(n, ex) for n, ex in enumerate(examples) if fold_of[ex.group] == k]
        if not test or not train:
            continue
        model = fit(train, c)
        for n, ex in test:
            probs = model.probabilities(list(ex.features))
            best = int(np.argmax(probs))
            out[n] = (model.classes[best], float(probs[best]), ex.label)
    return [o for o in out if o is not None]


def choose_threshold(predictions: Iterable[tuple[str, float, str]], precision: float = 0.95,
                     floor: float = 0.5) -> tuple[float, list[dict]]:
    """The lowest threshold (from ``floor`` up, in steps of 0.05, then 0.97, 0.98, 0.99) whose additions have at
    least ``precision``, and the precision/recall table it was chosen from (recall over the gold figures among
    the examples). Where none reaches it: 1.0, which adds nothing."""
    preds = list(predictions)
    figures = sum(1 for _, _, gold in preds if gold != NONE)
    table, chosen = [], None
    steps = sorted(set(np.round(np.arange(floor, 0.95, 0.05), 2)) | {0.95, 0.97, 0.98, 0.99})
    for t in steps:
        added = [(p, gold) for p, prob, gold in preds if p != NONE and prob >= t]
        right = sum(1 for p, gold in added if p == gold)
        prec = right / len(added) if added else 1.0
        table.append({"threshold": float(t), "added": len(added), "right": right, "precision": round(prec, 4),
                      "recall": round(right / figures, 4) if figures else 0.0})
        if chosen is None and prec >= precision:
            chosen = float(t)
    return (chosen if chosen is not None else 1.0), table


__all__ = ["Example", "choose_threshold", "fit", "out_of_fold", "paragraph_examples"]
