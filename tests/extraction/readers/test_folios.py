"""Bare page numbers in a PDF's text layer saved as text (extraction/readers/folios.py): numbers after prose that
count up page by page are the pages' footers; a table's values, one a line, are not. Invented text."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.readers.folios import bare_page_numbers
from nianbao.pipeline import extract

PROSE = "本机关围绕群众关切推进公开工作，及时更新各类栏目内容，并按要求做好"
MORE = "政策解读与回应，全年未发生因公开引发的投诉事件，公开质量稳步提升。"


def _page(lines: int, n: int) -> list[str]:
    return [PROSE] * lines + [str(n)]


def test_numbers_counting_up_after_prose_are_page_numbers() -> None:
    texts = _page(12, 1) + _page(12, 2) + _page(5, 3)
    assert bare_page_numbers(texts) == {12, 25, 31}


def test_a_lost_page_number_leaves_the_count_going_on() -> None:
    texts = _page(12, 1) + _page(12, 3) + _page(12, 4)
    assert bare_page_numbers(texts) == {12, 25, 38}


def test_a_lone_one_ending_a_one_page_text_is_its_page_number() -> None:
    assert bare_page_numbers(_page(8, 1)) == {8}
    assert bare_page_numbers(_page(8, 1) + [MORE]) == set()  # a '1' inside the text, no count: kept


def test_a_tables_values_are_no_page_numbers() -> None:
    # Labels are no prose (no sentence's punctuation, narrower than a page's line), and values close together.
    table = ["一、本年新收政府信息公开申请数量", "1", "二、上年结转政府信息公开申请数量", "2", "（一）予以公开", "3"]
    assert bare_page_numbers([PROSE] * 3 + table) == set()
    # Numbers after prose but too close together to be pages.
    assert bare_page_numbers([PROSE, "1", PROSE, "2", PROSE, "3", PROSE]) == set()
    # Numbers that do not count up from the first page.
    assert bare_page_numbers(_page(12, 7) + _page(12, 8)) == set()


def test_a_sentence_running_across_a_bare_page_number_reads_whole(tmp_path: Path) -> None:
    first = ["某县人民政府2023年政府信息公开工作年度报告", "一、总体情况"] + [PROSE + MORE] * 5
    page = tmp_path / "p.txt"
    # The page's last line is cut mid-sentence; the page number stands between its two pieces.
    page.write_text("\n".join([*first, PROSE, "1", MORE, PROSE + MORE, "2", ""]), encoding="utf-8")
    texts = [p.text for p in extract(page, ExtractConfig(tag=False)).paragraphs]
    assert PROSE + MORE in texts
    assert not any("1" in t or "2" in t for t in texts if "2023" not in t)
