"""detect15's page shapes (``nianbao.synth.own_items_pages``) written at volume in text and HTML and read back: the
untitled page opening at 一、总体情况 whose items are the body's own, headed on 公开 work (simplified or traditional),
is partial with its year; the bundle's numbered piece, the 总结 laid out alike and the account headed on other work are
no report."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.detect_pages import DETECT_KINDS, LOOKALIKE_KINDS
from nianbao.synth.own_items_pages import OWN_ITEMS_KINDS, OWN_ITEMS_LOOKALIKE_KINDS
from tests.synth.test_detect_pages import _misses

N = 200  # reports per shape and format: 1,600 pages


def test_the_own_items_shapes_are_registered() -> None:
    assert set(OWN_ITEMS_KINDS) <= set(DETECT_KINDS) and set(OWN_ITEMS_LOOKALIKE_KINDS) <= set(LOOKALIKE_KINDS)


def test_the_own_items_shapes_read_back_at_volume(tmp_path: Path) -> None:
    shapes = [f"hidden.{k}" for k in OWN_ITEMS_KINDS] + [f"not_report.{k}" for k in OWN_ITEMS_LOOKALIKE_KINDS]
    misses = _misses(tmp_path, "detect15", shapes, N)
    assert not misses, misses[:10]
