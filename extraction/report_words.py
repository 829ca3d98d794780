"""Words by which a page's text shows what it is, weighed in more than one place of report detection: a
report's sentences about itself, a summary's or self-assessment's words, a portal's date line, the statement of the
period a report's figures cover; and the room a lead paragraph may take.
"""

from __future__ import annotations

import re


def compact(text: str | None) -> str:
    """``text`` with all whitespace taken out (None as empty)."""
    return re.sub(r"\s+", "", text or "")


# The report's own sentences about itself ('编制本报告', '编制完成本报告', '本报告由…组成' …).
_SELF = re.compile(
    r"(?:编制|制作|编写|撰写|发布|公布|公开|形成)(?:了)?(?:完成了?)?本(?:年度)?(?:报告|年报)|本(?:年度|工作)?报告(?:由|是|系|根据|依据|按照|中所列|所列|共|包括|全文)|"
    # ('现将全年政府信息公开年度报告编制如下': the report said made, not told)
    r"(?:现将|现就)[^。]{0,30}(?:工作|年度)?(?:报告|年报)(?:编制|公布|发布)?如下|年度报告(?:电子版|中所列)|"
    # a university's preamble listing its parts, then what they make: '现将学校…的工作举措、主动公开情况…形成信息公开工作报告'
    r"现将[^。]{0,240}?形成(?:了)?(?:本学年|本年度)?(?:信息公开|政务公开|政府信息公开)(?:工作)?(?:年度)?(?:报告|年报)|"
    # the old format's preamble naming itself in brackets and published now ('…编制了《2012年政府信息公开工作年度
    # 报告》，现予以公布'): a notice or news item says it was published, never 现予公布
    r"(?:编制|编写|制作|形成)了?《[^》]{0,40}?(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开|信息公开)[^》]{0,10}?"
    r"(?:年度报告|工作报告|年报)》[,，、\s]*(?:现予以|现予|现|特)(?:公布|发布)|"
    # '本年报根据《条例》…编制', '本年度报告可在某网站下载': a report calling itself 年报, or saying where it is
    r"本年报(?:根据|依据|是|由|中|所列)|本(?:年度)?(?:报告|年报)(?:的电子版)?可(?:在|从|于)|"
    # its contact line, maybe all a cut page keeps above 一、总体情况: '如对本报告有任何疑问，请联系：…'
    r"(?:如|若|如果)您?对本?(?:年度)?(?:报告|年报)[^。]{0,8}?(?:疑问|疑义|意见|问题)|"
    # the preamble's period of its own data, the 本 dropped: '报告统计数据时间为…', '报告所列数据的统计期限…'
    r"(?<![的在与和])报告(?:中)?(?:所列|统计)?(?:的)?数据(?:的)?(?:统计)?(?:期限|时间|时限|时段|周期|区间)"
)
# Fainter words of a report about itself, weighed where none of those is found: '某镇人民政府根据…编制2025年度
# 报告' (the report named by its year alone); the 2021 format's parts listed in their order ('报告包含总体情况、主动
# 公开政府信息情况、收到和处理政府信息公开申请情况…').
_SELF_FAINT = re.compile(r"(?:编制|发布|公布)(?:了)?(?:19|20)\d{2}\s*年度(?:报告|年报)|"
                         r"总体情况[、，,和及]主动公开政府信息(?:的)?情况[、，,和及]收到和处理政府信息公开申请")


# '现将…X工作情况报告如下' naming other work than disclosure ('法治政府建设工作情况'): another kind of year's report.
_OTHER_WORK = re.compile(r"(?:建设|工作)(?:情况)?(?:报告|年报)(?:编制|公布|发布)?如下")


def speaks_of_itself(text: str) -> re.Match[str] | None:
    """The first words of ``text`` in which a report speaks of itself (``_SELF``, else ``_SELF_FAINT``), past
    words that report on other work than disclosure."""
    own = (m for m in _SELF.finditer(text) if "公开" in m.group(0)
           or (not _OTHER_WORK.search(m.group(0)) and (not m.group(0).startswith(("现将", "现就")) or _of_disclosure(text, m))))
    return next(own, None) or _SELF_FAINT.search(text)


def _of_disclosure(text: str, m: re.Match[str]) -> bool:
    """Whether the sentence '…现将有关情况报告如下' ends speaks of disclosure: any year's account of work says it so
    (a 法治政府建设 report, a 工作总结), a disclosure report's sentence names its 公开 work."""
    start = max(text.rfind(end, 0, m.start()) for end in "。！？!?\n") + 1
    return "公开" in text[start:m.end()]


# A portal's date widget on a line of its own ('2019年12月3日星期二'): no title.
DATE_LINE = re.compile(r"(?:今天是[:：]?)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?")
# The period a report's figures cover ('统计期限…', '1月1日至12月31日').
PERIOD = re.compile(r"统计(?:期限|时限|时段|时间|周期)|1月1日(?:起)?(?:至|到|—|-)[^。]{0,12}12月31日")
# The academic year a school's disclosure report counts its figures over, from 9月1日 to the next 8月31日 ('数据统计
# 时间为2021年9月1日至2022年8月31日'): the 高等学校信息公开办法's report, which no notice or 总结 states so.
ACADEMIC_PERIOD = re.compile(r"(?:19|20)\d{2}年9月1日\s*(?:至|到|—|－|-|–|~|～)\s*(?:19|20)\d{2}年8月31日")
# A 总结, a self-assessment or a 述职: what a year's account that reads like a report calls itself.
SUMMARY = re.compile(r"总结|自查|自评|述职")
LEAD_ROOM = 400  # characters a lead paragraph above the overview (or the first heading) may take
