"""The agency classes agency27's survey (survey33) found (issue 14): bodies whose name holds their place without a
division's suffix (a ministry's bureau, a 兵团 body, a vertical branch named by its city's bare name), a bare 国资委
citing its own bulletin, a self-word's body named only in its own website, account or dated paper, an overview's
subject before 结合, a compiled-by sentence going on with 围绕, and a report's name writing 年 twice. Sentences are invented; the places are real
divisions where the gazetteer must know them."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import compiled_by, subject_agency
from nianbao.extraction.channel_names import channel_body, paper_body
from nianbao.extraction.national_short import national_body
from nianbao.extraction.passing_names import own_channel_body, passing_name
from nianbao.extraction.real_places import is_placeless
from nianbao.extraction.naming_sentences import stated_report
from nianbao.extraction.vertical_bodies import needs_no_place
from tests.extraction.pages import ITEMS, REST, read_page

# --- bodies named without a division's suffix ----------------------------------------------------------------


def test_a_ministry_s_bureau_a_corps_body_and_a_city_s_vertical_branch_need_no_suffix() -> None:
    for name in ("交通运输部海事局", "水利部珠江水利委员会", "兵团民政局", "新疆生产建设兵团教育局", "厦门海事局",
                 "大连海关", "无锡调查队", "温州邮政管理局"):
        assert needs_no_place(name), name
        assert not is_placeless(name), name


def test_a_body_of_a_kind_alone_or_a_non_vertical_body_by_a_bare_city_stays_placeless() -> None:
    # a bare city before a local government's department: the department of which city's government, the name
    # says, but such a department is written with 市 — not taken without it
    assert not needs_no_place("厦门民政局")
    assert not needs_no_place("海事局")
    assert not needs_no_place("宣传部新闻局")  # a party department is no ministry
    # words between the city and the system's kind: no branch's name
    assert not needs_no_place("厦门港口海事局")
    assert is_placeless("海事局")


def test_a_county_s_tax_bureau_or_customs_by_its_bare_name_needs_no_suffix() -> None:
    # the tax bureaus before and after their 2018 merger, and a county-level city's customs
    for name in ("江阴地税局", "昆山国税局", "宜兴地方税务局", "张家港海关", "义乌税务局"):
        assert needs_no_place(name), name
        assert not is_placeless(name), name
    assert not needs_no_place("石桥税务局")  # a township's name (many places share it) opens no branch
    assert not needs_no_place("江阴民政局")  # a county's own department is written with its suffix
    assert not needs_no_place("江阴市场税务局")  # words between the place and the kind


def test_a_titled_page_of_a_city_s_maritime_branch_is_that_branch_s(tmp_path: Path) -> None:
    text = ("厦门海事局2021年政府信息公开工作报告\n依照《条例》，厦门海事局编制了本级机关2021年政府信息公开工作年度报告。\n"
            "一、总体情况\n2021年，厦门海事局坚持公开为常态。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("厦门海事局", 2021)


def test_a_corps_bureau_s_title_with_its_year_in_brackets_names_it(tmp_path: Path) -> None:
    text = ("兵团教育局政府信息公开工作年度报告（2022年度）\n依照有关规定，现将兵团教育局2022年度政府信息公开工作报告如下：\n"
            "一、总体情况\n全年我局稳步推进公开。\n" + ITEMS + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("兵团教育局", 2022)


# --- a self-word's body named in its own channels ----------------------------------------------------------------


def test_a_bureau_saying_only_we_is_named_by_its_website_and_accounts() -> None:
    head = ("本报告可在舟山市政府网站和舟山市气象局官网下载。如有疑问请与我局联系。我局通过舟山市气象局微信公众号、"
            "舟山市气象局新浪微博发布信息。")
    assert channel_body(head, ("局",)) == "舟山市气象局"
    assert own_channel_body(head) == "舟山市气象局"
    assert passing_name(head) == "舟山市气象局"


def test_two_bodies_websites_of_the_kind_name_neither() -> None:
    head = "我局通过舟山市气象局官网和宁波市气象局门户网站发布信息。"
    assert channel_body(head, ("局",)) is None
    # a channel named after no body, or after a body of another kind than the self-word's, names none
    assert own_channel_body("我局通过“城事舟山”微信公众号发布信息。") is None
    assert own_channel_body("我局在舟山市人民政府门户网站发布信息。") is None


def test_a_bureau_saying_only_we_is_named_by_its_own_dated_paper() -> None:
    head = "2023年，我局主动公开信息80条，在监管栏目发布了鼓楼区卫健局2023年随机抽查计划及结果。"
    assert paper_body(head, ("局",)) == "鼓楼区卫健局"
    assert own_channel_body(head) == "鼓楼区卫健局"
    # without a self-word the page's kind is unknown: no name taken
    assert own_channel_body("发布了鼓楼区卫健局2023年随机抽查计划。") is None


def test_an_untitled_we_page_takes_its_body_from_its_accounts(tmp_path: Path) -> None:
    text = ("根据有关通知，向社会公布2022年度本级机关政府信息公开年度报告。报告可在舟山市气象局官网下载。如有疑问请与我局联系，"
            "市气象局办公室电话：0580-0000000。\n一、总体情况\n（一）主动公开\n2022年，我局通过舟山市气象局微信公众号公开信息"
            "90条。\n（二）依申请公开\n全年新收申请0件。\n" + REST)
    record = read_page(tmp_path, text)
    assert (record.metadata.agency, record.metadata.year) == ("舟山市气象局", 2022)


# --- subjects, compiled-by sentences and report names ------------------------------------------------------------


def test_the_overview_s_subject_stands_before_combining_its_work() -> None:
    assert subject_agency("2024年，在市委市政府的领导下，株洲市水利局结合水利工作实际，全面公开。") == "株洲市水利局"


def test_a_compiled_by_sentence_going_on_with_around_names_the_compiler() -> None:
    found = compiled_by("本年度报告根据《条例》要求，由汉中市统计局围绕2021年度政府信息公开工作情况编制而成。")
    assert [name for name, _ in found] == ["汉中市统计局"]


def test_a_report_name_writing_the_year_s_nian_twice_names_its_body_and_year() -> None:
    found = stated_report("现发布《中国科学院兰州化学物理研究所信息公开工作2016年年度报告》。")
    assert (found[0][0], found[0][1]) == ("中国科学院兰州化学物理研究所", 2016)


def test_a_bare_state_assets_commission_citing_its_own_bulletin_is_the_central_one() -> None:
    from_bulletin = "2021年，国资委持续规范公开。充分发挥国资委网站、《国资委公告》等载体作用。"
    assert national_body("国资委", from_bulletin) == "国务院国有资产监督管理委员会"
    assert national_body("国资委", "通过《中国国有资产监督管理年鉴》公开年度监管信息。") == "国务院国有资产监督管理委员会"
    # without the central body's own papers or remit, a bare 国资委 stays unnamed (a province's is written 省国资委)
    assert national_body("国资委", "2021年，国资委持续规范公开，通过网站发布信息。") == "国资委"


def test_a_customs_house_by_its_city_or_port_is_a_body() -> None:
    from nianbao.extraction.metadata import plausible_agency

    for name in ("宁波海关", "张家港海关", "黄埔海关"):
        assert plausible_agency(name), name
    assert not plausible_agency("海关")  # no one's
    assert not plausible_agency("全国海关")  # the system: 海关总署 makes its report


def test_a_customs_house_named_in_the_compile_sentence_is_the_agency(tmp_path) -> None:
    from nianbao.core.config import ExtractConfig
    from nianbao.pipeline import extract

    page = tmp_path / "page.txt"
    page.write_text("根据《中华人民共和国政府信息公开条例》的规定，特编制江门海关2011年度政府信息公开工作年度报告。\n"
                    "一、概述\n2011年，江门海关认真落实关务公开的各项要求，公开工作平稳有序。\n", encoding="utf-8")
    assert extract(page, ExtractConfig(tag=False)).metadata.agency == "江门海关"
