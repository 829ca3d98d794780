"""Every page shape the readers handle, behind one name each: a named shape and a report give the page's lines
and the facts the page states — the agency and year (or none), whether it is a report, and whether a report
on it must be ``partial`` (no tables on the page). ``nianbao synth --page-shapes-rate`` writes them; tests
and ``benchmarks/page_shapes.py`` read them back.

The families, each written by its own module:

- ``cut``, ``lead_cut``: untitled pages cut short (``nianbao.synth.cut_pages``);
- ``wild.<kind>``: page beginnings naming their body oddly (``nianbao.synth.wild_pages``; only the kinds a
  report's agency can be written in, ``wild_kinds``);
- ``hidden.<kind>``: pages stating their body only where a reader must look for it
  (``nianbao.synth.hidden_body``; the body may be another than the report's own agency);
- ``not_report.<kind>``: what a portal publishes beside the reports (``nianbao.synth.portal``), on the
  report's portal page, and look-alikes laid out as a report's beginning (``nianbao.synth.detect_pages``,
  ``LOOKALIKE_KINDS``), as bare lines.

A new shape is a writer in its family's module and one entry here.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from nianbao.synth.cut_pages import cut_page, lead_cut_page
from nianbao.synth.detect_pages import LOOKALIKE_KINDS, lookalike_page
from nianbao.synth.hidden_body import HIDDEN_BODY_KINDS, hidden_body_page
from nianbao.synth.model import Report
from nianbao.synth.portal import NOT_REPORT_KINDS
from nianbao.synth.render_html import render_lines_html, render_lines_portal, render_not_report_html
from nianbao.synth.render_text import render_not_report_text
from nianbao.synth.wild_pages import WILD_KINDS, wild_kinds, wild_page


@dataclass(frozen=True)
class ShapedPage:
    """A page in a named shape and what it states (the facts a gold file records)."""

    shape: str
    lines: tuple[str, ...]
    agency: str | None  # the body the page states (None: a page that is no report states none we score)
    year: int | None
    is_report: bool
    partial: bool  # a report on this page is partial: the page holds no tables

    @property
    def family(self) -> str:
        """The shape's family: ``cut``, ``lead_cut``, ``wild``, ``hidden`` or ``not_report``."""
        return self.shape.split(".", 1)[0]

    @property
    def status(self) -> str:
        """The record status nianbao must give: ``partial``, ``ok`` or ``not_a_report``."""
        if not self.is_report:
            return "not_a_report"
        return "partial" if self.partial else "ok"


def _cut(rep: Report, _: str) -> ShapedPage:
    return ShapedPage("cut", tuple(cut_page(rep)), rep.agency.name, rep.year, True, True)


def _lead_cut(rep: Report, _: str) -> ShapedPage:
    lines, _traditional = lead_cut_page(rep)
    return ShapedPage("lead_cut", tuple(lines), rep.agency.name, rep.year, True, True)


def _wild(rep: Report, kind: str) -> ShapedPage:
    return ShapedPage(f"wild.{kind}", tuple(wild_page(rep, kind)), rep.agency.name, rep.year, True, True)


def _hidden(rep: Report, kind: str) -> ShapedPage:
    lines, agency, year = hidden_body_page(rep, kind)
    return ShapedPage(f"hidden.{kind}", tuple(lines), agency, year, True, True)


def _not_report(rep: Report, kind: str) -> ShapedPage:
    if kind in LOOKALIKE_KINDS:  # bare lines, as a document site serves them
        return ShapedPage(f"not_report.{kind}", tuple(lookalike_page(rep, kind)), None, None, False, False)
    # The text page as written (the portal's chrome around the non-report's title and body).
    lines = render_not_report_text(rep, kind).decode("utf-8").split("\n")
    return ShapedPage(f"not_report.{kind}", tuple(lines), None, None, False, False)


_WRITERS: dict[str, Callable[[Report, str], ShapedPage]] = {
    "cut": _cut, "lead_cut": _lead_cut, "wild": _wild, "hidden": _hidden, "not_report": _not_report}

SHAPES: tuple[str, ...] = ("cut", "lead_cut", *(f"wild.{k}" for k in WILD_KINDS),
                           *(f"hidden.{k}" for k in HIDDEN_BODY_KINDS), *(f"not_report.{k}" for k in (*NOT_REPORT_KINDS, *LOOKALIKE_KINDS)))


# Pages cut short that HTML writes on the report's portal page (its frame around the cut) half the time.
ON_PORTAL = frozenset({"cut", "lead_cut"})
SHAPE_FORMATS = ("txt", "html")


def shapes_for(rep: Report, fmt: str = "txt") -> tuple[str, ...]:
    """The shapes ``rep`` can be written in as ``fmt`` (``txt`` or ``html``): a wild kind only where the
    report's agency fits it."""
    if fmt not in SHAPE_FORMATS:
        return ()
    fits = set(wild_kinds(rep))
    return tuple(s for s in SHAPES if not s.startswith("wild.") or s.split(".", 1)[1] in fits)


def shape_page(rep: Report, shape: str) -> ShapedPage:
    """``rep``'s page in the named ``shape`` (one of ``SHAPES``) with the facts it states."""
    if shape not in SHAPES:
        raise ValueError(f"unknown page shape {shape!r}; one of {', '.join(SHAPES)}")
    family, _, kind = shape.partition(".")
    return _WRITERS[family](rep, kind)


def render_shape(rep: Report, page: ShapedPage, fmt: str) -> bytes:
    """The bytes of ``page`` as ``fmt``: its lines as UTF-8 text, or an HTML page — a non-report on the
    report's portal page, a page cut short (``ON_PORTAL``) there or bare, any other shape as bare paragraphs
    (``render_lines_html``)."""
    if fmt == "txt":
        return ("\n".join(page.lines) + "\n").encode("utf-8")
    if fmt != "html":
        raise ValueError(f"page shapes are written as {' or '.join(SHAPE_FORMATS)}, not {fmt!r}")
    if page.family == "not_report" and page.shape.split(".", 1)[1] not in LOOKALIKE_KINDS:
        return render_not_report_html(rep, page.shape.split(".", 1)[1])
    if page.shape in ON_PORTAL and random.Random(f"{rep.seed}:{page.shape}:portal").random() < 0.5:
        return render_lines_portal(rep, page.lines)
    return render_lines_html(page.lines)
