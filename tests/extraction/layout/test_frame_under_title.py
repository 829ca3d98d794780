"""A portal's frame between the title and the report is no narrative (invented text in the shapes crawled portal
pages show): a metadata block whose keys stand without colons — spaced out to a column's width, or two on a line —
an ordered-list breadcrumb, a share bar; a title field gives the title its value, not its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout import is_chrome
from nianbao.extraction.layout.fields import is_bare_field, title_field
from nianbao.pipeline import extract


@pytest.mark.parametrize("line", ["索  引  号 AB001-2021-000086 主题分类", "发布机构 某县人民政府 发布日期 2021-01-23 19:13",
                                  "文        号 〔〕号 有  效  性", "来        源 某县人民政府", "成文日期   有 效 性",
                                  "文    号成文日期:2016-03-14发布日期:2016-04-28", "索引号 000014349/2023-74857",
                                  "发布机构发文日期 2023-01-12 20:04", "文号是否有效", "标题"])
def test_a_metadata_line_without_colons_is_a_field(line: str) -> None:
    assert is_bare_field(line) and is_chrome(line)


@pytest.mark.parametrize("line", ["来源于群众的意见，我们逐件作了答复", "发布机构改革后的职责清单", "名称 某局", "分类管理制度健全",
                                  "标      题 某县2016年度政府信息公开年度报告"])
def test_a_sentence_a_lone_plain_key_or_a_title_field_is_no_field(line: str) -> None:
    assert not is_bare_field(line)


def test_a_title_field_gives_its_value() -> None:
    assert title_field("标      题 某县2016年度政府信息公开年度报告") == "某县2016年度政府信息公开年度报告"
    assert title_field("名称：某局2020年政府信息公开工作年度报告") == "某局2020年政府信息公开工作年度报告"
    assert title_field("本报告名称为…") is None


@pytest.mark.parametrize("line", ["1. 当前位置:", "3. > 正文", "2. 首页 > 政务公开 > 年报",
                                  "首页 | 信息公开指南 | 信息公开目录 | 信息公开申请 | 下载中心 | 学校首页"])
def test_an_ordered_list_breadcrumb_is_chrome(line: str) -> None:
    assert is_chrome(line)


def _page(tmp_path: Path, lines: list[str]) -> tuple[str | None, list[str]]:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    return record.metadata.title, [p.text.strip() for p in record.paragraphs]


PREAMBLE = "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限为2020年全年。"
OVERVIEW = "2020年，本县把政务公开列入全年重点工作，完成了门户网站无障碍改造。"


def test_the_frame_under_a_title_is_taken_off_and_the_report_kept_whole(tmp_path: Path) -> None:
    title, paragraphs = _page(tmp_path, [
        "某县人民政府2020年政府信息公开工作年度报告", "索  引  号 AB001-2021-000086 主题分类",
        "发布机构 某县人民政府 发布日期 2021-01-23 19:13", "文        号 〔〕号 有  效  性", "来        源 某县人民政府",
        "名        称 某县人民政府2020年政府信息公开工作年度报告", "【字体：大 中 小】", PREAMBLE, "一、总体情况", OVERVIEW])
    assert title == "某县人民政府2020年政府信息公开工作年度报告"
    # the preamble is not glued to the field above it, and a sentence naming 无障碍 is the report's own
    assert paragraphs == [PREAMBLE, OVERVIEW]


def test_a_title_in_a_metadata_blocks_title_field_is_the_title(tmp_path: Path) -> None:
    title, paragraphs = _page(tmp_path, ["标      题 某县2016年度政府信息公开年度报告", "索引号 000014349/2017-00049 文      号",
                                         "发布机构 某县人民政府 发布日期 2017-02-24 15:38:00", PREAMBLE, "一、概述", OVERVIEW])
    assert title == "某县2016年度政府信息公开年度报告"
    assert paragraphs == [PREAMBLE, OVERVIEW]


@pytest.mark.parametrize("line", ["支持IPv6", "本网站已支持IPv6", "IPv6"])
def test_a_portal_s_ipv6_badge_is_chrome(line: str) -> None:
    assert is_chrome(line)


def test_a_sentence_about_ipv6_work_is_no_chrome() -> None:
    assert not is_chrome("全年完成门户网站IPv6改造，支持IPv6访问的栏目达到100%。")
