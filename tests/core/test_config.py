"""ExtractConfig: frozen, picklable (it crosses into worker processes), and round-trips through run.json."""

from __future__ import annotations

import dataclasses
import json
import pickle

import pytest

from nianbao.core.config import ExtractConfig


def test_a_config_is_frozen_picklable_and_round_trips_through_json() -> None:
    config = ExtractConfig(reader="pdf", pdf_tables=("geometry", "camelot"), ocr=False, tagger_model="m/")
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.ocr = True  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(config)) == config
    assert ExtractConfig.from_dict(json.loads(json.dumps(config.to_dict()))) == config


def test_reader_options_come_from_the_config_and_its_pdf_fields_win() -> None:
    config = ExtractConfig(reader_options={"pdf": {"use_ocr": True, "dpi": 200}, "html": {"x": 1}},
                           pdf_tables=("camelot",), ocr=False)
    assert config.options_for("pdf") == {"use_ocr": False, "dpi": 200, "tables": ["camelot"]}
    assert config.options_for("html") == {"x": 1} and config.options_for("docx") == {}


def test_an_unknown_field_is_refused_not_dropped() -> None:
    with pytest.raises(ValueError, match="tagger"):
        ExtractConfig.from_dict({"tagger": "x"})
