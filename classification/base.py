"""The tagger interface every backend implements, the label order, and what a tagger reads of a paragraph.

A tagger is trained on items (a paragraph's text, and its section id and heading path where the
layout found them) and a 0/1 label matrix in ``LABELS`` order, predicts a score in [0, 1] for every
label, and saves itself to a folder with its config as JSON beside the learned state (never a pickle).
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, ClassVar, Sequence

import numpy as np

from nianbao.classification.items import LABELS, Item, decide, threshold_vector
from nianbao.classification.structure_rules import apply_structure_rules
from nianbao.classification.weak import without_lead

CONFIG_FILE = "config.json"

@dataclass
class TaggerConfig:
    """Settings shared by every backend; a backend's own settings subclass this. Saved with the model."""

    structure: bool = True  # read the section id and heading path when an item has them
    threshold: float = 0.5
    seed: int = 0
    # A decision threshold of its own for a label (label id → threshold), chosen on out-of-fold scores;
    # a label it does not name is given at ``threshold``.
    label_thresholds: dict[str, float] | None = None
    # Train on copies of the paragraphs as the layout places them when their section heading is lost
    # (``Item.section_lost``): real pages cut or worded unusually put sub-items of 一 under 报告说明,
    # where a model that trusts ``section=preamble`` tags them as the preamble.
    lost_section: bool = True

    def thresholds(self) -> np.ndarray:
        """The decision threshold of every label, in ``LABELS`` order."""
        return threshold_vector(self.threshold, self.label_thresholds)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TaggerConfig:
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown settings for {cls.__name__}: {', '.join(sorted(unknown))}")
        converted = {k: tuple(v) if isinstance(getattr(cls, k, None), tuple) and isinstance(v, list) else v
                     for k, v in data.items()}
        return cls(**converted)


class Tagger(ABC):
    """A multi-label paragraph tagger: fit, predict_scores, save, load. Config is data, saved with the model."""

    name: ClassVar[str]
    config_class: ClassVar[type[TaggerConfig]] = TaggerConfig

    def __init__(self, config: TaggerConfig | None = None, **settings: Any) -> None:
        base = config or self.config_class()
        known = {f.name for f in fields(base)}
        if set(settings) - known:
            raise ValueError(f"unknown settings for the {self.name} backend: {', '.join(sorted(set(settings) - known))}; "
                             f"it has {', '.join(sorted(known))}")
        self.config = replace(base, **settings) if settings else base
        self.info: dict[str, Any] = {}  # facts about the training run, saved beside the config

    # --- the interface ---------------------------------------------------------------------------
    @abstractmethod
    def fit(self, items: Sequence[Item], y: np.ndarray, sample_weight: np.ndarray | None = None) -> Tagger:
        """Learn from items and their 0/1 label matrix (columns in ``LABELS`` order); returns self."""

    @abstractmethod
    def predict_scores(self, items: Sequence[Item]) -> np.ndarray:
        """A score in [0, 1] per item and label, shape (len(items), len(LABELS)). Pure: changes nothing."""

    @abstractmethod
    def _save_state(self, directory: Path) -> None:
        """Write the learned state (in a format that cannot run code on load) into ``directory``."""

    @abstractmethod
    def _load_state(self, directory: Path) -> None:
        """Read back what ``_save_state`` wrote."""

    # --- shared behaviour ------------------------------------------------------------------------
    def view(self, items: Sequence[Item]) -> list[Item]:
        """The items as this tagger reads them: without structure unless the config uses it."""
        return list(items) if self.config.structure else [item.content_only() for item in items]

    def training_set(self, items: Sequence[Item], y: np.ndarray, sample_weight: np.ndarray | None
                     ) -> tuple[list[Item], np.ndarray, np.ndarray]:
        """What a backend fits on: with structure, every item as it is, content-only and (``lost_section``)
        as placed when its section heading is lost, and content-only without a heading run into its text
        where it has one, so the one model also tags paragraphs whose headings are missing or merged."""
        items, y = self.view(items), np.asarray(y)
        w = np.ones(len(items)) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
        copies = [(i, item.content_only()) for i, item in enumerate(items)] if self.config.structure else []
        if self.config.structure and self.config.lost_section:
            copies += [(i, lost) for i, item in enumerate(items) if (lost := item.section_lost()) is not None]
        copies += [(i, bare) for i, item in enumerate(items) if (bare := without_lead(item)) is not None]
        rows = [i for i, _ in copies]
        return items + [c for _, c in copies], np.vstack([y, y[rows]]), np.concatenate([w, w[rows]])

    def tag(self, items: Sequence[Item]) -> tuple[list[list[str]], np.ndarray]:
        """Labels and scores for each item."""
        scores = self.predict_scores(items)
        labels = decide(scores, self.config.thresholds())
        if self.config.structure:
            # Structure and the preamble template decide a few labels the text alone often misses (the
            # summary opening the overview section is an overview, though its words are mostly counts).
            apply_structure_rules(items, labels, scores)
        return labels, scores

    def save(self, directory: str | Path) -> Path:
        """Write the model to ``directory``: config.json (backend, labels, settings, training facts) + state."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        self._save_state(directory)
        meta = {"backend": self.name, "labels": list(LABELS), "config": self.config.to_dict(), "info": self.info}
        (directory / CONFIG_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return directory

    @classmethod
    def load(cls, directory: str | Path) -> Tagger:
        """Read a model written by ``save``; its labels must be the codebook's."""
        directory = Path(directory)
        meta = read_config(directory)
        if meta["backend"] != cls.name:
            raise ValueError(f"{directory} holds a {meta['backend']!r} model, not {cls.name!r}")
        tagger = cls(cls.config_class.from_dict(meta["config"]))
        tagger.info = meta.get("info", {})
        tagger._load_state(directory)
        return tagger


def read_config(directory: Path) -> dict[str, Any]:
    """The config.json of a saved model, checked against the codebook's labels."""
    path = directory / CONFIG_FILE
    if not path.exists():
        raise FileNotFoundError(f"no tagger model in {directory} (no {CONFIG_FILE})")
    meta = json.loads(path.read_text(encoding="utf-8"))
    if tuple(meta.get("labels", ())) != LABELS:
        raise ValueError(f"{directory} was trained for other labels than this codebook's")
    return meta
