"""detect18's classes at volume: ``nianbao.synth.detect18_pages``' shapes written in text and HTML and read back. Each
report states its body (or none) and year; each look-alike beside them is no report, with its reason in the record.
With its rule switched off each report shape fails on many of its 100 pages (numbers in the commit that adds them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.detect18_pages import DETECT18_KINDS, DETECT18_LOOKALIKE_KINDS, DETECT18_OLD_KINDS
from nianbao.synth.detect_pages import LOOKALIKE_KINDS, OLD_LEAD_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import lookalike_misses, read_back

N = 50  # reports per shape, each written in text and HTML: 100 pages a shape


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in DETECT18_KINDS} | {f"not_report.{k}" for k in DETECT18_LOOKALIKE_KINDS} <= set(SHAPES)
    assert set(DETECT18_LOOKALIKE_KINDS) <= set(LOOKALIKE_KINDS) and set(DETECT18_OLD_KINDS) <= set(OLD_LEAD_KINDS)


def test_each_report_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "detect18", DETECT18_KINDS, N)
    assert not misses, misses[:10]
    untitled = ("compiled_preamble", "old_overview_items", "wrapped_citation", "data_period_preamble",
                "format_items_no_year")
    assert all(agencies[k] == {None} for k in untitled)
    named = [k for k in DETECT18_KINDS if k not in untitled]
    assert all(len(agencies[k]) > N // 2 for k in named), {k: len(agencies[k]) for k in named}


def test_the_look_alikes_are_no_reports(tmp_path: Path) -> None:
    misses = lookalike_misses(tmp_path, "detect18", DETECT18_LOOKALIKE_KINDS, N)
    assert not misses, misses[:10]
