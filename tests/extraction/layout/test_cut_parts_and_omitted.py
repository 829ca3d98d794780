"""Narrative a cut or an editor left in a shape no heading rule expects stays narrative (invented text in the
shapes crawled portal pages show): a one-line page opening on its title's cut tail before the old preamble
that names the report, a sub-heading cut at the text's end, a sub-heading whose text the editor left out
('（二）公开形式（略）'), and a sentence standing in for table 二 that the page cut before its stop — with one
clause's comma where the cut ends the text."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.extraction.layout.placement import is_cut_sentence
from nianbao.pipeline import extract

OLD_PREAMBLE = ("青石镇人民政府2015年政府信息公开工作年度报告（以下简称年报）是根据《中华人民共和国政府信息公开条例》"
                "编制的。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，政府信息公开的收费及减免情况等部分。"
                "本年报所列数据的统计期限自2015年1月1日起至2015年12月31日止。")
OVERVIEW = "本镇把信息公开列入全年工作计划，由党政办公室统一牵头，各站所确定一名信息员负责发布。"


def _paragraphs(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [(p.section, p.text.strip()) for p in extract(path, ExtractConfig(tag=False)).paragraphs]


def test_a_titles_cut_tail_is_cut_off_the_old_stock_preamble_that_names_the_report() -> None:
    line = " ".join(["工作年度报告", OLD_PREAMBLE, "一、概述", *[OVERVIEW] * 8])  # as long as a crawled page
    assert crawled_pieces(line, old=True)[:2] == ["工作年度报告", OLD_PREAMBLE]
    # the 2019-on stock opening keeps its cut as before
    assert crawled_pieces("某局2022年度政府信息公开工作年度报告 根据《条例》要求编制本报告。 一、总体情况 "
                          + " ".join([OVERVIEW] * 8))[:2] == ["某局2022年度政府信息公开工作年度报告", "根据《条例》要求编制本报告。"]
    # a sentence naming a report mid-line is no title: nothing before it is cut off
    assert crawled_pieces("我镇按时编制了2015年度报告，按照要求 本年报根据《条例》编制。 一、概述 " + " ".join([OVERVIEW] * 8),
                          old=True)[0].startswith("我镇按时编制了2015年度报告，按照要求")


def test_a_sub_heading_cut_at_the_texts_end_is_kept(tmp_path: Path) -> None:
    line = " ".join(["工作年度报告", OLD_PREAMBLE, "一、概述", OVERVIEW, "二、主动公开政府信息情况", "（一）公"])
    got = _paragraphs(tmp_path, line)
    assert ("preamble", OLD_PREAMBLE) in got
    assert got[-1] == ("proactive", "（一）公")


def test_a_sub_heading_the_editor_left_out_is_kept_where_it_heads_nothing(tmp_path: Path) -> None:
    lines = ["青石镇人民政府2015年政府信息公开工作年度报告", OLD_PREAMBLE, "一、概述", OVERVIEW,
             "二、主动公开政府信息情况", "（一）公开内容", "本镇全年主动公开政府信息八十六条，其中财政信息九条。",
             "（二）公开形式（略）", "（三）政策解读情况", "对涉及群众切身利益的政策，本镇通过公开栏逐条作了说明。",
             "三、依申请公开政府信息情况", "本镇全年未收到政府信息公开申请。"]
    got = _paragraphs(tmp_path, "\n".join(lines))
    assert ("proactive", "（二）公开形式（略）") in got
    # a plain heading that heads something stays a heading
    assert ("proactive", "（三）政策解读情况") not in got


def test_a_sentence_cut_before_its_stop_is_no_table_text() -> None:
    assert is_cut_sentence("2022年，本局无规章本年制发件数、现行有效件数，行政处罚十二件，无行政许可、行政强制信息公")
    # a table's labels: commas only inside a bracketed note, or bare numbers
    assert not is_cut_sentence("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")
    assert not is_cut_sentence("行政许可 12 0 3 5")
    assert not is_cut_sentence("本年制发件数、本年废止件数、现行有效件数")
    # one clause's comma is a sentence only where the text stops: a page cut mid-sentence
    one_clause = "按照省、市两级政府信息公开目录，在服务大厅设置了专门的公开查阅区并配备了查"
    assert is_cut_sentence(one_clause, ends_text=True)
    assert not is_cut_sentence(one_clause)
    assert not is_cut_sentence("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ends_text=True)


def test_a_table_section_sentence_cut_before_its_stop_is_a_paragraph(tmp_path: Path) -> None:
    prose = "2022年，本局无规章本年制发件数、现行有效件数，行政处罚十二件，无行政许可、行政强制信息公"
    line = " ".join(["根据《中华人民共和国政府信息公开条例》要求，现将本局2022年度政府信息公开工作报告如下：",
                     "一、总体情况", "（一）主动公开情况。2022年，本局通过门户网站发布各类信息，围绕工作动态和财政资金展开。",
                     "（二）依申请公开情况。2022年，本局收到政府信息公开申请3件，均按期答复。",
                     "二、主动公开政府信息情况", prose])
    assert ("proactive", prose) in _paragraphs(tmp_path, line)


def test_a_pages_last_line_cut_in_a_table_section_after_one_clause_is_a_paragraph(tmp_path: Path) -> None:
    prose = "按照省、市两级政府信息公开目录，在服务大厅设置了专门的公开查阅区并配备了查"
    lines = ["一、总体情况", "（一）主动公开情况", "2023年，本局通过门户网站主动公开各类信息一百余条，围绕重点领域展开。",
             "（二）依申请公开情况", "2023年，本局收到政府信息公开申请5件，均在法定期限内答复。",
             "二、主动公开政府信息情况"]
    assert _paragraphs(tmp_path, "\n".join([*lines, prose]))[-1] == ("proactive", prose)
