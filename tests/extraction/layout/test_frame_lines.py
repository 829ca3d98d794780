"""The page's frame stays out of the report's paragraphs: a metadata field or row, a breadcrumb, a date
stamp, a date widget, the title on its own line, or a line of chrome taken out between two lines never has
the preamble's first sentence glued to it — and a sentence a converter wrapped still joins. Fixtures are
paraphrased, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.dewrap import dewrap, frame_line
from nianbao.pipeline import extract

_PREAMBLE = "根据《中华人民共和国政府信息公开条例》规定，现公布澜溪县水利局2023年政府信息公开工作年度报告。"
_BODY = ["一、总体情况", "2023年，本局持续推进政务公开，全年主动公开政府信息86条。",
         "二、主动公开政府信息情况", "第二十条第（一）项"]

FRAMES = {
    "metadata fields on one line": ["索引号：1133-2024-07  发布机构：澜溪县水利局  成文日期：2024-01-20"],
    "metadata rows": ["| 索引号 | 1133-2024-07 | 发布机构 | 澜溪县水利局 |", "| 来源 | 澜溪县水利局 | 主题分类 | 政务公开年报 |"],
    "source and date stamp": ["发表日期:2024-01-22    文章来源:澜溪县水利局"],
    "a date and time stamp": ["信息提供日期 : 2024-01-22 10:35"],
    "breadcrumb remainder": ["您的位置：首页 > 政务公开 > 政府信息公开年报 > 澜溪县水利局"],
    "date widget": ["今天是：2024年3月5日 星期二"],
    "a print bar between": ["澜溪县水利局门户网站 政府信息公开专栏 年报", "【打印本页】【关闭窗口】"],
    "the title again above the preamble": ["澜溪县水利局2023年政府信息公开工作年度报告"],
}


@pytest.mark.parametrize("frame", list(FRAMES), ids=list(FRAMES))
def test_the_preamble_stays_whole_under_any_frame(tmp_path: Path, frame: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["澜溪县水利局2023年政府信息公开工作年度报告", *FRAMES[frame], _PREAMBLE, *_BODY]),
                    encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert any(p.text == _PREAMBLE for p in record.paragraphs), [p.text for p in record.paragraphs]
    assert not any(p.text.endswith(_PREAMBLE) and p.text != _PREAMBLE for p in record.paragraphs)


@pytest.mark.parametrize("line", [
    "索引号：1133-2024-07  发布机构：澜溪县水利局", "| 成文日期 | 2024-01-20 | 发布日期 | 2024-01-22 |",
    "生效日期: | 2024-01-31 | 废止日期: | |", "点击量: 日期:2024-01-19 16:16", "首页 > 信息公开 > 年度报告",
    "澜溪县水利局 www.lanxi.gov.cn 2024-01-28", "今天是：2024年3月5日 星期二", "澜溪县水利局2023年政府信息公开工作年度报告",
    "澜溪县水利局政府信息公开工作年度报告（2023年度）", "澜溪研究所信息公开工作2023年度报告", "发布来源:澜溪县水利局网站"])
def test_frame_lines(line: str) -> None:
    assert frame_line(line)


@pytest.mark.parametrize("line", [
    "根据《中华人民共和国政府信息公开条例》规定，现将本局2023年政府信息公开工作年度报告",
    "2023年，本局以公开为常态、不公开为例外，全年主动公开政府信息86条，", "现将澜溪县水利局2023年政府信息公开工作年度报告",
    "全年受理政府信息公开申请3件，办结率100%，"])
def test_sentences_are_no_frame(line: str) -> None:
    assert not frame_line(line)


def test_wrapped_sentences_still_join() -> None:
    lines = ["根据《中华人民共和国政府信息公开条例》规定，现将本局2023年政府信息公开工作年度报告",
             "公布如下。", "2023年，本局以公开为常态、不公开为例外，全年主动公开政府信息",
             "86条，回应关切12次。"]
    assert dewrap(lines) == [[0, 1], [2, 3]]


def test_a_wrapped_title_still_joins() -> None:
    assert dewrap(["澜溪县东湖生态旅游风景区管理委员会", "卫生健康办公室2023年政府信息公开工作年度报告", _PREAMBLE]) == [[0, 1], [2]]


def test_frame_lines_split_from_both_sides() -> None:
    lines = ["澜溪县水利局门户网站 政府信息公开专栏 年度报告栏目",  # a long line of chrome with no stop
             "索引号：1133-2024-07  发布机构：澜溪县水利局", _PREAMBLE]
    assert dewrap(lines) == [[0], [1], [2]]


def test_a_preamble_opening_on_its_purpose_is_no_title(tmp_path: Path) -> None:
    first = ("为切实做好2023年政府信息公开工作年度报告编制发布工作，澜溪县水利局依据《中华人民共和国政府信息公开条例》"
             "编制本报告。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。")
    path = tmp_path / "page.txt"
    path.write_text("\n".join([first, *_BODY]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.title is None or not first.startswith(record.metadata.title)
    assert any(p.text == first and p.section == "preamble" for p in record.paragraphs)
