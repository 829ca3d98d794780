"""Applications (rules_requests.py): received, completed and carried, in the wordings real reports use.

The sentences are our own, paraphrasing constructions real pages showed the grammar missing or misreading
(rounds heldout-4 to heldout-8); each class also has a sentence that must stay no figure (or another).
"""

from __future__ import annotations

from nianbao.extraction.figures.grammar import paragraph_figures
from tests.extraction.figures.readings import figures_of, figures_scoped


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


def test_noun_variants_of_applications() -> None:
    assert [(f.id, f.value) for f in paragraph_figures("本年度我局共收到政府信息公开申请情况4件。", 0)] == [
        ("requests.received", 4)]
    text = "收到依申请公开件80件。办结依申请公开件81件（含上年结转的1件）。"
    assert ("requests.completed", 81) in [(f.id, f.value) for f in paragraph_figures(text, 0)]


def test_carried_counts_worded_from_last_year_and_postponed_to_next() -> None:
    text = "本年度我委共受理信息公开申请件60件，其中3件系来自上一年度结转，已答复58件，另有2件依法顺延至下年度办理。"
    assert figures_of(text) == [("requests.received", 60), ("requests.carried_over", 3), ("requests.completed", 58),
                                ("requests.carried_forward", 2)]


def test_completed_with_the_applications_after_the_number() -> None:
    text = "全年受理依申请公开事项90件，当年完成88件依申请件答复，2件结转至下一年度办理。"
    assert figures_of(text) == [("requests.received", 90), ("requests.completed", 88), ("requests.carried_forward", 2)]


def test_a_bare_reply_count_after_the_total_is_no_carried_count() -> None:
    text = "全年共处理政府信息公开申请300件（含上年度结转申请12件），答复280件，结转下年度继续办理20件。"
    assert figures_of(text) == [("requests.received", 300), ("requests.carried_over", 12), ("requests.completed", 280),
                                ("requests.carried_forward", 20)]


def test_applications_counted_without_a_verb_and_the_agency_first() -> None:
    assert figures_of("2025年，本镇依申请公开政府信息共7件，其中予以公开5件。") == [("requests.received", 7)]
    # The kind of information a body made is no application: "依申请公开信息" in a breakdown of it.
    assert figures_of("共制作信息900条，其中依申请公开信息45条。") == []


def test_received_replies_named_as_such() -> None:
    said = figures_of("年内共接到平台转来的依申请公开答复内容12条，均按时答复。")
    assert said == [("requests.received", 12)]


def test_handled_to_completion_is_completed() -> None:
    text = "全年受理政府信息公开申请40件，办理完成37件，余3件转下一年度办理。"
    assert figures_of(text) == [("requests.received", 40), ("requests.completed", 37), ("requests.carried_forward", 3)]


def test_counts_whose_unit_the_page_lost() -> None:
    text = "2024年我局收到政府信息公开申请52分别为予以公开30件；不予公开22件。2024年我局收到行政复议4收到投诉6条。"
    said = figures_of(text)
    assert ("requests.received", 52) in said and ("review.cases", 4) in said
    # A year or a date after the words is no count.
    assert figures_of("收到政府信息公开申请2024年度统计如下。") == []
    assert figures_of("收到政府信息公开申请12345热线转办事项。") == []


def test_requests_worded_unusually() -> None:
    assert figures_of("2024年新受理依申请政府信息公开6件，全部按时答复。")[0] == ("requests.received", 6)
    assert figures_of("本年度受理政府信息公开申请2件，已完成依申请公开申请2件。") == [
        ("requests.received", 2), ("requests.completed", 2)]
    # another outcome's count before the carried one is not carried
    said = figures_of("本年度共受理申请20件，予以公开12件，其他3件，结转至下年度继续办理3件。")
    assert said.count(("requests.carried_forward", 3)) == 1


def test_applications_worded_unusually() -> None:
    assert figures_scoped("累计办理公民、法人通过网站、邮寄等途径依申请公开信息合计9件。") == [("requests.received", 9, "办理")]
    assert figures_scoped("依申请公开方面，本年度共受理政府信息公开2件，办结2件。") == [
        ("requests.received", 2, "受理"), ("requests.completed", 2, "办结")]
    assert figures_scoped("全年收到申请公开13条，办结13条。") == [
        ("requests.received", 13, "收到"), ("requests.completed", 13, "办结")]
    assert figures_scoped("全年共收到依申请公开事项18宗。") == [("requests.received", 18, "收到")]
    assert figures_scoped("全街共受理政府信息公开申请总数3件。") == [("requests.received", 3, "受理")]
    # Applications by letter are applications, not the public's letters.
    assert figures_scoped("本办共收到依申请公开信件11件，已办结10件。") == [
        ("requests.received", 11, "收到"), ("requests.completed", 10, "办结")]


def test_completions_and_carry_overs_worded_unusually() -> None:
    assert figures_scoped("新收到依申请公开政府信息30件，答复依申请公开政府信息27件，结转下年度继续办理3件。") == [
        ("requests.received", 30, "新收"), ("requests.completed", 27, "答复"), ("requests.carried_forward", 3, None)]
    assert figures_scoped("共收到申请15件，办理完毕15件，办理上年结转件2件。") == [
        ("requests.received", 15, "收到"), ("requests.completed", 15, "办结"), ("requests.carried_over", 2, None)]
    assert figures_scoped("受理申请40件（含上年度转结申请6件，另有4件申请转结下年度继续办理）。")[1:] == [
        ("requests.carried_over", 6, None), ("requests.carried_forward", 4, None)]
    assert figures_scoped("全年收到依申请公开12件，其中10件在法定期限内完成答复，2件转至下年继续办理。") == [
        ("requests.received", 12, "收到"), ("requests.completed", 10, "答复"), ("requests.carried_forward", 2, None)]
    assert figures_scoped("上年度结转办理件2件，共办结20件。")[0] == ("requests.carried_over", 2, None)


# heldout-9's classes (sentences of our own) ------------------------------------------------------------

def test_applications_refused_are_no_count_received() -> None:
    said = figures_of("本年度受理信息公开申请3件。不予受理的申请1件。")
    assert said == [("requests.received", 3)]


def test_applicants_named_between_the_verb_and_the_applications() -> None:
    assert figures_of("全年办理群众和企业提出的政府信息公开申请18件。") == [("requests.received", 18)]
    # not a count of other matters handled
    assert figures_of("全年办理群众提出的诉求18件。") == []


def test_applications_counted_as_cases_or_handled() -> None:
    assert figures_of("本镇共受理信息公开申请案件6件，办结5件。") == [("requests.received", 6), ("requests.completed", 5)]
    assert figures_of("全年接收依申请信息公开办理27件。") == [("requests.received", 27)]


def test_a_count_before_a_carried_count_given_after_its_year() -> None:
    # the carried count follows the year in digits: the count before it is not carried (a bare 办理 after the
    # applications were named is the applications dealt with: completed)
    assert figures_of("新收申请900件，上年结转40件；全年办理880件，结转2026年60件。") == [
        ("requests.received", 900), ("requests.carried_over", 40), ("requests.completed", 880),
        ("requests.carried_forward", 60)]
    # a count whose own words carry it stays carried
    assert figures_of("收到申请8件，其中2件结转2026年办理。") == [("requests.received", 8), ("requests.carried_forward", 2)]
    # the year closes its own clause: the count before it is the carried one
    assert figures_of("收到申请12件，已办结7件；1件因需补充材料，结转至2026年办理。") == [
        ("requests.received", 12), ("requests.completed", 7), ("requests.carried_forward", 1)]


# heldout-10's classes (sentences of our own) -----------------------------------------------------------

def test_new_applications_without_the_noun_after_a_clause_that_named_it() -> None:
    # the noun stood in the carried clause; a bare 办理 after the received count is the count dealt with
    assert figures_scoped("上年结转政府信息公开申请9件，本年新收120件，办理118件，剩余11件结转下一年度处理。") == [
        ("requests.carried_over", 9, None), ("requests.received", 120, "新收"), ("requests.completed", 118, "办理"),
        ("requests.carried_forward", 11, None)]
    # a part of the received count so named, and the carried-over count with the year after the verb
    assert figures_of("本机关共受理政府信息公开申请30件，其中新收到27件，结转上年度办理3件，办结26件。") == [
        ("requests.received", 30), ("requests.received", 27), ("requests.carried_over", 3), ("requests.completed", 26)]
    # 办理 with the noun stays the count received (handled)
    assert figures_scoped("全年共办理政府信息公开申请45件。") == [("requests.received", 45, "办理")]


def test_open_applications_handled_and_the_year_before_the_body_carried() -> None:
    assert figures_scoped("全年共处理公开申请88件。") == [("requests.received", 88, "处理")]
    # 不予公开申请 stays no count of applications
    assert figures_of("其中不予公开申请3件。") == []
    # "2024年全区结转…": the previous year's carried count, the district named between
    assert figures_of("2024年全区结转政府信息公开申请6件。2025年新收到政府信息公开申请70件。") == [
        ("requests.carried_over", 6), ("requests.received", 70)]
    assert figures_of("受理政府信息公开申请20件，顺延到下一年度申请1件。") == [
        ("requests.received", 20), ("requests.carried_forward", 1)]


def test_replied_applications_named_after_the_verb_and_time_limits() -> None:
    assert figures_scoped("本年度受理政府信息公开申请0件，已答复的申请0件。") == [
        ("requests.received", 0, "受理"), ("requests.completed", 0, "答复")]
    # a time limit is no count completed
    assert figures_of("依申请公开实行“5个工作日初审、12个工作日办结”的时限管理。") == []


def test_a_stray_space_inside_the_applications_word() -> None:
    assert figures_scoped("今年以来，我县已受理依申请 公开18件，办结18件。") == [
        ("requests.received", 18, "受理"), ("requests.completed", 18, "办结")]


# --- heldout-11 (own sentences paraphrasing the constructions real pages showed missed) -------------------------------


def test_the_applications_named_after_the_count_as_matters() -> None:
    assert figures_scoped("2025年，某区人民政府共办理518条依申请事项（含上年结转20件）。") == [
        ("requests.received", 518, "办理"), ("requests.carried_over", 20, None)]
    # The verb alone before a count of something else is no application.
    assert figures_of("全年办理群众事项518件。") == []


def test_the_replied_applications_named_after_the_count() -> None:
    assert figures_scoped("本年度受理申请73件。在已经答复的70件申请中，予以公开12件。") == [
        ("requests.received", 73, "受理"), ("requests.completed", 70, "答复")]


def test_a_bare_count_received_after_the_applications_are_named() -> None:
    text = "全年共收到政府信息公开申请11件，上年结转申请4件，受理15件，答复15件。"
    assert figures_scoped(text) == [
        ("requests.received", 11, "收到"), ("requests.carried_over", 4, None),
        ("requests.received", 15, "受理"), ("requests.completed", 15, "答复")]


def test_completed_named_by_two_verbs_is_not_carried() -> None:
    text = "上年结转申请3件；本年新收政府信息公开申请40件，办结答复38件，结转2025年办理5件。"
    assert figures_of(text) == [
        ("requests.carried_over", 3), ("requests.received", 40), ("requests.completed", 38),
        ("requests.carried_forward", 5)]


def test_another_outcome_is_not_the_carried_count_after_it() -> None:
    text = "共受理申请25件，予以公开6件、无法提供9件、结转下年度办理3件。"
    assert figures_of(text) == [("requests.received", 25), ("requests.carried_forward", 3)]


def test_no_fee_worded_as_no_charging_for_disclosure() -> None:
    assert figures_of("本年度未有政府信息公开收费及减免情况。") == [("fees.processing_fee_amount", 0)]


# --- heldout-13 constructions (own paraphrases) ------------------------------------------------------------


def test_applications_handled_named_with_their_replies() -> None:
    text = "全年共办理区政府依申请公开答复37件，其中予以公开21件。"
    assert figures_scoped(text)[0] == ("requests.received", 37, "办理")


def test_completed_matters_of_requests() -> None:
    assert figures_scoped("本年度共办结依申请政府信息公开事项16件。") == [("requests.completed", 16, "办结")]


def test_new_applications_after_then_and_the_year() -> None:
    text = "全年共受理依申请公开21件，其中本年新收21件，上年结转0件。"
    assert figures_scoped(text) == [("requests.received", 21, "受理"), ("requests.received", 21, "新收"),
                                    ("requests.carried_over", 0, None)]


def test_a_review_applied_for_is_no_application_for_information() -> None:
    text = "本年度收到涉及政府信息公开的行政复议申请3件。"
    assert figures_of(text) == [("review.cases", 3)]


def test_carried_counts_denied() -> None:
    # The year first, then the denial; a count handled before a denied carry is not carried.
    text = "全年新收申请4件，上年无结转，已办理4件，无结转下年度。"
    assert ("requests.carried_over", 0) in figures_of(text)
    assert ("requests.carried_forward", 0) in figures_of(text)
    assert ("requests.carried_forward", 4) not in figures_of(text)


def test_no_fee_worded_as_no_charging_of_the_payer() -> None:
    text = "本年度我办没有向信息公开的查阅人或申请人进行收费的情况。"
    assert figures_of(text) == [("fees.processing_fee_amount", 0)]


# --- heldout-14 constructions (own sentences) -------------------------------------------------------------------

def test_cases_counted_in_zong_carried_and_completed() -> None:
    text = "本年度接收政府信息公开申请86宗（含上年度结转4宗），本年办结80宗"
    assert figures_of(text) == [("requests.received", 86), ("requests.carried_over", 4), ("requests.completed", 80)]


def test_applications_arriving_as_letters() -> None:
    assert figures_scoped("本年度收到依申请公开来信2件次，均已答复。") == [("requests.received", 2, "收到")]


def test_applications_named_before_the_verb_with_you() -> None:
    text = "本年度某局依申请信息公开办理有37件，均为自然人申请。"
    assert figures_scoped(text) == [("requests.received", 37, "办理")]


def test_handled_with_the_carried_ones_is_the_applications_dealt_with() -> None:
    text = "本年度新收到政府信息公开申请640件，办理655件（含上年度结转申请15件，另有9件顺延到下年度答复）。"
    assert figures_scoped(text) == [("requests.received", 640, "新收"), ("requests.received", 655, "办理"),
                                    ("requests.carried_over", 15, None), ("requests.carried_forward", 9, None)]


def test_carried_into_next_year_worded_with_ru_or_jie() -> None:
    assert ("requests.carried_forward", 1) in figures_of("共收到申请3件，办结2件，转入2025年办理1件。")
    assert ("requests.carried_forward", 2) in figures_of("共收到申请事项20件，其中办结18件，转结下年度继续办理2件。")


def test_replied_in_time_and_replied_openly_are_completed() -> None:
    text = "全年办理依申请公开件8件（含上年结转2件），其中7件及时答复申请人。"
    assert ("requests.completed", 7) in figures_of(text)
    text = "全年共收到政府信息公开申请150件，上年结转3件，公开答复148件，转下年度办理5件。"
    assert ("requests.completed", 148) in figures_of(text)


def test_none_arose_worded_as_no_application_information() -> None:
    assert figures_of("2021年度我局无依申请公开政务信息情况。") == [("requests.received", 0)]
    assert figures_of("2020年度本局无申请公开政府信息情况。") == [("requests.received", 0)]


def test_one_kind_of_applicant_alone_is_a_part() -> None:
    text = "本年收到依申请公开9条。其中，企业申请2条，收到自然人申请政府信息公开申请7条。"
    assert figures_of(text) == [("requests.received", 9)]
    # The applicants listed together are the whole.
    assert figures_of("收到公民、法人或其他组织的政府信息公开申请12件。") == [("requests.received", 12)]


def test_no_fee_as_a_rule_and_no_charge_to_the_applicant() -> None:
    assert ("fees.processing_fee_amount", 0) in figures_of("本镇依申请公开政府信息不收取任何费用。")
    assert ("fees.processing_fee_amount", 0) in figures_of("办理中均未向申请人收费。")
