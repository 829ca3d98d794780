"""Constructions heldout-4's real pages showed the grammar missing or misreading, in sentences of our own.

Each test is one class of miss (the list in the brief of branch figures4); the wording is paraphrased,
never copied from a page.
"""

from __future__ import annotations

from nianbao.core.record import Paragraph
from nianbao.extraction.figures import extract_figures
from nianbao.extraction.figures.grammar import paragraph_figures


def _said(text: str) -> list[tuple[str, int | float, str | None]]:
    return [(f.id, f.value, f.qualifier) for f in paragraph_figures(text, 0)]


def _whose(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.id, f.value, f.subject) for f in paragraph_figures(text, 0)]


def test_every_level_and_every_department_is_another_body() -> None:
    got = _whose("2023年全县各级各部门发布政策解读31条，开展在线访谈5期，网上调查4期。")
    assert got == [("interpretation.items", 31, "全县各级各部门"), ("interviews.held", 5, "全县各级各部门"),
                   ("consultations.held", 4, "全县各级各部门")]
    # A bare 部门 is no body of its own.
    assert _whose("本部门发布政策解读3条。") == [("interpretation.items", 3, "self")]


def test_kinds_of_interpretation_after_qizhong_are_a_breakdown() -> None:
    assert _said("发布政策解读40条，其中图文解读22篇，视频解读18篇。") == [("interpretation.items", 40, None)]


def test_pre_publication_of_decisions_is_no_total() -> None:
    assert _said("重大决策预公开信息7条。") == []


def test_the_way_applications_came_is_no_count_of_them() -> None:
    text = "本年度我局受理依申请公开54件，受理方式为当面申请5件，网上申请30件，信函申请数19件。"
    assert [(f.id, f.value) for f in paragraph_figures(text, 0)] == [("requests.received", 54)]


def test_a_restated_count_of_applications_is_not_received_again() -> None:
    text = "本年度受理依申请公开61件。全年受理的61件申请件已在法定期限内予以答复。"
    assert [(f.id, f.value) for f in paragraph_figures(text, 0)] == [
        ("requests.received", 61), ("requests.completed", 61)]


def test_carried_counts_stated_number_first_in_brackets() -> None:
    text = "全年共收到政府信息公开申请140件，共答复办结政府信息公开133件（6件为上年度结转办结，13件结转下年度办结）。"
    assert [(f.id, f.value, f.scope) for f in paragraph_figures(text, 0)] == [
        ("requests.received", 140, "收到"), ("requests.completed", 133, "办结"),
        ("requests.carried_over", 6, None), ("requests.carried_forward", 13, None)]


def test_messages_named_as_petitions_and_online_questions() -> None:
    assert [(f.id, f.value, f.scope) for f in paragraph_figures("书记信箱共收到信访件512件，均已办结。", 0)] == [
        ("messages.count", 512, "收到")]
    assert [(f.id, f.value, f.scope) for f in paragraph_figures("收到并答复网民在线提问19条。", 0)] == [
        ("messages.count", 19, "收到")]


def test_verbs_between_the_noun_and_the_count() -> None:
    assert _said("开展网上征集调查并公布调查结果6期。") == [("consultations.held", 6, None)]
    assert _said("通过电视台报道常务会议9次，发布解读重点政策文件14篇。") == [("interpretation.items", 14, None)]


def test_statements_of_none_read_as_the_right_figure() -> None:
    said = [(f.id, f.value) for f in paragraph_figures("本年度申请均已办结，无结转下年度继续办理件。", 0)]
    assert ("requests.carried_forward", 0) in said
    said = [(f.id, f.value) for f in paragraph_figures("全年未收到涉及政府信息公开的行政复议申请。", 0)]
    assert said == [("review.cases", 0)]


def test_a_stock_without_a_verb_and_approximate_tens_of_thousands() -> None:
    assert _said("本年度我局主动公开政府信息356条，历年累计9120条。") == [
        ("proactive.items_total", 356, None), ("proactive.items_total", 9120, "累计")]
    (fig,) = paragraph_figures("全市主动公开政府信息30余万条。", 0)
    assert (fig.id, fig.value, fig.approx) == ("proactive.items_total", 300000, True)


def test_noun_variants_of_applications() -> None:
    assert [(f.id, f.value) for f in paragraph_figures("本年度我局共收到政府信息公开申请情况4件。", 0)] == [
        ("requests.received", 4)]
    text = "收到依申请公开件80件。办结依申请公开件81件（含上年结转的1件）。"
    assert ("requests.completed", 81) in [(f.id, f.value) for f in paragraph_figures(text, 0)]


def test_kinds_listed_before_a_count() -> None:
    # The channel the sentence opens with is the channel of the listed kinds.
    text = "依托县政府门户网站平台，主动公开财政预决算、重大项目、人事任免等有关政务信息2150条。"
    assert _said(text) == [("proactive.items_by_channel.website", 2150, None)]
    # after a run-in heading too
    text = "主动公开方面：依托区政府网站平台，公开规划计划、行政执法等信息830条。"
    assert _said(text) == [("proactive.items_by_channel.website", 830, None)]
    # The kinds listed with a total word and no noun.
    text = "全年通过政府网站发布信息5个类别，累计公开机构概况、工作动态、财政信息等共318条。"
    assert _said(text) == [("proactive.items_by_channel.website", 318, None)]
    # Three kinds and more closed by 及, without 等.
    assert _said("公开概况类信息、动态类信息、财政信息及人事信息累计640条。") == [("proactive.items_total", 640, None)]
    # A count of kinds before the noun leaves the channel named before it.
    assert _said("全年依托市政府网站集中公开六大类40项信息共7310条。") == [
        ("proactive.items_by_channel.website", 7310, None)]
    # Document series listed are one category, no total.
    assert _said("主动公开县政发、县政办发、县政字政策性文件信息52件。") == []


def test_the_total_that_names_proactive_disclosure_is_the_reports() -> None:
    text = "2023年度我县在政府门户网站上发布政务新闻共612条，主动公开政府信息数共计388条，包括：政策文件20条。"
    totals = [f.value for f in extract_figures([Paragraph(0, text, "", [])]) if f.id == "proactive.items_total"]
    assert totals == [388]


def test_a_mirror_page_that_lost_its_units() -> None:
    text = "门户网站发布各类信息3020条，其中重大民生信息215政务微信推送信息640微博发布信息502条。"
    assert ("proactive.items_by_channel.weibo", 502, None) in _said(text)
    assert ("proactive.items_total", 502, None) not in _said(text)


def test_a_kind_after_qizhong_names_no_total() -> None:
    text = "通过区门户网站公开政府信息2480条，其中涉及财政预决算和三公经费公开信息12条。"
    assert _said(text) == [("proactive.items_by_channel.website", 2480, None)]
