"""Constructions read on real pages of agencies the grammar had not seen (heldout-3), in sentences of our own.

Each test is one class of miss: the wording is paraphrased, never copied from a page.
"""

from __future__ import annotations

from nianbao.extraction.figures import extract_figures
from nianbao.extraction.figures.grammar import paragraph_figures
from nianbao.core.record import Paragraph


def _said(text: str) -> list[tuple[str, int | float, str | None]]:
    return [(f.id, f.value, f.qualifier) for f in paragraph_figures(text, 0)]


def _scoped(text: str) -> list[tuple[str, int | float, str | None]]:
    return [(f.id, f.value, f.scope) for f in paragraph_figures(text, 0)]


def test_a_list_read_pairwise_after_fenbie() -> None:
    assert _said("通过“清河发布”微博、微信公众号全年分别推送信息210条、468条。") == [
        ("proactive.items_by_channel.weibo", 210, None), ("proactive.items_by_channel.wechat", 468, None)]
    assert _said("本年度人大代表建议、政协委员提案分别为9件、14件。") == [
        ("proposals.npc_suggestions", 9, None), ("proposals.cppcc_proposals", 14, None)]
    # As many names as counts, or no pairs at all: three names, two counts.
    assert ("proactive.items_by_channel.weibo", 30, None) not in _said("网站、微博、微信分别发布30条、40条。")


def test_a_quoted_account_name_names_no_channel() -> None:
    # "…政府网" inside the quotes is the account's name; the account is a wechat one.
    assert _said("区政府网站发布各类信息3.2万条，“东湖政府网”微信公众号推送各类信息615条。") == [
        ("proactive.items_by_channel.website", 32000, None), ("proactive.items_by_channel.wechat", 615, None)]


def test_a_bracketed_aside_is_no_clause_end() -> None:
    assert _said("全年通过市政府网站部门频道公开政府信息52条，通过官方微信公众号（古镇文旅）主动公开政府信息190条。") == [
        ("proactive.items_by_channel.website", 52, None), ("proactive.items_by_channel.wechat", 190, None)]


def test_a_columns_count_after_a_larger_count_is_a_part() -> None:
    text = "依托区政府门户网站公开政府信息9020条，在本区要闻栏目发布信息806条，财政预决算栏目发布信息130条。"
    assert _said(text) == [("proactive.items_by_channel.website", 9020, None)]
    # The agency's own column on the portal stays its channel.
    assert _said("在区政府网站本局栏目发布信息75条。") == [("proactive.items_by_channel.website", 75, None)]


def test_sector_and_category_counts_are_no_totals() -> None:
    assert _said("我区及时公开重点领域政府信息1800条，发布政策解读16篇。") == [("interpretation.items", 16, None)]
    assert _said("在区政府网站发布信息5篇，养老服务领域发布信息12条。") == [
        ("proactive.items_by_channel.website", 5, None)]
    # Documents and their interpretations counted together are neither.
    assert _said("发布县政府文件及解读信息48条。") == []


def test_verbs_of_publishing_upload_and_repost() -> None:
    assert _said("全年我镇政府网站公开上传信息58条。") == [("proactive.items_by_channel.website", 58, None)]
    assert _said("我县共发布转载信息2710条，政策解读15条。") == [
        ("proactive.items_total", 2710, None), ("interpretation.items", 15, None)]
    assert _said("依托社区宣传栏公开救助等信息60余条。") == [("proactive.items_by_channel.other", 60, None)]


def test_applications_worded_unusually() -> None:
    assert _scoped("累计办理公民、法人通过网站、邮寄等途径依申请公开信息合计9件。") == [("requests.received", 9, "办理")]
    assert _scoped("依申请公开方面，本年度共受理政府信息公开2件，办结2件。") == [
        ("requests.received", 2, "受理"), ("requests.completed", 2, "办结")]
    assert _scoped("全年收到申请公开13条，办结13条。") == [
        ("requests.received", 13, "收到"), ("requests.completed", 13, "办结")]
    assert _scoped("全年共收到依申请公开事项18宗。") == [("requests.received", 18, "收到")]
    assert _scoped("全街共受理政府信息公开申请总数3件。") == [("requests.received", 3, "受理")]
    # Applications by letter are applications, not the public's letters.
    assert _scoped("本办共收到依申请公开信件11件，已办结10件。") == [
        ("requests.received", 11, "收到"), ("requests.completed", 10, "办结")]


def test_completions_and_carry_overs_worded_unusually() -> None:
    assert _scoped("新收到依申请公开政府信息30件，答复依申请公开政府信息27件，结转下年度继续办理3件。") == [
        ("requests.received", 30, "新收"), ("requests.completed", 27, "答复"), ("requests.carried_forward", 3, None)]
    assert _scoped("共收到申请15件，办理完毕15件，办理上年结转件2件。") == [
        ("requests.received", 15, "收到"), ("requests.completed", 15, "办结"), ("requests.carried_over", 2, None)]
    assert _scoped("受理申请40件（含上年度转结申请6件，另有4件申请转结下年度继续办理）。")[1:] == [
        ("requests.carried_over", 6, None), ("requests.carried_forward", 4, None)]
    assert _scoped("全年收到依申请公开12件，其中10件在法定期限内完成答复，2件转至下年继续办理。") == [
        ("requests.received", 12, "收到"), ("requests.completed", 10, "答复"), ("requests.carried_forward", 2, None)]
    assert _scoped("上年度结转办理件2件，共办结20件。")[0] == ("requests.carried_over", 2, None)


def test_review_and_litigation_worded_unusually() -> None:
    assert _said("因政府信息公开申请行政复议数量3件，提起行政诉讼数量1件。") == [
        ("review.cases", 3, None), ("litigation.cases", 1, None)]
    assert _said("被申请行政复议2件；未经复议直接起诉1件。") == [("review.cases", 2, None), ("litigation.cases", 1, None)]
    # The parts go to the whole that has room for them, and 其中 holds for the rest of the list.
    assert _said("被行政复议4宗、行政诉讼0宗，其中3宗维持原答复，1宗结果纠正。") == [
        ("review.cases", 4, None), ("litigation.cases", 0, None), ("review.cases", 3, "维持"), ("review.cases", 1, "纠正")]


def test_statements_of_none_worded_unusually() -> None:
    assert _said("2023年，文化旅游局无依申请公开事项。") == [("requests.received", 0, None)]
    assert _said("全年未发生依申请政府信息。") == [("requests.received", 0, None)]
    assert ("review.cases", 0, None) not in _said("未发生依申请公开行政复议被纠错的情况。")
    assert _said("街道未向公民、法人和其他组织收取任何与信息公开相关的费用。") == [("fees.processing_fee_amount", 0, None)]
    assert _said("没有因政府信息公开申请引起行政复议和行政诉讼的情况。") == [
        ("review.cases", 0, None), ("litigation.cases", 0, None)]
    assert _said("全年无申请结转及政府信息公开行政复议、诉讼处理情况。") == [
        ("review.cases", 0, None), ("litigation.cases", 0, None)]
    assert set(_said("镇政府未发生有关信息公开工作的举报、投诉、行政复议或行政诉讼等情况。")) == {
        ("review.cases", 0, None), ("litigation.cases", 0, None)}


def test_the_public_consulted_and_interviews_held() -> None:
    assert _said("开展在线访谈6次、网上民意征集21期。") == [("interviews.held", 6, None), ("consultations.held", 21, None)]
    assert _said("全年通过政府网站征集意见33次，组织“在线访谈”2期。") == [
        ("consultations.held", 33, None), ("interviews.held", 2, None)]
    # Items published about a call for comment are no calls held.
    assert _said("重大决策意见征集5条。") == []
    assert _scoped("群众留言办理8条。") == [("messages.count", 8, "办理")]


def test_suggestions_and_proposals_split_by_level() -> None:
    assert _said("区政府系统办理市级建议提案11件（人大建议7件、政协提案4件），区级建议提案90件（人大建议41件、政协提案49件）。") == [
        ("proposals.npc_suggestions", 7, "市级"), ("proposals.cppcc_proposals", 4, "市级"),
        ("proposals.npc_suggestions", 41, "区级"), ("proposals.cppcc_proposals", 49, "区级")]
    assert _said("办理县人大代表建议15件。") == [("proposals.npc_suggestions", 15, None)]


def test_a_body_that_opened_an_earlier_sentence_holds_for_the_paragraph() -> None:
    text = "2024年，全区各级行政机关共收到政府信息公开申请19件。因依申请公开工作引起的行政复议1件；行政诉讼0件。"
    assert [(f.id, f.subject) for f in paragraph_figures(text, 0)] == [
        ("requests.received", "全区各级行政机关"), ("review.cases", "全区各级行政机关"),
        ("litigation.cases", "全区各级行政机关")]
    # The agency naming itself takes it back.
    text = "全县各部门共收到申请40件。本局收到申请3件，行政复议1件。"
    assert [f.subject for f in paragraph_figures(text, 0)] == ["全县各部门", "self", "self"]
    assert [f.subject for f in paragraph_figures("全市政府系统召开新闻发布会20场次。", 0)] == ["全市政府系统"]


def test_the_first_total_of_a_report_stands_when_later_ones_are_channels() -> None:
    paragraphs = [Paragraph(0, "全年主动公开政府信息500条。", "", []),
                  Paragraph(1, "“某县发布”微信平台发布信息80条。", "", [])]
    assert [(f.id, f.value) for f in extract_figures(paragraphs)] == [
        ("proactive.items_total", 500), ("proactive.items_by_channel.wechat", 80)]
