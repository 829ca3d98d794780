"""The year a report covers: the order its statements are trusted in, and the statistics period read where it is written
loosely or garbled.

The order of trust (``stated.SOURCE_ORDER`` and the year rules of ``stated.statements``), first found wins, the
others kept as candidates:

1. the title's year ('某局2021年政府信息公开工作年度报告'; a title wrapped after its body, or run into a portal's frame,
   read whole) — set aside where it is a typo ('2022度…' over 2023's figures: ``metadata.MISTYPED_TITLE_YEAR``) or
   where the statistics period and the overview's own year agree on another (``title_year_overruled``: a repost's
   title one year off; a stale period alone, left from last year's template, does not outweigh the title);
2. the preamble's statement of the report with its year ('现公布…2021年…报告', not a report it cites as published
   during the year: ``cited.own_reports``), or the year of work the preamble names ('现将我局2021年…工作情况报告如下');
3. a portal's metadata block's 标题, then the HTML ``<title>``;
4. the statistics period ('统计期限为2021年1月1日至2021年12月31日': ``told_years.statistics_year``, else
   ``loose_period_year`` below);
5. a school's academic year, by its end ('2022-2023学年' → 2023);
6. the body's own words where nothing above states a year: the overview's lead ('2021年，某局…', the year its
   sentences name most) and '截至2021年12月31日' (``told_years.narrative_year``), the one year an untitled overview
   names, the first heading's year ('一、2016年度政府信息公开工作基本情况'), the year of the body's own plan.

Not read as the year: the tables' headers (they name no year in either format) and the publication date minus one
(a page published in March reports on last year, but a date alone is no statement, and detection weighs a known year as
evidence that the page is a report).

The loose period: the period's word ('统计期限', '统计时限', '统计时间', '统计周期', '统计区间'), then a year, its first
day's marks lost or mangled ('2021年l月l日', '2021.1.1', '2021/01/01', '2021年1-12月', an encoding's debris in place of
年月日), then a separator and the year's last day ('12月31日', '12.31', '12/31'), its year the same where it is written
again. A period written in Chinese numerals ('二〇二一年一月一日至十二月三十一日') or whose year a scan misread ('202l年',
'2O21年') is read as its figures first, and a period spaced out character by character as written whole. The strict
form ('YEAR年1月1日') is ``told_years.statistics_year``'s own; the loose one is asked only where that finds none.
"""

from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d{2}"
_PERIOD_WORD = r"统计(?:期限|时限|时段|时间|周期|区间)|数据(?:统计)?(?:期限|时限|时间|区间)"
_SEPARATOR = r"(?:至|到|止|—|–|－|-|~|～|——)"
# the period's word, up to 12 characters of its verb ('为', '自', '是从'), the year, its first day as the page writes it,
# a separator, the last day's year maybe written again, then 12 and 31 with at most a few marks between
_LOOSE_PERIOD = re.compile(rf"(?:{_PERIOD_WORD})[^。；;\d]{{0,12}}(?P<year>{_YEAR})(?!\d)[^。；;至到止~～]{{0,14}}?{_SEPARATOR}"
                           rf"[^。；;\d]{{0,4}}(?:(?P<end>{_YEAR})(?!\d))?[^。；;\d]{{0,6}}12[^。；;\d]{{1,4}}31(?!\d)")
# the separator itself mangled with the marks ('2021骞?1鏈?1鏃ヨ嚦2021骞?12鏈?31鏃'): the year written twice, 1 1 after the
# first and 12 31 after the second
_TWICE_PERIOD = re.compile(rf"(?:{_PERIOD_WORD})[^。；;\d]{{0,12}}(?P<year>{_YEAR})(?!\d)[^。；;\d]{{0,4}}0?1[^。；;\d]{{1,4}}0?1"
                           rf"(?!\d)[^。；;\d]{{0,8}}(?P<end>{_YEAR})(?!\d)[^。；;\d]{{0,4}}12[^。；;\d]{{1,4}}31(?!\d)")
# the months only ('统计期限为2021年1-12月', '2021年1月至12月')
_MONTHS_PERIOD = re.compile(rf"(?:{_PERIOD_WORD})[^。；;\d]{{0,12}}(?P<year>{_YEAR})\s*年\s*0?1\s*月?\s*{_SEPARATOR}\s*12\s*月"
                            r"(?P<end>)")
# the period's first day in the strict form, once the text is read as figures
_FIRST_DAY = re.compile(rf"(?:{_PERIOD_WORD})[^。；;\d]{{0,12}}(?P<year>{_YEAR})\s*年\s*0?1\s*月\s*0?1\s*日(?P<end>)")
_ROOM = 3000

_HAN_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
_HAN_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}(?=\s*年)")
_HAN_DAYS = ((re.compile(r"(?<![\d十])十二(?=\s*月)"), "12"), (re.compile(r"三十一(?=\s*日)"), "31"),
             (re.compile(r"(?<![\d十二])一(?=\s*[月日])"), "1"))
# a year a scan misread: a letter l, I or | for 1, O or o for 0, among its figures, 年 after it
_MISREAD_YEAR = re.compile(r"(?<![A-Za-z\d])[12lI|][09OoＯ][0-9lI|Oo]{2}(?=\s*年)")
_MISREAD = str.maketrans("lI|OoＯ", "111000")


def _as_figures(text: str) -> str:
    """``text`` with the years and days of a period in Chinese numerals, and the years a scan misread, as figures; its
    whitespace taken out (a converter's spaces between characters: '2 0 2 1 年 1 月 1 日')."""
    text = re.sub(r"\s+", "", text)
    text = _HAN_YEAR.sub(lambda m: m.group(0).translate(_HAN_DIGITS), text)
    for pattern, figures in _HAN_DAYS:
        text = pattern.sub(figures, text)
    return _MISREAD_YEAR.sub(lambda m: m.group(0).translate(_MISREAD), text)


def loose_period_year(text: str) -> int | None:
    """The year of a statistics period written loosely (see the module's docstring), or None. A period whose last day
    falls in another year than its first ('2020年7月1日至2021年12月31日') covers no one calendar year: None."""
    head = _as_figures(text[:_ROOM])
    for pattern in (_FIRST_DAY, _LOOSE_PERIOD, _TWICE_PERIOD, _MONTHS_PERIOD):
        for m in pattern.finditer(head):
            if not m.group("end") or m.group("end") == m.group("year"):
                return int(m.group("year"))
    return None


def title_year_overruled(period: int | None, told: int | None) -> bool:
    """Whether the title's year gives way to the statistics period's (``period``): the overview's own year (``told``)
    agrees with the period. Two statements the body wrote outweigh one a mirror may have retyped; where they agree with
    the title nothing is overruled, and a period alone (maybe last year's, left in a template) never overrules it."""
    return period is not None and period == told
