"""At volume: one-line pages built around each edge the portal's frame or a pre-2019 page's layout hides
(nianbao/synth/one_line_openings.py), read back by layout/crawled.py into the pieces the page was made of, each
opening on the run-in heading layout/headings.py must read."""

from __future__ import annotations

import pytest

from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.extraction.layout.headings import sub_heading
from nianbao.synth.one_line_openings import EDGES, one_line_opening_page

N = 120


@pytest.mark.parametrize("edge", EDGES)
def test_each_edge_is_cut_on_every_page(edge: str) -> None:
    misses = []
    for i in range(N):
        page = one_line_opening_page(edge, f"one-line-openings:{i}")
        pieces = crawled_pieces(page.line, page.old)
        lost = [p for p in page.pieces if p not in pieces]
        headings = [h.text if (h := sub_heading(p)) and h.run_in else None for p in page.pieces][: len(page.run_in)]
        if lost or headings != list(page.run_in):
            misses.append((i, (lost or headings)[0]))
    assert not misses, (len(misses), misses[:5])


def test_pages_differ_and_run_long() -> None:
    pages = [one_line_opening_page(edge, f"one-line-openings:{i}") for edge in EDGES for i in range(20)]
    assert len({p.line for p in pages}) == len(pages)
    assert min(len(p.line) for p in pages) >= 400
