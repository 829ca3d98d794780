"""Three kinds of crawler damage that ran a paragraph into its neighbour or into a stray (invented text in the
shapes real pages show: a pre-2019 crawler page, two portals' preambles, traditional mirrors):

- a crawler's one-line text whose paragraph breaks are spaces: a space after a sentence's end before a number
  running into Chinese text is a paragraph's edge ('…卫生信息。 2010年度主动公开…'), unless the line pads
  numbers (a converter's '共 54 条') or the text before it is a numbered item's run-in heading ('（1）…。 2020年');
- a document's name holding a bracketed title ('关于印发<…格式>的通知') that a crawler took for a tag and echoed after
  the paragraph (' …格式>'): the echo is taken off, the name inside the sentence stays;
- question marks a mirror wrote for blanks it could not encode, at a line's start or end ('? ?本年度…',
  '一、总体情况?'): taken off; a question ending on 吗 or on a full-width mark keeps its own."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.pipeline import extract

FILLER = "本局把政府信息公开列入年度重点工作，专人负责网站更新，信息审核严格，发布及时准确，全年运行平稳。"
CHANNELS = "本局主动公开政府信息主要有三条途径，一是部门网站；二是档案馆查阅点；三是通过报刊发布。"
COUNT = "2012年度主动公开政府信息86条，全文电子化率100%。"
ITEM = "（2）完善工作制度。 2012年，本局修订了信息发布审核办法。"


def _line(*parts: str) -> str:
    return " ".join([FILLER] * 6 + ["二、主动公开政府信息情况", *parts])


def test_a_number_after_a_stop_opens_a_paragraph_on_a_line_that_pads_none() -> None:
    pieces = crawled_pieces(_line(CHANNELS, COUNT), old=True)
    # (a pre-2019 line's part heading keeps the text after it, as the old gold reads it)
    assert any(p.endswith(CHANNELS) for p in pieces) and COUNT in pieces


def test_a_line_that_pads_numbers_keeps_them_in_its_paragraph() -> None:
    padded = COUNT.replace("86条", "共 86 条")
    pieces = crawled_pieces(_line(CHANNELS, padded), old=True)
    assert any(p.endswith(CHANNELS + " " + padded) for p in pieces)


def test_a_run_in_item_heading_keeps_its_body() -> None:
    pieces = crawled_pieces(_line(CHANNELS, ITEM), old=False)
    assert ITEM in pieces


def test_a_tag_echo_after_a_preamble_is_taken_off() -> None:
    preamble = ("本年度报告根据《国务院办公厅关于印发 <某某工作年度报告格式> 的通知》编制，数据统计期限为2023年1月1日至"
                "2023年12月31日。如有疑问请与办公室联系。")
    assert clean_line(preamble + " 某某工作年度报告格式>") == preamble
    # a '>' with no tag before it is the text's own
    assert clean_line("评分标准为 合格率>") == "评分标准为 合格率>"


def test_lost_marks_at_a_line_edge_are_taken_off_a_question_is_not() -> None:
    assert clean_line("? ?本年度报告根据条例编制。") == "本年度报告根据条例编制。"
    assert clean_line("一、总体情况?") == "一、总体情况"
    assert clean_line("信息公开是否到位吗?") == "信息公开是否到位吗?"
    assert clean_line("群众满意吗？") == "群众满意吗？"


def test_a_mirror_page_reads_its_heading_and_preamble_clean(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "某旗2023年度政府信息公开工作年度报告",
        "? ?本年度报告根据《国务院办公厅关于印发 <某某工作年度报告格式> 的通知》编制。 某某工作年度报告格式>",
        "一、总体情况?",
        "2023年，本旗坚持以公开为常态，全年主动公开信息210条。",
        "二、主动公开政府信息情况",
    ]) + "\n", encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    texts = [p.text for p in record.paragraphs]
    assert "本年度报告根据《国务院办公厅关于印发 <某某工作年度报告格式> 的通知》编制。" in texts
    assert "?" not in texts and "2023年，本旗坚持以公开为常态，全年主动公开信息210条。" in texts
