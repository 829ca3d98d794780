"""Plain-text reports: paragraphs a line each, tables flattened as text conversions flatten them.

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

from collections.abc import Callable

from nianbao.synth.grids import Grid, grids, slots
from nianbao.synth.model import Report


def tsv_rows(grid: Grid) -> list[str]:
    return ["\t".join(row) for row in slots(grid)]


def cell_lines(grid: Grid) -> list[str]:
    return [line for row in slots(grid) for line in [*(f"\t{t}" for t in row), ""]]


def space_rows(grid: Grid) -> list[str]:
    return ["  ".join(t for t in row if t) for row in slots(grid)]


FLATTENINGS: dict[str, Callable[[Grid], list[str]]] = {"tsv": tsv_rows, "cells": cell_lines, "spaces": space_rows}


def render_text(rep: Report) -> bytes:
    """The report as a text file in its style's flattening and encoding."""
    tables = grids(rep.fmt, rep.printed, rep.style.t3_note)
    flatten = FLATTENINGS[rep.style.flatten]
    lines = [rep.title, ""]
    for block in rep.blocks:
        if block.kind == "table":
            lines += [*flatten(tables[block.text]), ""]
        else:
            lines += [block.text, ""]
    lines += [rep.agency.name, rep.date_line, ""]
    return "\n".join(lines).encode(rep.style.encoding)
