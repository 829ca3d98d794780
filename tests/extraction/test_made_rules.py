"""The body a page calls only 我局 and names in full only as the maker of its own disclosure rules: our own
paraphrased sentences (the places are real divisions, the bodies and wording invented)."""

from __future__ import annotations

from pathlib import Path

from nianbao.extraction.made_rules import made_rules_body
from tests.extraction.pages import read_page


def test_the_bureau_that_made_its_rules() -> None:
    head = ("2016年，我局依照条例稳步推进政府信息公开。一是明确责任。二是制定了《湖口县水利局政府信息公开实施办法》，"
            "编制了《湖口县水利局信息公开指南》，我局各股室分工负责。")
    assert made_rules_body(head) == "湖口县水利局"


def test_rules_only_cited_name_no_body() -> None:
    # '根据《…》' may be the province's or the city's rules: the page did not make them
    head = "2016年，我局根据《九江市水利局政府信息公开实施办法》推进政府信息公开工作，我局认真落实。"
    assert made_rules_body(head) is None


def test_two_bodies_making_rules_name_none() -> None:
    head = ("我局制定了《湖口县水利局政务公开办法》，并转发了上级的规定，又印发了《青田县水利局政务公开办法》。我局认真落实。")
    assert made_rules_body(head) is None


def test_a_body_of_another_kind_than_the_pages_is_not_taken() -> None:
    # the page calls itself 我委: a 局's rules are not its own
    head = "我委制定了《湖口县水利局政府信息公开实施办法》，我委认真落实。"
    assert made_rules_body(head) is None


def test_a_place_the_gazetteer_does_not_know_gives_none() -> None:
    head = "我局制定了《云岫县水利局政府信息公开实施办法》，我局认真落实。"
    assert made_rules_body(head) is None


def test_an_untitled_page_of_such_a_bureau(tmp_path: Path) -> None:
    text = ("根据条例规定，特向社会公布2015年度本单位信息公开年度报告。本报告所列数据统计期限为2015年1月1日至2015年12月31日。\n"
            "一、概述\n2015年，我局有序推进政府信息公开工作，制定了《乐陵市档案局政府信息公开实施办法》。\n"
            "二、主动公开政府信息情况\n全年我局主动公开信息35条。\n")
    record = read_page(tmp_path, text)
    assert record.metadata.agency == "乐陵市档案局"
    assert record.metadata.year == 2015
