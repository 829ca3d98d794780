"""The body a title names: the report's own title (without a year it wrote twice or a second name in brackets),
and a page's ``<title>``/``<meta>`` (the part of the <title> naming the report, whichever side of the site's name
it stands)."""

from __future__ import annotations

import re

from nianbao.extraction.bodies import ALIAS, clean_agency, strip_asides
from nianbao.extraction.layout.title import TITLE_WORDS
from nianbao.extraction.metadata import YEAR, parse_title, plausible_agency
from nianbao.extraction.statement import Statement


def title_body(agency: str | None) -> str | None:
    """An agency without a year the title wrote twice ('某局2023年度' of '2023年某局2023年度…报告') and without
    a second name in brackets inside it or after it ('某中心（市某院）2021年…报告' → 某中心) or its 机关 ('某局机关'),
    where the name without it is a body."""
    if not agency:
        return agency
    agency = re.sub(rf"(?:{YEAR})\s*年度?$", "", agency) or None
    inside = strip_asides(agency or "")  # '某高新区（某区）某委员会': the aside is no part of the name
    if agency and inside != agency and plausible_agency(inside) and not _AREA_WITH_ZONE.search(agency):
        agency = inside
    bare = re.sub(rf"{ALIAS}$", "", agency or "")
    # ('某市某局机关2023年…报告': the bureau's own offices as apart from its system below it; the bureau is the body)
    bare = re.sub(r"(?<=[局委厅署办])机关$", "", bare)
    return bare if agency and bare != agency and plausible_agency(bare) and not plausible_agency(agency) else agency


# A free-trade zone's area run as one with a zone, the zone in brackets ('中国（某省）自贸试验区某片区（某经开区）
# 某局'): the body belongs to both and its name says so; the bracket is part of the name, no aside to leave off.
_AREA_WITH_ZONE = re.compile(r"片区[（(][^（）()\s]{2,12}(?:经开区|高新区|开发区|新区|园区|综保区|保税区)[）)]")


# The parts a page's <title> joins with a separator: the report's title and the site's name, either first
# ('某县卫生健康局2023年…年度报告_某县人民政府' / '某县人民政府门户网站-某县卫生健康局2023年…年度报告').
_TITLE_SEPARATOR = re.compile(r"\s*[_|｜]\s*|\s+[-–—－]+\s+|(?<=[\u4e00-\u9fff》）)])\s*[-–—－]+\s*(?=[\u4e00-\u9fff《（(])")


def _report_part(title: str | None) -> str | None:
    """The part of a page's <title> that names the report (the first, where none does)."""
    parts = [p for p in _TITLE_SEPARATOR.split(title or "") if p.strip()]
    return next((p for p in parts if TITLE_WORDS.search(p)), parts[0] if parts else None)


def html_statements(properties: dict[str, str]) -> list[Statement]:
    """The agency and year a page's <title> states in its report's part, and the publisher its <meta> names."""
    out = []
    html_title = _report_part(properties.get("title"))
    if html_title:
        agency, year = parse_title(html_title)
        if agency and plausible_agency(title_body(agency), place_only=True):
            out.append(Statement("agency", title_body(agency), "html"))
        if year:
            out.append(Statement("year", str(year), "html"))
    for key in ("publisher", "source"):
        name = clean_agency(properties.get(key, ""))
        if plausible_agency(name):
            out.append(Statement("agency", name, "html"))
    return out
