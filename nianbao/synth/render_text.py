"""Plain-text reports: the portal page a line each (chrome, metadata block, title — see
``nianbao.synth.portal``), paragraphs a line each, tables flattened as text conversions flatten them.

Flattenings (all read by nianbao's text aligner, which finds rows by their labels and takes the
values in template order):

- ``tsv``: an HTML-to-text conversion — one table row a line, cells tab separated, an empty field
  where a vertically merged cell continues;
- ``cells``: a DOCX-to-text conversion — one cell a line (tab indented), a blank line between rows;
- ``spaces``: a copy from a web page into a plain editor — one row a line, cells two spaces apart.

A text flattening cannot show an empty cell (an empty field looks like none), so text reports print
zeros as 0 or a dash, never blank (the sampler sees to it).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from nianbao.synth.grids import Grid, grids, slots
from nianbao.synth.model import Report
from nianbao.synth.portal import Page, not_report_page, page_blocks, sample_page, traditional


def tsv_rows(grid: Grid) -> list[str]:
    return ["\t".join(row) for row in slots(grid)]


def cell_lines(grid: Grid) -> list[str]:
    return [line for row in slots(grid) for line in [*(f"\t{t}" for t in row), ""]]


def space_rows(grid: Grid) -> list[str]:
    return ["  ".join(t for t in row if t) for row in slots(grid)]


FLATTENINGS: dict[str, Callable[[Grid], list[str]]] = {"tsv": tsv_rows, "cells": cell_lines, "spaces": space_rows}


def meta_line(row: tuple[tuple[str, str], ...], style: str) -> str:
    """A metadata-block row as text: 'key：value', several two spaces apart, or pipe cells."""
    if style == "pipes":
        return "| " + " | ".join(f"{k} | {v}" for k, v in row) + " |"
    return "  ".join(f"{k}：{v}" for k, v in row)


def wrap_text(page: Page, article: list[str]) -> list[str]:
    """The page's lines around the article's."""
    out: list[str] = []
    for role, lines in page.pieces:
        if role == "article":
            out += article
        elif role == "meta":
            out += [meta_line(row, page.meta) for row in lines] + [""]
        elif lines:
            out += [*lines, ""]
    return out


def _finish(page: Page, lines: list[str], encoding: str) -> bytes:
    text = "\n".join(lines)
    return (traditional(text) if page.traditional else text).encode(encoding)


def render_text(rep: Report) -> bytes:
    """The report as a text file in its style's flattening and encoding, on its portal page."""
    page = sample_page(rep)
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    flatten = FLATTENINGS[rep.style.flatten]
    lines: list[str] = []
    for block in page_blocks(rep, page):
        if block.kind == "table":
            lines += [*flatten(tables[block.text]), ""]
        else:
            lines += [block.text, ""]
    return _finish(page, wrap_text(page, lines), rep.style.encoding)


def render_not_report_text(rep: Report, what: str) -> bytes:
    """A document that is no annual report (see ``portal.NOT_REPORT_KINDS``) on ``rep``'s portal page."""
    page = sample_page(rep)
    title, body = not_report_page(rep, what)
    page = dataclasses.replace(page, title=(title,), pieces=[
        ("title", [title]) if role == "title" else (role, lines) for role, lines in page.pieces])
    if page.title_at == "none":
        page.pieces.insert(0, ("title", [title]))
    return _finish(page, wrap_text(page, [line for text in body for line in (text, "")]), "utf-8")
