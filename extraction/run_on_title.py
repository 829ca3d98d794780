"""The body a crawler's one-line page names in its title, where the layout could take no title: the page's lines
run together ('首页 > 通知公告 > 正文某学院2023-2024学年信息公开工作年度报告发布时间:…'), the title sits inside
the run, between the portal's frame and the date or preamble after it. The title is the first report's name in the
run's opening — a name, a year (a calendar year or a school's academic year) and the report's words — and its
body is the name before the year, read from the last break of the frame (a space, a breadcrumb's arrow, a colon)
and cut after the frame's own words run into its front ('正文', '信息公开年报', '语音朗读'; the closed set of
``frame_words``).

Two more shapes of the same title: a title naming no body with the school's name run on right after it and the
date in brackets (the lines '…年度报告' / '某大学' / '(某年某月某日)' joined), and a title the layout did take but
with the frame before it ('某网站 返回首页 2017年某局…报告': ``title_past_frame``).

A name is taken only where, so cut, it is a plausible body named by its place, a school, or a public enterprise
publishing its own report; a name the frame leaves in doubt is no statement (a wrong name is worse than none)."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.enterprises import is_enterprise_publisher
from nianbao.extraction.frame_words import after_frame, strip_frame
from nianbao.extraction.metadata import ACADEMIC_YEAR, YEAR, parse_title, plausible_agency

# A run's first line this long or longer is a crawler's one line, no title line of its own.
_ONE_LINE = 200
# How far into the run the title stands (the frame before it: chrome, breadcrumb, a metadata block).
_OPENING = 400
# A school's two years written without 学 ('2013—2014年度'), as a school's title writes them.
_TWO_YEARS = rf"{YEAR}\s*[—\-–－~～至到]\s*{YEAR}\s*年度?"
# The title in the run: the name (no break, digit or sentence mark in it), the year, the report's words.
_TITLE = re.compile(
    rf"(?P<name>[^\s，,。；;：:、《》“”\"'<>＞»›|｜\[\]【】()（）\d]{{2,60}}?)\s*(?:关于)?\s*"
    rf"(?:{ACADEMIC_YEAR}|{_TWO_YEARS}|{YEAR}\s*年?度?)\s*"
    r"(?:政府|政务|校务)?信息公开[^\s，,。；;:：]{0,8}?(?:报告|年报)")
# A title stands after the frame, never inside a sentence: a report's name after a comma or with a sentence's
# verb before it is the preamble's ('…，现将学院2022年度信息公开工作报告如下').
_IN_SENTENCE = re.compile(r"[，,。；;、《“「]\s*$")
# The report opens on its title: a sentence's end before it says the run is already in the report's prose, where a
# report's name is a citation ('根据…及《某办公室关于2022年…报告的通知》').
_PROSE_BEFORE = re.compile(r"[。！？]")
# A title naming no body with the school's name right after it, then the date it was issued in brackets or the
# preamble's lead ('2020年度信息公开工作年度报告 某农业大学 (2020年10月30日) 按照…'): a school's title over its
# name, as ``schools.school_below_title`` reads it on lines, run onto one line.
_SCHOOL_BELOW = re.compile(
    rf"(?<!\d){YEAR}\s*(?:年度?)?\s*(?:校务|政务)?信息公开(?:工作)?(?:年度)?(?:报告|年报)\s*"
    rf"(?P<name>[^\s，,。；;：:、《》“”()（）\d]{{2,28}}?(?:大学|学院|学校|中学|小学|幼儿园))\s*"
    rf"(?:[（(]\s*{YEAR}\s*年|按照|根据|依据)")
# A school's name, which ends on its kind.
_SCHOOL = re.compile(r"(?:大学|学院|学校|中学|小学|二中|一中|三中|幼儿园)$")


# A cut that leaves a date's words at the name's front ('年度某大学' of a column '2023年…公开年度'): no name.
_DATE_WORD = re.compile(r"^[年度月日]")


def names_a_publisher(name: str) -> bool:
    """True for a name that may publish a report: a plausible body named by its place, a school (a name ending on
    its kind, opening on a province, city or county: '第三中学' alone is a mirror's cut, no school's whole name), or a
    public enterprise (``enterprises.is_enterprise_publisher``)."""
    if _DATE_WORD.match(name):
        return False
    if _SCHOOL.search(name):  # (``plausible_agency`` takes any short name ending on 学校: a menu's '…指南学校' too)
        return _opens_on_division(name) and plausible_agency(name)
    return plausible_agency(name, place_only=True) or is_enterprise_publisher(name)


def _opens_on_division(name: str) -> bool:
    lead = places.match_at(name, 0, bare=True)
    return bool(lead) and any(p.level in ("provincial", "prefectural", "county") for p in lead.places)


def run_on_title_body(text: str) -> str | None:
    """The body the title inside a one-line page's opening names (see the module), or None where the page's first
    line is no crawler's run or its title names no body the frame leaves clear."""
    first = text.lstrip().split("\n", 1)[0]
    if len(first) < _ONE_LINE:
        return None
    m = next((m for m in _TITLE.finditer(first, 0, _OPENING + 120) if not _IN_SENTENCE.search(first, 0, m.start())), None)
    if m and m.start("name") <= _OPENING and not _PROSE_BEFORE.search(first, 0, m.start()) and (
            publisher := publisher_after_frame(m.group("name"))):
        return publisher
    below = _SCHOOL_BELOW.search(first, 0, _OPENING + 120)  # the line form's school under a title naming none
    if below and not _PROSE_BEFORE.search(first, 0, below.start()) and names_a_publisher(below.group("name")):
        return below.group("name")
    return None


def publisher_after_frame(name: str) -> str | None:
    """The publisher ``name`` names once the portal's frame run into its front is cut off (after the frame's last
    break, then after its words: '首页 > 正文某学院' → '某学院', '语音朗读某市建设集团' → '某市建设集团'); None where
    what is left is no publisher (``names_a_publisher``) or, uncut, may still carry a frame the closed set lacks."""
    last = re.split(r"[>＞»›\s:：|｜]+", name.strip())[-1]
    name = last or name
    for cut in (after_frame(name, names_a_publisher), strip_frame(name)):
        if cut and cut != name and names_a_publisher(cut):
            return cut
    # a school or an enterprise, named by the place's short name ('某地职业学院'), stands after a break as it is
    whole = places.opens_with_place(name) or (_SCHOOL.search(name) and _opens_on_division(name)) or is_enterprise_publisher(name)
    return name if whole and names_a_publisher(name) else None


# The breaks a portal's frame leaves between its pieces on a one-line page: a space, a breadcrumb's arrow, a colon.
_ASIDE = re.compile(r"[（(][^（）()]*[）)]")
_BREAK = re.compile(r"\s*[>＞»›|｜:：]\s*|\s+")


def title_past_frame(title: str) -> str:
    """A title the layout took with the frame before it ('某市政府门户网站 返回首页 2017年某局政府信息公开…报告',
    '首页 > 年报 > 街道 2018年某街道办事处…报告'), from the break where the report's own name begins: the shortest
    tail after a break that ``parse_title`` reads a publisher and a year in; the title as it is where none."""
    cuts = [m.end() for m in _BREAK.finditer(title)]
    for cut in reversed(cuts):
        tail = re.sub(r"\s+", "", title[cut:])  # (a name spaced from the report's words: '某委员会 政府信息公开…')
        agency, year = parse_title(tail)
        bare = _ASIDE.sub("", agency or "")  # a body's second name in brackets is no part of its own
        if agency and year and bare and (publisher_after_frame(bare) == bare or plausible_agency(bare, place_only=True)):
            return tail
    return title
