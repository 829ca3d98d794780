"""Score figures against gold: precision, recall and F1 per figure id.

A predicted figure matches a gold one of the same document when the id, the value and the qualifier
agree (a figure stated in two paragraphs is two gold entries, so each prediction matches at most one
gold entry, preferring one of its own paragraph). Gold figures are described in
``corpus/gold/README.md``; documents whose gold has no ``figures`` key are not scored for figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from nianbao.core.gold import Figure as GoldFigure, to_builtins
from nianbao.core.keys import paragraph_key
from nianbao.core.record import Figure, Record


@dataclass
class FigureScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        if not self.tp:
            return 0.0 if self.fp + self.fn else None
        p, r = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


@dataclass
class FigureMiss:
    doc_id: str
    kind: str  # 'missed' (gold, not predicted) or 'spurious' (predicted, not in gold)
    figure: dict[str, Any]


@dataclass
class FigureEvaluation:
    """Figure scores per id. Ids that no gold document uses (nianbao's extra ids, such as
    requests.carried_over) are counted apart: their predictions are neither right nor wrong."""

    documents: int = 0
    scores: dict[str, FigureScore] = field(default_factory=dict)  # by figure id
    misses: list[FigureMiss] = field(default_factory=list)
    annotated: set[str] = field(default_factory=set)  # ids some gold document uses

    @property
    def overall(self) -> FigureScore:
        """Micro-averaged over the ids gold annotates."""
        scored = [s for k, s in self.scores.items() if k in self.annotated]
        return FigureScore(sum(s.tp for s in scored), sum(s.fp for s in scored), sum(s.fn for s in scored))

    @property
    def scored_misses(self) -> list[FigureMiss]:
        return [m for m in self.misses if m.figure["id"] in self.annotated]

    def to_dict(self) -> dict:
        return {"documents": self.documents,
                "by_id": {k: s.to_dict() for k, s in sorted(self.scores.items()) if k in self.annotated},
                "all": self.overall.to_dict(),
                "not_in_gold": {k: s.fp for k, s in sorted(self.scores.items()) if k not in self.annotated},
                "misses": [m.__dict__ for m in self.scored_misses]}


def _same(gold: GoldFigure, fig: Figure) -> bool:
    return (gold.id == fig.id and abs(float(gold.value) - float(fig.value)) < 1e-9
            and (gold.qualifier or None) == (fig.qualifier or None))


def _brief(fig: Figure, key: str | None) -> dict[str, Any]:
    return {"id": fig.id, "value": fig.value, "qualifier": fig.qualifier, "scope": fig.scope, "text": fig.text,
            "paragraph_key": key}


def score_document(gold: list[GoldFigure], record: Record, result: FigureEvaluation) -> None:
    """Add one document's matches and misses to ``result``."""
    keys = {p.index: paragraph_key(p.text) for p in record.paragraphs}
    predicted = [(f, keys.get(f.paragraph) if f.paragraph is not None else None) for f in record.figures]
    used: set[int] = set()
    result.annotated.update(g.id for g in gold)
    for g in gold:
        candidates = [i for i, (f, _) in enumerate(predicted) if i not in used and _same(g, f)]
        candidates.sort(key=lambda i: predicted[i][1] != g.paragraph_key)
        score = result.scores.setdefault(g.id, FigureScore())
        if candidates:
            used.add(candidates[0])
            score.tp += 1
        else:
            score.fn += 1
            result.misses.append(FigureMiss(record.doc_id, "missed", to_builtins(g)))
    for i, (f, key) in enumerate(predicted):
        if i not in used:
            result.scores.setdefault(f.id, FigureScore()).fp += 1
            result.misses.append(FigureMiss(record.doc_id, "spurious", _brief(f, key)))
