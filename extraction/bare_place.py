"""The body a report names where its most trusted statement names only a place.

A province's or city's report on the whole place is titled by the place alone ('某省2018年政府信息公开工作年度
报告'), and its stock preamble names the place's report ('特公布某省…年度报告'); the body that publishes it is
stated elsewhere on the same page as its author — the compiler (本报告由某省人民政府办公厅编制) or the signature. A
portal's 发布机构 or 来源 is the site's publisher of record, which posts every report of the place (the gold of the
shared 平潭 reports: the zone's own report, posted by its 管委会办公室, is the zone's), and a contact sentence's desk
is where to ask: neither is weighed here. A place is no body: where the page states itself a body of that place
wrote the report, the body is the agency and the place stays a candidate. Which
body of the place: as everywhere, a government's office that compiles or posts the place's report stands for the
government where the page speaks of the whole government's work (``nianbao.extraction.desks.government_of``),
else the office as stated. ``nianbao.extraction.stated`` asks this when its most trusted agency is a bare place."""

from __future__ import annotations

import re

from nianbao.extraction.desks import government_of
from nianbao.extraction.metadata import place_names
from nianbao.extraction.statement import Statement

# A government's office named by its place's kind alone ('自治区人民政府办公厅', '省政府办公厅'), as a portal prints
# its 发布机构 under the place's own report: it is that place's office.
# The sources that state who wrote the report (``stated.SOURCE_ORDER``'s own words for them).
AUTHOR_SOURCES = ("title", "preamble", "signature")

_KIND_OFFICE = re.compile(r"^(?P<kind>自治区|自治州|自治县|省|市|州|县|区|旗|盟)(?P<rest>(?:人民)?政府\S{0,12})$")


def is_bare_place(name: str | None) -> bool:
    """True where ``name`` is places only ('山西省', '某市某县'), naming no body."""
    return bool(name) and "".join(place_names(name)) == name


def body_of_place(place: str, stated: list[Statement]) -> Statement | None:
    """The first statement (in ``stated``'s order of trust) of a body of ``place``: a name that starts with the
    place and goes on ('某省人民政府办公厅'), or an office named by the place's kind alone, completed with the place
    ('自治区人民政府办公厅' under 某自治区 → '某自治区人民政府办公厅'). None where the page states no such body."""
    for s in stated:
        value = s.value
        # (a body of the place itself, not of a place inside it: '某省某市人民政府' is the city's)
        if value.startswith(place) and not is_bare_place(value) and "".join(place_names(value)) == place:
            return s
        kind = _KIND_OFFICE.match(value)
        if kind and place.endswith(kind.group("kind")) and len(place) > len(kind.group("kind")):
            return Statement(s.field, place + kind.group("rest"), s.source)
    return None


def resolve_offices(trusted: list[Statement], head: str, subject: str | None) -> None:
    """Where the most trusted of ``trusted`` (a page's agency statements, in order of trust) names a bare place, the
    bodies of that place among them are named in full and an office standing for its government is read as the
    government (the statements are changed in place); nothing changes otherwise."""
    if not trusted or not is_bare_place(trusted[0].value):
        return
    place = trusted[0].value
    for s in trusted[1:]:
        if s.source in AUTHOR_SOURCES and (body := body_of_place(place, [s])):
            s.value = government_of(body.value, head, subject)
