"""sealfix13n's page shapes (``nianbao.synth.translated_pages``) written at volume in text and HTML and read back:
a place's own report names the body the page states (its compiling office, or the government the office compiles
for), never the bare place; a report translated into English names the English title's body and year, partial."""

from __future__ import annotations

from pathlib import Path

from nianbao.synth.shapes import SHAPES
from nianbao.synth.translated_pages import TRANSLATED_KINDS
from tests.synth.readback import read_back

N = 60  # reports per shape and format: 600 pages


def test_every_translated_shape_is_a_page_shape() -> None:
    assert {f"hidden.{kind}" for kind in TRANSLATED_KINDS} <= set(SHAPES)


def test_every_translated_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "translated", TRANSLATED_KINDS, N)
    assert not misses, misses[:10]
    assert all(None not in names and len(names) > N // 4 for names in agencies.values()), {
        k: len(v) for k, v in agencies.items()}
