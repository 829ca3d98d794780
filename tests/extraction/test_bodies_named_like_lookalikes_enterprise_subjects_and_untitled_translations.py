"""The six rules of 5f23464, on pages written for these tests: a body whose own name holds a look-alike's word
(新闻办公室, 预算评审中心, 规划展示馆) titles a report; 制作/编写/撰写本报告 speak of the report; a division (处/科/股) after
a government's office at the contact desk is a desk inside the office; an enterprise the overview's opening
sentence has for subject names the report; a subject '某市政府' makes the compiling office stand for the
government; an untitled English translation compiled under the 条例 and opening on 'I. General situation' is a
report of the year its narrative opens on. Each with what the rule must still refuse."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.desks import government_of
from nianbao.extraction.detect import _NOT_REPORT_TITLE, _past_body
from nianbao.extraction.english_title import english_statements
from nianbao.extraction.enterprises import enterprise_statements
from nianbao.extraction.lookalikes import translated_report
from nianbao.extraction.report_words import speaks_of_itself
from nianbao.extraction.statement import Statement
from tests.extraction.pages import ITEMS, REST, read_page

# --- detect._past_body: the title is matched past the body it names ------------------------------------------------

_BODIES_WITH_A_LOOKALIKES_WORD = ("恩施州人民政府新闻办公室", "泸州市预算评审中心", "柳州市规划展示馆")


@pytest.mark.parametrize("body", _BODIES_WITH_A_LOOKALIKES_WORD)
def test_a_bodys_own_name_holding_a_lookalikes_word_does_not_refuse_its_title(body: str) -> None:
    title = f"{body}2023年政府信息公开工作年度报告"
    assert not _NOT_REPORT_TITLE.search(_past_body(title))


@pytest.mark.parametrize("body", _BODIES_WITH_A_LOOKALIKES_WORD)
def test_the_page_of_such_a_body_is_a_report_with_its_body_and_year(tmp_path: Path, body: str) -> None:
    text = (f"{body}2023年政府信息公开工作年度报告\n本报告依据政府信息公开条例编制，所列数据的统计期限为2023年1月1日至"
            f"2023年12月31日。\n一、总体情况\n2023年，{body}认真落实条例要求，稳步推进政务公开。\n{ITEMS}{REST}")
    record = read_page(tmp_path, text)
    assert record.status.value != "not_report"
    assert (record.metadata.agency, record.metadata.year) == (body, 2023)


@pytest.mark.parametrize("title", (
    "柳州市2023年政府信息公开工作年度报告新闻发布会",
    "《泸州市2023年政府信息公开工作年度报告》解读",
    "恩施州2023年上半年政府信息公开工作报告",
    "关于做好2023年政府信息公开工作年度报告编制工作的通知",
))
def test_a_real_lookalikes_title_is_still_refused(title: str) -> None:
    assert _NOT_REPORT_TITLE.search(_past_body(title))


@pytest.mark.parametrize("title", (
    "一图读懂石桥乡人民政府2023年政府信息公开工作年度报告",
    "图解柳州市民政局2023年政府信息公开工作年度报告",
    "解读：泸州市财政局2023年政府信息公开工作年度报告",
))
def test_a_lookalikes_lead_run_onto_the_bodys_name_is_no_body_of_its_own(title: str) -> None:
    # the title's parse may read '一图读懂某乡人民政府' as one name: its lead is the look-alike's, not the body's
    assert _NOT_REPORT_TITLE.search(_past_body(title))


def test_a_body_whose_name_is_no_agency_is_not_cut_from_the_title() -> None:
    # no body parsed from the title: matched whole, the look-alike's word still refuses it
    assert _NOT_REPORT_TITLE.search(_past_body("新闻发布会：2023年政府信息公开工作年度报告"))


# --- report_words: 制作/编写/撰写本报告 ------------------------------------------------------------------------------

@pytest.mark.parametrize("verb", ("制作", "编写", "撰写"))
def test_making_writing_or_drafting_this_report_speaks_of_the_report(verb: str) -> None:
    assert speaks_of_itself(f"按照上级有关通知的要求，结合本单位实际，{verb}本报告。")


def test_making_a_report_that_is_not_this_one_does_not() -> None:
    assert not speaks_of_itself("各单位要按时制作工作报告，并于月底前报送。")


# --- bodies.contact_agency: a division after a government's office is a desk inside it ------------------------------

@pytest.mark.parametrize("division", ("文电处", "政务公开科", "秘书股"))
def test_a_division_after_a_governments_office_is_a_desk_inside_the_office(division: str) -> None:
    text = f"如对本报告有任何疑问，请与丽江市人民政府办公厅{division}联系（电话：0888-1234567）。"
    assert contact_agency(text) == "丽江市人民政府办公厅"


def test_a_governments_office_alone_stays_the_office() -> None:
    assert contact_agency("如对本报告有疑问，请与宁蒗彝族自治县人民政府办公室联系（电话：0888-7654321）。") == (
        "宁蒗彝族自治县人民政府办公室")


def test_a_departments_own_office_is_still_cut_to_the_department() -> None:
    assert contact_agency("如对本报告有疑问，请与丽江市民政局办公室联系（电话：0888-1111111）。") == "丽江市民政局"


# --- enterprises.enterprise_statements: the overview's opening subject -------------------------------------------

def test_an_enterprise_the_overviews_opening_sentence_has_for_subject_names_the_report() -> None:
    head = "一、总体情况\n2024年，柳州市水务集团有限公司严格执行政府信息公开条例，及时公开供水服务信息。"
    assert enterprise_statements(None, head) == [Statement("agency", "柳州市水务集团有限公司", "body")]


def test_an_untitled_enterprise_page_is_read_with_the_enterprise(tmp_path: Path) -> None:
    text = ("2024年，柳州市公共交通集团有限公司认真落实政府信息公开条例，围绕公交运营服务做好信息公开工作。\n一、总体情况\n"
            f"{ITEMS}{REST}")
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("柳州市公共交通集团有限公司", 2024)


@pytest.mark.parametrize("company", ("柳州市星光娱乐有限公司", "柳州市宏达贸易有限公司", "某某科技有限公司"))
def test_a_spam_company_or_one_of_no_public_trade_is_refused(company: str) -> None:
    assert enterprise_statements(None, f"2024年，{company}认真落实条例，主动公开企业信息。") == []


def test_a_government_page_mentioning_a_company_later_is_not_named_after_it(tmp_path: Path) -> None:
    text = ("柳州市水务局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，柳州市水务局认真落实政府信息公开条例，"
            "推进重点领域信息公开。柳州市水务集团有限公司按要求公开了供水水质信息。\n" + ITEMS + REST)
    assert read_page(tmp_path, text).metadata.agency == "柳州市水务局"


# --- desks.government_of: a subject '某市政府' -----------------------------------------------------------------------

def test_a_subject_naming_the_place_and_government_makes_the_office_stand_for_the_government() -> None:
    head = "2023年，丽江市政府坚持以公开为常态，全面推进政务公开。"
    assert government_of("丽江市人民政府办公室", head, "丽江市政府") == "丽江市人民政府"


def test_the_office_as_its_own_subject_stays_the_office() -> None:
    head = "2023年，丽江市人民政府办公室坚持以公开为常态，全面推进政务公开。"
    assert government_of("丽江市人民政府办公室", head, "丽江市人民政府办公室") == "丽江市人民政府办公室"


def test_another_places_government_does_not_stand_for_the_office() -> None:
    head = "2023年，大理市政府坚持以公开为常态。"
    assert government_of("丽江市人民政府办公室", head, "大理市政府") == "丽江市人民政府办公室"


# --- an untitled English translation ---------------------------------------------------------------------------------

_SELF = ("This report is compiled in accordance with the Regulations of the People's Republic of China on the Openness "
         "of Government Information and the provincial provisions. It covers the general situation, voluntary "
         "disclosure, requests, reviews and litigation, problems and their improvement, and other matters.\n")
_PART = ("I. General situation\nIn 2020, the district government carried out the Regulations in full, published its "
         "policy documents on the portal and answered every request on time.\n")
_WORK = ("In 2020, the municipal government kept the economy steady and improved the lives of its people, opening new "
         "parks and schools across the city.\n")


def test_an_untitled_translation_compiled_under_the_regulations_and_opening_on_its_first_part_is_a_report() -> None:
    evidence = translated_report(_SELF + _PART)
    assert evidence and any("General situation" in e for e in evidence)


def test_its_year_is_the_year_its_narrative_opens_on() -> None:
    assert Statement("year", "2020", "narrative") in english_statements(_SELF + _PART)


def test_an_untitled_translation_is_read_as_a_report_of_its_year(tmp_path: Path) -> None:
    record = read_page(tmp_path, _SELF + _PART + "II. Voluntary disclosure\nThe district published 120 items.\n")
    assert record.status.value != "not_report" and record.metadata.year == 2020


def test_an_english_summary_speaking_of_itself_without_the_first_part_is_refused() -> None:
    assert translated_report(_SELF + _WORK) == []


def test_an_english_text_opening_on_the_first_part_without_speaking_of_itself_is_refused() -> None:
    assert translated_report("Summary of the year\n" + _PART) == []
