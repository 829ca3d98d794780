"""A crawler's one-line page names its publisher in the title inside the run, after the portal's frame
(extraction/run_on_title.py): a school or a public enterprise, which no place-named body grammar reads, is cut from
the frame's words glued to its front; a name the frame may still hold is no statement. Names and sentences here are
invented (schools and enterprises of real cities, wording of our own); no page's text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.extraction.frame_words import after_frame
from nianbao.extraction.run_on_title import names_a_publisher, publisher_after_frame, run_on_title_body, title_past_frame
from tests.extraction.pages import read_page

_BODY = ("根据《中华人民共和国政府信息公开条例》和上级要求，编制本年度信息公开工作报告。本报告所列数据的统计期限为"
         "上一学年。一、总体情况 本学年主动公开各类信息120条，未收到信息公开申请。二、主动公开信息情况 全年在门户网站"
         "发布招生、收费、财务等信息。三、收到和处理信息公开申请情况 本年度未收到申请，无行政复议和诉讼。")


@pytest.mark.parametrize(("framed", "name"), [
    ("正文湘潭理工学院", "湘潭理工学院"),  # a page label
    ("信息公开年报岳阳二中", "岳阳二中"),  # the reports' column before a school named by its county alone
    ("语音朗读株洲城市建设投资集团", "株洲城市建设投资集团"),  # the read-aloud button before an enterprise
    ("无障碍关怀版衡阳师范学院", "衡阳师范学院"),  # two chrome words in a row: the name after the last
    ("通知公告公告公示邵阳职业技术学院", "邵阳职业技术学院"),  # columns run together, one ending as another begins
    ("首页 > 校务公开 > 年度报告益阳医学高等专科学校", "益阳医学高等专科学校"),  # a whole breadcrumb
])
def test_a_publisher_is_cut_from_the_frame_before_it(framed: str, name: str) -> None:
    assert publisher_after_frame(framed) == name


@pytest.mark.parametrize("framed", [
    "走进古城湘潭市",  # a portal's slogan, no word of the frame's closed set: the name is left in doubt
    "年度衡阳师范学院",  # a date's word left at the front
    "重点领域信息公开学校信息公开指南学校",  # a school portal's menu run into the title: '指南学校' names no place
])
def test_a_name_the_frame_may_still_hold_is_no_statement(framed: str) -> None:
    assert publisher_after_frame(framed) is None


def test_a_name_the_frame_did_not_touch_is_left_whole() -> None:
    assert after_frame("湘潭市教育局", names_a_publisher) == "湘潭市教育局"


def test_the_title_inside_a_one_line_run_names_the_school() -> None:
    run = "首页 > 通知公告 > 正文湘潭理工学院2022-2023学年信息公开工作年度报告发布时间：2023-10-30 浏览次数：512 " + _BODY
    assert run_on_title_body(run) == "湘潭理工学院"


def test_a_page_of_lines_is_no_run() -> None:
    # a page laid out in lines has a title line of its own, which the layout takes
    assert run_on_title_body("湘潭理工学院2022-2023学年信息公开工作年度报告\n" + _BODY) is None


@pytest.mark.parametrize("frame", ["信息公开年报", "语音朗读", "正文", "无障碍 关怀版 "])
def test_a_one_line_pages_school_is_read_past_the_frame(tmp_path: Path, frame: str) -> None:
    page = f"网站首页 {frame}衡阳师范学院2021-2022学年信息公开工作年度报告 发布时间：2022-10-28 " + _BODY + "\n"
    assert read_page(tmp_path, page).metadata.agency == "衡阳师范学院"


def test_a_one_line_pages_enterprise_is_read_past_the_frame(tmp_path: Path) -> None:
    page = ("点击收听语音朗读株洲市水务集团有限公司2023年政府信息公开工作年度报告发布时间：2024-01-20 "
            + _BODY.replace("学年", "年度") + "\n")
    assert read_page(tmp_path, page).metadata.agency == "株洲市水务集团有限公司"



@pytest.mark.parametrize(("title", "tail"), [
    ("湘潭市政府门户网站 返回首页 2019年湘潭市统计局政府信息公开工作年度报告", "2019年湘潭市统计局政府信息公开工作年度报告"),
    ("您的位置: 首页 > 政务公开 > 年报 > 街道 2020年湘潭市雨湖区城正街街道办事处政府信息公开年度报告",
     "2020年湘潭市雨湖区城正街街道办事处政府信息公开年度报告"),
    # the body's name spaced from the report's words, its second name in brackets
    ("部门信息公开目录 2021年度湘潭昭山示范区管理委员会（昭山风景区管委会） 政府信息公开工作年度报告",
     "2021年度湘潭昭山示范区管理委员会（昭山风景区管委会）政府信息公开工作年度报告"),
])
def test_a_title_taken_with_the_frame_before_it_is_read_from_the_reports_own_name(title: str, tail: str) -> None:
    assert title_past_frame(title) == tail


def test_a_title_without_a_frame_is_left_as_it_is() -> None:
    assert title_past_frame("2019年湘潭市统计局政府信息公开工作年度报告") == "2019年湘潭市统计局政府信息公开工作年度报告"


@pytest.mark.parametrize("gap", ["", " "])
def test_a_school_named_under_a_title_naming_none_is_read_on_one_line(gap: str) -> None:
    # the line form's title / school / date, run together: the school right after the title, the date in brackets
    run = f"首页 > 通知公告{gap}2022年度信息公开工作年度报告{gap}湘潭理工学院{gap}（2022年10月30日）{gap}" + _BODY
    assert run_on_title_body(run) == "湘潭理工学院"


def test_a_report_cited_in_the_run_with_no_school_after_it_names_none() -> None:
    run = "首页 > 通知公告 2022年度信息公开工作年度报告 发布时间：2022-10-30 " + _BODY
    assert run_on_title_body(run) is None


def test_a_report_cited_in_the_runs_prose_names_no_body() -> None:
    # an untitled page's first paragraph citing a notice on the reports: the name is the notice's, no title
    run = ("本单位高度重视政务公开工作。根据《湘潭市人民政府办公室关于2022年政府信息公开工作年度报告编制工作的通知》，"
           "现向社会公布本年度报告。") + _BODY
    assert run_on_title_body(run) is None
