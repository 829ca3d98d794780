"""The shipped default tagger, loaded once per process, and how the pipeline uses it."""

from __future__ import annotations

import os
import warnings
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from classification.base import LABELS, Item, Tagger

# models/tagger at the repository root; NIANBAO_TAGGER points elsewhere (e.g. a model of your own).
DEFAULT_MODEL = Path(__file__).resolve().parents[1] / "models" / "tagger"


def default_model_dir() -> Path:
    return Path(os.environ.get("NIANBAO_TAGGER", DEFAULT_MODEL))


@lru_cache(maxsize=1)
def default_tagger() -> Tagger | None:
    """The shipped tagger, or None (with a warning, once) when it is missing or will not load."""
    from classification.registry import load

    directory = default_model_dir()
    try:
        return load(directory)
    except Exception as exc:  # noqa: BLE001 — a missing model must leave paragraphs unlabelled, not stop a run
        warnings.warn(f"paragraphs are left unlabelled: the tagger in {directory} could not be loaded ({exc})",
                      stacklevel=2)
        return None


def tag_paragraphs(paragraphs: Sequence, tagger: Tagger | None = None) -> None:
    """Write labels and scores into record paragraphs (the pipeline's set-annotations step)."""
    tagger = tagger or default_tagger()
    if tagger is None or not paragraphs:
        return
    try:
        labels, scores = tagger.tag([Item.of(p) for p in paragraphs])
    except Exception as exc:  # noqa: BLE001 — a tagging failure must not cost the record its tables
        warnings.warn(f"paragraphs are left unlabelled: the tagger failed ({type(exc).__name__}: {exc})", stacklevel=2)
        return
    for paragraph, chosen, row in zip(paragraphs, labels, scores):
        paragraph.labels = chosen
        paragraph.scores = {name: round(float(s), 4) for name, s in zip(LABELS, row)}

