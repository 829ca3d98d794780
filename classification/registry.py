"""Backends by name: the name a user types → the class, imported only when asked for (heavy extras).

``taggers`` is the registry: nianbao's three backends, and any third party's installed under the
entry-point group ``nianbao.taggers`` (a ``Tagger`` subclass; a saved model names its backend in its
config.json, so ``load`` finds a plug-in's models too).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nianbao.classification.base import Tagger, read_config
from nianbao.core.registry import Registry

# name → (module, class, the pip extra that provides its libraries): nianbao's own backends.
BACKENDS: dict[str, tuple[str, str, str | None]] = {
    "sklearn": ("nianbao.classification.backends.sklearn", "SklearnTagger", None),
    "spacy": ("nianbao.classification.backends.spacy", "SpacyTagger", "spacy"),
    "transformers": ("nianbao.classification.backends.transformers", "TransformersTagger", "transformers"),
}
DEFAULT_BACKEND = "sklearn"

taggers: Registry[type[Tagger]] = Registry(
    "tagger backend", "nianbao.taggers",
    {name: f"{module}:{cls}" for name, (module, cls, _) in BACKENDS.items()},
    extras={name: extra for name, (_, _, extra) in BACKENDS.items() if extra},
)


def backend_class(name: str) -> type[Tagger]:
    """The tagger class registered under ``name``: UnknownNameError (a ValueError) listing the known names,
    or PluginUnavailableError (an ImportError) with the ``pip install 'nianbao[extra]'`` line."""
    return taggers.get(name)


def create(name: str = DEFAULT_BACKEND, **settings: Any) -> Tagger:
    """A new, untrained tagger of backend ``name`` with ``settings`` over its defaults."""
    return backend_class(name)(**settings)


def load(directory: str | Path) -> Tagger:
    """A saved tagger of any backend, the backend read from its config.json."""
    directory = Path(directory)
    return backend_class(read_config(directory)["backend"]).load(directory)
