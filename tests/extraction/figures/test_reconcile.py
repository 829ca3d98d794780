"""R1–R8 and L1: each passes on a real document and breaks on a statement the tables contradict."""

from __future__ import annotations

import pytest

from nianbao.extraction.figures.grammar import paragraph_figures
from nianbao.extraction.figures.reconcile import reconcile
from nianbao.core.record import Check, CheckStatus
from tests.extraction.figures.conftest import record


def _checks(doc_id: str, rule: str) -> list[Check]:
    return [c for c in record(doc_id).checks if c.rule == rule]


def _against(doc_id: str, prose: str) -> list[Check]:
    """The checks of ``prose`` (our own sentence) against a real document's tables."""
    return reconcile(paragraph_figures(prose, 0), record(doc_id).tables)


@pytest.mark.parametrize("rule,doc_id,value,cells", [
    ("R1", "sample-2022-city-government.html", 254, ["t3.new_received.total"]),
    ("R3", "sample-2023-county-bureau.docx", 33, ["t3.carried_over.total", "t3.new_received.total"]),
    ("R4", "pingtan__pingtan-2025.txt", 148, ["t3.total_processed.total"]),
    ("R5", "kirogov__shanghai-kewei-2024.md", 2, ["t3.carried_over.total"]),
    ("R6", "pingtan__pingtan-2025.txt", 6, ["t3.carried_forward.total"]),
    ("R7", "pingtan__pingtan-2025.txt", 36, ["t4.review.total"]),
    ("R8", "pingtan__pingtan-2023.txt", 7, ["t4.litigation_after_review.total", "t4.litigation_direct.total"]),
])
def test_real_documents_agree_with_their_tables(rule: str, doc_id: str, value: int, cells: list[str]) -> None:
    (check,) = _checks(doc_id, rule)
    assert check.status is CheckStatus.PASS and check.lhs == value == check.rhs
    assert check.cells == cells
    assert record(doc_id).figures[check.figures[0]].value == value  # the evidence names its figure


@pytest.mark.parametrize("rule,doc_id,prose", [
    ("R1", "sample-2022-city-government.html", "全年新收政府信息公开申请250件。"),
    ("R3", "sample-2023-county-bureau.docx", "全年新收申请30件，加上上年结转的3件，共需办理30件。"),
    ("R4", "pingtan__pingtan-2025.txt", "全区共收到政府信息公开申请154件，共办结150件。"),
    ("R5", "kirogov__shanghai-kewei-2024.md", "上年结转政府信息公开申请 3 件。"),
    ("R6", "pingtan__pingtan-2025.txt", "依申请公开办结148件，另有5件结转下年度继续办理。"),
    ("R7", "pingtan__pingtan-2025.txt", "全年办理行政复议30起。"),
    ("R8", "pingtan__pingtan-2023.txt", "因政府信息公开引起的行政诉讼案件5件。"),
])
def test_a_statement_the_tables_contradict_fails(rule: str, doc_id: str, prose: str) -> None:
    (check,) = [c for c in _against(doc_id, prose) if c.rule == rule]
    assert check.status is CheckStatus.FAIL and check.lhs != check.rhs and "≠" in check.message


def test_received_may_mean_new_or_new_plus_carried_and_says_which() -> None:
    # pingtan 2022: 收到75件 with 一 = 74, 二 = 1; 上海: 收到34件 with 一 = 34, 二 = 2
    (both,) = _checks("pingtan__pingtan-2022.html", "R2")
    assert both.status is CheckStatus.PASS and "一 + 二" in (both.assumption or "")
    assert both.cells == ["t3.carried_over.total", "t3.new_received.total"]
    (new,) = _checks("kirogov__shanghai-kewei-2024.md", "R2")
    assert new.status is CheckStatus.PASS and new.assumption == "收到 read as 一 本年新收"
    (zero,) = _checks("pingtan__pingtan-2021.txt", "R2")  # 二 is 0 there: both readings agree, and it says so
    assert zero.status is CheckStatus.PASS and "二 is 0" in (zero.assumption or "")
    (broken,) = _against("pingtan__pingtan-2022.html", "全年收到政府信息公开申请80件。")
    assert broken.status is CheckStatus.FAIL and "neither" in (broken.assumption or "")
    assert "= 74" in broken.message and "= 75" in broken.message


def test_a_part_is_compared_with_its_column() -> None:
    # sample 2023: 被申请行政复议3件，其中1件被纠正 → 表四 行政复议 · 结果纠正
    checks = _checks("sample-2023-county-bureau.docx", "R7")
    assert [(c.cells, c.status) for c in checks] == [(["t4.review.total"], CheckStatus.PASS),
                                                     (["t4.review.corrected"], CheckStatus.PASS)]


def test_approximate_figures_are_not_compared() -> None:
    (check,) = _against("pingtan__pingtan-2025.txt", "全年共收到政府信息公开申请150余件。")
    assert check.status is CheckStatus.SKIPPED and "approximate" in check.message


def test_the_processing_fee_is_never_compared_with_table_two() -> None:
    for doc_id in ("pingtan__pingtan-2022.html", "sample-2023-county-bureau.docx"):
        assert not [c for c in record(doc_id).checks if any("admin_fees" in cell for cell in c.cells) and c.rule[0] == "R"]
    assert _against("pingtan__pingtan-2022.html", "本年度收取信息处理费120元。") == []


def test_counted_lists_are_checked() -> None:
    assert [c.status for c in _checks("000_163e1b7d224b13dc.txt", "L1")] == [CheckStatus.PASS, CheckStatus.PASS]
    (broken,) = reconcile(paragraph_figures("共收到区人大3号、8号、12号共计4项建议。", 0), [])
    assert broken.rule == "L1" and broken.status is CheckStatus.FAIL and (broken.lhs, broken.rhs) == (3, 4)


def test_including_carried_over_compares_with_new_plus_carried() -> None:
    # sample 2023: 一 = 30, 二 = 3
    (r3,) = [c for c in _against("sample-2023-county-bureau.docx", "共受理政府信息公开申请33件（含上年结转3件）。")
             if c.rule == "R3"]
    assert r3.status is CheckStatus.PASS and r3.rhs == 33
    (r2,) = [c for c in _against("sample-2023-county-bureau.docx", "共受理政府信息公开申请33件。") if c.rule == "R2"]
    assert r2.status is CheckStatus.PASS and "一 + 二" in (r2.assumption or "")



def test_another_bodys_figure_is_not_compared_with_the_agencys_tables() -> None:
    # the city's tables say 254 new applications: its own 300 breaks R2, all its bodies' 300 is no check
    doc = "sample-2022-city-government.html"
    (own,) = [c for c in _against(doc, "本机关收到政府信息公开申请300件。") if c.rule == "R2"]
    assert own.status == CheckStatus.FAIL
    assert _against(doc, "全市各级行政机关共收到政府信息公开申请300件。") == []
