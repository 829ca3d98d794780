"""At volume (nianbao/synth/pdf_pages.py): whole reports as a PDF's text layer saved as text — pre-2019 reports with
their numbered items, and reports whose two-line title's first line runs atop every page, under a scraper's front
matter or not — keep their narrative paragraphs whole.

Measured over 100 reports of each shape when the rules went in (paragraphs found whole, before → after the running
header, first-line and last-line rules): pre-2019 pdf_text 93.0% → 96.6% (reports whole 53 → 76), two-line title
92.5% → 96.3% (41 → 68), under front matter 94.0% → 96.3% (46 → 68). What is left is the text layer's real ambiguity: a one-line paragraph under a full line
that ends a sentence, a sentence ending exactly at a first line's end over a line of the same width."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.pdf_pages import PdfPage, legacy, two_line_title

REPORTS = 100
SEED = "pdf-pages"


def _share_found(pages: list[PdfPage], tmp_path: Path) -> tuple[float, int]:
    found = total = whole = 0
    for k, page in enumerate(pages):
        path = tmp_path / f"{k}.txt"
        path.write_text(page.text, encoding="utf-8")
        got = {re.sub(r"\s+", "", p.text) for p in extract(path, ExtractConfig(tag=False)).paragraphs}
        hits = sum(p in got for p in page.paragraphs)
        found, total, whole = found + hits, total + len(page.paragraphs), whole + (hits == len(page.paragraphs))
    return found / max(1, total), whole


@pytest.mark.parametrize("headers", [False, True], ids=["pdf_text", "pdf_headers"])
def test_pre2019_reports_as_a_pdfs_text_keep_their_paragraphs(tmp_path: Path, headers: bool) -> None:
    share, whole = _share_found([legacy(SEED, k, headers) for k in range(REPORTS)], tmp_path)
    assert share >= 0.95 and whole >= 65, (share, whole)


@pytest.mark.parametrize("front", [False, True], ids=["bare", "front_matter"])
def test_a_two_line_titles_running_header_cuts_no_paragraph(tmp_path: Path, front: bool) -> None:
    pages = [two_line_title(SEED, k, front) for k in range(REPORTS)]
    assert sum("— 2 —" in p.text or "- 2 -" in p.text or "第2页" in p.text or "\n2\n" in p.text for p in pages) >= 50
    share, whole = _share_found(pages, tmp_path)
    assert share >= 0.95 and whole >= 60, (share, whole)
