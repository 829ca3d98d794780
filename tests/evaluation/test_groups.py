from __future__ import annotations

import pytest

from nianbao.core.record import Metadata, Record, SourceFile, Status
from nianbao.evaluation.groups import agency_of, group_of, grouping
from tests.conftest import GOLD


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


def _record(doc_id: str, agency: str | None) -> Record:
    return Record(doc_id=doc_id, source=SourceFile(path=doc_id), status=Status.OK, metadata=Metadata(agency=agency))


def test_grouping_takes_the_agency_from_gold_before_the_record() -> None:
    group = grouping("agency", GOLD)
    assert group is not None
    # Two years of one agency in corpus/gold: one group, whatever agency the records themselves read.
    first = group(_record("000_163e1b7d224b13dc.txt", "某某局"))
    assert first == group(_record("003_fd629941e7a907e0.txt", None)) == agency_of("x", {"agency": "临淄区工业和信息化局"})
    # No gold file: the record's own agency, normalised; no agency at all: the document alone.
    assert group(_record("new.txt", "淄博市临淄区工业和信息化局")) == first
    assert group(_record("a.txt", None)) != group(_record("b.txt", None))


def test_grouping_by_format_and_by_report() -> None:
    group = grouping("format", None)
    assert group is not None and group(_record("x.DOCX", "某局")) == "docx"
    assert grouping("report", GOLD) is None and grouping(None, GOLD) is None
    with pytest.raises(ValueError):
        grouping("province", GOLD)
