"""Three classes of wrong or cut names found on real pages (h3x heldout36, agency14's survey; benchmarks/dev_pages.py):
a preposition or co-verb opening the clause taken into the name ('针对某新区'); a body that carries its alias in
brackets read without it; a committee named by a generic place ('市某委') completed with the page's place but not in
the full form the page writes there ('某市某委员会'). Sentences are invented; the places are the gazetteer's."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.extraction.bodies import with_aside
from nianbao.extraction.lead_words import LEAD_WORDS, leading_word
from nianbao.extraction.real_places import complete_generic, trim_to_place
from nianbao.extraction.zone_names import fuller_zone
from tests.extraction.pages import ITEMS, REST, read_page


@pytest.mark.parametrize("word", ["针对", "对于", "关于", "结合", "围绕", "按照", "依托", "通过"])
def test_a_clause_opening_word_before_a_district_is_no_part_of_its_name(word: str) -> None:
    assert leading_word(word + "海淀区") == word
    assert trim_to_place(word + "海淀区") == "海淀区"
    assert trim_to_place(word + "海淀区教育委员会") == "海淀区教育委员会"


def test_the_longest_lead_word_is_taken() -> None:
    assert leading_word("现公布某局") == "现公布"
    assert leading_word("对某局") == "对"
    assert leading_word("海淀区") is None
    assert all(len(w) >= 2 for w in LEAD_WORDS)  # (one-character words are the particles)


def test_a_place_opening_like_a_lead_word_keeps_its_name() -> None:
    assert trim_to_place("通州区人民政府") == "通州区人民政府"  # 通 opens 通过 and a real place alike
    assert trim_to_place("经开区管委会") == "经开区管委会"  # what 经 leaves is no real place
    assert trim_to_place("会同县人民政府") == "会同县人民政府"  # a county named like the co-verb 会同


def test_a_zone_named_at_a_clause_opening_is_not_lengthened_by_its_lead_word() -> None:
    text = "本报告结合滨海新区工作情况编制。\n（一）整合机构。针对滨海新区体制调整的实际，区里重新搭建了公开平台。"
    assert fuller_zone("滨海新区", text) == "滨海新区"


def test_a_district_whose_clause_opens_with_a_co_verb_reports_under_its_own_name(tmp_path: Path) -> None:
    text = ("本年度报告结合浦东新区政府信息公开工作情况编制，统计期限自2012年1月1日起至2012年12月31日止。\n"
            "一、概述\n浦东新区认真抓了平台和制度建设。\n（一）理顺格局。针对浦东新区机构调整的实际，区里年中重建了公开网。\n"
            + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "浦东新区"


@pytest.mark.parametrize("bracket", ["（{}）", "({})"])
def test_a_body_carrying_its_alias_in_brackets_is_named_with_it(bracket: str) -> None:
    aside = bracket.format("虎丘区")
    text = f"特向社会公布苏州高新区{aside}经济发展委员会2023年政府信息公开年度报告。"
    assert with_aside("苏州高新区经济发展委员会", text) == f"苏州高新区{aside}经济发展委员会"


def test_an_alias_is_not_added_where_the_page_also_writes_the_name_without_it() -> None:
    text = "现公布苏州高新区经济发展委员会年报。请与苏州高新区（虎丘区）经济发展委员会联系。"
    assert with_aside("苏州高新区经济发展委员会", text) == "苏州高新区经济发展委员会"


def test_an_aside_inside_a_bodys_words_is_no_alias_of_a_place() -> None:
    text = "请与某市人民政府外事（港澳事务）办公室联系。"
    assert with_aside("某市人民政府外事办公室", text) == "某市人民政府外事办公室"


def test_two_different_aliases_leave_the_name_as_it_is() -> None:
    text = "苏州高新区（虎丘区）经济发展委员会；苏州高新区(新区)经济发展委员会"
    assert with_aside("苏州高新区经济发展委员会", text) == "苏州高新区经济发展委员会"


def test_a_page_titled_with_a_zones_alias_names_its_body_with_it(tmp_path: Path) -> None:
    text = ("苏州高新区（虎丘区）科学技术局2023年政府信息公开工作年报\n"
            "根据条例，特向社会公布苏州高新区（虎丘区）科学技术局2023年政府信息公开年度报告。\n"
            "一、总体情况\n2023年，区科技局坚持依法公开。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "苏州高新区（虎丘区）科学技术局"


def test_a_generic_committee_takes_the_full_form_the_page_writes_after_its_place() -> None:
    text = "2021年，市农业农村委认真贯彻条例。一是上线了新版重庆市农业农村委员会政务网站。"
    assert complete_generic("市农业农村委", text) == "重庆市农业农村委员会"
    text = "2021年，市农业农村委认真贯彻条例。一是上线了重庆市农业农村委门户网站。"
    assert complete_generic("市农业农村委", text) == "重庆市农业农村委"


def test_a_generic_bureau_is_completed_as_before() -> None:
    assert complete_generic("市气象局", "市气象局加强领导。请与宣城市气象局办公室联系。") == "宣城市气象局"
