"""detect13's page shapes (``nianbao.synth.named_overview_pages``) written at volume in text and HTML and read back:
the pre-2019 report cut inside its named 概述 is a partial report of its year in the pre-2019 format; a university's
report is a partial report of no year, in the pre-2019 format exactly where its academic year ends before 2019; the
notice listing the old parts is no report."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.detect_pages import DETECT_KINDS, LOOKALIKE_KINDS
from nianbao.synth.named_overview_pages import NAMED_KINDS, NAMED_LOOKALIKE_KINDS, school_year_end
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import render_shape, shape_page

N = 120  # pages per shape and format


def test_the_shapes_are_registered() -> None:
    assert set(NAMED_KINDS) <= set(DETECT_KINDS) and set(NAMED_LOOKALIKE_KINDS) <= set(LOOKALIKE_KINDS)


def _pre_2019(shape: str, lines: tuple[str, ...]) -> bool | None:
    """Whether the shape's page is in the pre-2019 format (None for a look-alike)."""
    if shape == "hidden.named_overview_cut":
        return True
    if shape == "hidden.school_outline":
        return (school_year_end(lines) or 0) < 2019
    return None


def test_named_overview_shapes_read_back_at_volume(tmp_path: Path) -> None:
    shapes = [f"hidden.{k}" for k in NAMED_KINDS] + [f"not_report.{k}" for k in NAMED_LOOKALIKE_KINDS]
    config, misses, seen_school = ExtractConfig(tag=False), [], set()
    for i in range(N):
        rep = sample_report("detect13", i, "txt", 0.0)
        for shape in shapes:
            page = shape_page(rep, shape)
            old = _pre_2019(shape, page.lines)
            if shape == "hidden.school_outline":
                seen_school.add(old)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{shape}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                meta = record.metadata
                got = (record.status.value, meta.year if page.is_report else None,
                       meta.format_version == FORMAT_PRE_2019 if page.is_report else None)
                want = (page.status, page.year, old)
                if got != want or not meta.report_evidence:
                    misses.append((i, shape, fmt, got, want, meta.format_evidence[:2], meta.report_evidence[:2]))
    assert seen_school == {True, False}  # academic years on both sides of 2019 were written
    assert not misses, misses[:10]
