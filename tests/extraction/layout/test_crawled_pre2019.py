"""A crawler's one-line text of a pre-2019 report (2008–2018, the old outline), its paragraph breaks kept as
spaces (layout/crawled.py ``old``): invented text in the shapes real pages show. Each paragraph comes out whole
in its old part — cut after a sentence's end and before a numbered item, as a 2019-on page is — while a
sub-item's heading ending at a space keeps its text ('（一）主动公开政府信息的数量 本局…', as the pre-2019 gold
reads them) and a space before a number stays ('…公开。 2016年，…': a page keeps one there anywhere)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.crawled import crawled_pieces
from nianbao.pipeline import extract

TITLE = "松溪镇人民政府2016年政府信息公开工作年度报告"
PREAMBLE = ("本年报根据《中华人民共和国政府信息公开条例》要求，由松溪镇人民政府编制，包括概述、主动公开政府信息情况、"
            "依申请公开政府信息情况、政府信息公开的收费及减免情况、存在的主要问题和改进措施等部分。"
            "本年报所列数据的统计期限自2016年1月1日起至2016年12月31日止。")
OVERVIEW = ("本镇把政府信息公开列入全年重点工作，由党政办公室统一牵头，各站所确定一名信息员，逐条审核后再上网发布，"
            "全年工作运行平稳。")
COUNT = "（一）主动公开政府信息的数量 本镇通过门户网站和村务公开栏主动公开各类信息一百二十六条，其中财政信息十一条。"
FORMS = "公开栏每季度更新一次，重要事项随时张贴。"
NO_REQUESTS = "本年度本镇未收到政府信息公开申请，也没有不予公开的情形。"
NO_FEES = "本镇依申请提供政府信息，不收取检索、复印、邮寄等任何费用。"
PROBLEMS = "工作中仍有不足：一是信息更新不够及时；二是公开栏的内容较为单一。"
MEASURES = "下一步，本镇将加强信息员培训，按月检查栏目更新情况，确保公开内容准确完整。"
WITH_YEAR = "本镇全年按时完成各项发布任务。 2016年，本镇还在集镇设立了信息查阅点。"
LINE = " ".join([TITLE, PREAMBLE, "一、概述", OVERVIEW, "二、主动公开政府信息情况", COUNT, FORMS,
                 "三、依申请公开政府信息情况", NO_REQUESTS, "四、政府信息公开的收费及减免情况", NO_FEES,
                 "五、存在的主要问题和改进措施", PROBLEMS, MEASURES, WITH_YEAR, "附件下载：统计表.doc"])


def _paragraphs(tmp_path: Path, text: str) -> dict[str, str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.format_version == FORMAT_PRE_2019
    return {p.text.strip(): p.section for p in record.paragraphs}


def test_old_one_line_cut_after_sentences_and_before_items_heading_kept_with_its_text() -> None:
    assert len(LINE) >= 400
    pieces = crawled_pieces(LINE, old=True)
    assert COUNT in pieces and FORMS in pieces  # the item's heading keeps its text; the next sentence is its own
    # The inline list stays in its paragraph (its part's heading before it is the old outline's cut to make).
    assert any(p.endswith(" " + PROBLEMS) for p in pieces) and MEASURES in pieces
    assert WITH_YEAR in pieces  # no cut before a number


def test_old_one_line_page_reads_each_paragraph_whole_in_its_part(tmp_path: Path) -> None:
    got = _paragraphs(tmp_path, LINE + "\n")
    assert got[OVERVIEW] == "overview"
    assert got[FORMS] == "proactive"
    assert got[NO_REQUESTS] == "requests"
    assert got[PROBLEMS] == got[MEASURES] == "problems"
    assert got[WITH_YEAR] == "problems"
    assert any(text.endswith(COUNT.split(" ", 1)[1]) and section == "proactive" for text, section in got.items())

