"""Reports a report names that are not itself: last year's report, cited in the overview as one of the
year's publications ('二是…公开发布《某署2021年政府信息公开工作年度报告》…', '公开了…信息及2018年度信息公开工作
报告'). Such a sentence names a body
and a year as a preamble does (``nianbao.extraction.stated.stated_report``), but the year is the year
before the report's: it must not state the report's year.

A preamble that publishes the report itself ('现发布《某局2023年度…年度报告》', '现编制《某街道…报告》')
stays its own: it says 现/特, or stands before the overview's heading (where the page keeps it), or names
the year the page's other words tell (the period its figures cover, the year its narrative opens on)."""

from __future__ import annotations

import re

# The overview's heading, where the report's own account of the year begins.
_OVERVIEW = re.compile(r"(?:^|\n)\s*[一1][、.．]\s*(?:总体情况|概述|概况)")
# A publication the year's work included: '公开发布《', '发布了《', '按时公布《', '发布2019年…' — not '现发布《',
# '特公布《', '向社会公布'.
_PUBLISHED = re.compile(r"(?<![现特])(?<!向社会)(?:公开)?(?:发布|公布|公开)(?:了)?\s*《?\s*$")
# The page publishing the report itself: '现发布《', '特向社会公布'.
_OWN_PUBLISHED = re.compile(r"[现特](?:向社会)?(?:公开)?(?:发布|公布|编制|将)")
_REACH = 12  # characters before the report's name where the verb stands
# The overview's first item, where the layout took its heading off: '（一）主动公开方面'.
_FIRST_ITEM = re.compile(r"(?:^|\n)\s*[（(]一[)）]")
# The last item of what the overview's sentence says was published: '公开了…重点领域信息及2018年度信息公开工作报告'.
_LISTED = re.compile(r"(?<![现特])(?:公开|发布|公布)了[^。；;\n]{0,160}(?:及|和|以及|、)\s*$")


def cites_other(text: str, position: int, year: int, own_year: int | None = None) -> bool:
    """True when the report name (of ``year``) found at ``position`` of ``text`` is another report the
    overview says was published during the year: after 发布/公布《 without 现/特, and past the overview's
    heading or of a year before ``own_year`` (the year the page otherwise tells); or, whatever the verb, past
    the overview's heading (or its opening sentence on ``own_year``) and of a year before ``own_year``."""
    before = text[max(0, position - _REACH): position]
    heading = _OVERVIEW.search(text)
    if own_year is not None and year < own_year:
        # '按规定及时发布某办2019年度…年报' in the overview of 2020 (past its heading, or — where the layout
        # took the heading off — past its first item '（一）…' or its opening '2020年，', '2020，' with its 年 lost):
        # last year's, whatever the verb
        opening = heading or _FIRST_ITEM.search(text) or re.search(rf"(?:^|\n)\s*{own_year}\s*(?:年度?)?\s*[，,]", text)
        own = _OWN_PUBLISHED.search(text[max(0, position - _REACH): position + _REACH])  # the name's run may hold it
        if opening and position > opening.end() and not own:
            return True
    at = text.find(str(year), position)  # the name's run may start before the list's joiner: read up to its year
    opened = heading or _FIRST_ITEM.search(text)  # (the layout may take the heading off and leave its first item)
    if opened and position > opened.end() and at >= 0 and _LISTED.search(text[max(0, at - 170): at]):
        return True  # one of the year's publications the overview lists, the last of them
    # (the verb may stand inside the name's run, where no body is named: '…，发布2019年政府信息公开年度报告')
    if not (_PUBLISHED.search(before) or (at > position and _PUBLISHED.search(text[max(0, at - _REACH): at]))):
        return False
    return bool(opened and position > opened.end()) or (own_year is not None and year < own_year)


def own_reports(text: str, found: list[tuple[str | None, int, int]],
                own_year: int | None = None) -> list[tuple[str | None, int, int]]:
    """``found`` (agency, year, position of each report-naming sentence) without the reports the text
    cites as published during the year."""
    return [f for f in found if not cites_other(text, f[2], f[1], own_year)]
