"""Two lines a paragraph must not run on from (heldout-15's merged paragraphs, benchmarks/dev_pages_paragraphs.py):
a metadata block's 名称 / 标题 field carrying the title above the preamble, and a numbered item heading that lists what
it covers ('3.机构职能、办公地址、…') — longer than a heading is let be, yet no sentence. Fixtures are paraphrased."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.layout.dewrap import dewrap, frame_line
from tests.extraction.pages import read_page

_PREAMBLE = "本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、主动公开政府信息情况等六部分组成。"


def test_a_name_field_above_the_preamble_stays_apart() -> None:
    for field in ("- 名称: 2024年政府信息公开工作年度报告", "标  题：澜溪县水利局2024年政府信息公开工作年度报告"):
        assert frame_line(field)
        assert dewrap([field, _PREAMBLE]) == [[0], [1]]


def test_a_sentence_naming_a_name_is_no_field() -> None:
    assert not frame_line("名称相同的事项已合并公开，本年度共公开事项清单三类")


def test_a_numbered_heading_listing_its_subjects_ends_its_line() -> None:
    lines = ["3.街道机关职能、内设机构、办公地址、办公时间、联系电话、领导分工情况", "通过区政府网站及时更新上述信息。"]
    assert len(lines[0]) > 32  # longer than a heading line is let be
    assert dewrap(lines) == [[0], [1]]


def test_a_wrapped_numbered_sentence_still_joins() -> None:
    # the first line is a sentence cut by the converter (a verb, a clause), not a list of short nouns
    lines = ["3.通过区政府网站和街道公众号及时更新办事处机关职能和办公地址等各项基础信", "息，确保公开信息准确完整。"]
    assert dewrap(lines) == [[0, 1]]



def test_an_old_review_heading_naming_the_cases_handled_is_one_heading(tmp_path: Path) -> None:
    # '四、复议、诉讼和申诉办理情况' (heldout-15 page 1533): the whole line the heading, no '办理情况' left as text
    text = ("本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、概述\n2017年，某街道扎实推进政府信息公开工作。\n"
            "二、主动公开政府信息情况\n全年主动公开政府信息120条。\n三、依申请公开政府信息情况\n全年收到申请2件，均已答复。\n"
            "四、复议、诉讼和申诉办理情况\n全年受理行政复议案件1件，已办结。\n")
    record = read_page(tmp_path, text)
    assert all("办理情况" not in p.text for p in record.paragraphs)
    assert any(p.text.startswith("全年受理行政复议") and p.section == "review_litigation" for p in record.paragraphs)
