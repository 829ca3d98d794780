"""A report flattened to one line and wrapped again by a converter (layout/flowed.py): invented text, cut
as markitdown writes a PDF made from such a line — the page's lines as wide as the page, a sentence's end,
an item's marker or a section heading cut anywhere."""

from __future__ import annotations

import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.flowed import flowed_width, mend_cut_headings
from nianbao.pipeline import extract

TITLE = "青禾县农业农村局2024年政府信息公开工作年度报告"
# One line, as a crawler saved the page: headings, items and paragraphs run together (section 一 longer than a
# run-on line, so its items are paragraphs of their own).
BODY = (
    "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2024年1月1日至2024年12月31日。"
    "一、总体情况2024年，本局围绕春耕备耕、农田水利和乡村建设，扎实推进政务公开，各项工作平稳有序，全年未发生"
    "因公开不当引发的舆情事件。（一）主动公开情况。本局在门户网站发布涉农补贴、项目安排等信息四百余条，"
    "同步在村务公开栏张贴惠农政策明白纸，方便群众就近查阅。围绕高标准农田建设，逐村公开项目位置、投资规模和施工单位，"
    "接受群众监督；围绕农机购置补贴，按季度公示补贴对象和金额。（二）依申请公开情况。全年收到政府信息公开申请"
    "十二件，均在法定期限内答复，未发生逾期。对申请内容不明确的，主动电话联系申请人，帮助其补正申请。（三）政府信息管理。落实先审后发制度，对拟公开信息逐条进行保密"
    "审查，全年清理过期信息三十余条，对历年公开的规范性文件逐件标注有效状态。（四）平台建设。优化网站栏目设置，将分散的专题栏目归并为惠农服务专区，"
    "提升检索效率。（五）监督保障。将政务公开纳入年度考核，开展季度自查两次，发现问题当即整改，整改情况在下季度"
    "自查时逐项复核。"
    "五、存在的主要问题及改进情况本局政务公开仍存在解读形式单一、基层宣传不够深入等不足。下一步将丰富图解、"
    "短视频等解读形式，加强对村级信息员的培训。六、其他需要报告的事项本年度未收取信息处理费。"
)
# The same line as the page's lines, 30 characters wide (a converter's cut: '（' / '四）…', '五、存在的主' / '要问题…').
WIDTH = 30


def _page_lines(text: str) -> list[str]:
    return [text[k : k + WIDTH] for k in range(0, len(text), WIDTH)]


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    record = extract(path, ExtractConfig(tag=False))
    return [(p.section, re.sub(r"\s+", "", p.text)) for p in record.paragraphs]


def test_wrapped_flattened_report_reads_as_its_one_line(tmp_path: Path) -> None:
    one_line, wrapped = tmp_path / "page.txt", tmp_path / "page.md"
    one_line.write_text(f"{TITLE}\n{BODY}\n", encoding="utf-8")
    wrapped.write_text("\n".join([TITLE, *_page_lines(BODY)]) + "\n", encoding="utf-8")
    native = _paragraphs(one_line)
    assert ("overview", "（四）平台建设。优化网站栏目设置，将分散的专题栏目归并为惠农服务专区，提升检索效率。") in native
    assert [s for s, _ in native].count("problems") == 1
    assert _paragraphs(wrapped) == native


def test_a_section_heading_a_wrap_cut_goes_whole_onto_the_next_line() -> None:
    lines = ["各项工作有序开展，成效明显。二、主动公", "开政府信息情况 第二十条第（一）项 规章 0 0 0"]
    assert mend_cut_headings(lines) == ["各项工作有序开展，成效明显。", "二、主动公开政府信息情况 第二十条第（一）项 规章 0 0 0"]
    # after a table's values, and a marker cut from its stop
    assert mend_cut_headings(["总计 0 0 1 五.政府信息公开工作存在的", "主要问题及改进情况（一）存在问题…"])[1].startswith("五.政府")
    assert mend_cut_headings(["本部分无内容。六", ".其他需要报告的事项 无。"])[1] == "六.其他需要报告的事项 无。"
    # a line's tail that starts no heading with the next line stays where it is
    kept = ["全年办理申请十件。二、是加强培训", "提高工作人员能力。"]
    assert mend_cut_headings(kept) == kept


def test_flowed_is_told_by_items_inside_lines_not_at_their_starts() -> None:
    wrapped = _page_lines(BODY)
    assert flowed_width(wrapped) == WIDTH
    # a report wrapped from flowing paragraphs: its items open lines
    paragraphs = ["（一）主动公开情况。本局在门户网站发布涉农补贴、项目安排等信息四百余条。",
                  "（二）依申请公开情况。全年收到政府信息公开申请十二件，均在法定期限内答复。",
                  "（三）政府信息管理。落实先审后发制度。（四）平台建设。优化网站栏目设置。"]
    assert flowed_width(paragraphs) is None
    # an inline list after '；' is no run
    assert flowed_width(["公开规章3件；2.机关职能信息5条；3.规划信息2条；4.统计信息1条；5.许可信息9条。"]) is None


def test_a_page_of_its_own_paragraphs_one_listing_items_after_its_sentences_is_no_flowed_text(tmp_path: Path) -> None:
    # every line a paragraph of its own width; the last lists its items after its sentences, as a page may
    overview = "2024年，本局围绕重点领域加大主动公开力度，持续更新政务公开信息，全年主动公开政府信息三百余条。"
    listing = ("本局主动公开的政府信息有：1.及时更新法规规章和部门文件。2.公开预算决算和三公经费。"
               "3.公开审计结果公告。4.公开人事任免信息。")
    lines = [TITLE, "本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2024年全年。", "一、总体情况",
             overview, "（一）主动公开情况", listing]
    assert flowed_width(lines) is None
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = _paragraphs(page)
    assert ("overview", overview) in got  # not run on into the sub-heading and the items below it
