"""A learned figure reader beside the grammar: a linear model that types the numbers the grammar left.

Why: the rule grammar (``grammar.py``) is precise on real reports of agencies it never saw (P 0.91–0.95)
but misses a wording no rule has (R 0.74–0.83, issue 15). A model over the words around a number may
generalise over wordings where a rule needs the exact phrase.

Design
------
- Candidates: every number phrase of a paragraph that has a counting word or unit, as the grammar's
  own number parsing reads it (``learned_features.candidates``: Arabic and Chinese numerals, 余/近,
  ranges, 万).
- Features: the number's clause and context as character n-grams, the counting word, the heading cue and
  topic, whose count it is, and what the grammar read nearby (``learned_features``).
- Target: a codebook figure id, or ``NONE`` (a number that is no figure: a date part, a count the
  codebook does not record, a breakdown).
- Model: multinomial logistic regression (scikit-learn, lbfgs) over binary features. Its softmax
  probabilities are what the threshold is set on; the threshold is chosen on out-of-fold probabilities
  of the training data (folds by agency) as the lowest whose precision is at least 0.95.
- Training data (``scripts/train_figure_reader.py``, deterministic from a clean clone plus /work/shared):
  the gold figures of the real reports (corpus/gold, documents by path in shared/) and synthetic
  reports (``nianbao.synth.sample.sample_report``, whose gold gives every figure). Dev-page texts are
  never trained on (they stay outside the repository).
- Integration (``read``): the grammar runs first; the reader adds a figure only for a number the grammar
  read nothing for, only with an id the paragraph has not already got, and only at or above the
  threshold. Each figure it adds says ``read_by="learned"`` (``Figure.read_by``), so a researcher can
  filter; the grammar's figures are never changed or removed.
- Shipped as package data in ``nianbao.models.figures`` (``config.json``: classes, feature vocabulary,
  threshold; ``model.npz``: weights), loaded once with ``importlib.resources``. Nothing is unpickled.

Selectable as the figure reader ``learned`` (``nianbao.extraction.figures.figure_readers``), on by default.

Measured (recipe frozen at cf028a0; details in ``models/figures/README.md``): cross-validated on the real
gold by agency, threshold 0.95 gives additions precision 0.951. On dev-page sets heldout-7..10 pooled, beside
today's grammar (fitted there): F1 0.98677 → 0.98679, P 0.992 → 0.991 — GO by issue 15's rule, a gain
within noise. Beside each round's own frozen grammar (unseen wordings): F1 0.849 → 0.867, R 0.786 → 0.818 at
P 0.923 → 0.924. Gold unchanged (251 / 0 / 1). About 2 ms a report.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path

import numpy as np

from nianbao.core.record import Figure

from nianbao.extraction.figures.context import make_figure
from nianbao.extraction.figures.learned_features import candidates, features

NONE = "NONE"
READ_BY = "learned"


@dataclass
class LearnedModel:
    """Weights of the linear model: one row per class, one column per feature string."""

    classes: list[str]
    vocabulary: dict[str, int]
    coef: np.ndarray  # (classes, features)
    intercept: np.ndarray  # (classes,)
    threshold: float
    info: dict

    def __post_init__(self) -> None:
        self._rows = np.ascontiguousarray(self.coef.T)  # one row per feature: a candidate gathers a few rows

    def probabilities(self, feats: list[str]) -> np.ndarray:
        """The softmax probability of each class for one candidate's features."""
        cols = [self.vocabulary[f] for f in set(feats) if f in self.vocabulary]
        scores = self.intercept + (self._rows[cols].sum(axis=0) if cols else 0.0)
        scores = scores - scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()

    def save(self, folder: Path) -> None:
        """Write ``config.json`` and ``model.npz`` (float32 weights) into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        features = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        config = {"classes": self.classes, "threshold": self.threshold, "features": features, "info": self.info}
        (folder / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                            encoding="utf-8")
        np.savez_compressed(folder / "model.npz", coef=self.coef.astype(np.float32),
                            intercept=self.intercept.astype(np.float32))

    @classmethod
    def load(cls, folder: Path) -> LearnedModel:
        """The model ``save`` wrote."""
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        with np.load(folder / "model.npz") as data:
            coef, intercept = data["coef"].astype(np.float64), data["intercept"].astype(np.float64)
        return cls(config["classes"], {f: k for k, f in enumerate(config["features"])}, coef, intercept,
                   float(config["threshold"]), config.get("info", {}))


@lru_cache(maxsize=1)
def shipped_model() -> LearnedModel:
    """The model shipped in ``nianbao.models.figures``, loaded once per process."""
    with as_file(files("nianbao.models") / "figures") as folder:
        return LearnedModel.load(Path(folder))


def read(text: str, grammar: list[Figure], paragraph: int | None, section: str | None = None,
         model: LearnedModel | None = None, threshold: float | None = None) -> list[Figure]:
    """The figures the learned reader adds to what the grammar read in one paragraph (never replacing any).

    A number is asked about only where the grammar read no figure from it; a figure is added only where
    its id is not among the paragraph's figures already and its probability reaches ``threshold`` (the
    model's own, chosen by cross-validation, where None).
    """
    model = model or shipped_model()
    floor = model.threshold if threshold is None else threshold
    ctx, idx = candidates(text)
    read_at = {f.start for f in grammar}
    have = {f.id for f in grammar}
    out: list[Figure] = []
    for i in idx:
        m = ctx.mentions[i]
        if m.start in read_at:
            continue
        probs = model.probabilities(features(ctx, i, grammar))
        best = int(np.argmax(probs))
        fid = model.classes[best]
        if fid == NONE or probs[best] < floor or fid in have:
            continue
        fig = make_figure(fid, m, paragraph)
        fig.section, fig.subject, fig.read_by = section, ctx.subject(i), READ_BY
        fig.note = f"read by the learned reader (p={probs[best]:.2f})" + (f"; {fig.note}" if fig.note else "")
        have.add(fid)
        out.append(fig)
    return out


class LearnedReader:
    """The learned reader as a figure-reader plug-in: ``add`` returns the figures it adds to a paragraph's."""

    name = READ_BY

    def __init__(self, model: LearnedModel | None = None) -> None:
        self.model = model or shipped_model()  # loaded here, so a fork server's preload loads it once

    def add(self, text: str, grammar: list[Figure], paragraph: int | None, section: str | None) -> list[Figure]:
        """Figures to add to ``grammar``'s reading of ``text`` (see ``read``)."""
        return read(text, grammar, paragraph, section, self.model)


__all__ = ["LearnedModel", "LearnedReader", "NONE", "READ_BY", "read", "shipped_model"]
