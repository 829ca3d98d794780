"""detect14's page shapes (``nianbao.synth.reformed_pages``) written at volume in text and HTML and read back: the
untitled report of a body the reform made is partial with the year it reports on (not its founding year), the report
with its English translation under its Chinese preamble is partial with its year, and the bundle of 总结 counted
bare is no report."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.detect_pages import DETECT_KINDS, LOOKALIKE_KINDS
from nianbao.synth.reformed_pages import REFORMED_KINDS, REFORMED_LOOKALIKE_KINDS
from tests.synth.test_detect_pages import _misses

N = 200  # reports per shape and format: 1,200 pages


def test_the_reformed_shapes_are_registered() -> None:
    assert set(REFORMED_KINDS) <= set(DETECT_KINDS) and set(REFORMED_LOOKALIKE_KINDS) <= set(LOOKALIKE_KINDS)


def test_the_reformed_shapes_read_back_at_volume(tmp_path: Path) -> None:
    shapes = [f"hidden.{k}" for k in REFORMED_KINDS] + [f"not_report.{k}" for k in REFORMED_LOOKALIKE_KINDS]
    misses = _misses(tmp_path, "detect14", shapes, N)
    assert not misses, misses[:10]
