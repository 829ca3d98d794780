"""heldout14's page shapes (``nianbao.synth.faint_pages``) written at volume in text and HTML and read back:
every page's status (partial), agency (or none) and year as the shape states them."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.faint_pages import FAINT_KINDS
from tests.synth.readback import read_back

N = 100  # reports per shape and format: 1,000 pages


def test_every_faint_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, _ = read_back(tmp_path, "sealed", FAINT_KINDS, N)
    assert not misses, misses[:10]
