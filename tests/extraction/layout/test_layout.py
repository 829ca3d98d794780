from __future__ import annotations

import pytest

from nianbao.core.document import Document, Origin, TextBlock
from nianbao.extraction.layout import analyse
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.layout.headings import section_of_heading, split_at_section_headings, sub_heading
from nianbao.extraction.readers import read
from nianbao.core.codebook import SECTIONS
from tests.conftest import SAMPLES, document_path, gold, gold_documents

ALL_SIX = [s.id for s in SECTIONS]


def _doc(*lines: str) -> Document:
    return Document("x.txt", "text", [TextBlock(t, Origin("text", i, line=i + 1)) for i, t in enumerate(lines)])


def _pre2019(doc_id: str) -> bool:
    return gold(doc_id).format_version == "pre-2019"


# Pre-2019 reports have their own outlines (tests/extraction/layout/test_pre2019.py).
@pytest.mark.parametrize("doc_id,source", [d for d in gold_documents()
                                           if not d[1].endswith((".pdf", ".md")) and not _pre2019(d[0])])
def test_every_development_report_has_its_six_sections_in_order(doc_id: str, source: str) -> None:
    layout = analyse(read(document_path(source)))
    assert layout.found_sections == ALL_SIX


def test_nonstandard_numbering_and_a_missing_heading() -> None:
    """上海市科委 numbers its sections its own way and leaves out 五's heading."""
    from tests.conftest import shared

    layout = analyse(read(shared("corpus/kirogov__shanghai-kewei-2024.md")))
    assert layout.found_sections == ALL_SIX
    promoted = [p.path for p in layout.paragraphs if p.section == "overview"]
    assert ("一、总体情况", "二、工作机制保障") in promoted  # a promoted sub-topic stays under 一
    problems = layout.section("problems")
    assert problems.heading is None and problems.lines[0].text.startswith("（一）主要问题")


@pytest.mark.parametrize(
    "line,expected",
    [
        ("一、总体情况", "overview"),
        ("二、主动公开政府信息情况", "proactive"),
        ("三、收到和处理政府信息公开申请情况", "requests"),
        ("四、政府信息公开行政复议、行政诉讼情况", "review_litigation"),
        ("四、政府信息公开行政法复议、行政诉讼情况", "review_litigation"),
        ("四、因政府信息公开申请行政复议、提起行政诉讼的情况", "review_litigation"),
        ("五、政府信息公开工作存在的主要问题及改进情况", "problems"),
        ("六、其他需要报告的事项", "other_matters"),
        ("四、结转下年度继续办理", None),
        ("三、主动公开工作情况", None),
    ],
)
def test_section_headings_under_real_wordings(line: str, expected: str | None) -> None:
    assert section_of_heading(line) == expected


@pytest.mark.parametrize(
    "line,style,run_in",
    [
        ("（一）主动公开", "paren_cn", False),
        ("(二) 改进情况", "paren_cn", False),
        ("（1）存在问题。一是政务信息公开不够全面及时；", "paren_arabic", True),
        ("1. 报告中所列数据可能因四舍五入原因与数据直接相加之和存在尾数差异。", "arabic", True),
        ("二、工作机制保障", "l1", False),
    ],
)
def test_sub_headings_in_every_numbering_style(line: str, style: str, run_in: bool) -> None:
    heading = sub_heading(line)
    assert heading is not None and heading.style == style and heading.run_in is run_in
    assert sub_heading("一是加强工作人员的业务知识培训。") is None  # an item, not a heading


@pytest.mark.parametrize(
    "line,cleaned",
    [
        ("— 3 —", ""),
        ("- 12 -", ""),
        ("第 3 页 共 5 页", ""),
        ("[bookmark: _GoBack]（一）收取信息处理费情况。", "（一）收取信息处理费情况。"),
        ("平潭2021年度报告 来源：平潭县人民政府 时间：2022-02-08 16:34 微信 微博 QQ空间 全真版 文字版 文件下载", "平潭2021年度报告"),
        # A share-bar word inside the report's own list is text, not chrome.
        ("充分利用政府网站、报刊、微博、微信公众号等方式", "充分利用政府网站、报刊、微博、微信公众号等方式"),
        ("来源:   发布时间: 2013-04-02 10:15  访问次数: 【字号:", ""),  # an empty 来源 takes no label as its value
        ("分享:", ""),
        ("Produced By 某某网络 内容发布系统", ""),
        ("0 0 0 0 0 0 0", "0 0 0 0 0 0 0"),
        ("3", "3"),
    ],
)
def test_cleaning_removes_converter_damage_but_not_table_values(line: str, cleaned: str) -> None:
    assert clean_line(line).strip() == cleaned


def test_pdf_wrapped_lines_are_joined_into_paragraphs() -> None:
    from tests.conftest import shared

    layout = analyse(read(shared("seeds/000_163e1b7d224b13dc.txt")))
    overview = [p for p in layout.paragraphs if p.section == "overview"]
    assert len(overview) == 6  # the summary and the five run-in sub-headings
    assert overview[1].text.startswith("（一）主动公开信息情况。") and overview[1].text.endswith("2024年度预算报告。")
    assert overview[1].path == ("一、总体情况", "（一）主动公开信息情况")
    assert "\n" not in overview[1].text


def test_a_whole_page_on_one_line_splits_into_sections_and_items() -> None:
    from tests.conftest import shared

    layout = analyse(read(shared("corpus/pingtan__pingtan-2019.txt")))
    assert layout.title == "平潭综合实验区2019年政府信息公开工作年度报告"
    items = [p.path[-1] for p in layout.paragraphs if p.section == "overview"]
    assert any(path.startswith("（14）推进其他应主动公开的信息公开") for path in items)


@pytest.mark.parametrize("first, title", [
    ("某局2023年政府信息公开工作年度报告根据《条例》编制本报告。", "某局2023年政府信息公开工作年度报告"),
    ("按照《政府信息公开工作年度报告格式》的规定，某局编制本年度报告。", None),  # cites the format: no title
])
def test_a_title_run_into_the_first_line(first: str, title: str | None) -> None:
    layout = analyse(_doc(first + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。" * 2, "一、总体情况"))
    assert layout.title == title
    assert layout.paragraphs[0].text.startswith("根据" if title else "按照")


@pytest.mark.parametrize("lines", [
    ("某县商务局2023年政府信息公开工作年度报", "告", "根据《条例》编制本报告，内容包括总体情况等。"),
    ("某县商务局2023年政府信息公开工作年度报", "告根据《条例》编制本报告，内容包括总体情况等。"),
])
def test_a_title_wrapped_inside_its_last_word_takes_no_body_line(lines: tuple[str, ...]) -> None:
    layout = analyse(_doc(*lines, "一、总体情况"))
    assert layout.title == "某县商务局2023年政府信息公开工作年度报告"
    assert layout.paragraphs[0].text == "根据《条例》编制本报告，内容包括总体情况等。"


def test_heading_styles_build_paths() -> None:
    layout = analyse(_doc("某局2023年政府信息公开工作年度报告", "一、总体情况", "（一）主动公开", "1.公开数量",
                          "本年度主动公开信息12条。", "五、存在的主要问题及改进情况", "（一）存在问题", "一是培训不足。"))
    paths = {p.text: p.path for p in layout.paragraphs}
    assert paths["本年度主动公开信息12条。"] == ("一、总体情况", "（一）主动公开", "1.公开数量")
    assert paths["一是培训不足。"] == ("五、存在的主要问题及改进情况", "（一）存在问题")


def test_sample_township_report_keeps_mixed_numbering() -> None:
    layout = analyse(read(SAMPLES / "sample-2024-township.txt"))
    problem_paths = {p.path[1] for p in layout.paragraphs if p.section == "problems" and len(p.path) > 1}
    assert len(problem_paths) == 3


def test_a_heading_run_into_its_text_or_ending_a_line_splits_cleanly() -> None:
    assert split_at_section_headings("一、总体情况 根据条例编制本报告。") == ["一、总体情况", "根据条例编制本报告。"]
    assert split_at_section_headings("正文 一、总体情况 ") == ["正文", "一、总体情况"]  # nothing after it: no crash
    assert split_at_section_headings("五、其他需要报告的事项。本年度无。") == ["五、其他需要报告的事项。", "本年度无。"]
