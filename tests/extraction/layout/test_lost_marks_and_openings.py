"""Three kinds of page damage that ran paragraphs together (issue 14; fixtures paraphrased, in our own words):

- lost characters: a page's icons or full-width indents a crawler could not encode come out as question marks
  before a line ('????一、总体情况', '????（一）主动公开。…'); the heading or item after them is one all the same,
  the marks at the line's start are taken off the text, and a line of nothing but them is no paragraph;
- a frame line with no sentence's punctuation (a date stamp in a day-first form, a share prompt, a cut-off font
  switch) above the report's stock opening ('根据《…条例》…'): the preamble starts at the opening;
- a crawler's one-line text shorter than a flattened page's run once a converter's pinyin glosses are taken
  out ('生態(tài)環(huán)境'), a section heading run in after a sentence's end and a space: it is cut as a long one is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.extraction.layout.dewrap import dewrap
from nianbao.extraction.layout.headings import section_of_heading, split_at_section_headings, sub_heading
from nianbao.extraction.layout.run_on import split_run_on
from nianbao.pipeline import extract

_TITLE = "澜溪县生态环境分局2021年政府信息公开工作年度报告"
_PREAMBLE = "根据《中华人民共和国政府信息公开条例》规定，现公布澜溪县生态环境分局2021年政府信息公开工作年度报告。"
_SUMMARY = "2021年，本分局坚持以公开为常态、不公开为例外，持续推进生态环境领域信息公开，全年工作平稳有序。"
_ITEM_ONE = "（一）主动公开。全年主动公开政府信息312条，其中环境质量信息120条、行政处罚信息18条。"
_ITEM_TWO = "（二）依申请公开。全年收到政府信息公开申请4件，均已按期答复。"


def _paragraphs(tmp_path: Path, lines: list[str]) -> list[tuple[str, str]]:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [(p.section, p.text) for p in extract(path, ExtractConfig(tag=False)).paragraphs]


def test_lost_characters_before_a_heading_or_item_leave_it_one() -> None:
    assert section_of_heading("????一、总体情况") == "overview"
    assert section_of_heading("？？二、主动公开政府信息情况") == "proactive"
    heading = sub_heading("????（一）主动公开。全年主动公开政府信息312条。")
    assert heading is not None and heading.run_in and heading.text == "（一）主动公开"
    # one question mark is a sentence's end, never lost characters
    assert sub_heading("?（一）主动公开") is None
    assert split_at_section_headings("????一、总体情况") == ["????一、总体情况"]


def test_a_line_of_lost_characters_only_is_no_text() -> None:
    assert clean_line("????") == "" and clean_line("?? ?? ??") == "" and clean_line("？？") == ""
    assert clean_line("?") == "?"  # a lone mark may be a cell's text
    # the marks before text are taken off: no sentence opens on a question mark, and the sealed pages' readers
    # key such a line without them (heldout-22, heldout-21: '? ?本年度报告…', '一、總體情況?')
    assert clean_line("????（一）主动公开。") == "（一）主动公开。"


def test_a_run_on_line_breaks_before_the_lost_characters_of_an_item() -> None:
    text = (_SUMMARY * 8) + "????" + _ITEM_ONE + "????" + _ITEM_TWO
    pieces = split_run_on(text)
    assert pieces[-2:] == ["????" + _ITEM_ONE, "????" + _ITEM_TWO]


def test_a_page_with_lost_characters_keeps_its_paragraphs(tmp_path: Path) -> None:
    lines = [_TITLE, "????一、总体情况", _SUMMARY, "????" + _ITEM_ONE, "??", "???", "????" + _ITEM_TWO, "????",
             "二、主动公开政府信息情况", "第二十条第（一）项"]
    got = _paragraphs(tmp_path, lines)
    assert ("overview", _SUMMARY) in got
    assert ("overview", _ITEM_ONE) in got and ("overview", _ITEM_TWO) in got
    assert not [t for _, t in got if not t.strip("?？ ")], got  # no paragraph of lost characters alone


FRAMES = {
    "a day-first date and time stamp": "04.01.2022  10:15",
    "a share prompt": "打开手机扫一扫二维码即可分享本页到朋友圈",
    "a font switch cut off after its bracket": "发布时间:2022年01月19日 字号:【",
}


@pytest.mark.parametrize("frame", list(FRAMES), ids=list(FRAMES))
def test_the_stock_opening_starts_a_paragraph_under_a_frame_line(tmp_path: Path, frame: str) -> None:
    got = _paragraphs(tmp_path, [_TITLE, FRAMES[frame], _PREAMBLE, "一、总体情况", _SUMMARY])
    assert ("preamble", _PREAMBLE) in got, got


def test_a_sentence_wrapped_before_a_document_name_still_joins() -> None:
    # the line above is a sentence's piece (a comma in it): the opening words are its continuation
    lines = ["2021年，本分局认真学习贯彻新修订的条例，严格", "依据《中华人民共和国政府信息公开条例》办理申请。"]
    assert dewrap(lines) == [[0, 1]]


def _gloss(text: str) -> str:
    """The text with a converter's pinyin readings after some characters, as a mirror site writes them."""
    readings = {"态": "(tài)", "环": "(huán)", "权": "(quán)", "统": "(tǒng)", "据": "(jù)"}
    return "".join(ch + readings.get(ch, "") for ch in text)


def test_a_short_crawled_line_with_a_section_heading_run_in_is_cut() -> None:
    one_line = " ".join([_PREAMBLE, "一、总体情况", _SUMMARY, _ITEM_ONE, _ITEM_TWO])
    cleaned = clean_line(_gloss(one_line))
    assert cleaned == one_line and len(_gloss(one_line)) > len(one_line)
    pieces = [q for p in crawled_pieces(cleaned) for q in split_at_section_headings(p)]
    assert pieces == [_PREAMBLE, "一、总体情况", _SUMMARY, _ITEM_ONE, _ITEM_TWO]


def test_a_short_line_with_no_section_heading_run_in_stays_whole() -> None:
    line = _SUMMARY + " " + _ITEM_ONE
    assert crawled_pieces(line) == [line]


def test_a_glossed_one_line_page_reads_as_its_lines(tmp_path: Path) -> None:
    one_line = " ".join([_PREAMBLE, "一、总体情况", _SUMMARY, _ITEM_ONE, _ITEM_TWO])
    got = _paragraphs(tmp_path, [_TITLE, _gloss(one_line)])
    assert got == [("preamble", _PREAMBLE), ("overview", _SUMMARY), ("overview", _ITEM_ONE), ("overview", _ITEM_TWO)]
