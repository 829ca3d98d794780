"""Tagger backends by name: the built-ins resolve, an unknown name lists the known ones, and a third
party's backend installed with a ``nianbao.taggers`` entry point is created, saved, loaded and used by
the pipeline like nianbao's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.classification.registry import BACKENDS, backend_class, create, load, taggers
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from tests.classification.backends.roundtrip import tiny_data
from tests.conftest import SAMPLES
from tests.plugins import install_plugin

BACKEND = '''
from __future__ import annotations

from typing import ClassVar

from nianbao.classification.backends.sklearn import SklearnTagger


class ShoutingTagger(SklearnTagger):
    """nianbao's sklearn model under a name of its own: what a fork of a backend looks like."""

    name: ClassVar[str] = "sklearn-plus"
'''


def test_backends_keeps_its_shape() -> None:
    assert list(BACKENDS) == ["sklearn", "spacy", "transformers"] == list(taggers.builtin_names())


@pytest.mark.parametrize("name", list(BACKENDS))
def test_every_builtin_backend_resolves(name: str) -> None:
    module, cls, extra = BACKENDS[name]
    try:
        resolved = backend_class(name)
    except ImportError as exc:
        if not extra:
            raise
        assert f"pip install 'nianbao[{extra}]'" in str(exc)  # what is missing, and how to get it
        pytest.skip(str(exc))
    assert (resolved.__module__, resolved.__name__, resolved.name) == (module, cls, name)


def test_an_unknown_backend_is_a_value_error_listing_the_known_ones() -> None:
    with pytest.raises(ValueError) as info:
        create("nope")
    assert all(name in str(info.value) for name in BACKENDS) and "nianbao.taggers" in str(info.value)


def test_create_applies_settings() -> None:
    assert create("sklearn", threshold=0.3).config.threshold == 0.3


@pytest.fixture(scope="module")
def plus_site(tmp_path_factory) -> Path:
    return install_plugin(tmp_path_factory.mktemp("tagger"), "nianbao-sklearn-plus",
                          {"nianbao.taggers": {"sklearn-plus": "nianbao_sklearn_plus:ShoutingTagger"}},
                          {"nianbao_sklearn_plus": BACKEND})


def test_an_installed_backend_trains_saves_loads_and_tags_in_the_pipeline(plus_site, tmp_path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(plus_site))
    assert "sklearn-plus" in taggers.names()
    items, y, _ = tiny_data()
    tagger = create("sklearn-plus", seed=0).fit(items, y)
    directory = tagger.save(tmp_path / "model")
    loaded = load(directory)  # the backend's name is read from config.json and found through the entry point
    assert type(loaded).__name__ == "ShoutingTagger" and type(loaded).__module__ == "nianbao_sklearn_plus"
    record = extract(SAMPLES / "sample-2024-township.txt", ExtractConfig(tagger_model=str(directory)))
    assert record.paragraphs and not [w for w in record.warnings if w.code.startswith("tagger")]
    assert all(set(p.scores) for p in record.paragraphs)
