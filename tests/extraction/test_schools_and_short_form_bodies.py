"""Bodies named the ways heldout19's pages name them (benchmarks/dev_pages.py): a school (in full with its province,
or after its county without the suffix), a township whose name holds 街, a place-less title whose desk names the
body by its short form, an overview saying what the body is, a customs house's district; and the year a page
opening mid-overview tells only in items calling their township by its kind. Sentences are invented; the place
names are real divisions where the gazetteer must know them ('云泽县' and '石板街乡' are invented on purpose)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.agency import normalise
from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.metadata import place_names, plausible_agency
from nianbao.extraction.told_years import narrative_year
from nianbao.extraction.real_places import ends_with_kind, is_placeless
from nianbao.extraction.stated import choose
from nianbao.extraction.statement import Statement
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_school_is_a_body_and_a_word_ending_in_its_letters_is_not() -> None:
    for school in ("安徽省涡阳县第三中学", "德清县实验小学", "德清县二中", "湖州市第一幼儿园", "德清县职业学校"):
        assert plausible_agency(school), school
    for word in ("科学", "教学", "数学", "统一中"):
        assert not plausible_agency(word) or is_placeless(word), word


def test_a_school_named_after_its_city_without_the_suffix_has_its_place() -> None:
    assert not is_placeless("莆田第二中学")  # 莆田 is 莆田市
    assert not is_placeless("怀远二中")  # 怀远 is 怀远县
    assert is_placeless("第三中学")  # whose school it is, the name does not say
    assert is_placeless("实验小学")


def test_a_street_before_a_township_suffix_is_the_township_s_name() -> None:
    assert place_names("龙游县大街乡") == ["龙游县", "大街乡"]
    assert place_names("云泽县石板街乡人民政府") == ["云泽县", "石板街乡"]  # not in the gazetteer: the pattern's
    assert place_names("云泽县新港街") == ["云泽县", "新港街"]  # a 街 of its own stays one


def test_a_commission_and_its_short_form_are_one_body() -> None:
    assert ends_with_kind("绍兴市卫生健康委", "卫生健康委员会")
    assert ends_with_kind("绍兴市卫生健康委员会", "卫生健康委")
    assert not ends_with_kind("绍兴市卫生健康局", "卫生健康委员会")


def test_a_place_less_commission_gives_way_to_its_short_form_with_a_place() -> None:
    found = [Statement("agency", "卫生健康委员会", "title"), Statement("agency", "绵阳市卫生健康委", "contact")]
    assert choose(found, "agency")[:2] == ("绵阳市卫生健康委", "contact")
    other = [Statement("agency", "卫生健康委员会", "title"), Statement("agency", "绵阳市教育局", "contact")]
    assert choose(other, "agency")[0] is None  # another body: no name


def test_a_title_naming_a_commission_by_kind_takes_the_desk_s_short_form(tmp_path: Path) -> None:
    text = ("2020年卫生健康委员会政府信息公开工作年度报告\n2020年，我委依照条例开展公开工作并编制本报告。如对本报告有疑问，"
            "请与绵阳市卫生健康委办公室联系。\n一、总体情况\n我委围绕重点领域加大公开力度。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("绵阳市卫生健康委", 2020)


def test_an_overview_saying_what_the_body_is_names_it() -> None:
    head = "一、总体情况\n绍兴市卫生健康委是主管全市卫生健康事业的市政府职能部门，依照条例开展公开工作。\n"
    assert subject_agency(head) == "绍兴市卫生健康委"
    # no real place: no name; 是 not saying what kind of body it is: no subject
    assert subject_agency("一、总体情况\n云泽县卫生健康委是主管全县卫生健康事业的县政府职能部门。\n") is None
    assert subject_agency("一、总体情况\n绍兴市卫生健康委是今年公开工作的重点。\n") is None


def test_an_untitled_page_opening_on_what_the_body_is(tmp_path: Path) -> None:
    text = ("一、总体情况\n绍兴市卫生健康委是主管全市卫生健康事业的市政府职能部门。2020年，我委配备兼职人员负责公开工作。\n"
            + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("绍兴市卫生健康委", 2020)


def test_a_customs_house_s_district_is_the_customs_house() -> None:
    assert normalise("湛江海关关区") == normalise("湛江海关")
    assert str(normalise("秦皇岛市山海关区")) == "山海关·人民政府"  # a district called 山海关区 stays a place


def test_items_naming_their_township_by_kind_tell_the_year() -> None:
    head = "（二）政府信息依申请公开情况\n 2019年度街道受理信息公开申请0件。\n（三）复议情况\n2019年度街道未发生行政复议案。\n"
    assert narrative_year(head) == 2019
    assert narrative_year("（二）依申请公开\n2019年度街道办事处工作要点已印发。\n") is None


def test_a_school_page_on_a_spam_mirror_takes_the_name_its_preamble_gives(tmp_path: Path) -> None:
    text = ("某某娱乐app官网平台:第三中学2022年政府信息公开工作年度报告\n发布时间：2023-01-15\n依照条例有关规定，现发布《安徽省涡阳县"
            "第三中学2022年政府信息公开工作年度报告》。\n一、总体情况\n2022年，我校认真落实条例。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("安徽省涡阳县第三中学", 2022)


def test_a_school_year_report_compiled_after_its_cited_rules_names_the_school(tmp_path: Path) -> None:
    """A school's report calls itself 本学年度报告 and cites its rules before 由…编制完成; the school compiled it
    (its leading group's office stands for it). Elsewhere on such pages a spam mirror may rename the school."""
    text = ("本学年度报告是根据《高等学校信息公开办法》和省教育厅关于做好高校信息公开年度报告工作的通知等相关要求，"
            "由淮北师范大学信息公开工作领导小组办公室编制完成。报告统计起止时间为2021年9月1日至2022年8月31日。\n"
            "一、概述\n2021—2022学年，学校坚持以公开为常态、不公开为例外。\n")
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("淮北师范大学", 2022)
