"""heldout34/35 and heldout-19's year, format and detection shapes (``nianbao.synth.year_format_pages``) written at
volume as text and read back: every page's report status, year and format as the shape states them, and no table
二/三/四 read from an old report's prose."""

from __future__ import annotations

import random
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Status
from nianbao.pipeline import extract
from nianbao.synth.year_format_pages import YEAR_FORMAT_KINDS, YEAR_FORMAT_SHAPES

N = 40  # pages per shape: 160 pages


def test_every_year_format_shape_reads_back_as_it_states(tmp_path: Path) -> None:
    config, misses = ExtractConfig(tag=False), []
    for kind in YEAR_FORMAT_KINDS:
        for i in range(N):
            page = YEAR_FORMAT_SHAPES[kind](random.Random(f"yearformat:{kind}:{i}"))
            path = tmp_path / f"{kind}-{i}.txt"
            path.write_text("\n".join(page.lines) + "\n", encoding="utf-8")
            record = extract(path, config)
            report = record.status is not Status.NOT_A_REPORT
            got = (report, record.metadata.year if page.is_report else None,
                   record.metadata.format_version == "pre-2019" if page.is_report else False)
            if got != (page.is_report, page.year, page.pre2019):
                misses.append((kind, i, got, record.metadata.report_evidence[:2]))
            if page.pre2019 and any(t.found and t.id != "legacy" for t in record.tables):
                misses.append((kind, i, "an old report's prose read as a 2019/2021 table"))
    assert not misses, misses[:10]


def test_school_year_is_told_with_its_source(tmp_path: Path) -> None:
    page = YEAR_FORMAT_SHAPES["academic_year"](random.Random("yearformat:source"))
    path = tmp_path / "school.txt"
    path.write_text("\n".join(page.lines) + "\n", encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.year == page.year
    assert record.metadata.sources.get("year") == "academic_year"
