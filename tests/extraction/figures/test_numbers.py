from __future__ import annotations

import pytest

from nianbao.extraction.figures.numbers import chinese_number, masked, mentions, sessions


def _read(text: str) -> list[tuple[int | float, str | None, bool]]:
    return [(m.value, m.unit, m.approx) for m in mentions(text)]


@pytest.mark.parametrize("text,value", [("十二", 12), ("两", 2), ("三百零五", 305), ("十", 10), ("百", 100), ("二〇二三", 2023)])
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize("text", ["十四五", "三审", "是"])
def test_words_that_are_no_numbers(text: str) -> None:
    assert chinese_number(text) is None


def test_approximations_and_units() -> None:
    assert _read("办理诉求460余件，发布30多篇，近百篇，培训300人次以上") == [
        (460, "件", True), (30, "篇", True), (100, "篇", True), (300, "人次", True)]
    assert _read("满意率98.6%，推送1,234条，1.5万条") == [(98.6, "%", False), (1234, "条", False), (15000, "条", False)]


def test_chinese_numerals_count_only_with_a_unit() -> None:
    # 一是 / 三审三校 / “十四五” are no counts; 两期 and 十二项 are.
    assert _read("一是推进“十四五”规划，落实三审三校；举办培训两期，办理十二项") == [(2, "期", False), (12, "项", False)]


def test_codes_and_phone_numbers_carry_no_unit() -> None:
    assert all(m.unit is None for m in mentions("H5页面，电话0533-7857266，国办函〔2020〕109号"))


def test_session_names_are_masked_so_their_counts_are_not_read() -> None:
    text = "共收到区十九届人大三次会议建议5项，县政协十五届三次会议提案8件"
    assert [name for _, _, name in sessions(text)] == ["区十九届人大三次会议", "县政协十五届三次会议"]
    assert len(masked(text)) == len(text)
    assert _read(text) == [(5, "项", False), (8, "件", False)]


def test_one_for_one_phrases_are_no_counts() -> None:
    assert [m.value for m in mentions("做到文件发布一条解读一条，出台一个解读一个。")] == []
    assert [m.value for m in mentions("发布解读一条。")] == [1]
