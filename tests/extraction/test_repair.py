"""The cell a broken identity points to: planted misprints are found, nothing is proposed where the
identities hold (samples, golden corpus, clean synthetic reports), and no cell is ever changed."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import CellKind, CheckStatus
from nianbao.extraction.checks import run_checks
from nianbao.extraction.repair import classify_slip, propose_repairs
from nianbao.pipeline import extract
from nianbao.synth.cellerrors import ERROR_KINDS, plant_cell_error, write_clean, write_planted
from nianbao.synth.sample import sample_report
from tests.conftest import document_path, gold_documents, is_scan, needs_cjk_font

CONFIG = ExtractConfig(tag=False)


@pytest.mark.parametrize("printed,proposed,slip", [
    ("21", "12", "transposition"), ("1327", "1237", "transposition"), ("80", "00", "ocr_confusion"),
    ("17", "11", "ocr_confusion"), ("65", "55", "ocr_confusion"), ("42", "49", "typo"), ("12", "132", "dropped_digit"),
    ("1332", "132", "extra_digit"), ("12", "35", "other"),
])
def test_slips_are_named(printed: str, proposed: str, slip: str) -> None:
    assert classify_slip(printed, proposed) == slip


def test_planted_misprints_are_located_and_corrected(tmp_path: Path) -> None:
    planted = write_planted(tmp_path, 45)
    assert {p.kind for _, p in planted} == set(ERROR_KINDS)
    located = corrected = 0
    for path, error in planted:
        record = extract(path, CONFIG)
        assert record.cell(error.cell).value == float(error.printed)  # proposed, never applied
        top = record.proposals[0]
        located += top.cell == error.cell
        corrected += top.cell == error.cell and top.proposed == error.true_value
        assert _holds_once_applied(record, top)
        assert top.fixes and all(k in {c.key for c in record.checks if c.status is CheckStatus.FAIL} for k in top.fixes)
    assert located / len(planted) >= 0.9 and corrected / len(planted) >= 0.8


def test_a_table_three_misprint_is_pinned_to_its_row_and_column(tmp_path: Path) -> None:
    rep = sample_report("pin", 3, "txt", 0.0)
    rep.printed["t3.new_received.natural_person"] = str(rep.values["t3.new_received.natural_person"] + 10)
    from nianbao.synth.render_text import render_text

    path = tmp_path / rep.doc_id
    path.write_bytes(render_text(rep))
    record = extract(path, CONFIG)
    assert len(record.proposals) == 1
    p = record.proposals[0]
    assert (p.cell, p.proposed, p.rank) == ("t3.new_received.natural_person", rep.values["t3.new_received.natural_person"], 1)
    assert set(p.fixes) == {"H1:natural_person", "H3:new_received"} and "H1:natural_person" in p.evidence


def test_no_proposal_for_clean_synthetic_reports(tmp_path: Path) -> None:
    assert not [p for p in write_clean(tmp_path, 30) if extract(p, CONFIG).proposals]


def _holds_once_applied(record, proposal) -> bool:
    """Every H1–H4 identity holds on a copy of the tables with the proposal applied."""
    tables = copy.deepcopy(record.tables)
    for table in tables:
        for cell in table.cells:
            if cell.id == proposal.cell:
                cell.kind, cell.value = CellKind.NUMBER, proposal.proposed
    return all(c.status is not CheckStatus.FAIL for c in run_checks(tables) if c.rule in ("H1", "H2", "H3", "H4"))


DOCUMENTS = [d for d in gold_documents() if not is_scan(Path(d[1]))]


@pytest.mark.parametrize("doc_id,source", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_no_proposal_where_the_identities_hold(doc_id: str, source: str) -> None:
    if source.startswith("corpus/samples/") and source.endswith(".pdf"):
        needs_cjk_font()
    record = extract(document_path(source), CONFIG)
    identities = [c for c in record.checks if c.rule in ("H1", "H2", "H3", "H4")]
    if all(c.status is not CheckStatus.FAIL for c in identities):
        assert record.proposals == []
    # Where they fail, any proposal must make them all hold (the samples' real breaks — two columns of
    # table 三, two blocks of table 四 — are no one cell's doing, and get none).
    assert all(_holds_once_applied(record, p) for p in record.proposals)


def test_nothing_is_proposed_without_failing_checks() -> None:
    rep = sample_report("x", 0, "txt", 0.0)
    assert plant_cell_error(rep, random.Random(0)) is not None
    assert propose_repairs([], []) == []


def test_proposals_reach_the_panel_rows_and_nianbao_show(tmp_path: Path) -> None:
    from rich.console import Console

    from nianbao.outputs.columns import TABLES
    from nianbao.outputs.render import render
    from nianbao.outputs.tidy import proposal_columns

    path, error = write_planted(tmp_path, 1, seed="panel")[0]
    record = extract(path, CONFIG)
    columns = proposal_columns(record)
    assert list(columns) == [c[0] for c in TABLES["proposals"]] and columns["rank"]
    assert columns["cell_id"][0] == error.cell and columns["proposed"][0] == error.true_value
    console = Console(record=True, width=200)
    render(record, console)
    shown = console.export_text()
    assert "proposed corrections" in shown and error.cell in shown
