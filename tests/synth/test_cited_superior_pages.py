"""ranker16's page shapes (``nianbao.synth.cited_superior_pages``) written at volume in text and HTML and read back:
pages stating no body of their own, a superior government named only in a rules title, a cited work report, a
portal's or account's name or a list of bodies — the pipeline names none (the ranker's guards, ``mention_guards``)."""

from __future__ import annotations

import os
from pathlib import Path

from nianbao.synth.cited_superior_pages import CITED_SUPERIOR_KINDS
from nianbao.synth.shapes import SHAPES
from tests.synth.readback import read_back

N = int(os.environ.get("NIANBAO_SYNTH_N", "60"))  # reports per shape and format: 360 pages at 60


def test_every_cited_superior_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in CITED_SUPERIOR_KINDS} <= set(SHAPES)


def test_no_superior_is_named_for_a_page_stating_no_body(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "ranker16", CITED_SUPERIOR_KINDS, N)
    assert all(names == {None} for names in agencies.values()), agencies
    assert not misses, misses[:10]
