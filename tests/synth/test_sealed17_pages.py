"""The integrator's five rules of heldout47–48 (e03ef1d, c24971b, fe5eb82) at volume: ``nianbao.synth.sealed17_pages``'
shapes written in text and HTML and read back. Each report states its body (or none) and year, each look-alike is no
report; beside every rule's shape stands the counter-case it must not take (a dash in no title, an area word without
its administration, a department reporting on itself with its own desk, the government's office at the desk (the
government, not the bare place: c24971b took it, 0 of 100 right before the fix), a report saying 本报告显示, news that a
report 已于…公布). With its rule switched off, each rule's shape fails on many of its 100 pages (site_joined_title 80,
named_area_title 70, old_bracket_preamble 46, place_subject_desk 100, named_report_shows 68)."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.detect_pages import LOOKALIKE_KINDS, OLD_LEAD_KINDS
from nianbao.synth.sealed17_pages import SEALED17_KINDS, SEALED17_LOOKALIKE_KINDS, SEALED17_OLD_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import lookalike_misses, read_back

N = 50  # reports per shape, each written in text and HTML: 100 pages a shape, 1,100 in all
_RULES = ("site_joined_title", "named_area_title", "old_bracket_preamble", "place_subject_desk")
_COUNTERS = ("dash_no_title", "area_word_no_admin", "department_subject_desk", "office_desk_government",
             "report_says_shows")


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in SEALED17_KINDS} | {f"not_report.{k}" for k in SEALED17_LOOKALIKE_KINDS} <= set(SHAPES)
    assert set(SEALED17_LOOKALIKE_KINDS) <= set(LOOKALIKE_KINDS) and set(SEALED17_OLD_KINDS) <= set(OLD_LEAD_KINDS)
    assert set(SEALED17_KINDS) == {*_RULES, *_COUNTERS}


def test_each_rules_report_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "sealed17", _RULES, N)
    assert not misses, misses[:10]
    # the reports naming a body name many: the rules are not read back on one name
    assert agencies["old_bracket_preamble"] == {None}
    assert all(len(agencies[k]) > N // 2 for k in _RULES if k != "old_bracket_preamble"), {
        k: len(v) for k, v in agencies.items()}


def test_each_counter_case_keeps_its_own_body(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "sealed17", _COUNTERS, N)
    assert not misses, misses[:10]
    assert all(len(agencies[k]) > N // 2 for k in _COUNTERS), {k: len(v) for k, v in agencies.items()}


def test_the_look_alikes_are_no_reports(tmp_path: Path) -> None:
    """An account of what a named report shows, and news that a bracketed report was published already: no report,
    with the reason in the record."""
    misses = lookalike_misses(tmp_path, "sealed17", SEALED17_LOOKALIKE_KINDS, N)
    assert not misses, misses[:10]
