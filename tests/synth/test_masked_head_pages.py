"""sealfix7d's page shapes (``nianbao.synth.masked_head_pages``) written at volume in text and HTML and read back: every
report page partial with the year it states (the title's, the figures', none for a school's academic year), every
look-alike laid out the same way ``not_a_report`` with the reason in its record."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.masked_head_pages import MASKED_KINDS, MASKED_LOOKALIKE_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import render_shape, shape_page

N = 100  # pages per shape and format

# The shape whose year stands only in its first heading: the year readers take none from a heading yet, so only its
# status is checked.
_YEAR_IN_HEADING = {"hidden.old_cited_lead"}


def _misses(tmp_path: Path, shapes: list[str]) -> list[tuple]:
    config, misses = ExtractConfig(tag=False), []
    for i in range(N):
        rep = sample_report("sealfix7d", i, "txt", 0.0)
        for shape in shapes:
            page = shape_page(rep, shape)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{shape}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                meta = record.metadata
                dated = page.is_report and shape not in _YEAR_IN_HEADING
                got = (record.status.value, *((meta.year,) if dated else ()))
                want = (page.status, *((page.year,) if dated else ()))
                if got != want or not meta.report_evidence:
                    misses.append((i, shape, fmt, got, want, meta.report_evidence[:2]))
    return misses


def test_masked_head_reports_read_back_as_reports(tmp_path: Path) -> None:
    """The title under a mirror's tags, the old second page under a menu list, the school's academic-year report and the
    old lead citing the 条例 over a year's first heading are partial reports, with the year they state."""
    assert not (misses := _misses(tmp_path, [f"hidden.{k}" for k in MASKED_KINDS])), misses[:10]


def test_masked_head_lookalikes_read_back_as_no_reports(tmp_path: Path) -> None:
    """The 总结 under the tags, the 图解 under the menu list, the school's 学年 总结 and the old 总结 citing the 条例 are
    no reports."""
    assert not (misses := _misses(tmp_path, [f"not_report.{k}" for k in MASKED_LOOKALIKE_KINDS])), misses[:10]


def test_the_markup_title_states_its_agency(tmp_path: Path) -> None:
    """Under a mirror's tags the title is still found: its body is the report's agency."""
    rep = sample_report("sealfix7d", 0, "txt", 0.0)
    page = shape_page(rep, "hidden.markup_title")
    path = tmp_path / "markup.txt"
    path.write_bytes(render_shape(rep, page, "txt"))
    meta = extract(path, ExtractConfig(tag=False)).metadata
    assert meta.title and meta.title.startswith(rep.agency.name)
