"""The agency classes agency13's survey found: a zone's committee calling itself by the bare 区 ('区管委会办公室') with
the zone named elsewhere on the page; a hospital saying 我院 named only in its own account; a school saying 我校 whose
page opens on its introduction. Sentences are invented; the places are real divisions where the gazetteer must know
them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.passing_names import opening_subject, own_channel_body, passing_name
from nianbao.extraction.real_places import complete_generic
from nianbao.extraction.zone_names import complete_zone_committee, named_zones
from tests.extraction.pages import ITEMS, REST, read_page

# --- a zone's committee called by the bare 区 -----------------------------------------------------------------


def test_the_zone_a_page_names_is_read_without_the_sentence_before_it() -> None:
    assert named_zones("全年依托长兴岛经济技术开发区门户网站发布信息。") == {"长兴岛经济技术开发区"}
    assert named_zones("请与安徽舒城经济开发区综合办公室联系。") == {"安徽舒城经济开发区"}
    # one zone written with two kinds, or with and without its city, is one zone: the longest name
    assert named_zones("番禺经济技术开发区坚持公开。番禺经开区管委会发布信息。") == {"番禺经济技术开发区"}
    assert named_zones("结合黔江高新区实际。重庆黔江高新技术产业开发区管委会编制。") == {"重庆黔江高新技术产业开发区"}
    # a real place's name may open like a word ('全州'), a rank may not ('国家级')
    assert named_zones("依托全州经济开发区网站。") == {"全州经济开发区"}
    assert named_zones("对照国家级经济技术开发区的要求。") == set()


def test_a_relative_zone_committee_takes_the_one_zone_named() -> None:
    text = "2025年，区管委会办公室坚持公开为常态。全年依托长兴岛经济技术开发区门户网站发布信息1287条。"
    assert complete_zone_committee("区管委会办公室", text) == "长兴岛经济技术开发区管委会办公室"
    assert complete_generic("区管委会办公室", text) == "长兴岛经济技术开发区管委会办公室"
    # two zones named, or none: the name stays as it is (a wrong name is worse than none)
    two = text + "学习借鉴苏州工业园区的经验。"
    assert complete_zone_committee("区管委会办公室", two) == "区管委会办公室"
    assert complete_zone_committee("区管委会", "区管委会高度重视。") == "区管委会"
    # a district's own bodies are no zone's: '区统计局' is left to the district's rules
    assert complete_zone_committee("区统计局", text) == "区统计局"


def test_an_untitled_zone_office_page_names_its_zone(tmp_path: Path) -> None:
    record = read_page(tmp_path, "根据条例的规定编制本报告。报告数据统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n"
                                 "2024年，区管委会办公室紧紧围绕区党工委、管委会中心工作推进政务公开。\n"
                                 "全年依托长兴岛经济技术开发区门户网站发布各类公开信息300条。\n" + ITEMS + REST)
    assert record.metadata.agency == "长兴岛经济技术开发区管委会办公室"
    assert record.metadata.year == 2024


# --- a hospital's own account, a school's introduction ---------------------------------------------------------


def test_a_hospital_saying_we_is_named_by_its_own_account() -> None:
    head = "2021年，我院认真落实条例。\n同时运用淮北市人民医院微信公众号及时发布健康科普信息。"
    assert own_channel_body(head) == "淮北市人民医院"
    # an account of another kind of body on a hospital's page: none (我院 is no 局)
    assert own_channel_body("2021年，我院认真落实条例。通过淮北市卫生健康委员会微信公众号转发信息。") is None


def test_a_school_opening_on_its_introduction_is_named(tmp_path: Path) -> None:
    head = "东莞市常平实验小学，以尚美教育为办学特色。\n2021年，我校根据条例开展信息公开工作。"
    assert opening_subject(head) == "东莞市常平实验小学"
    assert passing_name(head) == "东莞市常平实验小学"
    # the page opening on a bureau while saying 我校: the bureau is not the school
    assert opening_subject("宿松县教育局，高度重视学校信息公开。\n2021年，我校开展信息公开工作。") is None
    # no self-word: an opening name is read by the other rules, not this one
    assert opening_subject("东莞市常平实验小学，以尚美教育为办学特色。\n2021年，学校开展信息公开工作。") is None
    record = read_page(tmp_path, head + "\n一、概述\n2021年，我校丰富公开内容，全年主动公开信息40条。\n" + REST)
    assert record.metadata.agency == "东莞市常平实验小学"


# --- a zone whose name ends like a real district's ----------------------------------------------------------------


def test_a_zone_s_tail_like_a_district_takes_the_fuller_name_the_page_writes(tmp_path: Path) -> None:
    from nianbao.extraction.zone_names import fuller_zone

    text = "2022年，银湖湾滨海新区在目录系统主动公开信息86条。2022年，滨海新区共收到0条申请。"
    assert fuller_zone("滨海新区", text) == "银湖湾滨海新区"
    # the district's own page, never written longer: the district
    assert fuller_zone("滨海新区", "2022年，滨海新区共收到0条申请。") == "滨海新区"
    # two fuller names, or a rank before it: the name as it is
    assert fuller_zone("滨海新区", text + "学习金沙湾滨海新区的做法。") == "滨海新区"
    assert fuller_zone("高新区", "，国家级高新区建设") == "高新区"
    record = read_page(tmp_path, "一、总体情况\n（一）主动公开情况。2022年，银湖湾滨海新区在政府信息公开目录系统主动公开信息86条。\n"
                                 "（二）依申请公开情况。2022年，滨海新区共收到0条政府信息公开申请。\n" + REST)
    assert record.metadata.agency == "银湖湾滨海新区"


def test_a_zone_s_own_name_the_gazetteer_lacks_is_never_lengthened() -> None:
    from nianbao.extraction.zone_names import fuller_zone

    # '来凤经济开发区' is no district's name: the words before it ('现公开') are the sentence's, not the zone's
    assert fuller_zone("来凤经济开发区", "编制格式的要求，现公开来凤经济开发区信息公开2018年度报告。") == "来凤经济开发区"


# --- an address's places are no body -------------------------------------------------------------------------------


def test_the_places_of_an_address_are_no_candidate_body() -> None:
    from nianbao.extraction.mentions import candidates

    text = "如对本报告有任何疑问，请与党政办公室联系（地址：安徽省合肥市金寨路96号，邮编：230026）。"
    names = {n for c in candidates(text) for n in c.names}
    assert not names & {"安徽省人民政府", "合肥市人民政府", "安徽省合肥市人民政府"}, names
    # a place named as the body, not in an address, stays a candidate
    assert any("合肥市" in n for c in candidates("2021年，合肥市人民政府认真落实条例。") for n in c.names)
