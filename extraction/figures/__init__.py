"""Figures from the prose: the numbers a report's narrative states, typed by codebook figure ids.

``extract_figures`` reads the paragraphs of a report (from layout), and the few sentences that stand
in the table sections (二, 三, 四: "市政府因政府信息公开被申请行政复议9件…，具体情况如下。"), and returns
``Figure``s with their value, unit, exactness, scope word, and the span they came from.
"""

from __future__ import annotations

from typing import Iterable

from nianbao.core.codebook import figure
from nianbao.core.record import Figure, Paragraph

from nianbao.extraction.figures.grammar import paragraph_figures
from nianbao.extraction.layout import NARRATIVE_SECTIONS, Layout


def table_section_sentences(layout: Layout) -> list[tuple[str, str]]:
    """(section id, text) of the prose lines in the table sections: whole sentences, no table rows."""
    out = []
    for section in layout.sections:
        if section.id in NARRATIVE_SECTIONS:
            continue
        for line in section.lines:
            text = line.text.strip()
            # Prose the layout made a paragraph of is read with the paragraphs.
            if text.endswith("。") and "\t" not in text and line.role != "paragraph":
                out.append((section.id, text))
    return out


def extract_figures(paragraphs: list[Paragraph], sentences: Iterable[tuple[str, str]] = ()) -> list[Figure]:
    """Every figure the paragraphs (then the table sections' sentences) state, in that order.

    A report states its total of proactively published information once, before any breakdown; later
    counts that read like totals are one department's or one column's, so only the first is kept.
    Figures from a table section's sentence have no paragraph index; their ``section`` says where.
    """
    found = [paragraph_figures(p.text, p.index, p.section) for p in paragraphs]
    found += [paragraph_figures(text, None, section) for section, text in sentences]
    out: list[Figure] = []
    total = figure("proactive.items_total")
    for fig in (f for group in found for f in group):
        own = fig.subject == "self" and not fig.qualifier
        if fig.id == total and own and any(g.id == total and g.subject == "self" and not g.qualifier for g in out):
            continue
        out.append(fig)
    return out


__all__ = ["extract_figures", "table_section_sentences"]
