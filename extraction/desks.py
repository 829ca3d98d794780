"""The body a desk or office stands for: the government whose office (or public desk) a contact or preamble
sentence names, where the report is the government's own, and the department a page is where a sentence names
only its place. ``nianbao.extraction.bodies`` finds the names; ``nianbao.extraction.stated`` weighs them."""

from __future__ import annotations

import re

from nianbao.core.places import leading_places
from nianbao.extraction.metadata import place_names


# A government's own office: '某县人民政府办公室', '某市人民政府办公厅'.
_GOVERNMENT_OFFICE = re.compile(r"^(?P<government>.+?(?:人民政府|政府))(?:办公室|办公厅)$")
# A government's desk for the public that is no office of its own ('某市政府政务服务中心', '某县人民政府政务公开
# 办公室'): it stands for the government only where the overview's subject is that government or its place.
_GOVERNMENT_DESK = re.compile(r"^(?P<government>.+?(?:人民政府|政府))(?:政务服务中心|(?:政务|信息)公开(?:工作)?办公室)$")
# A 街道办事处's own office ('某区人民政府某街道办事处办公室'): it compiles the 办事处's report, where the page speaks
# as the 街道 (本街道, 我街道) — an office's own report speaks as the office.
_STREET_OFFICE = re.compile(r"^(?P<body>.+?街道办事处)(?:党政)?(?:办公室|综合办公室)$")
_AS_STREET = re.compile(r"[我本]街道?(?![办道]?办公室)")
# Words of a report about a whole government: '某县人民政府信息公开工作', '某县政务公开工作', the place's year
# of disclosure work as the place says it ('我县政府信息公开工作': 我县 and the 条例's term, not 我县政府 the body),
# and all its levels' bodies ('某县各级行政机关', '本市各级政府部门': an office reports on no level but its own), or
# all its districts' or departments' reports gathered.
# ('全县' is no sign: the office's own report counts the whole county's website too.)
_WHOLE_GOVERNMENT = (r"(?:{government}(?:信息公开|政务公开|政府信息公开)|{place}(?:人民)?政府(?:信息公开|政务公开)工作"
                     r"|我{suffix}(?:政府信息公开|政务公开)工作|我{suffix}(?!政府|人民政府|委|办)"
                     r"|(?:{place}|[本我]{suffix})各级(?:各部门|行政机关|政府部门|人民政府|政府)"
                     # compiled from the reports of all its districts or departments ('在汇总全市各区、县(市)和市政府各部门
                     # …工作情况基础上编制', '综合各乡镇、县直各部门年度报告编制')
                     r"|(?:汇总|综合)[^。；;]{{0,16}}?各(?:区|县|乡镇|乡|镇|街道|部门|盟市))")
# A place named by its kind alone ('自治区', '县'): no government of its own to stand for.
_GENERIC_GOVERNMENT = re.compile(r"自治区|自治州|自治县|自治旗|[省市区县州旗盟镇乡]")
# The office as the subject of a sentence: its own report ('2020年，某区人民政府办公室在…', '…办公厅坚持…').
_OFFICE_SUBJECT = r"{office}(?:在|坚持|认真|深入|严格|紧紧|始终|全面|持续|积极|进一步|扎实|围绕|按照|以习近平)"


# An autonomous county, prefecture or banner by its full name: its own name, then its peoples, then 自治县/州/旗
# (or its name is its people's: '东乡族自治县', short '东乡县').
_PEOPLES = r"(?:族|(?:[\u4e00-\u9fff]{1,5}?族)+)自治"


def same_autonomous_place(a: str, b: str) -> bool:
    """True where one name is an autonomous place's full name and the other its short form, as pages write
    them side by side ('某某傣族佤族自治县' for the government, '某某县' or '某某自治县' in the overview)."""
    for full, short in ((a, b), (b, a)):
        m = re.fullmatch(r"(?P<stem>[\u4e00-\u9fff]{2,5}?)(?:自治)?(?P<kind>县|州|旗)", short)
        if m and full != short and re.fullmatch(rf"{re.escape(m.group('stem'))}{_PEOPLES}{m.group('kind')}", full):
            return True
    return False


def government_of(office: str, head: str, subject: str | None) -> str:
    """The government a contact sentence's government office stands for, where the report is the
    government's own: a general government's report is compiled by its office, which the contact sentence
    names as the desk ('请与某县人民政府办公室联系'). The report is the government's where its overview's
    subject is the place or the government, or it speaks of the whole place ('全县', '某县人民政府信息公开
    工作', its narrative saying 我县 for the place); where the office is a sentence's subject ('2025年，某市
    人民政府办公厅坚持…') or nothing says so, the office stays: the office publishes a report of its own too.
    The same holds for the office a preamble says compiled the report (由某县人民政府办公室编制本报告), and for a
    街道办事处's office where the page speaks as the 街道 (本街道, 我街道): the 办事处's."""
    if (street := _STREET_OFFICE.match(office)) and _AS_STREET.search(head):
        return street.group("body")
    m = _GOVERNMENT_OFFICE.match(office)
    desk_only = not m and bool(m := _GOVERNMENT_DESK.match(office))
    compact = re.sub(r"\s+", "", head)
    if not m or subject == office or re.search(_OFFICE_SUBJECT.format(office=re.escape(office)), compact):
        return office
    government = m.group("government")
    place = "".join(place_names(government))
    if not place or _GENERIC_GOVERNMENT.fullmatch(place):  # '自治区人民政府办公厅': whose, another name says
        return office
    full = place + "人民政府"
    # the subject may name the place without its parents ('糯良乡始终…' for 某自治县糯良乡人民政府办公室)
    last = place_names(government)[-1]
    if (subject in (place, government, full, last, last + "人民政府", place + "政府", last + "政府")
            or (subject and same_autonomous_place(subject, place))
            # a real place ending the government's place ('某市某自治县' read as one by the pattern)
            or (subject and place.endswith(subject) and (lead := leading_places(subject)) and lead[-1].end == len(subject))):
        return government if government.endswith("人民政府") else full
    whole = _WHOLE_GOVERNMENT.format(government=re.escape(government), place=re.escape(place), suffix=place[-1])
    if subject is None and not desk_only and re.search(whole, compact):
        return government if government.endswith("人民政府") else full
    return office


# A page speaking as a department of a place, not its government: '我局', '本委'.
_AS_DEPARTMENT = re.compile(r"[我本](?:局|委)(?![员会])")
# (the government itself or any office of it: '某市人民政府信息公开工作办公室' is the government's desk)
_GOVERNMENT_BODY = re.compile(r"^(?:人民政府|政府|办事处)")


def department_for_place(name: str, desk: str | None, text: str) -> str:
    """The department a page is, where a sentence names only its place as the report's ('特公布2016年某市政府信息
    公开工作年度报告': the place's report, as the stock sentence is worded) but the page speaks as a department
    ('我局') and its contact desk is that place's department ('请与某市民政局…联系'); else ``name``."""
    if not desk or not name or "".join(place_names(name)) != name or not desk.startswith(name):
        return name
    rest = desk[len(name):]
    if not rest or _GOVERNMENT_BODY.match(rest) or not _AS_DEPARTMENT.search(text):
        return name
    return desk


# A unit inside a bureau or commission that a page names as its desk or compiler ('某县公安局指挥中心办公室编制',
# '请联系某县公安局指挥中心'): the bureau reports, where the page speaks of the bureau's own work and calls itself by
# the bureau's kind (我局, 全局, 局党委), never by the unit's (我中心, 本中心) — a centre reporting on its own says so.
_UNIT = re.compile(r"^(?P<body>.+?(?:局|委员会|委|厅))(?P<unit>[^局委厅\s]{2,8}中心)$")
_SELF_OF_KIND = {"局": r"[我本全]局|局党委|局领导", "委": r"[我本全]委|委党组", "厅": r"[我本全]厅|厅党组"}


def parent_of_unit(name: str, head: str) -> str:
    """The bureau ``name`` is a unit of ('某县公安局指挥中心' → '某县公安局') where ``head`` tells the bureau's own
    disclosure work and calls the page's body by the bureau's kind; else ``name``."""
    m = _UNIT.match(name)
    if not m or not place_names(m.group("body")) or re.search(r"[我本]中心", head):
        return name
    body = m.group("body")
    kind = "委" if body.endswith(("委", "委员会")) else body[-1]
    work = re.search(re.escape(body) + r"(?!" + re.escape(m.group("unit")) + r")(?:的)?(?:政府信息公开|政务公开|信息公开)", head)
    return body if work and re.search(_SELF_OF_KIND[kind], head) else name


# A government's office named by its place's kind alone, its place left to the page's title: '自治区人民政府办公厅',
# '省政府办公厅', '县人民政府办公室' (a portal prints its 发布机构 so under the region's own report).
_KIND_OFFICE = re.compile(r"^(?P<kind>自治区|省|市|自治州|州|县|自治县|区|旗|盟)(?:人民)?政府(?:办公厅|办公室)$")


def is_office_of(office: str, body: str) -> bool:
    """True where ``office`` (a metadata block's 发布机构) is the office of ``body`` (the body its 标题 names): its
    name opens with the body's ('某局' → '某局办公室'), or it is a government's office named by its place's kind
    alone, that kind ending the place the body is ('自治区人民政府办公厅' for a title's '某自治区'): the office
    publishes its government's report, the place's kind all its name keeps of the place."""
    if office.startswith(body) and office != body:
        return True
    m = _KIND_OFFICE.match(office)
    if not m:
        return False
    names = place_names(body)
    place = "".join(names)
    return bool(names) and body in (place, place + "人民政府", place + "政府") and names[-1].endswith(m.group("kind"))
