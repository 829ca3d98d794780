"""The signs ``nianbao.extraction.lookalikes`` reads against a page (invented sentences in real pages' patterns)."""

from __future__ import annotations

import re

from nianbao.extraction.lookalikes import lookalike_signs


def _signs(text: str, speaks: bool = False) -> list[str]:
    return lookalike_signs(text, re.sub(r"\s+", "", text)[:3000], speaks)


def test_a_news_lead_told_from_the_day_is_a_sign_unless_the_item_carries_the_report() -> None:
    lead = "某省发布2019年年度报告\n12日，云岚省人民政府向社会公布了2019年政府信息公开工作年度报告。\n"
    assert any("news item" in s for s in _signs(lead))
    assert any("news item" in s for s in _signs("报告显示，全省主动公开政府信息50万条。\n"))
    assert not _signs(lead + "全文如下。\n")
    assert not _signs(lead, speaks=True)


def test_latin_text_past_a_chinese_title_is_a_sign_and_a_few_latin_words_are_not() -> None:
    english = "Overview - The report describes how the ministry improved transparency and public engagement. " * 3
    assert any("Latin letters" in s for s in _signs("林草部2017年政府信息公开工作年度报告\n" + english))
    assert not _signs("一、总体情况\n2023年，我局通过APP和WeChat公众号主动公开政府信息120条。\n")


def test_a_report_sentence_gives_no_sign() -> None:
    assert not _signs("根据《中华人民共和国政府信息公开条例》规定，编制本报告。2023年，我局主动公开政府信息86条。\n")
