"""The reshapings the metamorphic benchmark applies (benchmarks/dev_pages_morph.py): each must do to a page what a
portal, crawler or converter does, and nothing else. The fixture is invented."""

from __future__ import annotations

import re

from nianbao.synth.reshape import FIRST_SCREEN_CHARS, RESHAPINGS, reshape

PAGE = ("某县卫生健康局2023年政府信息公开工作年度报告\n"
        "本报告根据《条例》要求编制，所列数据的统计期限自2023年1月1日起至12月31日止。\n"
        "一、总体情况\n"
        "2023年，某县卫生健康局坚持以公开为常态、不公开为例外，里面着重说明了主动公开和依申请公开的办理情况，"
        "全年共主动公开信息120条，办理依申请公开3件，群众满意度持续提高。\n")


def _cjk(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_traditional_reposts_convert_every_standard() -> None:
    assert "衞生" in reshape("s2hk", PAGE, "p")  # Hong Kong's own variant
    assert "衛生" in reshape("s2t", PAGE, "p") and "衛生" in reshape("s2tw", PAGE, "p")
    assert "裡面" in reshape("s2tw", PAGE, "p")
    assert "2023" in reshape("s2t", PAGE, "p")


def test_one_line_shapes_lose_every_break_and_keep_every_character() -> None:
    flat = reshape("one_line", PAGE, "p")
    assert flat.count("\n") == 1 and _cjk(flat) == _cjk(PAGE)
    spaced = reshape("one_line_spaced", PAGE, "p")
    assert spaced.count("\n") == 1 and "年度报告 本报告" in spaced


def test_hard_wrap_cuts_each_paragraph_at_one_width_and_keeps_the_text() -> None:
    wrapped = reshape("hard_wrap", PAGE, "p")
    lines = wrapped.splitlines()
    assert len(lines) > PAGE.count("\n") and _cjk(wrapped) == _cjk(PAGE)
    assert max(len(line) for line in lines) <= 50
    assert wrapped == reshape("hard_wrap", PAGE, "p")  # seeded


def test_portal_wraps_the_page_in_chrome_naming_no_body() -> None:
    page = reshape("portal", PAGE, "p")
    assert _cjk(PAGE) in _cjk(page)
    head = page.split("某县卫生健康局2023年")[0]
    assert "索引号" in head and "局" not in head.replace("索引号", "")


def test_untitled_drops_only_a_title_line() -> None:
    assert reshape("untitled", PAGE, "p").splitlines()[0].startswith("本报告根据")
    assert reshape("untitled", "一、总体情况\n某局坚持公开。\n", "p") is None


def test_first_screen_cuts_mid_sentence_and_leaves_short_pages_alone() -> None:
    long_page = PAGE + "二、主动公开政府信息情况\n" + "本局全年主动公开各类信息，" * 40 + "\n"
    cut = reshape("first_screen", long_page, "p")
    assert len(_cjk(cut)) <= FIRST_SCREEN_CHARS and long_page.startswith(cut.splitlines()[0])
    assert reshape("first_screen", PAGE, "p") is None


def test_full_width_digits_and_pdf_spaces() -> None:
    wide = reshape("full_width_digits", PAGE, "p")
    assert "２０２３年" in wide and not re.search(r"\d", wide.translate(str.maketrans("０１２３４５６７８９", "ａａａａａａａａａａ")))
    spaced = reshape("pdf_spaces", PAGE, "p")
    assert spaced.splitlines()[2] == "一 、 总 体 情 况"
    assert _cjk(spaced) == _cjk(PAGE)


def test_every_reshaping_is_registered() -> None:
    assert set(RESHAPINGS) == {"s2t", "s2hk", "s2tw", "one_line", "one_line_spaced", "hard_wrap", "portal",
                               "untitled", "first_screen", "full_width_digits", "pdf_spaces"}
