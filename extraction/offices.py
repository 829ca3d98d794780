"""Offices inside a body and the body they belong to: a 镇's 党政办, a 局's 办公室, a disclosure desk
(信息公开领导小组办公室) are desks, not bodies that report; a government's own 办公室 or its office named for its
work (某市人民政府外事办公室) is a body of its own. ``nianbao.extraction.contact_bodies`` and
``nianbao.extraction.bodies`` read names through these."""

from __future__ import annotations

import re

from nianbao.extraction.metadata import GENERIC_ZONE, place_names, plausible_agency

# Offices inside a body, which a contact sentence names as the desk to call: '某镇党政办', '某局办公室'.
INTERNAL_OFFICE = re.compile(
    # the desk of the body's disclosure work: '某乡信息公开领导小组办公室', '某镇政府信息公开领导小组办公室'
    # ('某市人民政府信息公开工作领导小组办公室': the government's desk, not 某市人民 + 政府信息公开…)
    r"(?:(?<!人民)(?:政府)?(?:信息公开|政务公开)(?:工作)?领导小组(?:办公室)?|政务办公室|"
    r"党政综合办公室|党政办公室|党政综合办|党政办|综合办公室|综合办|政务公开办公室|政务公开办|"
    # a school's own office, under its head's title: '某学院院长办公室', '某大学校长办公室'
    r"(?<=学院|大学|学校)(?:院长|校长)办公室|"
    # ('某乡人民政府办公室政府信息公开办公室': the office's desk, whose body is what stands before 政府)
    r"(?<!人民)(?:政府)?信息公开(?:管理)?办公室|办公室|办公厅|"
    r"政务公开科|综合科|秘书科|秘书处|综合股|信息科|"
    # a commission's or bureau's research office ('某委员会研究室'); a government's 研究室 is a body of its own
    r"(?:(?<=委员会)|(?<=[局委]))研究室)$"
)
# A government's own office named for its work ('某市人民政府外事办公室', '某省人民政府金融工作办公室', '某县政府侨务
# 办公室'): a department of that government, not a desk inside some body (the name before 办公室 is no body).
NAMED_GOVERNMENT_OFFICE = re.compile(r"(?:人民政府|政府)(?:(?!信息|政务|公开|领导小组|党|综合|秘书)[\u4e00-\u9fff]){2,8}$")


def government_office(rest: str, office: str) -> bool:
    """True where ``office`` after ``rest`` is a body of its own: a government's 办公室/办公厅, or its office
    named for its work."""
    if office not in ("办公室", "办公厅"):
        return False
    return bool(re.search(r"(?:人民政府|政府)$", rest) or NAMED_GOVERNMENT_OFFICE.search(rest))


# A national body needs no place: '海关总署', '国家新闻出版署', '国务院国资委'; the central bodies named 中国… by the
# State Council's own list (the central bank, the meteorological and seismological administrations, civil aviation,
# the securities regulator); only central bodies are named 署 ('审计署'); and the few central short names officials
# write without 国家 ('国管局', '民航局', '国防科工局').
NATIONAL = re.compile(r"^(?:国家|国务院|中华全国|中国人民银行|中国(?:气象|地震|民用航空)局|中国证券监督管理委员会|中国证监会)|"
                      r"(?:总署|总局)$|^[\u4e00-\u9fff]{2,8}署$|^(?:国管局|民航局|国防科工局)$")


# What a party body's or a unit's name ends with: its office is a desk inside it ('某大学党委办公室').
_UNIT_END = re.compile(r"(?:党委|党工委|党组|纪委|委员会|大学|学院|学校|医院|中心|集团|公司)$")


def _named_for_work(rest: str, office: str, name: str) -> bool:
    """True where ``office`` (办公室) after ``rest`` names a body of its own by its work: a place's 法制办公室,
    政务服务管理办公室 or 行政审批服务管理办公室 ('某县法制办公室'), the words between the place and 办公室 no body
    ('某县法制' is none) and the whole a body."""
    if office != "办公室" or _UNIT_END.search(rest):
        return False
    places = "".join(place_names(rest))
    return bool(places) and len(rest) - len(places) >= 2 and not plausible_agency(rest, place_only=True) \
        and plausible_agency(name)


def is_internal_office(name: str) -> bool:
    """True for an office inside some body named without the body ('党政办公室', '综合科'): whose it is, the
    name does not say."""
    office = INTERNAL_OFFICE.search(name)
    return bool(office) and office.start() == 0


# The full body of a place named alone: '周家桥街道' → '周家桥街道办事处', '石桥镇' → '石桥镇人民政府'.
# ('某镇政府信息公开…' is the place and the report's name, not 某镇政府.)
PLACE_BODY = r"(?:办事处|人民政府|政府(?!信息|政务))"
TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木|社区)$")  # a 社区 publishing its own report is called by its name


def body_of(name: str, text: str) -> str | None:
    """``name`` without an office inside it (某苏木党政综合办公室 → 某苏木), as the body's full name where
    ``text`` gives it (某苏木人民政府); a government's own 办公室 stays a body."""
    while (office := INTERNAL_OFFICE.search(name)) and office.start() > 0:
        rest = name[: office.start()]
        if government_office(rest, office.group(0)) or _named_for_work(rest, office.group(0), name):
            break
        name = rest
    if GENERIC_ZONE.match(name):
        return None  # '由开发区政务公开工作领导小组办公室编制': the zone's kind, not its name
    if place_names(name) and not name[len("".join(place_names(name))):]:
        full = re.search(rf"{re.escape(name)}{PLACE_BODY}", text)
        return full.group(0) if full else (name if plausible_agency(name, place_only=True) else None)
    return name if plausible_agency(name, place_only=True) else None


def office_owner(name: str, text: str) -> str | None:
    """The body whose internal office ``name`` is ('某局办公室' → '某局'), where ``text`` names that body itself (not
    only as its office's owner); None for a government's own office (a body of its own), a name holding no office,
    or a body the text does not name. A portal's 发布机构 names the desk that posted the page; a 局's 办公室 reports
    for no one but its 局, which the page's own sentences name."""
    owner = body_of(name, text)
    if not owner or owner == name or not INTERNAL_OFFICE.search(name) or not plausible_agency(owner, place_only=True):
        return None
    return owner if re.search(rf"{re.escape(owner)}(?!{re.escape(name[len(owner):])})", re.sub(r"\s+", "", text)) else None
