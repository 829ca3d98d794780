"""A PDF's text layer saved as text, what its widths and its wording tell (invented text in the layer's pattern):
an untitled report's preamble wrapped at the page's width is no title, however short its lines; a run-in item
opening a full line under a full line goes on in that paragraph; a contact sentence's key ending a line
('…地址：') and an address cut at its dot ('.cn）。') go on into the next line."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.dewrap import dewrap, frame_line
from nianbao.pipeline import extract


def _paragraphs(tmp_path: Path, lines: list[str]) -> list[str]:
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [p.text for p in extract(path, ExtractConfig(tag=False)).paragraphs]


# Page lines 30 characters wide, a paragraph's first line two narrower; no title: the layer opens on the preamble.
PREAMBLE = [
    "本年度报告根据《中华人民共和国政府信息公开条例》（以",
    "下简称《条例》）和《关于印发<中华人民共和国政府信息公开工作年度报告",
    "格式>的通知》要求编制，全文包括总体情况、主动公开政府信息情况等六个部",
    "分。本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
]
BODY = [
    "一、总体情况",
    "2023年，本局认真落实上级关于政务公开的工作部署，持续健全",
    "公开工作机制，主动公开政府信息一百余条，各项工作有序推进。",
]


def test_an_untitled_pdf_texts_wrapped_preamble_is_no_title(tmp_path: Path) -> None:
    path = tmp_path / "layer.txt"
    path.write_text("\n".join(PREAMBLE + BODY) + "\n", encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.title is None or "根据" not in record.metadata.title
    assert record.paragraphs[0].text.startswith("本年度报告根据《中华人民共和国政府信息公开条例》")
    assert record.paragraphs[0].text.endswith("12月31日止。")


def test_a_preamble_naming_the_report_as_its_subject_is_no_title(tmp_path: Path) -> None:
    lines = ["青石县水务局2023年政府信息公开工作年度报告（以",
             "下简称年报）是根据《中华人民共和国政府信息公开条例》要求编制的，全文",
             "包括总体情况、主动公开政府信息情况等六个部分，现予公布。", *BODY]
    got = _paragraphs(tmp_path, lines)
    assert got[0].startswith("青石县水务局2023年政府信息公开工作年度报告（以下简称年报）是根据"), got[:2]


def test_a_format_name_cut_after_its_report_word_is_no_title_line() -> None:
    # The format's name in angle brackets, cut by the page's width right after 年度报告: a sentence's piece.
    assert not frame_line("院办公厅关于印发<中华人民共和国政府信息公开工作年度报告")
    assert frame_line("青石县水务局2023年政府信息公开工作年度报告")


ITEMS = [
    "本年度我局围绕重点工作扎实推进各项公开任务，主要做",
    "法如下：一是健全信息发布审核机制，明确各科室的公开职",
    "责和审核流程，确保发布内容准确规范，做到及时更新；",
    "二是加大政策解读力度，采用图表和问答形式说明政策的要",
    "点，方便群众理解和办理相关事项，全年发布解读十余篇。",
    "三是优化网站公开专栏设置，及时清理过期栏目，定期检查",
    "链接和附件的可用情况。",
    "全年共受理政府信息公开申请十二件，均按期答",
    "复，未发生行政复议和行政诉讼。",
]


def test_a_run_in_item_opening_a_full_line_under_a_full_line_goes_on(tmp_path: Path) -> None:
    got = _paragraphs(tmp_path, ["一、总体情况", *ITEMS, *ITEMS[7:]])
    assert "".join(ITEMS[:7]) in got, got
    assert "".join(ITEMS[7:]) in got


def test_a_run_in_item_on_its_own_lines_in_a_crawled_text_still_starts_a_paragraph() -> None:
    lines = ["本年度主要做了以下工作：", "一是健全信息发布审核机制，确保发布内容准确规范。",
             "二是加大政策解读力度，方便群众理解和办理相关事项。"]
    assert dewrap(lines) == [[0], [1], [2]]


def test_a_contact_key_ending_a_line_takes_its_value_from_the_next() -> None:
    lines = ["如对本报告有任何疑问，请与本局办公室联系，联系地址：", "青石县河滨大道18号，邮编：100000，电话：0000-1234567。"]
    assert dewrap(lines) == [[0, 1]]
    # a short key alone on its line is a label: the contact block's lines stay apart
    assert dewrap(["地址：", "青石县河滨大道18号"]) == [[0], [1]]


def test_an_address_cut_at_its_dot_stays_in_its_sentence() -> None:
    lines = ["如对本报告有疑问，请与本局联系（电话：0000-1234567，邮箱：office@water.example",
             ".cn）。", "一、总体情况"]
    assert dewrap(lines)[0] == [0, 1]
    # a mail address alone ending a contact block's line is still the block's own line
    assert frame_line("邮箱：office@water.example.cn")
