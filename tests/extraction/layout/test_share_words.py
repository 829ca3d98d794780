"""A share bar's words (微信, 微博, QQ空间, 文件下载 …) are chrome only standing alone between the bar's separators;
inside the report's prose — after a half-width comma, before a count or a colon — they are the report's own
words and stay in its paragraphs, every character. Fixtures are paraphrased, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.clean import clean_line
from nianbao.pipeline import extract

PROSE = [
    "本局现有政务新媒体5个,其中微信3个,微博2个。",
    "截至年底,门户网站访问量12万次,微信关注2410人,微博:8800人。",
    "通过网站发布信息320条,微博615条,微信公众号推送98条。",
    "全年通过政务微博(微信)等渠道发布信息86条。",
]


@pytest.mark.parametrize("sentence", PROSE)
def test_channel_names_in_prose_are_kept(sentence: str) -> None:
    assert clean_line(sentence) == sentence


@pytest.mark.parametrize("bar", ["分享到：微信 微博 QQ空间", "微信 微博 QQ空间 全真版 文字版 文件下载", "分享到：",
                                 "| 微信 | 微博 |", "【打印本页】【关闭窗口】"])
def test_a_share_bar_is_still_chrome(bar: str) -> None:
    assert not clean_line(bar).strip(" |：")


def test_the_paragraphs_keep_their_channel_names(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["澜溪县水利局2023年政府信息公开工作年度报告", "分享到：微信 微博",
                               "一、总体情况", "（一）主动公开", *PROSE]), encoding="utf-8")
    texts = [p.text for p in extract(path, ExtractConfig(tag=False)).paragraphs]
    assert all(any(s in t for t in texts) for s in PROSE), texts
