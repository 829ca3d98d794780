"""The body a contact sentence names as the desk to ask ('请与某镇党政办联系' → 某镇人民政府), or the page's own
desk whose address is the body's office ('请与本单位…联系，地址：某乡人民政府党政综合办公室')."""

from __future__ import annotations

import re

from nianbao.extraction.bodies import strip_asides
from nianbao.extraction.metadata import BRACKETED_PROVINCE, GENERIC_ZONE, ZONE_WITH_TOWN, place_names, plausible_agency
from nianbao.extraction.enterprises import is_enterprise_publisher
from nianbao.extraction.vertical_bodies import MINISTRIES, needs_no_place
from nianbao.extraction.offices import (INTERNAL_OFFICE, NATIONAL, PLACE_BODY, TOWNSHIP, body_of, government_office)


# Contact sentences: "请联系：XX县XX乡人民政府…", "请与XX局办公室联系", "…意见箱反映或直接与XX办公室联系" (the
# desk as the second way to ask, without 请). A page may write the verb twice ('请联系请联系某街道…').
# ('如有疑问可咨询：某街道办公室（地址…）': the body to ask, named after 咨询 and its colon — not 咨询电话.)
_CONTACT = re.compile(rf"(?:请(?:及时|直接|随时)?联系(?:请联系)?|(?:可|请)咨询(?=\s*[:：])|请(?:及时|直接|随时)?与|可与|或与|(?:或|可)直接与|可联系|联系单位|联系机关|咨询单位|联系人)\s*[:：]?\s*(?P<who>{BRACKETED_PROVINCE}?(?:[^\s，,。；;：:（()\n]|{ZONE_WITH_TOWN}){{3,50}})")
_CONTACT_CUT = re.compile(r"(?:联系|联络|咨询|反映|查询|索取|申请).*$")
_OFFICE_AFTER = re.compile(r"办公室|办公厅")


def contact_agency(text: str) -> str | None:
    """The body a contact sentence names, without the office inside it the sentence names as the desk
    (a 镇's 党政办, a 局's 办公室); a government's 办公室 (县人民政府办公室) is a body of its own. An
    office of a place (周家桥街道党政办) gives the place's body where the text names it in full
    (周家桥街道办事处), else the place."""
    text = strip_asides(text)
    for m in _CONTACT.finditer(text):
        found = _contact_body(m, text)
        if found and not GENERIC_ZONE.match(found):  # '请与开发区…办公室联系': the zone's kind, not its name
            return found
    return _self_desk(text)


# A Party committee's and a government's joint office named with both ('中共某县委某县人民政府办公室', '中共某市委员会
# 某市人民政府办公室'): the desk is the government's office (the Party committee publishes no disclosure report).
_PARTY_BEFORE_GOVERNMENT = re.compile(r"^中共[\u4e00-\u9fff]{2,12}?委(?:员会)?[、，,]?(?=[\u4e00-\u9fff]{2,12}?(?:人民政府|政府))")
# A division inside an office ('文电处', '政务公开科', '秘书股'): a desk, never a body that reports.
_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,8}(?:处|科|股)")


def _contact_body(m: re.Match[str], text: str) -> str | None:
    """The body one contact sentence names (see ``contact_agency``)."""
    who = _CONTACT_CUT.sub("", re.sub(r"\s+", "", m.group("who")).strip("（）()【】[]"))  # no 和 to clean: 和平街道
    who = _PARTY_BEFORE_GOVERNMENT.sub("", who)
    # the desk inside the body, with its own units after it: '某管委会办公室保密与电子政务处'
    inside = re.search(r"(?:党政综合办公室|党政办公室|党政综合办|党政办|综合办公室|办公室|办公厅)(?=.)", who)
    if inside and plausible_agency(who[: inside.start()]) and (not re.search(r"政府$", who[: inside.start()])
                                                                or _DIVISION.fullmatch(who[inside.end():])):
        who = who[: inside.end()]  # (a government's 办公厅 is a body of its own; its 文电处 is a desk inside it)
    name = who
    while (office := INTERNAL_OFFICE.search(name)) and office.start() > 0:
        rest = name[: office.start()]
        if government_office(rest, office.group(0)):
            break  # 某县人民政府办公室, 某市人民政府外事办公室: a body of its own
        name = rest
    if place_names(name) and not name[len("".join(place_names(name))):]:
        # (not a government read off its own office's name, '某县人民政府办公室认真…': where the page names the
        # place's body only so, the office is the body at work and the desk says nothing of the government)
        fulls = [f for f in re.finditer(rf"{re.escape(name)}{PLACE_BODY}", text)]
        if fulls and (full := next((f for f in fulls if not _OFFICE_AFTER.match(text, f.end())), None)):
            return full.group(0)
        if fulls:
            return None
        if (name != who or TOWNSHIP.search(name)) and plausible_agency(name, place_only=True):
            return name  # a 镇, 乡, 街道 or 苏木 is called by its name alone: '请与某旗某镇联系'
        return None
    if plausible_agency(name) and (place_names(name) or NATIONAL.search(name) or name in MINISTRIES
                                   or needs_no_place(name)):  # (a ministry; a vertical branch by its city's bare name)
        return name  # '请联系海关总署办公厅政务公开处': the national body the office is part of
    if is_enterprise_publisher(name):
        return name  # a public enterprise as the desk of its own report ('请与某市水务集团有限公司联系')
    if _GENERIC_DEPARTMENT.match(name) and plausible_agency(name):
        # '请与市审计局办公室联系': a department called by its level's word, as its own page calls it; ``stated``
        # gives it the real place the page names it with. (A government's desk so called, '区政府信息公开办', is
        # the place's, not the page's body.)
        return name
    return _shortest_agency(who)


# A department named by its level's word alone: '市审计局', '县教育体育局', '区卫生健康委员会', '省财政厅'.
_GENERIC_DEPARTMENT = re.compile(r"^[省市区县州旗盟](?![省市区县州旗盟])(?!.*政府)[\u4e00-\u9fff]{1,16}(?:局|厅|委员会|委)$")


# '请与本单位政府信息公开受理机构联系，地址：某县某乡人民政府党政综合办公室': the page calls its desk 本单位 and
# gives, as the desk's address, the body's own office (a street, a number or a building is no body: see
# ``body_of``).
_SELF_DESK = re.compile(
    r"(?:请|可)(?:及时|直接)?(?:与|联系)\s*(?:本单位|本机关|我单位|本局|我局)[^。；;]{0,20}?(?:联系)?[，,]?\s*"
    r"(?:通讯|通信|联系)?地址\s*[:：]\s*(?P<who>[^，,。；;（()\s\d]{4,40})")


def _self_desk(text: str) -> str | None:
    m = _SELF_DESK.search(text)
    if not m:
        return None
    name = body_of(m.group("who"), text)
    # the address must be the body itself, named with its place (not a place alone: an address is a place)
    return name if name and place_names(name) and name[len("".join(place_names(name))):] else None


def _shortest_agency(who: str) -> str | None:
    """The shortest plausible name at the start of ``who``, carried on through 人民政府办公室 and 委员会."""
    for end in range(2, len(who) + 1):
        name = who[:end]
        if name.endswith("政府") and not name.endswith("人民政府") and who[end:].startswith(("信息", "政务")):
            continue  # '某区政府信息公开办公室' is the place's disclosure office, not 某区政府
        if name.endswith("办") and who[end:].startswith(("公室", "公厅")):
            continue  # '某公司办' is cut inside 办公室: the body is what stands before 办公室, or none
        if plausible_agency(name) and place_names(name):
            if re.search(r"(?:人民政府|政府)$", name) and who[end:].startswith(("办公室", "办公厅")):
                name = who[: end + 3]
            for more in ("员会", "会", "事处"):  # 管委 → 管委会, 科学技术委 → 科学技术委员会, 街道办 → 街道办事处
                if name.endswith(("委", "办")) and who[end:].startswith(more):
                    name = who[: end + len(more)]
                    break
            return name
    return None
