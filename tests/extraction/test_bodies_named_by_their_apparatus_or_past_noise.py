"""A body a page names only by its own disclosure guide or leading group ('市某局政府信息公开指南', '成立县某局…
领导小组', the page saying 我局), a township a mirror's spam runs into the title ('某某体育官网某镇2023年…报告'),
and a visitor's comment naming another place's body of the report's kind (never the report's). Sentences are
invented; the place names are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.passing_names import apparatus_body
from nianbao.extraction.real_places import past_spam
from nianbao.extraction.visitor_lines import without_visitor_lines
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_self_worded_page_names_its_body_by_its_guide_or_leading_group() -> None:
    assert apparatus_body("2020年，我局稳步推进公开。\n市统计局政府信息公开指南已按时更新。") == "市统计局"
    assert apparatus_body("我局成立县审计局政务公开工作领导小组，局长任组长。") == "县审计局"
    # the words before the name are no part of it
    assert apparatus_body("我局按时修订了德清县审计局政府信息公开指南。") == "德清县审计局"


def test_no_apparatus_body_without_a_self_word_of_its_kind_or_with_two_bodies() -> None:
    assert apparatus_body("市统计局政府信息公开指南已按时更新。") is None  # no 我局: whose page, unsaid
    assert apparatus_body("我委全年公开。市统计局政府信息公开指南已更新。") is None  # 我委 is no 局
    two = "我局成立县审计局公开工作领导小组。县财政局政府信息公开指南已更新。"
    assert apparatus_body(two) is None  # two bureaus: which is the page's, unsaid


def test_a_page_naming_its_bureau_only_by_its_leading_group_gets_that_name(tmp_path: Path) -> None:
    text = ("2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局成立县审计局信息公开工作领导小组，明确专人负责。\n"
            + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "县审计局"


def test_spam_before_a_bare_township_leaves_the_township() -> None:
    assert past_spam("某某体育官网西兴镇") == "西兴镇"
    assert past_spam("某某博彩官网") is None  # nothing left
    assert past_spam("西兴镇") is None  # no spam: nothing to see past


def test_a_visitor_s_lines_are_left_out_and_the_report_s_kept() -> None:
    text = "一、总体情况\n网友留言：某县某局做得更好。\n游客2391：支持！\n全年公开信息20条。\n评论：好\n"
    assert without_visitor_lines(text) == "一、总体情况\n全年公开信息20条。\n"
    # a report's own lines with a colon are no visitor's
    kept = "联系电话：0571-1234567\n发布机构：德清县审计局"
    assert without_visitor_lines(kept) == kept


def test_a_visitor_s_comment_names_no_body_for_a_bare_kind(tmp_path: Path) -> None:
    text = ("审计局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局坚持以公开为常态。\n" + ITEMS
            + "网友留言：听说泰宁县审计局公开得更好，欢迎来泰宁县审计局看看。\n" + REST)
    assert read_page(tmp_path, text).metadata.agency is None


def test_an_office_named_for_its_work_is_a_body_and_a_desk_inside_a_body_is_not() -> None:
    from nianbao.extraction.offices import body_of
    assert body_of("永宁县法制办公室", "") == "永宁县法制办公室"  # a county's legal affairs office (before 2018)
    assert body_of("德清县政务服务管理办公室", "") == "德清县政务服务管理办公室"
    assert body_of("德清县审计局办公室", "") == "德清县审计局"  # the bureau's own desk
    assert body_of("德清县审计局综合办公室", "") == "德清县审计局"
    assert body_of("德清县新市镇党政办公室", "") == "德清县新市镇"


def test_a_report_compiled_by_an_office_named_for_its_work_is_that_office_s(tmp_path: Path) -> None:
    text = ("2017年政府信息公开工作年度报告\n本报告由永宁县法制办公室依照《中华人民共和国政府信息公开条例》要求编制。\n"
            "一、总体情况\n2017年，我办坚持以公开为常态。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "永宁县法制办公室"
