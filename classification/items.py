"""What a tagger reads and learns from: the label order, an item (a paragraph's text and structure),
a labelled example, and how scores become labels. Plain data: backends, weak labels and training share it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

import numpy as np

from nianbao.core.codebook import PARAGRAPH_LABELS, PREAMBLE_SECTION
from nianbao.core.keys import paragraph_key

LABELS: tuple[str, ...] = tuple(code.id for code in PARAGRAPH_LABELS)
LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}


@dataclass(frozen=True)
class Item:
    """What a tagger reads of one paragraph: its text and, where the layout found them, its structure."""

    text: str
    section: str = ""  # a section id of the codebook, "" when unknown
    path: tuple[str, ...] = ()  # the headings above the paragraph, outermost first

    def content_only(self) -> Item:
        """The same paragraph as if its headings had been lost (content-only mode)."""
        return Item(self.text)

    def section_lost(self) -> Item | None:
        """The same paragraph as the layout places it when its section heading was not found (a page cut
        before 一、总体情况, a heading worded or numbered unusually): in the preamble, under 报告说明, with
        its sub-headings kept; None for a paragraph of the preamble or without a section."""
        if not self.section or self.section == PREAMBLE_SECTION.id:
            return None
        return Item(self.text, PREAMBLE_SECTION.id, (PREAMBLE_SECTION.label, *self.path[1:]))

    @classmethod
    def of(cls, paragraph: Any) -> Item:
        """An item from anything with ``text``, ``section`` and ``path`` (e.g. a record's Paragraph)."""
        return cls(paragraph.text, getattr(paragraph, "section", "") or "", tuple(getattr(paragraph, "path", ()) or ()))


def label_matrix(labels: Iterable[Iterable[str]]) -> np.ndarray:
    """A 0/1 matrix in ``LABELS`` order from lists of label ids; an unknown id is an error, not a skip."""
    rows = list(labels)
    y = np.zeros((len(rows), len(LABELS)), dtype=np.int64)
    for i, row in enumerate(rows):
        for label in row:
            if label not in LABEL_INDEX:
                raise ValueError(f"unknown paragraph label {label!r}; the ids are {', '.join(LABELS)}")
            y[i, LABEL_INDEX[label]] = 1
    return y


def threshold_vector(threshold: float | Sequence[float] | np.ndarray, per_label: Mapping[str, float] | None = None
                     ) -> np.ndarray:
    """One decision threshold per label in ``LABELS`` order: ``threshold`` (one for all, or one per label),
    with the labels ``per_label`` names set to their own."""
    out = np.array(np.broadcast_to(np.asarray(threshold, dtype=np.float64), (len(LABELS),)))
    for label, value in (per_label or {}).items():
        if label not in LABEL_INDEX:
            raise ValueError(f"unknown paragraph label {label!r} in the per-label thresholds")
        out[LABEL_INDEX[label]] = float(value)
    return out


def decide(scores: np.ndarray, threshold: float | Sequence[float] | np.ndarray = 0.5) -> list[list[str]]:
    """Labels from scores: every label at or over its threshold (one for all labels, or one per label in
    ``LABELS`` order), and at least the best one.

    Every narrative paragraph is about something, so a paragraph never comes back unlabelled.
    """
    scores = np.asarray(scores, dtype=np.float64).reshape(-1, len(LABELS))
    over = scores >= threshold_vector(threshold)
    best = np.argmax(scores, axis=1) if len(scores) else np.zeros(0, dtype=np.int64)
    return [[LABELS[j] for j in np.flatnonzero(row)] or [LABELS[int(b)]] for row, b in zip(over, best)]


@dataclass
class Example:
    """A training or test paragraph: the item, its labels, and the document it came from."""

    item: Item
    labels: list[str]
    doc_id: str = ""
    source: str = "gold"  # gold, weak or synthetic
    key: str = field(default="")

    def __post_init__(self) -> None:
        if not self.key:
            self.key = paragraph_key(self.item.text)
