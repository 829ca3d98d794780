"""Constructions heldout-5's real pages showed the grammar missing or misreading, in sentences of our own.

Each test is one class of miss (the list in the brief of branch figures5); the wording is paraphrased,
never copied from a page.
"""

from __future__ import annotations

from nianbao.extraction.figures.grammar import paragraph_figures


def _said(text: str) -> list[tuple[str, int | float]]:
    return [(f.id, f.value) for f in paragraph_figures(text, 0)]


def _whose(text: str) -> list[tuple[str, int | float, str]]:
    return [(f.id, f.value, f.subject) for f in paragraph_figures(text, 0)]


# 1. requests: carried counts, replies, counts without a verb --------------------------------------

def test_carried_counts_worded_from_last_year_and_postponed_to_next() -> None:
    text = "本年度我委共受理信息公开申请件60件，其中3件系来自上一年度结转，已答复58件，另有2件依法顺延至下年度办理。"
    assert _said(text) == [("requests.received", 60), ("requests.carried_over", 3), ("requests.completed", 58),
                           ("requests.carried_forward", 2)]


def test_no_application_carried_into_a_named_year_is_a_zero() -> None:
    said = _said("全部申请均已按期办结，未有申请件结转至2026年度。")
    assert ("requests.carried_forward", 0) in said


def test_completed_with_the_applications_after_the_number() -> None:
    text = "全年受理依申请公开事项90件，当年完成88件依申请件答复，2件结转至下一年度办理。"
    assert _said(text) == [("requests.received", 90), ("requests.completed", 88), ("requests.carried_forward", 2)]


def test_a_bare_reply_count_after_the_total_is_no_carried_count() -> None:
    text = "全年共处理政府信息公开申请300件（含上年度结转申请12件），答复280件，结转下年度继续办理20件。"
    assert _said(text) == [("requests.received", 300), ("requests.carried_over", 12), ("requests.completed", 280),
                           ("requests.carried_forward", 20)]


def test_applications_counted_without_a_verb_and_the_agency_first() -> None:
    assert _said("2025年，本镇依申请公开政府信息共7件，其中予以公开5件。") == [("requests.received", 7)]
    # The kind of information a body made is no application: "依申请公开信息" in a breakdown of it.
    assert _said("共制作信息900条，其中依申请公开信息45条。") == []


def test_received_replies_named_as_such() -> None:
    said = _said("年内共接到平台转来的依申请公开答复内容12条，均按时答复。")
    assert said == [("requests.received", 12)]


# 2. channel counts after a verb and a list of kinds -----------------------------------------------

def test_channel_counts_after_a_list_of_kinds() -> None:
    text = ("其中：通过政府网站公开各类政府信息5000条；通过政务微信推送工作动态、通知公告、便民提示等内容共计800条；"
            "通过抖音号共发布和转发视频120条；通过政务微博共发布和转发信息300条。")
    assert _said(text) == [("proactive.items_by_channel.website", 5000), ("proactive.items_by_channel.wechat", 800),
                           ("proactive.items_by_channel.short_video", 120), ("proactive.items_by_channel.weibo", 300)]


# 3. a site's name is any …网 of information, 官网, 门户 ---------------------------------------------

def test_a_sites_name_is_a_website() -> None:
    assert _said("厅官网围绕中心工作，全年公开政府信息640条。") == [("proactive.items_by_channel.website", 640)]
    assert _said("全年，本省气象信息网发布气象信息95条，政策法规信息4条。") == [("proactive.items_by_channel.website", 95)]
    # A download link is no site of the agency's.
    assert _said("在某某app官网下载平台上主动公开政府信息30条。") == [("proactive.items_total", 30)]


# 4. mixed channels -----------------------------------------------------------------------------------

def test_the_website_and_new_media_together_are_the_total() -> None:
    text = "本年度我局通过门户网站及政务新媒体方式主动公开300条，其中通过政府网站公开100条，微信公众号公开200条。"
    assert _said(text) == [("proactive.items_total", 300), ("proactive.items_by_channel.website", 100),
                           ("proactive.items_by_channel.wechat", 200)]


def test_new_media_with_an_example_account_is_new_media() -> None:
    text = "全年主动公开政府信息90条，其中通过本乡网站公开30条，通过政务新媒体（微信公众号等）公开60条。"
    assert _said(text) == [("proactive.items_total", 90), ("proactive.items_by_channel.website", 30),
                           ("proactive.items_by_channel.new_media", 60)]


# 5. category counts are no totals --------------------------------------------------------------------

def test_a_category_after_etc_is_no_total() -> None:
    assert _said("规范公开采购意向、中标公告等政府采购信息41条。") == []
    # A clause ending in 的 after 等 describes everything: still the total.
    assert _said("全年公开财政预决算、招生政策等群众关心的信息共计52条。") == [("proactive.items_total", 52)]


def test_a_kinds_list_after_a_larger_count_of_the_paragraph_is_kinds_of_it() -> None:
    text = "一是区政府网站主动公开政府信息3000条。二是集中公开预决算、“三公”经费等信息210条。"
    assert _said(text) == [("proactive.items_by_channel.website", 3000)]


# 6. zero statements -------------------------------------------------------------------------------------

def test_none_of_a_list_of_cases_arose() -> None:
    said = _said("全部按时答复，未出现过一起投诉、复议或诉讼案件。")
    assert ("review.cases", 0) in said and ("litigation.cases", 0) in said
    said = _said("本年度我街道收到2件申请。无诉讼复议情况。")
    assert ("review.cases", 0) in said and ("litigation.cases", 0) in said
    # None lost is not none at all.
    assert _said("未出现复议纠错情况。") == []


def test_a_suit_called_an_an() -> None:
    assert _said("因信息公开引起的行政复议4件、行政诉讼案1件。") == [("review.cases", 4), ("litigation.cases", 1)]


# 7. a body named mid-sentence owns the parts after 其中 ---------------------------------------------------

def test_a_body_named_mid_sentence_owns_the_parts() -> None:
    text = ("2024年，全市持续深化政务公开，全市各级行政机关主动公开政府信息5000条，其中通过各级政府网站公开2000条，"
            "通过政务新媒体公开3000条。")
    assert _whose(text) == [("proactive.items_total", 5000, "全市各级行政机关"),
                            ("proactive.items_by_channel.website", 2000, "全市各级行政机关"),
                            ("proactive.items_by_channel.new_media", 3000, "全市各级行政机关")]
    # A body named elsewhere in the sentence, not in the whole's clause, gives the parts to no one.
    text = "2024年，按照要求督促各部门做好公开工作，全年主动公开政府信息300条，其中通过网站公开100条。"
    assert _whose(text) == [("proactive.items_total", 300, "self"), ("proactive.items_by_channel.website", 100, "self")]


# 8. odd ones ----------------------------------------------------------------------------------------------

def test_calls_for_comment_gazette_issues_and_mailbox_replies() -> None:
    assert _said("就重要政策向社会公开征求意见共35期。") == [("consultations.held", 35)]
    assert _said("全年市政府公报出刊12期。") == [("gazette.issues", 12)]
    assert _said("局网站咨询信箱答复信息15条。") == [("messages.count", 15)]


def test_the_disclosure_column_listed_after_the_sites_count_is_a_part() -> None:
    text = "在本局官方网站主动公开信息400条，其中发布工作动态等信息300条，政府信息公开专栏发布信息90条。"
    assert _said(text) == [("proactive.items_by_channel.website", 400)]
