from __future__ import annotations

from msgspec.structs import replace

from nianbao.extraction.checks import run_checks
from nianbao.extraction.layout import analyse
from nianbao.extraction.readers import read
from nianbao.extraction.tables import extract_tables
from nianbao.core.record import CellKind, CheckStatus
from tests.conftest import document_path, gold, gold_documents


def _checks(doc_id: str):
    g = gold(doc_id)
    tables = extract_tables(analyse(read(document_path(g.source))), "2021")
    return g, tables, run_checks(tables)


def test_a_report_that_breaks_an_identity_is_reported_as_it_is() -> None:
    g, tables, checks = _checks("sample-2022-city-government.html")
    failing = sorted(c.key for c in checks if c.status is CheckStatus.FAIL)
    assert failing == sorted(g.identity_breaks) == ["H2:natural_person", "H2:total"]
    h2 = next(c for c in checks if c.key == "H2:natural_person")
    assert (h2.lhs, h2.rhs) == (184, 183) and "t3.total_processed.natural_person" in h2.cells
    assert tables[1].cell("t3.total_processed.natural_person").value == 184  # never "fixed"


def test_every_gold_document_breaks_exactly_its_gold_identities() -> None:
    for doc_id, source in gold_documents():
        if source.endswith((".pdf", ".md")):
            continue
        g, _, checks = _checks(doc_id)
        failing = sorted(c.key for c in checks if c.status is CheckStatus.FAIL and c.rule != "H5")
        assert failing == sorted(g.identity_breaks), doc_id


def test_blank_cells_count_as_zero_and_say_so() -> None:
    _, _, checks = _checks("govnianbao__template-2021format-blank.docx")
    h1 = next(c for c in checks if c.key == "H1:total")
    assert h1.status is CheckStatus.PASS and len(h1.assumed_zero) == 4


def test_ambiguous_cells_skip_their_checks() -> None:
    _, tables, _ = _checks("sample-2024-township.txt")
    t3 = tables[1]
    t3.cells = [replace(c, kind=CellKind.AMBIGUOUS, value=None) if c.id == "t3.granted.total" else c for c in t3.cells]
    checks = {c.key: c for c in run_checks(tables)}
    assert checks["H3:granted"].status is CheckStatus.SKIPPED
    assert checks["H2:total"].status is CheckStatus.SKIPPED
    assert checks["H2:natural_person"].status is CheckStatus.PASS


def test_h5_flags_negative_and_fractional_counts() -> None:
    _, tables, _ = _checks("sample-2024-township.txt")
    t3 = tables[1]
    t3.cells = [replace(c, value=-1) if c.id == "t3.granted.research" else c for c in t3.cells]
    h5 = next(c for c in run_checks(tables) if c.key == "H5:t3")
    assert h5.status is CheckStatus.FAIL and h5.cells == ["t3.granted.research"]
