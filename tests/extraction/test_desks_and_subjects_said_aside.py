"""Untitled pages that name their body only at a desk said aside or in an overview opening on a clause: the desk
as the second way to ask, without 请 ('…意见箱反映或直接与某办公室联系'), the contact verb written twice ('请联系请联系
某街道党政办公室'), and the overview's subject after the purpose or instruction it follows ('为落实《某要点》的规定，
某街道办事处充分利用…'). The shapes behind three bodies the sealed set heldout17 found none for
(benchmarks/dev_pages.py). Sentences are invented; the places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.contact_bodies import contact_agency
from tests.extraction.pages import ITEMS, REST, read_page

_LEAD = "依据条例要求，编制本年度报告。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。"


def test_the_desk_as_the_second_way_to_ask() -> None:
    text = "如对本报告有疑问，可通过门户网站的意见箱反映或直接与衢州市人民政府办公室政务公开科联系（电话：0000-1234567）。"
    assert contact_agency(text) == "衢州市人民政府办公室"
    assert contact_agency("也可直接与龙游县审计局联系。") == "龙游县审计局"


def test_a_contact_verb_written_twice() -> None:
    assert contact_agency("如对本报告有任何疑问，请联系请联系东华门街道党政办公室（电话：0000-7654321）。") == "东华门街道"


def test_the_overviews_subject_after_the_clause_it_opens_on() -> None:
    head = "一、总体情况\n为落实《某区年度政务公开工作要点》的相关规定，东华门街道办事处充分利用区政府网站公开信息。"
    assert subject_agency(head) == "东华门街道办事处"
    head = "一、总体情况\n按照区委、区政府的统一部署，东华门街道办事处认真执行条例规定。"
    assert subject_agency(head) == "东华门街道办事处"


def test_a_clause_before_no_real_place_names_none() -> None:
    # a name the gazetteer does not know, or the page's own 我…, is no subject: a wrong name is worse than none
    assert subject_agency("一、总体情况\n为落实上级的部署，某某街道办事处充分利用网站公开信息。") is None
    assert subject_agency("一、总体情况\n按照上级的部署，我街道认真执行条例规定。") is None


def test_a_government_report_whose_desk_is_the_second_way_to_ask(tmp_path: Path) -> None:
    page = (_LEAD + "如对本报告有疑问，可通过门户网站意见箱反映或直接与衢州市人民政府办公室政府信息公开中心联系（地址："
            "某路1号）。\n一、概述\n2021年，我市全面落实条例要求，加快推进政务公开。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "衢州市人民政府"
    assert record.metadata.year == 2021


def test_a_street_named_only_after_the_overviews_opening_clause(tmp_path: Path) -> None:
    page = ("依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n"
            "为按要求执行《某区2024年度政务公开工作指导要点》的相关规定，东华门街道办事处充分利用区政府网站的平台，"
            "公开了本街道的各类信息。\n" + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "东华门街道办事处"


def test_an_items_tally_names_its_body_only_with_a_real_place() -> None:
    head = "一、总体情况\n（一）主动公开政府信息情况。\n2022年，城中区环境卫生服务中心共向区信息中心报送信息88篇。"
    assert subject_agency(head) == "城中区环境卫生服务中心"
    # a body with a generic place may be any the report counts: no subject
    assert subject_agency("一、总体情况\n2022年，市政务服务中心共受理申请12件。") is None
    # a tally of the page's own 我… names none either
    assert subject_agency("一、总体情况\n2022年，我中心共发布信息40条。") is None
