"""detect20's page shapes (``nianbao.synth.detect_pages``) written at volume in text and HTML and read back: every
report page partial with its year (no body named), every look-alike ``not_a_report`` with the reason in its record."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.detect_pages import DETECT_KINDS, LOOKALIKE_KINDS
from nianbao.synth.masked_head_pages import MASKED_KINDS, MASKED_LOOKALIKE_KINDS
from nianbao.synth.run_on_title_pages import RUN_ON_LOOKALIKE_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, render_shape, shape_page

N = 80  # reports per shape and format: 800 pages


def test_the_shapes_are_registered() -> None:
    assert {f"hidden.{k}" for k in DETECT_KINDS} | {f"not_report.{k}" for k in LOOKALIKE_KINDS} <= set(SHAPES)


def _misses(tmp_path: Path, seed: str, shapes: list[str], n: int, *, agency: bool = False,
            undated: frozenset[str] = frozenset()) -> list[tuple]:
    """Each shape of ``n`` reports of ``seed`` written in text and HTML and read back: the pages whose status (and, for
    a report, year — and agency where asked; not the year of the ``undated`` shapes) is not what the shape states, or
    whose record gives no evidence."""
    config, misses = ExtractConfig(tag=False), []
    for i in range(n):
        rep = sample_report(seed, i, "txt", 0.0)
        for shape in shapes:
            page = shape_page(rep, shape)
            for fmt in ("txt", "html"):
                path = tmp_path / f"{i}-{shape}.{fmt}"
                path.write_bytes(render_shape(rep, page, fmt))
                record = extract(path, config)
                meta = record.metadata
                dated = page.is_report and shape not in undated
                got = (record.status.value, *(((meta.agency,) if agency else ()) + (meta.year,) if dated else ()))
                want = (page.status, *(((page.agency,) if agency else ()) + (page.year,) if dated else ()))
                if got != want or not meta.report_evidence:
                    misses.append((i, shape, fmt, got, want, meta.report_evidence[:2]))
    return misses


def test_every_detection_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    """detect20's shapes, N pages each in text and HTML, agency and year told right (no body named)."""
    shapes = [f"hidden.{k}" for k in DETECT_KINDS] + [f"not_report.{k}" for k in LOOKALIKE_KINDS]
    misses = _misses(tmp_path, "detect20", shapes, N, agency=True)
    assert not misses, misses[:10]


def test_detect26_shapes_read_back_at_volume(tmp_path: Path) -> None:
    """detect26's shapes, 200 pages each in text and HTML: the untitled page going on under the format's headings and
    the one-line overview are partial reports with their year; the one-line or own-headed account is no report."""
    shapes = ["hidden.account_then_format", "hidden.one_line_overview", "not_report.account_one_line"]
    misses = _misses(tmp_path, "detect26", shapes, 200)
    assert not misses, misses[:10]


def test_sealfix6d_shapes_read_back_at_volume(tmp_path: Path) -> None:
    """sealfix6d's shapes, 120 pages each in text and HTML: the page under a portal's frame, the report said made below,
    the university's report listing its parts and the pre-2019 middle page are partial reports with their year (none
    for the university's); the 总结 under the frame and the old 总结's middle are no reports."""
    shapes = ["hidden.chrome_overview", "hidden.made_as_report", "hidden.university_parts", "hidden.old_middle",
              "not_report.chrome_account", "not_report.old_middle_summary"]
    misses = _misses(tmp_path, "sealfix6d", shapes, 120)
    assert not misses, misses[:10]


def test_detect27_shapes_read_back_at_volume(tmp_path: Path) -> None:
    """detect27's shapes, 150 pages each in text and HTML: the page cut to its overview whose next heading is the
    format's in short and the pre-2019 middle numbered in Arabic figures are partial reports with their year; the
    year-end account laid out as the first is no report; a crawler's one-line report whose title runs on is a report,
    the one-line template, submission notice, publication account and abstract are not."""
    shapes = ["hidden.short_heading_cut", "hidden.old_middle_numbered", "not_report.short_heading_account",
              "hidden.run_on_report", *(f"not_report.{k}" for k in RUN_ON_LOOKALIKE_KINDS)]
    misses = _misses(tmp_path, "detect27", shapes, 150)
    assert not misses, misses[:10]


def test_sealfix7d_shapes_read_back_at_volume(tmp_path: Path) -> None:
    """The title under a mirror's tags, the old second page under a menu list, the school's academic-year report and
    the old lead citing the 条例 over a year's first heading are partial reports with the year they state (the last's
    year stands only in its first heading, read there since detect13); the 总结 under the tags,
    the 图解 under the menu list, the school's 学年 总结 and the old 总结 citing the 条例 are no reports."""
    shapes = [f"hidden.{k}" for k in MASKED_KINDS] + [f"not_report.{k}" for k in MASKED_LOOKALIKE_KINDS]
    misses = _misses(tmp_path, "sealfix7d", shapes, 100)
    assert not misses, misses[:10]


def test_the_markup_title_states_its_agency(tmp_path: Path) -> None:
    """Under a mirror's tags the title is still found: its body is the report's agency."""
    rep = sample_report("sealfix7d", 0, "txt", 0.0)
    page = shape_page(rep, "hidden.markup_title")
    path = tmp_path / "markup.txt"
    path.write_bytes(render_shape(rep, page, "txt"))
    meta = extract(path, ExtractConfig(tag=False)).metadata
    assert meta.title and meta.title.startswith(rep.agency.name)
