"""A fault in one stage never costs the record: the other stages' work is kept, the stage is named.

Each test breaks one real stage of the pipeline (monkeypatch makes it raise) and reads a real report.
"""

from __future__ import annotations


import pytest

import nianbao.pipeline as pipeline
from nianbao.core.config import ExtractConfig
from nianbao.core.problems import ProblemCode
from nianbao.core.record import Status
from nianbao.extraction import metadata as meta
from tests.conftest import SAMPLES

REPORT = SAMPLES / "sample-2022-city-government.html"


def _boom(*args: object, **kwargs: object) -> None:
    raise KeyError("injected fault")


def _cells(record) -> dict[str, object]:
    return {c.id: c.value for t in record.tables for c in t.cells}


@pytest.fixture(scope="module")
def clean():
    record = pipeline.extract(REPORT)
    assert record.status is Status.OK and record.figures and record.paragraphs[0].labels
    return record


def _failure(record, stage: str):
    (problem,) = [e for e in record.errors if e.code == ProblemCode.STAGE_FAILED]
    assert problem.stage == stage and problem.message == f"{stage}: KeyError: 'injected fault'"
    assert record.status is Status.PARTIAL
    return problem


@pytest.mark.parametrize("stage,target", [
    ("figures", (pipeline, "extract_figures")),
    ("reconciliation", (pipeline, "reconcile")),
    ("checks", (pipeline, "run_checks")),
    ("metadata", (meta, "place")),
    ("metadata", (pipeline, "detect")),
    ("tagging", (pipeline, "load_tagger")),
])
def test_a_failing_stage_keeps_the_tables(monkeypatch: pytest.MonkeyPatch, clean, stage: str, target) -> None:
    monkeypatch.setattr(*target, _boom)
    record = pipeline.extract(REPORT)
    _failure(record, stage)
    assert _cells(record) == _cells(clean)  # every cell, as read without the fault
    if target[1] == "place":  # without the metadata the agency's signature line is not known
        assert record.metadata.agency is None and record.metadata.title == clean.metadata.title
        assert [p.text for p in record.paragraphs][:-1] == [p.text for p in clean.paragraphs]
        return
    assert len(record.paragraphs) == len(clean.paragraphs)
    if stage != "figures":
        assert record.figures == clean.figures
    if stage not in ("checks", "reconciliation", "figures"):
        assert record.checks == clean.checks
    if stage == "tagging":
        assert all(not p.labels for p in record.paragraphs)
    else:
        assert [p.labels for p in record.paragraphs] == [p.labels for p in clean.paragraphs]
    if target[1] == "detect":  # without detection the record has no evidence of being a report, and says so
        assert record.metadata.report_evidence == [] and clean.metadata.report_evidence
        record.metadata.report_evidence = clean.metadata.report_evidence
    assert record.metadata == clean.metadata


def test_failing_tables_keep_metadata_and_paragraphs(monkeypatch: pytest.MonkeyPatch, clean) -> None:
    monkeypatch.setattr(pipeline, "extract_tables", _boom)
    record = pipeline.extract(REPORT)
    _failure(record, "tables")
    assert record.tables == [] and record.metadata.agency == clean.metadata.agency
    assert [p.text for p in record.paragraphs] == [p.text for p in clean.paragraphs]
    assert record.paragraphs[0].labels  # tagged all the same


def test_failing_layout_still_gives_a_partial_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "analyse", _boom)
    record = pipeline.extract(REPORT, ExtractConfig(tag=False))
    _failure(record, "layout")
    assert record.source.reader == "html" and record.source.sha256


def test_a_pdf_report_keeps_its_cells_when_figures_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    path = SAMPLES / "sample-2023-county-bureau-ruled.pdf"
    clean = pipeline.extract(path, ExtractConfig(tag=False))
    monkeypatch.setattr(pipeline, "extract_figures", _boom)
    record = pipeline.extract(path, ExtractConfig(tag=False))
    _failure(record, "figures")
    assert _cells(record) == _cells(clean) and any(v is not None for v in _cells(record).values())
