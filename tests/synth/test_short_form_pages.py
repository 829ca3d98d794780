"""sealfix15m's page shapes (``nianbao.synth.short_form_pages``) written at volume in text and HTML and read back:
every page's status, agency and year as the shape states them."""

from __future__ import annotations

import os
from pathlib import Path

from nianbao.synth.shapes import SHAPES
from nianbao.synth.short_form_pages import SHORT_FORM_KINDS
from tests.synth.readback import read_back

N = int(os.environ.get("NIANBAO_SYNTH_N", "100"))  # reports per shape and format: 1,400 pages at 100


def test_every_short_form_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in SHORT_FORM_KINDS} <= set(SHAPES)


def test_every_short_form_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "sealfix15m", SHORT_FORM_KINDS, N)
    assert not misses, misses[:10]
    # every shape states a body, and many different ones: the rules are not read back on one name
    assert all(None not in names and len(names) > N // 4 for names in agencies.values()), {
        k: len(v) for k, v in agencies.items()}
