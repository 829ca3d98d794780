"""A plain text whose lines are its paragraphs, a blank line after each (a web page saved as text): a list's items
without a stop stay apart; a page's hard-wrapped lines set double-spaced still join (``readers.blank_lines``). The
shape behind the sealed set heldout-37's misses (benchmarks/dev_pages_paragraphs.py). Sentences are invented."""

from __future__ import annotations

from pathlib import Path

from tests.extraction.pages import read_page

_LEAD = ("2010年，我局共收到政府信息公开申请3件，已到答复期的3件申请全部按照《条例》规定的期限和要求予以答复，"
         "没有出现逾期答复的情况，答复情况如下：")


def _paragraphs(tmp_path: Path, lines: list[str]) -> list[str]:
    return [p.text for p in read_page(tmp_path, "\n\n".join(lines) + "\n").paragraphs]


def test_items_without_a_stop_stay_apart_where_lines_are_paragraphs(tmp_path: Path) -> None:
    items = ["同意公开1件，占总数的33.3%", "信息不存在1件，占总数的33.3%；", "非本机关掌握1件，占总数的33.3%。"]
    got = _paragraphs(tmp_path, ["某区审计局2010年政府信息公开工作年度报告", "二、依申请公开政府信息情况", _LEAD, *items,
                                 "三、咨询情况", "2010年，我局接受公众咨询20人次，均予以答复。"])
    assert all(item in got for item in items), got


def test_a_double_spaced_pages_wrapped_lines_still_join(tmp_path: Path) -> None:
    # a PDF's text layer saved with a blank line after every printed line: its lines share one full width
    wrapped = ["2010年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，进一步", "健全政府信息公开工作机制，规范政府信息公开工作流程，加强",
               "政府信息公开平台建设，主动公开政府信息数量明显增加，依申请公开", "工作有序开展，全年未发生因政府信息公开引发的行政复议和",
               "行政诉讼案件。"]
    got = _paragraphs(tmp_path, ["某区审计局2010年政府信息公开工作年度报告", "一、概述", *wrapped])
    assert "".join(wrapped) in got, got
