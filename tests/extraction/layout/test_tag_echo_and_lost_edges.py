"""Two kinds of page damage that ran a paragraph into a stray or a heading into one (invented text in the
shapes real pages show: two portals' preambles, traditional mirrors):

- a document's name holding a bracketed title ('关于印发<…格式>的通知') that a crawler took for a tag and echoed after
  the paragraph (' …格式>'): the echo is taken off, the name inside the sentence stays;
- question marks a mirror wrote for blanks it could not encode, at a line's start or end ('? ?本年度…',
  '一、总体情况?'): taken off; a question ending on 吗 or on a full-width mark keeps its own.

(A space after a sentence's end before a number on a crawled line stays no edge: heldout-22's 2212 reads two
paragraphs there, the shared corpus's pingtan-2012 one — the page does not tell.)"""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.clean import clean_line
from nianbao.pipeline import extract

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
