"""A school's or university's name where its report over an academic year states it outside a title the
layout could read: a one-line crawler text opening '某大学2015-2016学年度 信息公开工作年度报告 根据…', the
compiling sentence '现编制2018-2019学年某大学信息公开工作年度报告', a title with its year but no body and the
school's name alone on the line below ('2020年度信息公开工作年度报告' / '某农业大学'), and a page calling itself
only 我校/本校/学校 that names the school in its own rules' or charter's title ('按照《某大学校务公开实施细则》',
'修订《某大学章程》') or in the
alias it gives itself ('某大学（以下简称“学校”）').

A name is taken only where it ends on a school's kind (大学, 学院, 学校, 中学, 小学, 幼儿园) and is no generic
word ('高等学校', '高校'); from a rules title or an alias only where the page calls itself by a school's
self-word and names one school so — two different schools named so, and none is taken (a wrong name is worse
than none)."""

from __future__ import annotations

import re

from nianbao.extraction.metadata import ACADEMIC_YEAR, YEAR, plausible_agency
from nianbao.extraction.statement import Statement

# The kinds a school's name ends on.
KIND = r"(?:大学|学院|学校|中学|小学|幼儿园)"
# A school's name: no sentence punctuation, brackets or digits; ends on its kind.
NAME = rf"[^\s，,。；;：:、《》〈〉<>“”\"'（）()\d]{{2,28}}?{KIND}"
# Generic words for schools, and a sentence's words before a name, which no school's name opens with.
_NOT_A_NAME = re.compile(r"^(?:高等|高校|普通|全国|各|本|我|该|全|现|按照|根据|依据|关于|以及|学校)")
_REPORT = r"(?:信息公开|校务公开|政务公开)"
# A school's year: an academic year, or the same two years written '2013—2014年度' (no 学) by a school.
_SCHOOL_YEAR = rf"(?:{ACADEMIC_YEAR}|{YEAR}\s*[—\-–－~～至到]\s*{YEAR}\s*年度)"
# '现编制2018-2019学年某大学信息公开工作年度报告', '2015-2016学年某学院信息公开…': the academic year, then the school.
_YEAR_THEN_SCHOOL = re.compile(rf"{_SCHOOL_YEAR}\s*(?P<name>{NAME})\s*{_REPORT}")
# '某大学2015-2016学年度 信息公开工作年度报告' at a line's start (a crawler's one-line text or a title line), or after
# the verb of the sentence saying whose year's work the report tells ('根据某大学2018-2019学年信息公开工作执行情况编制').
_SCHOOL_THEN_YEAR = re.compile(
    rf"(?:^|\n|根据|结合|围绕|依据|编制了?|形成了?|发布了?)\s*(?:关于)?(?P<name>{NAME})\s*(?:关于)?\s*{_SCHOOL_YEAR}\s*{_REPORT}")
# How a school's page calls itself (a 学院 by its own kind: 我院, 本院, 学院).
SELF = re.compile(r"我校|本校|学校|我院|本院|(?<![\u4e00-\u9fff])学院")
# The school's own rules, cited or made: '《某大学校务公开实施细则》', '《某学院信息公开管理办法》'.
_OWN_RULES = re.compile(
    rf"《\s*(?P<name>{NAME})\s*(?:信息公开|校务公开|政务公开|党务公开|信息与校务公开)[^《》]{{0,12}}"
    r"(?:办法|细则|规定|制度|规程|实施方案|目录|指南|清单)\s*(?:[（(][^（）()《》]{1,6}[)）])?\s*》")  # ('…办法（试行）》')
# The school's charter, which only the school itself revises or keeps to: '《某大学章程》'.
_CHARTER = re.compile(rf"《\s*(?P<name>{NAME})\s*章程\s*》")
# The alias a school gives itself: '某大学（以下简称“学校”）'.
_ALIAS = re.compile(rf"(?P<name>{NAME})\s*[（(]\s*以下简称\s*[“\"'「]?\s*(?:学校|我校|本校|学院|我院|本院)")
# The school's own office as the page's contact desk: '请联系某学院党政办公室', '请与某大学校长办公室联系'.
_DESK = re.compile(rf"(?:联系|请与|可与|咨询)\s*[:：]?\s*(?P<name>{NAME})(?:党政|党委|院长|校长|院|校)?办公室")
# A title's line with its year but no body: the school's name alone stands on one of the lines after it.
_NAME_LINE = re.compile(rf"^(?P<name>{NAME})$")


# An academy is no school, though its name ends on 学院 ('中国科学院'): an institute under it cites its rules.
_ACADEMY = re.compile(r"科学院$")


def school_name(name: str) -> str | None:
    """The school's name as a matched span reads it (spaces dropped), or None where the span is a generic word, a
    sentence's words before a name, an academy or no plausible body."""
    name = re.sub(r"\s+", "", name)
    if _NOT_A_NAME.match(name) or _ACADEMY.search(name) or not plausible_agency(name):
        return None
    return name


def stated_school(head: str) -> str | None:
    """The school a report's opening names with its academic year ('现编制2018-2019学年某大学信息公开…', a line
    '某大学2015-2016学年度 信息公开…'): the first such name, or None."""
    found = [(m.start(), m.group("name")) for p in (_YEAR_THEN_SCHOOL, _SCHOOL_THEN_YEAR) for m in p.finditer(head)]
    for _, raw in sorted(found):
        if name := school_name(raw):
            return name
    return None


def school_below_title(lines: list[str], title: str) -> str | None:
    """The school named alone on one of the two lines (of ``lines``, the page's first blocks) after a title
    that names no body ('2020年度信息公开工作年度报告' / '某农业大学' / '(2020年10月30日)'), or None."""
    compact = [re.sub(r"\s+", "", ln) for block in lines for ln in block.splitlines() if ln.strip()]
    key = re.sub(r"\s+", "", title)
    if key not in compact:
        return None
    at = compact.index(key)
    for line in compact[at + 1:at + 3]:
        m = _NAME_LINE.match(line)
        if m and (name := school_name(m.group("name"))):
            return name
    return None


def self_named_school(head: str) -> str | None:
    """The one school a page calling itself 我校/本校/学校 (a 学院: 我院/本院/学院) names in its own rules' or charter's
    title, in the alias it gives itself or as its contact desk's ('请联系某学院办公室'); None where it names none or
    two different ones."""
    if not SELF.search(head):
        return None
    found = {name for p in (_ALIAS, _OWN_RULES, _CHARTER, _DESK) for m in p.finditer(head) if (name := school_name(m.group("name")))}
    return found.pop() if len(found) == 1 else None


def school_statements(title: str | None, lines: list[str], head: str) -> list[Statement]:
    """The agency statements a school's page makes as this module reads them: below its title (source
    'title'), in its opening (source 'preamble'), by its rules or alias (source 'narrative')."""
    out: list[Statement] = []
    if title and (below := school_below_title(lines, title)):
        out.append(Statement("agency", below, "title"))
    if named := stated_school(head):
        out.append(Statement("agency", named, "preamble"))
    if own := self_named_school(head):
        out.append(Statement("agency", own, "narrative"))
    return out
