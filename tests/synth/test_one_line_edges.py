"""At volume: one-line pages built around each paragraph edge a crawler's flattening hides
(nianbao/synth/one_line_edges.py), read back by layout/crawled.py into the pieces the page was made of."""

from __future__ import annotations

import pytest

from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.synth.one_line_edges import EDGES, one_line_edge_page

N = 120


@pytest.mark.parametrize("edge", EDGES)
def test_each_edge_is_cut_on_every_page(edge: str) -> None:
    misses = []
    for i in range(N):
        page = one_line_edge_page(edge, f"one-line-edges:{i}")
        pieces = crawled_pieces(page.line, page.old)
        lost = [p for p in page.pieces if p not in pieces]
        if lost:
            misses.append((i, lost[0][:30]))
    assert not misses, (len(misses), misses[:5])


def test_pages_differ_and_run_long() -> None:
    pages = [one_line_edge_page(edge, f"one-line-edges:{i}") for edge in EDGES for i in range(20)]
    assert len({p.line for p in pages}) == len(pages)
    assert min(len(p.line) for p in pages) >= 400
