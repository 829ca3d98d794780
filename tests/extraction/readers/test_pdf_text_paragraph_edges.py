"""A PDF's text layer saved as text (readers/text.py, folios.py, full_lines.py): where its paragraphs begin and end.

- a running header under a page's number — the report's title, or the first line of a two-line title, or a title
  the scraper's front matter states — is page furniture, and the paragraph running across the page break stays
  whole;
- a paragraph's first line (under a narrower line) that fills a first line exactly and ends on a stop goes on into
  the line under it, however short — unless that line opens an item;
- a full line ending on a stop or a clause's mark goes on into a last line narrower than any first line — unless
  that line opens an item or a heading.
Invented text, set at 24 characters a line with a two-character first-line indent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.extraction.readers.folios import running_headers
from nianbao.extraction.readers.full_lines import width
from nianbao.pipeline import extract

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"


def _paragraphs(tmp_path: Path, lines: list[str]) -> list[str]:
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [re.sub(r"\s+", "", p.text) for p in extract(page, ExtractConfig(tag=False)).paragraphs]


# Full lines are 24 characters wide, a paragraph's first line 22 (``_lines_are_set`` checks each fixture).
FILLER = [
    "本局按照年度工作安排扎实推进政务公开工作，各",
    "项任务有序落实，公开质量稳步提升，群众满意度持续",
    "提高，社会各方面对公开工作的评价总体良好，取得了",
    "较好成效。",
]
TITLE = "澜溪县水利局2023年政府信息公开工作年度报告"


def _lines_are_set(lines: list[str], widths: list[float]) -> list[str]:
    assert [width(line) for line in lines] == widths, "the fixture's lines are not set as the test says"
    return lines


def test_a_line_after_a_page_number_repeating_a_title_line_is_a_running_header() -> None:
    texts = ["澜溪县水利局", "2023年政府信息公开工作年度报告", "正文第一行", "— 1 —", "澜溪县水利局", "正文第二行"]
    assert running_headers(texts, {3}) == {4}


def test_a_header_the_front_matter_names_or_that_follows_two_page_numbers_is_one() -> None:
    top = ["一、总体情况", "正文甲", "正文乙", "正文丙", "正文丁"]
    texts = [*top, "2", "某县某局2023年年度报告", "正文", "3", "某县某局2023年年度报告", "正文"]
    assert running_headers(texts, {5, 8}) == {6, 9}
    assert running_headers(texts[:8], {5}, ("某县某局2023年年度报告",)) == {6}
    # A line after one page number that repeats nothing is the page's text.
    assert running_headers(texts[:8], {5}) == set()


def test_a_paragraph_running_past_the_running_header_of_a_two_line_title_stays_whole(tmp_path: Path) -> None:
    para = _lines_are_set(["2023年，本局认真落实政府信息公开条例，围绕重", "点领域推进公开，全年主动公开各类信息一百二十条，",
                           "其中政策文件十八件。"], [22.0, 24.0, 10.0])
    lines = ["澜溪县水利局", "2023年政府信息公开工作年度报告", "一、总体情况", *FILLER, *para[:2],
             "— 1 —", "澜溪县水利局", para[2], "二、主动公开政府信息情况", *FILLER]
    assert "".join(para) in _paragraphs(tmp_path, lines)


def test_a_first_line_ending_a_sentence_at_its_end_goes_on_into_a_short_last_line(tmp_path: Path) -> None:
    para = _lines_are_set(["建立健全信息发布审核制度，严格落实三审三校。", "按月通报各科室公开情况。"], [22.0, 12.0])
    lines = [TITLE, "一、总体情况", *FILLER, "（一）主动公开", *para, "（二）依申请公开", *FILLER]
    assert "".join(para) in _paragraphs(tmp_path, lines)


def test_a_first_line_ending_a_sentence_above_an_item_ends_its_paragraph(tmp_path: Path) -> None:
    lines = [TITLE, "一、总体情况", *FILLER, "（一）主动公开",
             "建立健全信息发布审核制度，严格落实三审三校。", "二是按月通报各科室公开情况。", "（二）依申请公开", *FILLER]
    got = _paragraphs(tmp_path, lines)
    assert "建立健全信息发布审核制度，严格落实三审三校。" in got
    assert "二是按月通报各科室公开情况。" in got


def test_a_full_line_ending_a_clause_goes_on_into_its_last_line(tmp_path: Path) -> None:
    para = _lines_are_set(["如对本报告有疑问，请与本局办公室联系（地址：", "澜溪县滨河路八号院内；邮政编码：一二三四五六七；",
                           "电话：〇一二三四五六七）。"], [22.0, 24.0, 13.0])
    lines = [TITLE, *para, "一、总体情况", *FILLER, "二、主动公开政府信息情况", *FILLER]
    assert "".join(para) in _paragraphs(tmp_path, lines)


def test_a_full_line_ending_a_sentence_above_a_heading_ends_its_paragraph(tmp_path: Path) -> None:
    para = _lines_are_set([FILLER[0], "项任务有序落实，公开质量稳步提升，成效十分明显。"], [22.0, 24.0])
    lines = [TITLE, "一、总体情况", *FILLER, *para, "（一）主动公开。", *FILLER]
    got = _paragraphs(tmp_path, lines)
    assert "".join(para) in got
    assert not any("明显。（一）" in p for p in got)


CORPUS_REPORTS = ("pingtan__pingtan-2012.txt", "pingtan__pingtan-2017.txt", "pingtan__pingtan-2018.txt",
                  "pingtan__pingtan-2021.txt", "pingtan__pingtan-county-2011.txt")





@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="the shared corpus (../shared/corpus) is absent")
@pytest.mark.parametrize("shape", ["pdf_text", "pdf_headers"])
def test_real_reports_as_a_pdfs_text_keep_their_paragraphs(tmp_path: Path, shape: str) -> None:
    """The shared corpus's crawled reports (one line each under the scraper's front matter, pre-2019 ones among
    them), set as a PDF's text layer: wrapped, with page numbers, with ``pdf_headers`` the title atop every page
    after the first. Of their 117 gold paragraphs 107 come back whole (57 and 55 before the running header under a
    page's number was told, a flattened pre-2019 text was read as one and a first or last line's geometry was
    read); those left are preambles a portal's chrome or the title ran into and items of one report."""
    from nianbao.synth.reshape import morph

    found = total = 0
    for name in CORPUS_REPORTS:
        source = SHARED / "corpus" / name
        gold = json.loads((REPO / "corpus" / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        keys = {p["key"] for p in gold["paragraphs"]}
        page = tmp_path / name
        page.write_text(morph(source.read_text(encoding="utf-8").splitlines(), shape, f"corpus-{name}").text,
                        encoding="utf-8")
        got = {paragraph_key(p.text) for p in extract(page, ExtractConfig(tag=False)).paragraphs}
        found, total = found + len(keys & got), total + len(keys)
    assert found >= total - 10, (found, total)
