from __future__ import annotations

import pytest

from nianbao.evaluation.groups import agency_of, group_of


def test_an_agencys_reports_fall_in_one_group() -> None:
    # the prefecture dropped, short names written out: one agency across its years
    assert agency_of("a.txt", {"agency": "淄博市临淄区行政审批服务局"}) == agency_of("b.txt", {"agency": "临淄区审批局"})
    assert group_of("agency", "x.txt", {"agency": "上海市科委"}) == group_of("agency", "y.md", {"agency": "上海市科学技术委员会"})
    # no agency named: the document is its own group
    assert group_of("agency", "template.docx", {"agency": None}) != group_of("agency", "other.docx", {"agency": None})


def test_reports_and_formats() -> None:
    assert group_of("report", "pingtan-2019.txt", {"agency": "平潭综合实验区"}) == "pingtan-2019.txt"
    assert group_of("format", "report.PDF") == "pdf"
    with pytest.raises(ValueError):
        group_of("province", "x.txt")
