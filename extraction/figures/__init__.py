"""Figures from the prose: the numbers a report's narrative states, typed by codebook figure ids.

``extract_figures`` reads the paragraphs of a report (from layout) and returns ``Figure``s with their
value, unit, exactness, scope word, and the span of the paragraph they came from.
"""

from __future__ import annotations

from nianbao.codebook import figure
from nianbao.record import Figure, Paragraph

from extraction.figures.grammar import paragraph_figures


def extract_figures(paragraphs: list[Paragraph]) -> list[Figure]:
    """Every figure the paragraphs state, in document order.

    A report states its total of proactively published information once, before any breakdown; later
    counts that read like totals are one department's or one column's, so only the first is kept.
    """
    out: list[Figure] = []
    total = figure("proactive.items_total")
    for p in paragraphs:
        for f in paragraph_figures(p.text, p.index):
            if f.id == total and any(g.id == total for g in out):
                continue
            out.append(f)
    return out


__all__ = ["extract_figures"]
