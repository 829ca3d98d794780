"""Whole reports as a PDF's text layer saved as text (``reshape.pdf_text``), in the shapes that cost paragraphs:

- ``legacy``: a pre-2019 report, its headings, items ('1．…') and paragraphs wrapped at the page's width (28 to
  40 characters) under a first-line indent, with page numbers (and with ``headers`` the title atop every page
  after the first);
- ``two_line_title``: a report whose title takes two lines (the body's name, then '2023年…年度报告'), the PDF
  repeating the first as a running header atop every page after the first — a paragraph going on across a page
  break runs past the header — optionally under a scraper's front matter whose title is the whole one.

Each gives the text and the report's narrative paragraphs as the report's own lines read (what the text must read
as); the reports are ``legacy.sample_legacy``'s and ``sample.sample_report``'s, the wording theirs.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from nianbao.synth.flowed_text import lined_text
from nianbao.synth.legacy import render_legacy, sample_legacy
from nianbao.synth.reshape import morph
from nianbao.synth.sample import sample_report

SHAPES = ("legacy", "two_line_title")


@dataclass(frozen=True)
class PdfPage:
    """One report as a PDF's text layer: the text and the paragraphs it must read as (whitespace dropped)."""

    text: str
    paragraphs: list[str]
    old: bool


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def legacy(seed: str, index: int, headers: bool) -> PdfPage:
    """A pre-2019 report, its parts a line each (numbered items '1．…' among them), as a PDF's text layer."""
    # No damage: a PDF is typeset from the report, not from a damaged crawl of it (pinyin glosses, menus, cuts).
    rep = sample_legacy(seed, index, rendering="lines", styled={"damage": "none"})
    lines = render_legacy(rep).decode("utf-8").splitlines()
    text = morph(lines, "pdf_headers" if headers else "pdf_text", f"{seed}:{index}").text
    paragraphs = [_squash(b.text) for b in rep.blocks if b.kind == "para"]
    return PdfPage(text, paragraphs, True)


def two_line_title(seed: str, index: int, front: bool) -> PdfPage:
    """A report whose title takes two lines, the first repeated atop every page after the first; with ``front`` a
    scraper's front matter above it naming the whole title."""
    rep = sample_report(seed, index, "txt", 0.0)
    lines = lined_text(rep).splitlines()
    name, rest = rep.agency.name, lines[0][len(rep.agency.name):]
    if lines[0].startswith(name) and rest:
        lines = [name, rest, *lines[1:]]
    if front:
        rng = random.Random(f"{seed}:{index}:front")
        lines = [f"标题: {rep.title}", f"发布时间: {rep.year + 1}-0{rng.randint(1, 3)}-1{rng.randint(0, 9)} 09:30",
                 "==================== 正文 ====================", *lines]
    text = morph(lines, "pdf_headers", f"{seed}:{index}").text
    paragraphs = [_squash(b.text) for b in rep.blocks if b.kind == "para"]
    return PdfPage(text, paragraphs, False)
