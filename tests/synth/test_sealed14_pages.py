"""The page shapes of 5f23464's classes (``nianbao.synth.sealed14_pages``) written at volume in text and HTML and read
back: every page a report with the body (or none) and the year its shape states — a body named with a look-alike's
word, a report made (制作/编写/撰写本报告), a 办公厅's division at the desk, an enterprise subject, a '某市政府' subject,
an untitled English translation. Each shape fails under the rules before 5f23464 (03773ce)."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.sealed14_pages import SEALED14_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = 100  # reports per shape and format: 1,200 pages


def test_every_sealed14_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in SEALED14_KINDS} <= set(SHAPES)


def test_every_sealed14_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "sealed14", SEALED14_KINDS, N)
    assert not misses, misses[:10]
    # the shapes naming a body name many different ones: the rules are not read back on one name
    named = {k: v for k, v in agencies.items() if None not in v}
    assert set(named) == {"lookalike_word_body", "division_desk", "enterprise_subject", "city_government_subject",
                          "work_carried_out"}
    assert all(len(names) > N // 4 for names in named.values()), {k: len(v) for k, v in named.items()}
