"""Pre-2019 reports: the four old-format 平潭 reports of the development corpus read as pre-2019, their
narrative kept in the nearest sections (gold paragraph keys), their old statistics table kept as the
generic table ``legacy`` and never forced into tables 二/三/四."""

from __future__ import annotations

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.core.record import CellKind
from nianbao.extraction.layout.headings import section_of_heading
from nianbao.extraction.tables.legacy import read_legacy_text
from nianbao.pipeline import extract
from tests.conftest import gold, shared

OLD = ["pingtan__pingtan-county-2011.txt", "pingtan__pingtan-2012.txt", "pingtan__pingtan-2017.txt",
       "pingtan__pingtan-2018.txt"]


@pytest.mark.parametrize("doc_id", OLD)
def test_pre2019_report_is_flagged_and_keeps_its_narrative(doc_id: str) -> None:
    record = extract(shared(f"corpus/{doc_id}"), ExtractConfig(tag=False))
    assert record.metadata.format_version == "pre-2019"
    assert any("statistics table" in e for e in record.metadata.format_evidence)
    assert record.coverage >= 0.98
    assert [t.id for t in record.tables] == ["legacy"] and record.tables[0].found
    got = {paragraph_key(p.text): p.section for p in record.paragraphs}
    want = gold(doc_id).paragraphs
    assert {p.key: p.section for p in want} == {k: got.get(k) for k in (p.key for p in want)}
    assert {"overview", "proactive", "requests", "problems"} <= set(record.sections)


def test_the_old_tables_cells_keyed_by_row_label() -> None:
    by_id = {c.id: c for c in extract(shared("corpus/pingtan__pingtan-2012.txt"), ExtractConfig(tag=False)).tables[0].cells}
    assert (by_id["legacy.主动公开信息数.year"].value, by_id["legacy.主动公开信息数.cumulative"].value) == (739, 4359)
    assert by_id["legacy.行政复议数.year"].unit == "件" and by_id["legacy.行政申诉、举报数.cumulative"].value == 0
    cells = {c.id: c for c in extract(shared("corpus/pingtan__pingtan-county-2011.txt"), ExtractConfig(tag=False)).tables[0].cells}
    # "主动公开信息数条4251516": run together, two columns the text cannot split for sure
    total = cells["legacy.主动公开信息数.year"]
    assert total.kind is CellKind.AMBIGUOUS and 425 in total.candidates
    # "网站公开条41815092.政府公报公开条77": the next row's ordinal 2 is not a digit of this row
    assert 418 in cells["legacy.网站公开.year"].candidates and 1509 in cells["legacy.网站公开.cumulative"].candidates
    assert (cells["legacy.政府公报公开.year"].value, cells["legacy.政府公报公开.cumulative"].value) == (7, 7)
    assert len({c.id.rsplit(".", 1)[0] for c in cells.values()}) == 17


def test_old_table_text_with_spaces_and_run_together() -> None:
    spaced = read_legacy_text("指标名称 计量单位 2015年度 历年累计 主动公开信息数 条 120 860 其中：1、网站公开 条 100 700 "
                              "2、政府公报公开 条 20 160 行政复议数 件 0 0")
    assert [(c.id, c.value) for c in spaced.cells][:4] == [("legacy.主动公开信息数.year", 120),
                                                         ("legacy.主动公开信息数.cumulative", 860),
                                                         ("legacy.网站公开.year", 100), ("legacy.网站公开.cumulative", 700)]
    fused = read_legacy_text("指标名称计量单位2015年度历年累计行政复议数件00行政诉讼数件13")
    assert [(c.id, c.value) for c in fused.cells] == [("legacy.行政复议数.year", 0), ("legacy.行政复议数.cumulative", 0),
                                                      ("legacy.行政诉讼数.year", 1), ("legacy.行政诉讼数.cumulative", 3)]


@pytest.mark.parametrize("line,section", [
    ("一、概述", "overview"), ("二、信息公开的组织领导和制度建设情况", "overview"),
    ("三、政府信息依申请公开和不予公开情况", "requests"), ("四、政府信息公开的收费及减免情况", "other_matters"),
    ("五、申请行政复议、提起行政诉讼情况", "review_litigation"), ("六、存在的主要问题和下步工作措施", "problems"),
    ("五、主要问题和改进措施", "problems"), ("七、需要说明的事项与附表", "other_matters"),
    ("六、政府信息公开情况统计表", "statistics_table"), ("附件1：某县2011年政府信息公开情况统计表", "statistics_table"),
])
def test_old_outline_headings_map_to_the_nearest_section(line: str, section: str) -> None:
    assert section_of_heading(line, old=True) == section
    assert section_of_heading(line) in (None, section)  # only a pre-2019 report reads them so
