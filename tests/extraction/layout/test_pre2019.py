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


# Other agencies' wordings (paraphrased, not copied from any page).
@pytest.mark.parametrize("line,section", [
    ("一、基本情况", "overview"), ("一、情况概述", "overview"), ("一、基本工作情况", "overview"),
    ("一、概述（本年度工作开展情况）", "overview"), ("二、行政机关依申请公开政府信息和不予公开政府信息的情况", "requests"), ("一、主要工作概述", "overview"),
    ("一、本年度政府信息公开工作的基本情况", "overview"), ("一、加强组织领导", "overview"),
    ("六、政府信息公开保密审查及监督检查情况", "overview"),
    ("二、信息公开情况", "proactive"), ("二、主动公开信息的情况：", "proactive"),
    ("三、重点领域政府信息公开工作推进情况", "proactive"),
    ("三、依申请公开信息的情况和不予公开信息的情况", "requests"), ("三、依申请公开政府信息：", "requests"),
    ("五、咨询处理情况", "requests"),
    ("四、因信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"), ("四、政府信息公开行政复议", "review_litigation"),
    ("五、复议、诉讼和申诉情况", "review_litigation"),
    ("五、存在的困难和问题", "problems"), ("六、改进措施", "problems"), ("五、存在的主要问题及下步工作安排", "problems"),
    ("五、存在的主要问题", "problems"), ("六、下一步工作打算", "problems"),
    ("四、依申请信息公开收费情况", "other_matters"), ("四、政府信息公开的经费使用和收费情况", "other_matters"),
    ("四、人员和收支情况", "other_matters"), ("五、工作人员、收费及减免情况", "other_matters"),
    # Headings that end in a full stop, and the year's work named by what was done (fifth round of pages).
    ("一、开展政府信息公开工作的基本情况。", "overview"), ("一、政府信息公开工作开展情况", "overview"),
    ("七、存在的主要问题。", "problems"), ("四、信息公开的收费及减免情况。", "other_matters"),
    ("六、建议和提案办理结果情况", "other_matters"),
    # The year's work named with its year, as an old 概述 may name it.
    ("一、2015年度政府信息公开工作的基本情况", "overview"), ("一、2012年政府信息公开工作开展情况", "overview"),
])
def test_other_agencies_old_headings(line: str, section: str) -> None:
    assert section_of_heading(line, old=True) == section


def test_old_area_words_open_a_section_only_when_numbered() -> None:
    # "加强组织领导" or "改进措施" on a line of its own is a sub-item's words; "政府信息公开" alone a column name.
    assert section_of_heading("加强组织领导", old=True) is None
    assert section_of_heading("改进措施", old=True) is None
    assert section_of_heading("政府信息公开", old=True) is None


def _read(tmp_path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


def test_an_untitled_old_page_under_a_portal_menu(tmp_path) -> None:
    page = ("- 首页\n- 政策解读\n- 办事服务\n"
            "本年报依据《中华人民共和国政府信息公开条例》编写，包括概述、主动公开情况、依申请公开和不予公开情况、收费及减免情况等部分。\n"
            "一、概述\n这一年，我局把信息公开列入全年工作要点，明确专人负责。\n"
            "二、主动公开信息的情况\n全年在门户网站公开各类信息八十余条。\n"
            "三、依申请公开政府信息：全年没有收到公开申请。\n"
            "四、存在的困难和问题\n公开内容还不够全面。\n"
            "五、改进措施\n1．加强人员培训，提高业务水平。\n2．完善公开目录")
    record = _read(tmp_path, page)
    assert record.status.value != "not_a_report", record.metadata.report_evidence
    assert record.metadata.format_version == "pre-2019"
    got = {p.text: p.section for p in record.paragraphs}
    assert got["全年没有收到公开申请。"] == "requests"
    assert got["公开内容还不够全面。"] == "problems"
    assert got["2．完善公开目录"] == "problems"  # the page was cut off in its last item: kept, not a heading
    assert record.coverage >= 0.98


def test_a_mirror_page_with_pinyin_and_a_publishing_notice(tmp_path) -> None:
    page = ("某县人民政府办公室关于公布\n某县2010年度政府信息公开工作年度报(bào)告的通知\n各乡镇人民政府，县直各单位：\n"
            "按照《\n中华人民共和国政府信息公开条例》要求，我办编制了某县2010年度政府信息公开工作年度报告，现予公布。\n"
            "某县2010年度政府信息公开工作年度报(bào)告\n"
            "一、概述\n全县各单位落实公开(kāi)责任，信息公开工作运行平稳。\n"
            "二、主动公开政府信息情况\n全年主动公开(kāi)信息三百余条。\n"
            "三、政府信息公开申请行政复(fù)议、行政诉讼情况\n全年没有发生相关复(fù)议和诉讼。")
    record = _read(tmp_path, page)
    assert record.status.value != "not_a_report", record.metadata.report_evidence
    assert record.metadata.format_version == "pre-2019"
    got = {p.text: p.section for p in record.paragraphs}
    assert got["全年没有发生相关复议和诉讼。"] == "review_litigation"
    assert "按照《中华人民共和国政府信息公开条例》要求，我办编制了某县2010年度政府信息公开工作年度报告，现予公布。" in got
    assert not any("年度报告" in t and len(t) < 30 for t in got)  # the report's own title line is a title


def test_a_report_named_as_the_subject_of_its_first_sentence_is_no_title(tmp_path) -> None:
    first = "某区2016年政府信息公开工作年度报告（以下简称“年报”）根据《中华人民共和国政府信息公开条例》编写，包括概述等五个部分。"
    page = first + "\n一、概述（本年度工作开展情况）\n全区各部门按要求落实信息公开工作。\n二、主动公开政府信息情况\n全年公开信息五百余条。"
    record = _read(tmp_path, page)
    got = {p.text: p.section for p in record.paragraphs}
    assert got[first] == "preamble"
    assert got["全区各部门按要求落实信息公开工作。"] == "overview"


def test_an_old_page_with_cut_off_portal_fields_and_headings_ending_in_a_full_stop(tmp_path) -> None:
    # Invented text in the shape of a content system's page: an empty 来源 field before the next field's
    # label, a font-size bar cut at its colon, a share label, a credit line at the bottom; the intro
    # before 一 is the preamble once 一's heading (ending in "。") is read as one.
    page = ("2012年度信息公开工作报告\n来源:  发布时间: 2013-04-02 10:15   访问次数: 【字号:\n分享:\n"
            "2012年，我局按照条例和县里的部署，扎实做好了信息公开工作。\n"
            "一、开展政府信息公开工作的基本情况。\n1、按方案的程序开展工作。\n全年发布信息均经审核后上网。\n"
            "二、存在的不足：\n1、个别信息更新不够及时。\n"
            "某县水务局\n二○一三年三月二日\nProduced By 某某网络 内容发布系统")
    record = _read(tmp_path, page)
    assert record.metadata.format_version == "pre-2019"
    got = {p.text: p.section for p in record.paragraphs}
    assert got["2012年，我局按照条例和县里的部署，扎实做好了信息公开工作。"] == "preamble"
    assert got["全年发布信息均经审核后上网。"] == "overview"
    assert not any(t in ("。", "分享:") or "字号" in t or "Produced" in t or "2013-04-02" in t for t in got), got


def test_an_intro_closing_on_a_summary_leads_into_an_outline_without_overview(tmp_path) -> None:
    # No 概述: the intro closes on "现结合…总结如下：" above "一、主动公开…", under a publishing notice.
    intro = "2016年，我局在上级指导下推进信息公开工作。现结合工作实际，就本局本年度信息公开工作总结如下："
    page = ("某县交通局关于公布年度报告的通知\n按照《中华人民共和国政府信息公开条例》要求，现予公布。\n" + intro + "\n"
            "一、主动公开政府信息情况\n全年在网站公开信息六十余条。\n"
            "二、依申请公开政府信息和不予公开政府信息情况。\n全年未收到申请。\n"
            "三、信息公开的收费及减免情况\n未收取任何费用。")
    record = _read(tmp_path, page)
    assert record.metadata.format_version == "pre-2019", record.metadata.format_evidence
    got = {p.text: p.section for p in record.paragraphs}
    assert got[intro] == "preamble"
    assert got["全年未收到申请。"] == "requests" and got["未收取任何费用。"] == "other_matters"
