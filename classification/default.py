"""The tagger the pipeline uses: the model shipped inside the package (``nianbao.models/tagger``, read
with importlib.resources so an installed wheel tags too) or a saved model the config names, loaded once
per process. What goes wrong comes back as a message for the record, never as a Python warning, which
a worker process would lose."""

from __future__ import annotations

from contextlib import ExitStack
from functools import lru_cache
from importlib.resources import as_file, files
from pathlib import Path
from typing import Sequence

from nianbao.classification.base import Tagger
from nianbao.classification.items import LABELS, Item
from nianbao.classification.registry import load

_KEEP_OPEN = ExitStack()  # a zipped install extracts the model once and keeps it for the process


def shipped_model_dir() -> Path:
    """The folder of the model shipped with nianbao, on the file system."""
    return _KEEP_OPEN.enter_context(as_file(files("nianbao.models") / "tagger"))


@lru_cache(maxsize=4)
def load_tagger(model: str | None = None) -> tuple[Tagger | None, str | None]:
    """The tagger saved in ``model`` (None: the shipped one) and None, or None and why it could not load."""
    directory = Path(model) if model else shipped_model_dir()
    try:
        return load(directory), None
    except Exception as exc:  # noqa: BLE001 — a missing model must leave paragraphs unlabelled, not stop a run
        return None, f"paragraphs are left unlabelled: the tagger in {directory} could not be loaded ({exc})"


def tag_paragraphs(paragraphs: Sequence, tagger: Tagger) -> None:
    """Write labels and scores into record paragraphs (the pipeline's set-annotations step).

    Raises what the tagger raises: the pipeline records it as the tagging stage's failure."""
    if not paragraphs:
        return
    labels, scores = tagger.tag([Item.of(p) for p in paragraphs])
    for paragraph, chosen, row in zip(paragraphs, labels, scores):
        paragraph.labels = chosen
        paragraph.scores = {name: round(float(s), 4) for name, s in zip(LABELS, row)}
