"""Page shapes behind the agency misses of the sealed fair samples heldout18 and heldout23: a district's stock
preamble its 街道 copy, a zone's 党工委 and 管委会 named together at the desk, a list bullet before the title, and the
body publishing before 向社会公布 on the page's first line. The places are real divisions drawn from the gazetteer
(``nianbao.core.places``); the bodies' other words and every sentence are nianbao's own. Each shape gives
(lines, agency, year):

- ``copied_template``: a 街道's report opening on its district's stock sentence ('结合某市某区人民政府YEAR年度政府
  信息公开工作编制而成'), the overview naming the 街道: the 街道, not the district;
- ``joint_party_desk``: an untitled zone's report whose desk is its 党工委管委会's office: the 管委会;
- ``bullet_title``: a township's title printed after a list bullet ('• 某镇人民政府YEAR年…报告');
- ``publisher_first``: '某区某办事处向社会公布YEAR年度本级政府信息公开年度报告' as the page's first line.

(Drawn by their own test, not through ``nianbao.synth.shapes.SHAPES``: a kind added there reshuffles every seeded
draw of ``nianbao synth``, and tests/synth/test_page_shapes.py samples those draws.)
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items, period_span, real_city

TEMPLATE_KINDS = ("copied_template", "joint_party_desk", "bullet_title", "publisher_first")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")


def _whole(name: str) -> bool:
    lead = places.leading_places(name)
    return len(lead) == 1 and lead[0].start == 0 and lead[0].end == len(name)


def _street_in_district(rng: random.Random) -> tuple[str, str, str]:
    """(city, district, 街道) of a real 街道 the gazetteer reads alone, under a real 区 of a 市."""
    while True:
        street = rng.choice([t for t in places.of_level("township") if t.name.endswith("街道") and 4 <= len(t.name) <= 5
                             and _whole(t.name) and t.name[0] not in "全本我该各此辖"])
        district = places.parent(street)
        city = places.parent(district) if district else None
        if (district and city and district.name.endswith("区") and len(district.name) >= 3 and _whole(district.name)
                and city.name.endswith("市") and len(city.name) >= 3 and _whole(city.name)):
            return city.name, district.name, street.name


def _town(rng: random.Random) -> str:
    return rng.choice([t for t in places.of_level("township") if t.name.endswith("镇") and len(t.name) == 3
                       and _whole(t.name) and t.name[0] not in "全本我该各此辖"]).name


def _copied_template(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, district, street = _street_in_district(rng)
    year = rep.year
    lead = (f"本年度报告根据条例要求，结合{city}{district}人民政府{year}年度政府信息公开工作编制而成。{period_span(year)}"
            f"如有疑问，请与{street}党政办联系。")
    return [lead, "一、总体情况", f"{year}年，{street}信息公开工作在区委、区政府的领导下，认真落实条例。",
            *brief_items(rng), *_REST], street, year


def _joint_party_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    zone, year = real_city(rng)[:-1] + rng.choice(("经开区", "高新区")), rep.year
    lead = (f"本年度报告根据条例要求编制。{period_span(year)}如对本报告有疑问，请与{zone}党工委管委会办公室联系"
            f"（电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）。")
    return [lead, "一、总体情况", *brief_items(rng), *_REST], f"{zone}管委会", year


def _bullet_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _town(rng) + "人民政府", rep.year
    title = f"{body}{year}年政府信息公开工作年度报告"
    return [f"{rng.choice('•●▪')} {title}", title, f"根据条例，现公布本镇{year}年政府信息公开工作报告。{period_span(year)}",
            "一、总体情况", *brief_items(rng), *_REST], body, year


def _publisher_first(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = f"{real_city(rng)[:-1]}高新技术产业开发区{_town(rng)[:-1]}办事处", rep.year
    return [f"{body}向社会公布{year}年度本级政府信息公开年度报告。本报告共分六个部分。{period_span(year)}", "一、总体情况",
            "（一）主动公开政府信息情况", f"{year}年，我单位认真执行条例规定。", *_REST], body, year


TEMPLATE_SHAPES = {"copied_template": _copied_template, "joint_party_desk": _joint_party_desk,
                   "bullet_title": _bullet_title, "publisher_first": _publisher_first}
