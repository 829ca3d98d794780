"""scripts/train_figure_reader.py on a small scale: real examples from one gold report, a few synthetic ones."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from nianbao.extraction.figures.learned import NONE
from nianbao.extraction.figures.learned_training import fit
from tests.conftest import GOLD, SHARED

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "train_figure_reader.py"
TOWNSHIP_GOLD = "sample-2024-township.txt.json"  # its document is in the repo (corpus/samples)


def _script():
    spec = importlib.util.spec_from_file_location("train_figure_reader", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_training_script_builds_examples_and_a_model(tmp_path: Path) -> None:
    if not (GOLD / TOWNSHIP_GOLD).exists():
        pytest.skip(f"no gold file {TOWNSHIP_GOLD}")
    script = _script()
    shutil.copy(GOLD / TOWNSHIP_GOLD, tmp_path / TOWNSHIP_GOLD)
    real = script.real_examples(SHARED, tmp_path, log=lambda *_: None)
    figures = [e for e in real if e.label != NONE]
    assert len(figures) == 11  # the township report's gold states 11 figures, each on a number with a unit
    assert all(e.group == real[0].group and e.group.startswith("real:") for e in real)
    synthetic = script.synthetic_examples(3)
    assert synthetic and all(e.weight == script.SYNTHETIC_WEIGHT for e in synthetic)
    assert synthetic == script.synthetic_examples(3)  # the same seed, the same examples
    model = fit(real + synthetic, script.C)
    assert set(model.classes) >= {e.label for e in figures}
