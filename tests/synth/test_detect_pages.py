"""detect20's page shapes (``nianbao.synth.detect_pages``) written at volume in text and HTML and read back: every
report page partial with its year (no body named), every look-alike ``not_a_report`` with the reason in its record."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.detect_pages import DETECT_KINDS, LOOKALIKE_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, render_shape, shape_page

N = 80  # reports per shape and format: 800 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in DETECT_KINDS} | {f"not_report.{k}" for k in LOOKALIKE_KINDS} <= set(SHAPES)


def test_every_detection_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses, read = ExtractConfig(tag=False), [], 0
    shapes = [f"hidden.{k}" for k in DETECT_KINDS] + [f"not_report.{k}" for k in LOOKALIKE_KINDS]
    for i in range(N):
        rep = sample_report("detect20", i, "txt", 0.0)
        for shape in shapes:
            page = shape_page(rep, shape)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{shape}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                read += 1
                got = (record.status.value, *((record.metadata.agency, record.metadata.year) if page.is_report else ()))
                want = (page.status, *((page.agency, page.year) if page.is_report else ()))
                if got != want or not record.metadata.report_evidence:
                    misses.append((shape, fmt, got, want, record.metadata.report_evidence[:2]))
    assert read == N * len(shapes) * 2
    assert not misses, misses[:10]


def test_detect26_shapes_read_back_at_volume(tmp_path: Path) -> None:
    """detect26's shapes, 200 pages each in text and HTML: the untitled page going on under the format's headings and
    the one-line overview are partial reports with their year; the one-line or own-headed account is no report."""
    config, misses = ExtractConfig(tag=False), []
    shapes = ("hidden.account_then_format", "hidden.one_line_overview", "not_report.account_one_line")
    for i in range(200):
        rep = sample_report("detect26", i, "txt", 0.0)
        for shape in shapes:
            page = shape_page(rep, shape)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{shape}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                got = (record.status.value, *((record.metadata.year,) if page.is_report else ()))
                want = (page.status, *((page.year,) if page.is_report else ()))
                if got != want:
                    misses.append((i, shape, fmt, got, want))
    assert not misses, misses[:10]


def test_sealfix6d_shapes_read_back_at_volume(tmp_path: Path) -> None:
    """sealfix6d's shapes, 120 pages each in text and HTML: the page under a portal's frame, the report said made below,
    the university's report listing its parts and the pre-2019 middle page are partial reports with their year (none
    for the university's); the 总结 under the frame and the old 总结's middle are no reports."""
    config, misses = ExtractConfig(tag=False), []
    shapes = ("hidden.chrome_overview", "hidden.made_as_report", "hidden.university_parts", "hidden.old_middle",
              "not_report.chrome_account", "not_report.old_middle_summary")
    for i in range(120):
        rep = sample_report("sealfix6d", i, "txt", 0.0)
        for shape in shapes:
            page = shape_page(rep, shape)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{shape}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                got = (record.status.value, *((record.metadata.year,) if page.is_report else ()))
                want = (page.status, *((page.year,) if page.is_report else ()))
                if got != want or not record.metadata.report_evidence:
                    misses.append((i, shape, fmt, got, want))
    assert not misses, misses[:10]
