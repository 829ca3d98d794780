"""Three shapes of real pre-2019 pages (invented text in their shapes) whose narrative came out cut:

- an inline list after a colon, its items closed by semicolons ('不足有：1.…；2.…。'), on a line shorter than a
  run (a page that kept its breaks, or a crawler's piece already cut at its spaces): one paragraph, not one per item;
- section headings typed with spaces ('一 概 述', '二 政府信息主动公开情况', '一、概  述') or no mark at all: headings,
  so the narrative under them lands in its part;
- a first line whose subject is the report ('本年报是根据…编制的2018年度…年度报告。全文包括…'): the preamble's
  sentence, not a title run into the first line.
"""

from __future__ import annotations

from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.headings import section_of_heading
from nianbao.extraction.layout.run_on import split_run_on
from nianbao.pipeline import extract

GAPS = "对照年初计划，本所的不足有：1.部分栏目隔月才更新；2.政策解读仍以文字为主，图解较少。"
STEPS = "改进办法：1.每周检查一次栏目更新情况；2.请业务科室配合制作图解。"
TWO_SENTENCES = "本所全年更新栏目十二次。（二）公开形式 以网站为主，公开栏为辅。"


def test_inline_list_after_colon_stays_one_paragraph_on_a_short_old_line() -> None:
    assert split_run_on(GAPS, old=True) == [GAPS]
    assert split_run_on(STEPS, old=True) == [STEPS]
    # After a sentence's end an item still opens a paragraph of its own.
    assert split_run_on(TWO_SENTENCES, old=True) == ["本所全年更新栏目十二次。", "（二）公开形式 以网站为主，公开栏为辅。"]


def test_inline_list_still_breaks_on_a_run_on_old_line() -> None:
    line = "五、存在问题和改进措施 " + ("本所将继续加强培训、完善制度、丰富形式，" * 20) + STEPS
    assert len(line) >= 400
    assert len(split_run_on(line, old=True)) > 1  # a whole section run into one line: its items are its paragraphs


def test_headings_typed_with_spaces_or_no_mark() -> None:
    assert section_of_heading("一 概 述", old=True) == "overview"
    assert section_of_heading("一、概  述", old=True) == "overview"
    assert section_of_heading("一概述", old=True) == "overview"
    assert section_of_heading("二 政府信息主动公开情况", old=True) == "proactive"
    assert section_of_heading("三 政府信息依申请公开情况", old=True) == "requests"
    assert section_of_heading("五 复议、诉讼和申诉情况", old=True) == "review_litigation"
    assert section_of_heading("二 主动公开政府信息情况") == "proactive"
    # Only a whole line that closes up to a heading: words that merely begin like one stay text.
    assert section_of_heading("一概不予公开", old=True) is None
    assert section_of_heading("三 2018年全年共公开信息", old=True) is None
    assert section_of_heading("一 是加强组织领导", old=True) is None


OLD_PAGE = "\n".join([
    "本年报是根据区政府信息公开工作规定有关要求，由某区清河镇人民政府编制的2017年度政府信息公开年度报告。"
    "全文包括概述、政府信息主动公开情况、政府信息依申请公开情况、复议诉讼情况以及存在的主要问题和改进措施。",
    "一 概 述",
    "本镇2017年明确一名副镇长分管信息公开，党政办配备两名专职人员，全年工作运行正常。",
    "二 政府信息主动公开情况",
    "全年主动公开信息二百零四条，其中财政预决算信息九条。",
    "三 政府信息依申请公开情况",
    "本年度收到申请两件，均按时答复。",
    "四 复议、诉讼和申诉情况",
    "未发生与政府信息公开有关的行政复议和行政诉讼。",
    "五 存在的主要问题和改进措施",
    GAPS,
    STEPS,
]) + "\n"


def test_old_page_with_spaced_headings_and_report_subject_first_line(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(OLD_PAGE, encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.format_version == FORMAT_PRE_2019
    got = {p.text.strip(): p.section for p in record.paragraphs}
    first = OLD_PAGE.split("\n", 1)[0]
    assert got[first] == "preamble"  # whole: no title taken out of its first sentence
    assert got["本镇2017年明确一名副镇长分管信息公开，党政办配备两名专职人员，全年工作运行正常。"] == "overview"
    assert got["全年主动公开信息二百零四条，其中财政预决算信息九条。"] == "proactive"
    assert got["本年度收到申请两件，均按时答复。"] == "requests"
    assert got["未发生与政府信息公开有关的行政复议和行政诉讼。"] == "review_litigation"
    assert got[GAPS] == got[STEPS] == "problems"
    assert not any(p.section == "unplaced" for p in record.paragraphs)
