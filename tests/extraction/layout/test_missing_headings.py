"""Narrative whose section heading is missing lands where the outline puts it: after the preamble's
stock sentences and before 二 is 一 (heading left out, cut away by a site's truncation, or worded as no
pattern knows); a pre-2019 page without any heading has each paragraph placed by topic in the old
outline's order, marked as inferred; an old part numbered as a sub-item of the part before it opens its
own section. Fixtures are paraphrased, in our own words."""

from __future__ import annotations

from nianbao.core.document import Document, Origin, TextBlock
from nianbao.extraction.layout import analyse
from nianbao.extraction.layout.headings import section_of_heading
from nianbao.extraction.layout.inference import infer_sections, is_stock, overflow_start

MARK = "（标题缺失，按内容归入）"


def _doc(*lines: str) -> Document:
    return Document("x.txt", "text", [TextBlock(t, Origin("text", i, line=i + 1)) for i, t in enumerate(lines)])


def _where(layout, start: str) -> str:
    return next(p.section for p in layout.paragraphs if p.text.startswith(start))


def test_2019_overview_without_heading_goes_to_overview() -> None:
    layout = analyse(_doc(
        "依据《中华人民共和国政府信息公开条例》规定，现发布本局2022年政府信息公开工作年度报告。本报告由总体情况等六部分组成。",
        "2022年，本局围绕年度重点任务推进政务公开，全年运行平稳。",
        "（一）主动公开方面。全年在门户网站发布各类信息120条。",
        "（二）依申请公开方面。全年收到公开申请3件，均按期答复。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项",
    ))
    assert _where(layout, "依据《中华人民共和国") == "preamble"
    assert _where(layout, "2022年，本局围绕") == "overview"
    assert _where(layout, "（一）主动公开方面") == "overview"
    assert _where(layout, "（二）依申请公开方面") == "overview"
    # Placed, not found: record.sections (and detection) count only headings the report has.
    assert layout.section("overview").inferred and "overview" not in layout.found_sections
    assert not layout.inferred  # no warning: the outline leaves no doubt


def test_overview_under_an_unknown_wording_keeps_that_heading() -> None:
    layout = analyse(_doc(
        "本年度报告根据《条例》编制，现将本街道2020年度工作情况报告如下：",
        "一、总体概要",
        "2020年，街道把信息公开纳入年度重点工作，明确专人负责。",
        "二、主动公开政府信息情况",
    ))
    overview = layout.section("overview")
    assert overview is not None and overview.heading == "一、总体概要"
    assert _where(layout, "2020年，街道把") == "overview"


def test_heading_cut_by_a_site_truncation() -> None:
    # A document site cut the end of the intro and the overview's heading; what follows is the overview.
    layout = analyse(_doc(
        "本年报依据《政府信息公开条例》和市里的有关通知编制，全文包括概述、主动公开政府信息情况、依申请公开",
        "……（某文库省略160字，会员可阅读全文）……",
        "决定》的要求，自2008年起本局开展政府信息公开工作，指定一名兼职人员负责。截至年底，各项工作运行正常",
        "二、主动公开政府信息情况",
        "本局全年主动公开政府信息45条。",
    ))
    assert _where(layout, "本年报依据") == "preamble"
    assert _where(layout, "决定》的要求") == "overview"
    assert _where(layout, "本局全年主动公开") == "proactive"


def test_pre2019_page_without_any_heading_is_placed_by_topic_with_a_warning_note() -> None:
    layout = analyse(_doc(
        "2011年，县水务局在县政府领导下扎实推进政府信息公开，现将本局2011年度政府信息公开工作报告如下：",
        "在主动公开工作中，本局通过政府网站和公示栏公开机构职能、办事指南等信息。",
        "1、网站。在县政府网站设立专栏。",
        "按照“以公开为原则”的要求，全年主动公开政府信息80余条。",
        "2011年，本局未收到公民、法人提出的政府信息公开申请。",
        "2011年，本局未发生因政府信息公开引起的行政复议和行政诉讼。",
        "本局信息公开工作虽有进展，但仍存在公开内容不够全面等不足，今后将进一步规范。",
    ))
    sections = [p.section for p in layout.paragraphs]
    assert sections == ["preamble", "proactive", "proactive", "proactive", "requests", "review_litigation", "problems"]
    assert all(p.path[0].endswith(MARK) for p in layout.paragraphs[1:])
    assert layout.inferred and "no section heading" in layout.inferred[0]


def test_overview_paragraph_without_topic_stays_overview_before_any_topic() -> None:
    assert infer_sections(["本乡把信息公开作为密切联系群众的重要工作，安排一人专门负责。",
                           "全年累计主动公开政府信息60条，其中网上公开20条。",
                           "一是栏目设置还需完善。", "明年我们将继续加强培训。"]) == \
        ["overview", "proactive", "proactive", "problems"]


def test_a_paragraph_listing_the_year_s_parts_names_no_one_part() -> None:
    assert infer_sections(["本年度统筹做好主动公开、依申请公开和平台建设等工作。"]) == ["overview"]


def test_stock_intro_and_what_is_not() -> None:
    assert is_stock("本报告所列数据的统计期限自2015年1月1日起至2015年12月31日止。")
    assert is_stock("如对本报告有任何疑问，请与本局办公室联系。")
    # "现将…报告如下" closes a first paragraph that is the intro; leading into a paragraph it is the overview's.
    assert is_stock("2010年，本局按照县里部署做好信息公开，现将本局年度报告如下：", first=True)
    assert not is_stock("2010年，本局按照县里部署做好信息公开，现将本局年度报告如下：")
    assert not is_stock("现将本年度工作的总体情况报告如下。2012年，本局持续深化政务公开。", first=True)
    # Page chrome above the report ('更新日期：… 浏览：') is no narrative to move.
    assert overflow_start(["更新日期:2021-01-20 信息来源:某区政务公开办 浏览:", "本年度报告根据《条例》编制。",
                           "2020年，街道认真执行《条例》规定。"]) == 2


def test_later_old_parts_numbered_as_sub_items_open_their_sections() -> None:
    layout = analyse(_doc(
        "某县农业局2009年政府信息公开工作年度报告",
        "一、基本情况",
        "2009年，本局依法做好政府信息公开工作。",
        "二、主动公开政府信息情况",
        "（一）公开形式。",
        "本局主要通过县政府网站公开信息。",
        "（四）依申请公开政府信息情况",
        "2009年，本局没有收到政府信息公开申请。",
        "（五）复议、诉讼和申诉情况",
        "2009年，没有发生涉及本局的复议、诉讼和申诉。",
        "（六）政府支出与费用",
        "2009年，本局未收取任何信息公开费用。",
    ))
    assert _where(layout, "本局主要通过") == "proactive"
    assert _where(layout, "2009年，本局没有收到") == "requests"
    assert _where(layout, "2009年，没有发生") == "review_litigation"
    assert _where(layout, "2009年，本局未收取") == "other_matters"


def test_old_outline_wordings_listing_parts_together() -> None:
    assert section_of_heading("三、依申请公开、不予公开及咨询政府信息情况", True) == "requests"
    assert section_of_heading("四、因政府信息公开申请复议、提起诉讼的情况", True) == "review_litigation"
    assert section_of_heading("六、政府支出与费用", True) == "other_matters"
    assert section_of_heading("六、工作存在的主要问题及下步打算", True) == "problems"
