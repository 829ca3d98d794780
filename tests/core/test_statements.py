"""Statements: list items of 一是…, numbered lists and ；-separated text, as spans of their paragraph."""

from __future__ import annotations

from nianbao.core.statements import paragraph_statements, split_statements

MIXED = ("存在的问题主要有以下几个方面：一是部分单位信息发布属性界定还不够精确；二是政策解读的质量有待提高。"
         "2024年，我区将采取以下措施加以改进：一是加大政务公开检查力度。二是提升政务公开内容质量，清理栏目噪音。")


def test_enumerated_items_keep_their_span_marker_and_lead() -> None:
    got = paragraph_statements(MIXED, ["problems", "improvements"])
    texts = [MIXED[s.start:s.end] for s, _ in got]
    assert texts == ["部分单位信息发布属性界定还不够精确", "政策解读的质量有待提高", "加大政务公开检查力度",
                     "提升政务公开内容质量，清理栏目噪音"]
    assert [label for _, label in got] == ["problems", "problems", "improvements", "improvements"]
    assert [s.marker for s, _ in got] == ["一是", "二是", "一是", "二是"]
    assert got[2][0].lead.endswith("加以改进")


def test_numbered_lists_and_headings() -> None:
    text = "（一）存在问题：政策解读形式单一；信息更新不及时。（二）改进措施：1.丰富解读形式 2、建立更新台账 (3)加强培训"
    spans = split_statements(text)
    assert [text[s.start:s.end] for s in spans] == ["政策解读形式单一", "信息更新不及时", "丰富解读形式", "建立更新台账", "加强培训"]
    assert spans[0].lead == "存在问题" and spans[2].marker == "1."


def test_no_false_enumerators_and_plain_sentences() -> None:
    text = "依据第二十条第（一）项公开1.5万条信息。主动公开意识不强；公开内容不够全面"
    assert [text[s.start:s.end] for s in split_statements(text)] == [
        "依据第二十条第（一）项公开1.5万条信息", "主动公开意识不强", "公开内容不够全面"]


def test_only_statement_labels_are_split() -> None:
    assert paragraph_statements(MIXED, ["proactive_disclosure"]) == []
    assert split_statements("我区将采取以下措施加以改进：") == []


def test_a_list_glued_to_the_text_before_it() -> None:
    text = "进一步规范政府信息公开行为1、加强信息公开培训指导工作2、完善目录。第1、2项公开"
    assert [text[s.start:s.end] for s in split_statements(text)] == [
        "进一步规范政府信息公开行为", "加强信息公开培训指导工作", "完善目录。第1、2项公开"]
