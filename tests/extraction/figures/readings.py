"""What the grammar reads in one sentence, in the shapes the construction tests compare."""

from __future__ import annotations

from nianbao.extraction.figures.grammar import paragraph_figures


def figures_of(text: str) -> list[tuple[str, int | float]]:
    """Each figure's id and value."""
    return [(f.id, f.value) for f in paragraph_figures(text, 0)]


def figures_q(text: str) -> list[tuple[str, int | float, str | None]]:
    """Each figure's id, value and qualifier."""
    return [(f.id, f.value, f.qualifier) for f in paragraph_figures(text, 0)]


def figures_whose(text: str) -> list[tuple[str, int | float, str]]:
    """Each figure's id, value and whose count it is."""
    return [(f.id, f.value, f.subject) for f in paragraph_figures(text, 0)]


def figures_full(text: str) -> list[tuple[str, int | float, str | None, str]]:
    """Each figure's id, value, qualifier and whose count it is."""
    return [(f.id, f.value, f.qualifier, f.subject) for f in paragraph_figures(text, 0)]


def figures_approx(text: str) -> list[tuple[str, int | float, str | None, bool]]:
    """Each figure's id, value, qualifier and whether it is approximate."""
    return [(f.id, f.value, f.qualifier, f.approx) for f in paragraph_figures(text, 0)]


def figures_scoped(text: str) -> list[tuple[str, int | float, str | None]]:
    """Each figure's id, value and scope word."""
    return [(f.id, f.value, f.scope) for f in paragraph_figures(text, 0)]
