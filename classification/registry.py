"""Backends by name: the name a user types → the class, imported only when asked for (heavy extras)."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from nianbao.classification.base import Tagger, read_config

# name → (module, class, the pip extra that provides its libraries)
BACKENDS: dict[str, tuple[str, str, str | None]] = {
    "sklearn": ("nianbao.classification.backends.sklearn", "SklearnTagger", None),
    "spacy": ("nianbao.classification.backends.spacy", "SpacyTagger", "spacy"),
    "transformers": ("nianbao.classification.backends.transformers", "TransformersTagger", "transformers"),
}
DEFAULT_BACKEND = "sklearn"


def backend_class(name: str) -> type[Tagger]:
    """The tagger class registered under ``name``; a clear error when the name or its extra is missing."""
    if name not in BACKENDS:
        raise ValueError(f"no tagger backend {name!r}; choose one of {', '.join(BACKENDS)}")
    module, cls, extra = BACKENDS[name]
    try:
        return getattr(importlib.import_module(module), cls)
    except ImportError as exc:
        hint = f": pip install 'nianbao[{extra}]'" if extra else ""
        raise ImportError(f"the {name} backend needs a library that is not installed ({exc.name}){hint}") from exc


def create(name: str = DEFAULT_BACKEND, **settings: Any) -> Tagger:
    """A new, untrained tagger of backend ``name`` with ``settings`` over its defaults."""
    return backend_class(name)(**settings)


def load(directory: str | Path) -> Tagger:
    """A saved tagger of any backend, the backend read from its config.json."""
    directory = Path(directory)
    return backend_class(read_config(directory)["backend"]).load(directory)
