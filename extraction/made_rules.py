"""The body a page calls only by its kind (我局, 本局, 我委) and names in full only as the maker of its own
disclosure rules or plans: '制定了《某市气象局政府信息公开实施办法》', '出台了某县水利局政务公开暂行规定', '制定印发了
2014年某局政府信息公开工作实施方案', '修改完善了《某县某局政府信息与政务公开工作制度》' — or, failing those, only as the
owner of the website it published on ('在某市某局网站首页设置公开专栏') or of its column on its government's portal
('更新门户网站中某区某局栏目'); and a body named only as the issuer of its own
plan for the report's year ('印发《某高新区2024年政务公开工作要点》', ``own_plan_body``).

A rules title a page only cites ('根据《某省气象局政务公开办法》', '按照《某市某局保密制度》') may be its parent's or
its city's, so only a title the page says it made counts (制定, 编制, 出台, 印发, 修订 …). The body must be of
the kind the page calls itself most (…局 for 我局, …委 or …委员会 for 我委, …街道 for 我街), open with a real place (the gazetteer)
or be a national body, and be the only body of that kind the page says it made rules for; else none — a wrong
name is worse than none."""

from __future__ import annotations

import re
from collections import Counter

from nianbao.core.places import opens_with_place
from nianbao.extraction.metadata import GENERIC_ZONE, YEAR, plausible_agency

# How the page calls its own body by its kind: '我局', '本局', '我委', '我街' (a 街道: '我街道', '本街道').
_SELF_KIND = re.compile(r"[我本](局|委|厅|中心|街|镇|乡)")
# The endings a body of each kind has (a township's rules are named by the township alone: '《某街道…工作方案》').
_KIND_ENDS = {"局": ("局",), "委": ("委", "委员会"), "厅": ("厅",), "中心": ("中心",),
              "街": ("街道", "街道办事处"), "镇": ("镇", "镇人民政府", "镇政府"), "乡": ("乡", "乡人民政府", "乡政府")}
_TOWNSHIP = ("街", "镇", "乡")
# A verb of making, then the title of the body's own rules or plan ('《'/'“' optional, a year perhaps first).
_MADE = re.compile(
    r"(?:制定|编制|出台|印发|修订|修改|起草)(?:印发|出台|完善)?(?:了)?\s*[《“]?\s*(?:(?:19|20)\d{2}\s*年度?)?"
    r"(?P<body>[^《》“”\s，,。；;、：:\d]{4,30}?)(?:政府信息公开|政务公开|政务信息公开|政府信息与政务公开|政府信息依申请公开|信息公开)"
)
# The body's own website, where the page says it published ('在某市某局网站首页设置公开专栏', '通过某市某局门户网站发布').
_OWN_SITE = re.compile(r"(?:在|通过|依托|利用)\s*(?P<body>[^《》“”\s，,。；;、：:\d（）()]{4,30}?)(?:门户|官方)?(?:网站|官网)")
# Or the body's own column on its government's portal ('更新政府门户网站中某区某局栏目各类信息').
_OWN_COLUMN = re.compile(r"(?:网站|门户网)(?:中|上|的)\s*(?P<body>[^《》“”\s，,。；;、：:\d（）()]{4,30}?)(?:栏目|专栏)")
_NATIONAL = re.compile(r"^(?:国家|国务院|中国)")


def made_rules_body(head: str) -> str | None:
    """The one body of the page's own kind whose disclosure rules ``head`` says the page made, or None."""
    said = Counter(m.group(1) for m in _SELF_KIND.finditer(head))
    if not said:
        return None
    (kind, count), *others = said.most_common()
    if others and others[0][1] == count:
        return None  # 我局 as often as 我委: which kind the page is, it does not say
    ends = _KIND_ENDS[kind]
    found = {m.group("body") for m in _MADE.finditer(head)
             if m.group("body").endswith(ends) and plausible_agency(m.group("body"), place_only=kind in _TOWNSHIP)
             and (opens_with_place(m.group("body")) or _NATIONAL.match(m.group("body")))}
    if not found:  # named in full only as the owner of the website it published on
        found = {m.group("body") for m in [*_OWN_SITE.finditer(head), *_OWN_COLUMN.finditer(head)]
                 if m.group("body").endswith(ends) and plausible_agency(m.group("body"))
                 and opens_with_place(m.group("body"))}
    return found.pop() if len(found) == 1 else None


# The body's own plan for the report's year, which it says it issued: '印发《某高新区2024年政务公开工作要点及责任分工》'
# (a plan it only follows is cited with 按照, 根据, 落实: its superior's).
_OWN_PLAN = re.compile(
    rf"(?:制定|印发|出台|编制)(?:印发|出台)?(?:了)?\s*《\s*(?P<body>[^《》“”\s，,。；;、：:\d]{{2,30}}?)\s*(?P<year>{YEAR})\s*年度?"
    r"(?:政府信息公开|政务公开|政务信息公开|信息公开)(?:工作)?要点")
_NOT_A_NAME = re.compile(r"^[全本我该各此辖]")


def own_plan_body(head: str, year: int | None) -> str | None:
    """The one body whose disclosure plan for ``year`` (the report's) ``head`` says the page issued
    ('印发《某区2024年政务公开工作要点》'): a body, or a zone or place named with its name; None where none or
    several are, or the plan is another year's."""
    found = {m.group("body") for m in _OWN_PLAN.finditer(head)
             if year and int(m.group("year")) == year and not _NOT_A_NAME.match(m.group("body"))
             and not GENERIC_ZONE.match(m.group("body")) and plausible_agency(m.group("body"), place_only=True)}
    return found.pop() if len(found) == 1 else None


# The same plan named with its year first ('印发《2023年某区政务公开工作要点》') or after its body.
_PLAN_YEAR = re.compile(
    # (or the superior's plan for the year it carries out: '贯彻落实《2020年某区政务公开工作要点》' — its year too)
    rf"(?:制定|印发|出台|编制|贯彻落实)(?:印发|出台)?(?:了)?\s*《\s*[^《》。；;]{{0,30}}?(?P<year>{YEAR})\s*年度?[^《》。；;\d]{{0,30}}?"
    r"(?:政府信息公开|政务公开|政务信息公开|信息公开)(?:工作)?要点")


def own_plan_year(head: str) -> int | None:
    """The one year of the disclosure plans ``head`` says the page issued ('印发《2023年某区政务公开工作要点》'):
    a body issues its plan for the year it reports on, and carries out its superior's plan of that year
    ('贯彻落实《2020年某区政务公开工作要点》'); None where it names none or several years."""
    years = {int(m.group("year")) for m in _PLAN_YEAR.finditer(head)}
    return years.pop() if len(years) == 1 else None
