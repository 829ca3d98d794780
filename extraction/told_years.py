"""The years a report's own words tell: its statistics period ('统计期限为2023年1月1日至…'), a school's academic year,
the first heading's year, the year its overview's narrative opens on and the one year an untitled overview names.
Which of them is the report's year, and in what order they are trusted, is ``report_year``'s and ``stated``'s."""

from __future__ import annotations

import re

from nianbao.extraction.layout import Layout
from nianbao.extraction.metadata import YEAR
from nianbao.extraction.report_year import loose_period_year

_PERIOD = re.compile(rf"(?<!\d)({YEAR})\s*年?\s*0?1\s*月\s*0?1\s*日")

# The same period in a mirror's English translation of the report ('from January 1 , 2017 to December 31 , 2017').
_PERIOD_EN = re.compile(rf"January\s+1\s*,\s*({YEAR})\s+to\s+December\s+31\s*,\s*\1")


def statistics_year(text: str) -> int | None:
    """The year the report's statistics period covers ('统计期限为2023年1月1日至…', or its English translation)."""
    m = _PERIOD.search(text) or _PERIOD_EN.search(text)
    return int(m.group(1)) if m else loose_period_year(text)  # written loosely or garbled: '2021.1.1-2021.12.31'


# The academic year a school's report covers, by its name ('2022-2023学年', '2023—2024学年度') or its period
# ('2022年9月1日起至2023年8月31日止', a crawler's '202291日起，至2023831日止' dropped its 年月日 marks).
_ACADEMIC_END = re.compile(rf"{YEAR}\s*[—\-–－~～至到]\s*({YEAR})\s*学年"
                           rf"|{YEAR}\s*年?\s*0?9\s*月?\s*0?1\s*日?\s*起?\s*[，,]?\s*[至到—\-–－~～]\s*({YEAR})\s*年?\s*0?8\s*月?\s*31\s*日")


def academic_year_end(head: str) -> int | None:
    """The calendar year in which the academic year a school's report covers ends ('2022-2023学年' → 2023), read
    from the report's opening; None where it names no academic year."""
    m = _ACADEMIC_END.search(head[:1500])
    return int(m.group(1) or m.group(2)) if m else None


# The year the first part's heading names as the year of the work it tells of ('一、2016年度政府信息公开工作基本情况',
# '一、2017年政府信息公开工作概述'): an old report's overview heading, its text (which leaves headings out) naming none.
_HEADING_YEAR = re.compile(rf"^\s*(?:一\s*[、.．]|[（(]一[)）])\s*({YEAR})\s*年度?(?:[我本][^\s，,。\d]{{1,3}}?)?(?:的)?"
                           r"(?:政府信息公开|政务公开|信息公开)(?:工作|概述|(?:的)?(?:基本|总体|开展)?情况)")


def heading_year(layout: Layout) -> int | None:
    """The year the report's first section heading names as its year of 公开 work, or None."""
    heading = next((s.heading for s in layout.sections if s.heading), None)
    m = _HEADING_YEAR.match(heading) if heading else None
    return int(m.group(1)) if m else None


# The year the overview's narrative tells of: a sentence opening '2024年，…' / '2024年以来，…' / '2022年度，
# 我镇…' / '2019年度街道受理…', or '截至2023年12月31日'. Read only where nothing else states the year.
_NARRATIVE_YEAR = re.compile(
    rf"(?:^|[\n。；;）)])[\s?？\ufffd]*(?:[（(][一二三四五六七八九十\d]{{1,2}}[)）][^。\n]{{0,16}}?[。：:]\s*)?"
    rf"(?P<year>{YEAR})\s*年度?(?:以来)?\s*(?:[，,]|(?=[我本](?:局|委|办|厅|镇|乡|街道|街办|处|社区|区|县|市|部|中心))"
    # a township's items naming it by its kind: '2019年度街道受理信息公开申请0件', '2020年镇未发生…'
    r"|(?=(?:街道|社区|镇|乡)(?:共|未|受理|发生|办理|收到|主动)))"
    # (a paragraph opening on the year without its 年: '2025，某局以条例为遵循…' — a typo of the overview's opening)
    rf"|(?:^|\n)[ \t\u3000]*(?P<bare>{YEAR})\s*[，,](?=[\u4e00-\u9fff])"
    rf"|截[止至](?P<end>{YEAR})\s*年\s*(?:12\s*月\s*31\s*日|底)"
    # the year an untitled report's opening says it accounts for: '…等六个方面汇报我镇2023年政府信息公开工作',
    # an old report's '2008年主要工作情况如下'
    rf"|(?:汇报|报告|介绍)(?:我|本)[^\s，,。；;\d]{{1,4}}?(?P<told>{YEAR})\s*年度?(?:的)?(?:政府信息公开|政务公开|信息公开)工作"
    rf"|(?P<old>{YEAR})\s*年度?(?:主要)?工作情况(?:报告)?如下"
    # an old report's figures told with their year where a repost kept no title ('…编目，2011年新增主动公开政府信息53019条')
    rf"|(?:^|[\n。；;，,])[ \t\u3000]*(?P<figures>{YEAR})\s*年度?(?:全年)?(?:共|新增|累计)?(?:主动公开|受理|收到)[^。，,\n]{{0,16}}?\d+\s*[条件]"
    # a line opening on the year's disclosure work of a place: '2021年某区政务公开工作在区委…的领导下' (not the
    # report's name: '2016年政府信息公开工作年度报告展示平台')
    rf"|(?:^|\n)[ \t\u3000]*(?P<work>{YEAR})\s*年度?[^\s，,。；;：:\d]{{1,10}}?(?:省|市|区|县|镇|乡|旗|州|街道|苏木)"
    r"(?:人民政府|政府)?(?:政府信息公开|政务公开|政务信息公开|信息公开)工作"
)


def narrative_year(head: str) -> int | None:
    """The year the overview's narrative opens on ('2024年，某街道…'); where its sentences name several
    years, the one they name most (the first of equals)."""
    years = [int(m.group("year") or m.group("bare") or m.group("end") or m.group("told") or m.group("old")
                 or m.group("work") or m.group("figures"))
             for m in _NARRATIVE_YEAR.finditer(head[:2000])]
    if not years:
        return None
    return max(dict.fromkeys(years), key=years.count)


# A year the overview's sentences name ('…，2022年共删减5项…'), not inside a title (《2024年某工作报告》), a
# document number (〔2024〕) or a date ('2025年1月'), which may be the day the report was signed.
_YEAR_NAMED = re.compile(rf"(?<![\d〔\[])({YEAR})\s*年(?!\s*\d{{1,2}}\s*月)")
# (nor a report's name, which the overview may cite for last year: '…及2018年度信息公开工作报告', '发布2019年政府信息
# 公开年度报告' (not '现将我局2022年政府信息公开年度报告编制…情况报告如下', the page's own); nor the year a
# figure is compared with: '较2020年增加1件', '比2019年度减少'; nor the year the body was founded or reorganised, its
# history not its year's work: '为2018年机构改革新组建机构', '成立于2018年', '2018年新组建' — the 2018 reform made
# the 医保局, 应急管理局, 退役军人事务局 and more, whose first reports tell it beside the year they cover)
_NOT_OF_YEAR = re.compile(r"《[^《》]*》|〔[^〔〕]*〕|\[[^\[\]]*\]|"
                          rf"{YEAR}\s*年(?:党和国家|党政|政府)?(?:机构改革|机构调整)|"
                          rf"(?:成立|组建|设立|挂牌)于\s*{YEAR}\s*年|{YEAR}\s*年(?:新)?(?:成立|组建|挂牌)|"
                          rf"{YEAR}\s*年度?(?:政府信息公开|政务公开|信息公开)工作(?:年度)?报告|"
                          rf"(?<![现特])(?:发布|公布)了?\s*{YEAR}\s*年度?(?:政府信息公开|政务公开|信息公开)年度报告|"
                          rf"(?:较|比|同比|相比)\s*(?:上年|去年)?\s*{YEAR}\s*年度?")


def overview_year(head: str) -> int | None:
    """The one year the overview's sentences name, where they name one only; read only where nothing else
    on the page (a title, a preamble, the period, an opening '2024年，…') states the year of an untitled page."""
    years = {int(m.group(1)) for m in _YEAR_NAMED.finditer(_NOT_OF_YEAR.sub("", head[:2000]))}
    return years.pop() if len(years) == 1 else None
