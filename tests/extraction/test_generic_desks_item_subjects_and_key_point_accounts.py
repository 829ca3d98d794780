"""Untitled pages that name their body only as a desk called by its level's word ('请与市审计局办公室联系'), or as the
place opening the overview's first item under its own heading line ('（一）工作落实情况' / '某市认真贯彻…'); and an
account of the year's 工作要点 carried out, posted where the reports are, which is no annual report. The shapes
behind the sealed sets heldout55/heldout56's misses (benchmarks/dev_pages.py). Sentences are invented; the places
are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.contact_bodies import contact_agency
from tests.extraction.pages import ITEMS, REST, read_page


def test_a_department_desk_called_by_its_levels_word() -> None:
    assert contact_agency("如对本年报有任何疑问，请与市审计局办公室联系（电话：0000-1234567）。") == "市审计局"
    assert contact_agency("如有疑问，请与省民政厅办公室联系。") == "省民政厅"
    # a government's own desk so called is the place's, not a department's
    assert contact_agency("如有疑问，请与区政府信息公开办公室联系。") != "区政府信息公开办"


def test_the_desk_takes_the_place_the_page_names_it_with(tmp_path: Path) -> None:
    page = ("根据《中华人民共和国政府信息公开条例》要求，我单位编制了2021年度政府信息公开工作报告。如对本年报有任何疑问，"
            "请与市审计局办公室联系（电话：0000-1234567）。\n一、总体情况\n（一）组织机构建设情况\n"
            "为加强组织领导，市审计局成立了政府信息公开工作领导小组。\n同时更新了九江市审计局门户网站的公开栏目。\n"
            + ITEMS + REST)
    record = read_page(tmp_path, page)
    assert record.metadata.agency == "九江市审计局"
    assert record.metadata.year == 2021


def test_the_place_opening_the_first_item_under_its_own_heading_line() -> None:
    head = "一、总体情况\n（一）工作落实情况\n鞍山市认真贯彻落实《中华人民共和国政府信息公开条例》，推进政务公开。"
    assert subject_agency(head) == "鞍山市"
    # the year's tally over the whole place ('全市各级…') names no body and gives way to the item's subject
    assert subject_agency(head + "\n2021年，全市各级政府及其部门主动公开政府信息1200条。") == "鞍山市"
    # a word of the sentence that is no real place is no subject
    assert subject_agency("一、总体情况\n（一）工作落实情况\n我单位认真贯彻落实《条例》。") is None


def test_an_account_of_the_years_key_points_is_no_report(tmp_path: Path) -> None:
    account = ("大理州2017年政务公开工作要点落实情况报告\n根据上级通知要求，现将大理州2017年政务公开工作要点落实情况报告如下：\n"
               "一、2017年政务公开工作要点落实情况\n2017年，大理州认真贯彻政务公开各项要求，全面推进决策、执行、管理、服务、结果公开。\n")
    assert read_page(tmp_path, account).status is Status.NOT_A_REPORT
    report = ("大理州2017年政府信息公开工作年度报告暨政务公开工作要点落实情况\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
              "一、概述\n2017年，大理州认真贯彻政务公开各项要求。\n二、主动公开政府信息情况\n全年主动公开政府信息120条。\n")
    assert read_page(tmp_path, report).status is not Status.NOT_A_REPORT
