"""A short line naming 年报 or 报告 is no title wrapped into the next line when that line opens the body's first
sentence (根据 / 按照 / 本报告 …): the sentence stays whole in the paragraphs. Fixtures are paraphrased, in our
own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

SENTENCE = ("根据《中华人民共和国政府信息公开条例》的规定，各级行政机关应当在每年3月31日前公布本机关的政府信息公开工作年报。"
            "今年各地的年报出现了不少新变化。")


@pytest.mark.parametrize("head", ["用好年报,推进公开", "读懂年报：数字背后的政务公开"])
def test_the_first_sentence_is_not_taken_into_a_title(tmp_path: Path, head: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([head, SENTENCE, "其次，年报的形式更加多样。"]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.title is None or "根据" not in record.metadata.title
    assert any(p.text == SENTENCE for p in record.paragraphs), [p.text for p in record.paragraphs]


def test_a_wrapped_title_still_joins(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["澜溪县东湖生态旅游风景区管理委员会", "2023年政府信息公开工作年度报告",
                               "根据《中华人民共和国政府信息公开条例》规定，现公布本报告。", "一、总体情况",
                               "全年主动公开政府信息86条。"]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.title == "澜溪县东湖生态旅游风景区管理委员会2023年政府信息公开工作年度报告"
