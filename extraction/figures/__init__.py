"""Figures from the prose: the numbers a report's narrative states, typed by codebook figure ids.

``extract_figures`` reads the paragraphs of a report (from layout), and the few sentences that stand
in the table sections (二, 三, 四: "市政府因政府信息公开被申请行政复议9件…，具体情况如下。"), and returns
``Figure``s with their value, unit, exactness, scope word, and the span they came from.

The rule grammar (``grammar.py``) always reads first. Figure readers named in ``figure_readers`` (the
built-in ``learned``, ``learned.py``, or a third party's under the entry-point group
``nianbao.figure_readers``: a class whose ``add(text, grammar_figures, paragraph_index, section)``
returns figures to add) may then add figures for numbers the grammar left; they never replace one.
``DEFAULT_FIGURE_READERS`` are those a run uses unless its config names others.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from nianbao.core.codebook import figure
from nianbao.core.record import Figure, Paragraph
from nianbao.core.registry import Registry

from nianbao.extraction.figures.grammar import paragraph_figures
from nianbao.extraction.layout import NARRATIVE_SECTIONS, Layout

figure_readers: Registry[Any] = Registry("figure reader", "nianbao.figure_readers", {
    "learned": "nianbao.extraction.figures.learned:LearnedReader",
})
# GO (issue 15; numbers in models/figures/README.md): the learned reader adds beside the grammar by default.
# ``ExtractConfig(figure_readers=())`` reads with the grammar alone.
DEFAULT_FIGURE_READERS: tuple[str, ...] = ("learned",)


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


def extract_figures(paragraphs: list[Paragraph], sentences: Iterable[tuple[str, str]] = (),
                    readers: Sequence[str] | None = None) -> list[Figure]:
    """Every figure the paragraphs (then the table sections' sentences) state, in that order.

    ``readers``: figure readers by ``figure_readers`` name that add to the grammar's reading of each
    paragraph (None: ``DEFAULT_FIGURE_READERS``).

    A report states its total of proactively published information once, before any breakdown; later
    counts that read like totals are one department's or one column's, so only the first is kept —
    unless a later one of the same paragraph names 主动公开 and the first does not ("发布政务新闻共804条，
    主动公开政府信息数共计449条": the news are one kind, the 449 the report's total).
    Figures from a table section's sentence have no paragraph index; their ``section`` says where.
    """
    adders = [figure_readers.get(name)() for name in (DEFAULT_FIGURE_READERS if readers is None else readers)]
    found = [(p.text, _read(p.text, p.index, p.section, adders)) for p in paragraphs]
    found += [(text, _read(text, None, section, adders)) for section, text in sentences]
    out: list[Figure] = []
    kept: tuple[Figure, str, bool] | None = None  # the report's total, its paragraph, whether it names 主动公开
    total = figure("proactive.items_total")
    for text, group in found:
        for fig in group:
            if fig.id != total or fig.subject != "self" or fig.qualifier:
                out.append(fig)
                continue
            names = _names_proactive(text, fig.start or 0)
            if kept is None:
                kept = (fig, text, names)
            elif names and not kept[2] and kept[1] is text and not _breakdown(text, kept[0], fig):
                out.remove(kept[0])
                kept = (fig, text, names)
            else:
                continue
            out.append(fig)
    return out


def _read(text: str, index: int | None, section: str | None, adders: list[Any]) -> list[Figure]:
    """The grammar's figures of one paragraph, then what each added reader adds, in text order."""
    figures = paragraph_figures(text, index, section)
    for adder in adders:
        figures = sorted(figures + adder.add(text, figures, index, section), key=lambda f: f.start or 0)
    return figures


def _breakdown(text: str, first: Figure, later: Figure) -> bool:
    """Whether ``later`` stands in a breakdown of ``first`` ("共公布2599条，(其中…其他应主动公开政府信息856条)")."""
    return bool(re.search(r"其中|包括|分别|其他|其它", text[first.end or 0:later.start or 0]))


def _names_proactive(text: str, start: int) -> bool:
    """Whether the clause a count ends names 主动公开."""
    clause = max(text.rfind(ch, 0, start) for ch in "，。；,;") + 1
    return "主动公开" in text[clause:start]


__all__ = ["DEFAULT_FIGURE_READERS", "extract_figures", "figure_readers", "table_section_sentences"]
