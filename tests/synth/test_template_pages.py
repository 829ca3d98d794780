"""heldout18 and heldout23's agency shapes (``nianbao.synth.template_pages``) written at volume in text and HTML and
read back: every page's status (partial), agency and year as the shape states them. (The shapes are drawn here, not
through ``nianbao.synth.shapes.SHAPES``: adding kinds there reshuffles every seeded draw of ``nianbao synth``.)"""

from __future__ import annotations

import random
from pathlib import Path

from nianbao.synth.model import Report
from nianbao.synth.shapes import ShapedPage
from nianbao.synth.template_pages import TEMPLATE_KINDS, TEMPLATE_SHAPES
from tests.synth.readback import read_back

N = 60  # reports per shape and format: 480 pages


def _template_page(rep: Report, kind: str) -> ShapedPage:
    lines, agency, year = TEMPLATE_SHAPES[kind](random.Random(f"{rep.seed}:template:{kind}"), rep)
    return ShapedPage(f"hidden.{kind}", tuple(lines), agency, year, True, True)


def test_every_template_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    misses, agencies = read_back(tmp_path, "sealed", TEMPLATE_KINDS, N, _template_page)
    assert not misses, misses[:10]
    # every shape states a body, and many different ones: the rules are not read back on one name
    assert all(None not in names and len(names) > N // 4 for names in agencies.values()), {
        k: len(v) for k, v in agencies.items()}
