"""A page's frame is no narrative however the portal sets it: a metadata line opening on 发文日期 or 公开日期
('发文日期: 2025-01-20 发布机构: 某镇人民政府'), a share bar's words set as a bulleted list ('• 打印'). And a
numbered heading cut before its words at the end of a page cut short ('（三') is no piece of the sentence above
it: the paragraph before it stays whole. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.dewrap import dewrap
from nianbao.extraction.layout.title import is_chrome
from nianbao.pipeline import extract

_LAST = "本镇依法依规答复申请人，全年未收到政府信息公开申请，与上年持平"
_PAGE = [
    "澜溪县桐木镇人民政府",
    "标题: 澜溪县桐木镇人民政府2024年政府信息公开工作年度报告",
    "索引号: 1133-2025-0042 文号: 无",
    "发文日期: 2025-01-20 发布机构: 澜溪县桐木镇人民政府",
    "澜溪县桐木镇人民政府2024年政府信息公开工作年度报告",
    "  • 字号:", "  • |", "  • 打印", "  • 关闭",
    "本年度报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。",
    "一、总体情况",
    "2024年，本镇持续推进政务公开，全年主动公开政府信息36条。",
    "（二）依申请公开情况",
    _LAST,
    "（三",
]


@pytest.mark.parametrize("line", ["发文日期: 2025-01-20 发布机构: 澜溪县桐木镇人民政府", "公开日期：2025-01-20",
                                  "• 打印", "· 关闭", "● 收藏"])
def test_frame_lines_are_chrome(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize("line", ["打印机等办公设备采购信息已全部公开。", "• 全年主动公开政府信息36条。"])
def test_sentences_are_no_chrome(line: str) -> None:
    assert not is_chrome(line)


@pytest.mark.parametrize("stub", ["（三", "(三", "三、"])
def test_a_cut_heading_never_continues_the_line_above(stub: str) -> None:
    assert dewrap([_LAST, stub]) == [[0], [1]]


def test_the_page_keeps_its_narrative_and_no_frame(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(_PAGE), encoding="utf-8")
    texts = [p.text for p in extract(path, ExtractConfig(tag=False)).paragraphs]
    assert _LAST in texts, texts
    assert not any("发文日期" in t or "打印" in t or "关闭" in t for t in texts), texts
