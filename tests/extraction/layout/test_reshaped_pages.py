"""The same report reshaped (benchmarks/dev_pages_paragraphs_morph.py): a crawler's one line with the site's
frame or a byline run in before the preamble, a paragraph opening on a year after a sentence's end on a line
that runs its numbers into its text, and a PDF's text layer of an untitled report whose wrapped preamble names
the report. Own words throughout."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.layout import analyse
from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.extraction.readers import read

PREAMBLE = "本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况等六个部分。"
BODY = ("一、总体情况 2023年，某局坚持以公开为常态、不公开为例外，全年在门户网站主动公开各类信息312条，其中政策文件15件，"
        "解读材料9篇，回应关切事项27件。 2023年，某局收到政府信息公开申请4件，均在法定期限内答复，未收取任何费用。"
        "二、主动公开政府信息情况 第二十条第（一）项 规章 0 0 0")


def test_a_preamble_after_the_sites_frame_opens_its_own_paragraph() -> None:
    line = ("发布机构：某局办公室 信息来源：本局 主题分类：综合政务 栏目：政府信息公开年报 发布日期：2024-01-20 浏览：52次 "
            f"某县某局2023年政府信息公开工作年度报告 {PREAMBLE} {BODY}")
    assert PREAMBLE in crawled_pieces(line)


def test_a_preamble_after_a_bylines_date_opens_its_own_paragraph() -> None:
    line = f"某县某局办公室 二〇二四年一月 {PREAMBLE} {BODY}"
    assert PREAMBLE in crawled_pieces(line)


def test_a_preamble_after_a_field_label_and_colon_is_left_to_its_field() -> None:
    # '编制说明: 本年度报告根据…' is one paragraph: after a colon the text is the label's value.
    line = f"编制说明： 本年度报告根据《中华人民共和国政府信息公开条例》要求编制。 {BODY}"
    assert not any(p.startswith("本年度报告") for p in crawled_pieces(line))


def test_a_year_after_a_sentences_end_opens_a_paragraph_when_the_line_runs_its_numbers_in() -> None:
    pieces = crawled_pieces(f"{PREAMBLE} {BODY}")
    assert any(p.startswith("2023年，某局收到政府信息公开申请4件") for p in pieces)
    assert any(p.startswith("2023年，某局坚持") and p.endswith("回应关切事项27件。") for p in pieces)


def test_a_year_after_a_sentences_end_stays_in_its_paragraph_where_the_line_spaces_its_numbers() -> None:
    # This crawler sets a space around every number: the space before '2023年' tells nothing.
    spaced = BODY.replace("312条", "312 条").replace("15件", "15 件").replace("9篇", "9 篇").replace("27件", "27 件") \
        .replace("4件", "4 件").replace("主动公开各类信息312", "主动公开各类信息 312").replace("政策文件15", "政策文件 15")
    pieces = crawled_pieces(f"{PREAMBLE} {spaced}")
    assert not any(p.startswith("2023年，某局收到") for p in pieces)


def test_a_wrapped_preamble_naming_the_report_gives_no_title(tmp_path: Path) -> None:
    page = tmp_path / "untitled.txt"
    page.write_text("\n".join([
        "按照《中华人民共和国政府信息公开条例》和上级工作要点",
        "要求，结合本单位工作实际，编制并向社会公布《某县某局2023年政府信息公开工作年度",
        "报告》。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
        "一、总体情况",
        "2023年，某局在门户网站主动公开各类信息312条，及时回应",
        "群众关切，公开质量进一步提升。",
    ]) + "\n", encoding="utf-8")
    layout = analyse(read(page))
    assert layout.title is None
    assert layout.paragraphs[0].text.replace("\n", "").startswith("按照《中华人民共和国政府信息公开条例》和上级工作要点要求")


def test_a_title_above_its_preamble_is_still_the_title(tmp_path: Path) -> None:
    page = tmp_path / "titled.txt"
    page.write_text("\n".join([
        "某县某局2023年政府信息公开",
        "工作年度报告",
        "按照《中华人民共和国政府信息公开条例》要求，编制本报告。",
        "一、总体情况",
        "2023年，某局在门户网站主动公开各类信息312条。",
    ]) + "\n", encoding="utf-8")
    assert analyse(read(page)).title == "某县某局2023年政府信息公开工作年度报告"
