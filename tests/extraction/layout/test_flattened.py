"""A 2019+ report that lost every section heading (a page keeping only its paragraphs and its tables
flattened to tab rows): the tables are found by their own labels, the narrative is placed where the
format's outline puts it (overview before table 二, problems after table 四, other matters from the first
paragraph naming one), and the record warns that sections were inferred. The report is paraphrased, in our
own words; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.document import Document, Origin, TextBlock
from nianbao.extraction.layout import analyse
from nianbao.extraction.layout.flattened import table_key
from nianbao.pipeline import extract

_T3_ROWS = [  # table 三's rows, labels as the 2021 format prints them, seven figures each
    ("一、本年新收政府信息公开申请数量", "4\t1\t0\t0\t0\t0\t5"), ("二、上年结转政府信息公开申请数量", "0\t0\t0\t0\t0\t0\t0"),
    ("三、本年度办理结果\t（一）予以公开", "3\t1\t0\t0\t0\t0\t4"),
    ("\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "0\t0\t0\t0\t0\t0\t0"),
    ("\t（三）不予公开\t1.属于国家秘密", "0\t0\t0\t0\t0\t0\t0"), ("\t\t2.其他法律行政法规禁止公开", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t3.危及“三安全一稳定”", "0\t0\t0\t0\t0\t0\t0"), ("\t\t4.保护第三方合法权益", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t5.属于三类内部事务信息", "0\t0\t0\t0\t0\t0\t0"), ("\t\t6.属于四类过程性信息", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t7.属于行政执法案卷", "0\t0\t0\t0\t0\t0\t0"), ("\t\t8.属于行政查询事项", "0\t0\t0\t0\t0\t0\t0"),
    ("\t（四）无法提供\t1.本机关不掌握相关政府信息", "1\t0\t0\t0\t0\t0\t1"), ("\t\t2.没有现成信息需要另行制作", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t3.补正后申请内容仍不明确", "0\t0\t0\t0\t0\t0\t0"), ("\t（五）不予处理\t1.信访举报投诉类申请", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t2.重复申请", "0\t0\t0\t0\t0\t0\t0"), ("\t\t3.要求提供公开出版物", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t4.无正当理由大量反复申请", "0\t0\t0\t0\t0\t0\t0"), ("\t\t5.要求行政机关确认或重新出具已获取信息", "0\t0\t0\t0\t0\t0\t0"),
    ("\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "0\t0\t0\t0\t0\t0\t0"),
    ("\t\t3.其他", "0\t0\t0\t0\t0\t0\t0"), ("\t（七）总计", "4\t1\t0\t0\t0\t0\t5"),
    ("四、结转下年度继续办理", "0\t0\t0\t0\t0\t0\t0"),
]
PAGE = [
    "索引号：1133-2024-07  发布机构：澜溪县水利局  成文日期：2024-01-20",
    "根据《中华人民共和国政府信息公开条例》规定，编制本报告。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。",
    "2023年，澜溪县水利局围绕年度重点任务推进政务公开，各项工作平稳有序。",
    "（一）主动公开",
    "全年在门户网站发布各类信息126条，及时更新机构职能和政策文件。",
    "（二）依申请公开",
    "全年收到政府信息公开申请5件，均在法定期限内答复。",
    "第二十条第（一）项",
    "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
    "规章\t0\t0\t0",
    "行政规范性文件\t2\t1\t15",
    "第二十条第（五）项",
    "信息内容\t本年处理决定数量",
    "行政许可\t40",
    "第二十条第（六）项",
    "信息内容\t本年处理决定数量",
    "行政处罚\t12",
    "行政强制\t0",
    "第二十条第（八）项",
    "信息内容\t本年收费金额（单位：万元）",
    "行政事业性收费\t0",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
    "\t自然人\t法人或其他组织\t\t\t\t\t总计",
    "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他",
    *[f"{label}\t{figures}" for label, figures in _T3_ROWS],
    "行政复议\t行政诉讼",
    "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉",
    "\t\t\t\t\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
    "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
    "政策解读的形式还比较单一，基层信息公开的深度仍有不足。",
    "下一步，我们将丰富解读形式，加强对基层公开工作的指导。",
    "本年度未收取信息处理费。",
    "澜溪县水利局",
    "2024年1月20日",
]
SECTIONS = {"根据《中华人民共和国": "preamble", "2023年，澜溪县水利局": "overview", "全年在门户网站": "overview",
            "全年收到政府信息公开申请5件": "overview", "政策解读的形式": "problems", "下一步，我们将": "problems",
            "本年度未收取信息处理费": "other_matters"}


def _where(paragraphs, start: str) -> str:
    return next(p.section for p in paragraphs if p.text.startswith(start))


def test_the_tables_own_labels_tell_them() -> None:
    assert table_key("第二十条第（一）项") == "t2" and table_key("行政事业性收费\t0") == "t2"
    assert table_key("一、本年新收政府信息公开申请数量\t4") == "t3" and table_key("结果维持\t结果纠正") == "t4"
    assert table_key("全年收到政府信息公开申请5件，均在法定期限内答复。") is None


def test_layout_places_tables_and_narrative_by_the_outline() -> None:
    doc = Document("x.txt", "text", [TextBlock(t, Origin("text", i, line=i + 1)) for i, t in enumerate(PAGE)])
    layout = analyse(doc)
    assert {start: _where(layout.paragraphs, start) for start in SECTIONS} == SECTIONS
    # Table text sits in its table's section, the header lines above table 三's first label with it.
    assert "行政事业性收费" in layout.section("proactive").text() and "申请人情况" in layout.section("requests").text()
    assert "四、结转下年度继续办理" in layout.section("requests").text()
    assert layout.section("review_litigation").text().startswith("行政复议")
    assert not layout.found_sections and all(s.inferred for s in layout.sections[1:])
    assert layout.inferred and "no section heading found" in layout.inferred[0]


def test_the_record_reads_every_table_and_warns(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(PAGE), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert [w.code.value for w in record.warnings] == ["sections_inferred"]  # no table or cell missing
    assert record.status.value == "partial" and (record.metadata.agency, record.metadata.year) == ("澜溪县水利局", 2023)
    cells = {c.id: c.value for t in record.tables for c in t.cells}
    assert (cells["t2.normative_documents.in_force"], cells["t2.licensing.decisions"]) == (15, 40)
    assert (cells["t3.new_received.total"], cells["t3.unavailable_not_held.natural_person"]) == (5, 1)
    assert (cells["t4.review.upheld"], cells["t4.review.total"], cells["t4.litigation_after_review.total"]) == (1, 1, 0)
    assert {p.text[:6]: p.section for p in record.paragraphs if p.section != "preamble"}["本年度未收取"] == "other_matters"
