"""S1 and S2 over real consecutive reports (平潭 2021 → 2022 → 2023), and pairs that break them."""

from __future__ import annotations

import copy
import json
from msgspec.structs import replace
from pathlib import Path

from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.analysis.crossyear import cross_year
from nianbao.core.record import CellKind, CheckStatus, Record
from nianbao.core.serialize import write_jsonl
from tests.extraction.figures.conftest import record

PINGTAN = ["pingtan__pingtan-2019.txt", "pingtan__pingtan-2021.txt", "pingtan__pingtan-2022.html",
           "pingtan__pingtan-2023.txt", "pingtan__pingtan-2025.txt"]


def _as(rec: Record, agency: str, year: int) -> Record:
    """A copy of a real record under another agency name and year."""
    out = copy.deepcopy(rec)
    out.doc_id, out.metadata = f"{agency}-{year}", replace(out.metadata, agency=agency, year=year)
    return out


def test_pingtan_years_are_one_agency_and_carry_forward() -> None:
    result = cross_year(record(d) for d in PINGTAN)
    assert list(result.agencies.values()) == [dict(zip([2019, 2021, 2022, 2023, 2025], PINGTAN))]
    s1 = [c for c in result.checks if c.rule == "S1"]
    # 2019→2021, 2023→2025 are no consecutive years; 2021→2022 and 2022→2023 are, one check per column
    assert len(s1) == 14 and all(c.status is CheckStatus.PASS for c in s1)
    total = next(c for c in s1 if c.scope.endswith("2021→2022 · total"))
    assert (total.lhs, total.rhs) == (1, 1)  # 2021 carried 1 application forward, 2022 carried 1 over
    assert total.cells == ["pingtan__pingtan-2021.txt:t3.carried_forward.total",
                           "pingtan__pingtan-2022.html:t3.carried_over.total"]


def test_s2_passes_where_both_years_are_readable_and_skips_where_not() -> None:
    result = cross_year(record(d) for d in PINGTAN)
    s2 = {c.scope.rsplit(" ", 3)[1] + " " + c.scope.rsplit(" ", 1)[1]: c.status for c in result.checks if c.rule == "S2"}
    assert s2 == {"2021→2022 regulations": CheckStatus.PASS, "2021→2022 normative_documents": CheckStatus.SKIPPED,
                  "2022→2023 regulations": CheckStatus.PASS, "2022→2023 normative_documents": CheckStatus.SKIPPED}


def test_s1_breaks_when_the_next_year_carries_over_something_else() -> None:
    # 2021 carried 1 forward; the 2023 report (0 carried over) standing in as 2022 breaks S1
    fake = _as(record("pingtan__pingtan-2023.txt"), "平潭综合实验区", 2022)
    checks = cross_year([record("pingtan__pingtan-2021.txt"), fake]).checks
    broken = {c.scope.rsplit(" ", 1)[1]: (c.lhs, c.rhs) for c in checks if c.rule == "S1" and c.status is CheckStatus.FAIL}
    assert broken == {"natural_person": (1, 0), "total": (1, 0)}


def test_s2_breaks_when_in_force_does_not_carry() -> None:
    # 澄川市 2022: 行政规范性文件 现行有效 112. A 2023 report with 制发3、废止2、现行有效11 breaks S2 (112 + 3 − 2 ≠ 11).
    later = _as(record("sample-2023-county-bureau.docx"), "澄川市人民政府", 2023)
    checks = cross_year([record("sample-2022-city-government.html"), later]).checks
    s2 = next(c for c in checks if c.rule == "S2" and c.scope.endswith("normative_documents"))
    assert s2.status is CheckStatus.FAIL and (s2.lhs, s2.rhs) == (113, 11)


def test_names_are_matched_across_years_and_ambiguous_cells_skip() -> None:
    # seed 004 names itself 淄博市临淄区行政审批服务局; a next year's report calling itself 临淄区审批局 is the same agency
    first = record("004_0e482e19bd443c5d.txt")
    second = _as(first, "临淄区审批局", 2025)
    t3 = second.table("t3")
    assert t3 is not None
    t3.cells = [replace(c, kind=CellKind.AMBIGUOUS, value=None) if c.id == "t3.carried_over.total" else c for c in t3.cells]
    result = cross_year([first, second])
    assert list(result.agencies.values()) == [{2024: first.doc_id, 2025: second.doc_id}]
    total = next(c for c in result.checks if c.scope.endswith("· total"))
    assert total.status is CheckStatus.SKIPPED and "ambiguous" in total.message


def test_crossyear_command_reads_records(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    write_jsonl([record(d) for d in PINGTAN[1:3]], path)
    out = tmp_path / "cy.json"
    result = CliRunner().invoke(app, ["crossyear", str(path), "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "S1" in result.output and "2021→2022" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["checks"]) == 9 and {c["status"] for c in data["checks"]} == {"pass", "skipped"}
