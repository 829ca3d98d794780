"""Synth page shapes written in text and HTML and read back: the loop each shape module's test runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.model import Report
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import ShapedPage, render_shape, shape_page

FORMATS = ("txt", "html")
Miss = tuple[str, str, tuple, tuple]  # kind, format, what was read, what the page states (status, agency, year)


def hidden_page(rep: Report, kind: str) -> ShapedPage:
    """The registered shape ``hidden.<kind>`` of ``rep``."""
    return shape_page(rep, f"hidden.{kind}")


def read_back(tmp_path: Path, seed: str, kinds: Iterable[str], n: int,
              page_of: Callable[[Report, str], ShapedPage] = hidden_page
              ) -> tuple[list[Miss], dict[str, set[str | None]]]:
    """Write ``n`` sample reports as each shape kind in each of ``FORMATS`` and read each back: the misses, where
    status, agency or year is not what the page states (or a page of 2019 on is read as a pre-2019 report, however
    old its headings look), and the agencies each kind stated."""
    config, misses = ExtractConfig(tag=False), []
    kinds = list(kinds)
    agencies: dict[str, set[str | None]] = {kind: set() for kind in kinds}
    for i in range(n):
        rep = sample_report(seed, i, "txt", 0.0)
        for kind in kinds:
            page = page_of(rep, kind)
            agencies[kind].add(page.agency)
            for fmt in FORMATS:
                path = tmp_path / f"{i}-{kind}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                later = page.year is not None and page.year >= 2019
                got = (record.status.value, record.metadata.agency, record.metadata.year,
                       later and record.metadata.format_version == "pre-2019")
                want = (page.status, page.agency, page.year, False)
                if got != want:
                    misses.append((kind, fmt, got, want))
    return misses, agencies


def lookalike_misses(tmp_path: Path, seed: str, kinds: Iterable[str], n: int) -> list[tuple]:
    """Write ``n`` sample reports as each look-alike shape ``not_report.<kind>`` in each of ``FORMATS`` and read each
    back: the pages not refused as no report, or refused with no reason in the record."""
    config, misses = ExtractConfig(tag=False), []
    for i in range(n):
        rep = sample_report(seed, i, "txt", 0.0)
        for kind in kinds:
            page = shape_page(rep, f"not_report.{kind}")
            for fmt in FORMATS:
                path = tmp_path / f"{i}-{kind}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                if record.status.value != "not_a_report" or not record.metadata.report_evidence:
                    misses.append((i, kind, fmt, record.status.value, record.metadata.report_evidence[:2]))
    return misses
