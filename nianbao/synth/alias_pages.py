"""Page shapes that name their body by a name the sentence around it may spoil (classes of agency14's pages: h3x
heldout36 and a survey of real pages): the body's alias in brackets inside its name, a clause opening on a co-verb
before a district's name, a committee a page calls by a generic place and writes in full once. The places are real
divisions drawn from the gazetteer (``nianbao.core.places``); the bodies' other words and every sentence are
nianbao's own. Each shape gives (lines, agency, year):

- ``alias_in_title``: a zone's bureau whose title and lead write the zone's district in brackets inside the name,
  full- or half-width ('某高新区(某区)某局'): the name as written, alias and all;
- ``co_verb_district``: a district's untitled old report, its lead compiled '结合某区…工作情况', an item opening
  '针对某区…实际' (a co-verb before the name at a sentence's edge): the district;
- ``committee_in_full``: a city committee's untitled page calling itself '市某委' in its overview and writing its
  full name once, in its website's ('某市某委员会政务网站'): the full name;
- ``zone_district_title``: a zone run as one government with a district or county, titled by the two names, the
  district in brackets, full- or half-width, with nothing after them, before the year or before 政府信息公开
  ('某高新区（某区）2023年…', '2023年高新区(某区)政府信息公开…'), the overview saying 我区 (agency15, heldout40):
  the joint name as written;
- ``zone_relative_year``: an untitled zone page opening its overview on the year said relatively ('今年以来，经开区坚持…')
  and naming itself in full once, in its WeChat account's name ('利用某经开区微信公众号'), with no other zone named
  (agency15b): the full name.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items, period_span, real_city

ALIAS_KINDS = ("alias_in_title", "co_verb_district", "committee_in_full", "zone_district_title",
               "zone_relative_year")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_ZONE_BODIES = ("经济发展委员会", "科技创新局", "社会事业局", "建设局", "财政局")
_CO_VERBS = ("针对", "结合", "围绕", "按照", "对于")
_COMMITTEES = ("农业农村委", "经济信息委", "教委", "城乡建委", "住房城乡建委", "卫生健康委")


def _district(rng: random.Random) -> str:
    """A real county-level 区 of three characters or more whose name the gazetteer reads alone."""
    return rng.choice([c for c in places.of_level("county") if c.name.endswith("区") and len(c.name) >= 3
                       and places.opens_with_place(c.name)]).name


def _alias_in_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    zone, year = real_city(rng)[:-1] + rng.choice(("高新区", "经开区")), rep.year
    aside = ("（{}）", "({})")[rng.random() < 0.5].format(_district(rng))
    body = f"{zone}{aside}{rng.choice(_ZONE_BODIES)}"
    lines = [f"{body}{year}年政府信息公开工作年报", f"根据条例，特向社会公布{body}{year}年政府信息公开年度报告。{period_span(year)}",
             "一、总体情况", f"{year}年，本局认真落实条例，持续深化政务公开。", *brief_items(rng), *_REST]
    return lines, body, year


def _co_verb_district(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    district, year = _district(rng), rep.year
    verb = rng.choice(_CO_VERBS)
    lines = [f"本年度报告根据条例，结合{district}政府信息公开工作情况编制。{period_span(year)}", "一、概述",
             f"{district}高度重视政府信息公开工作，着重抓了平台和制度建设。",
             f"（一）理顺工作格局。{verb}{district}机构调整的实际，区政府年中重建了信息公开网。", *brief_items(rng), *_REST]
    return lines, district, year


def _committee_in_full(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, committee, year = real_city(rng), rng.choice(_COMMITTEES), rep.year
    lines = [f"{year}年，市{committee}认真贯彻条例，完善公开制度，持续推进政务公开。", "一、总体情况",
             f"（一）主动公开。上线新版{city}{committee}员会政务网站，全年发布信息{rng.randint(100, 9000)}条。",
             "（二）依申请公开", f"全年新收政府信息公开申请{rng.randint(0, 30)}件。", *_REST]
    return lines, f"{city}{committee}员会", year


def _zone_district_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    # (a zone the page may call by its kind alone, '高新区（某区）', as its district's portal does)
    kind = rng.choice(("高新区", "经济技术开发区", "新区", "经开区"))
    zone = kind if kind == "高新区" and rng.random() < 0.3 else real_city(rng)[:-1] + kind
    body, year = zone + ("（{}）", "({})")[rng.random() < 0.5].format(_district(rng)), rep.year
    title = rng.choice((f"{body}{year}年政府信息公开工作年度报告", f"{year}年{body}政府信息公开工作年度报告"))
    lines = [title, f"根据条例和市政府办公室的通知要求，现将{year}年政府信息公开工作情况汇报如下：", "一、总体情况",
             f"{year}年，我区坚持以公开为常态、不公开为例外，持续推进信息公开标准化。", *brief_items(rng), *_REST]
    return lines, body, year


def _zone_relative_year(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    kind = rng.choice(("经开区", "高新区", "开发区"))
    zone, year = real_city(rng)[:-1] + kind, rep.year
    lines = ["一、总体情况", f"{rng.choice(('今年以来', '本年度'))}，{kind}坚持依法公开，紧紧围绕重点工作推进政务公开。",
             "（一）主动公开", f"全年通过门户网站公开各类政府信息{rng.randint(20, 900)}条。", "（二）依申请公开",
             f"{year}年，我区共受理政府信息公开申请{rng.randint(0, 20)}件。", "（三）政府信息公开平台建设",
             f"利用{zone}微信公众号平台做好信息发布。", *_REST]
    return lines, zone, year


ALIAS_SHAPES = {"alias_in_title": _alias_in_title, "co_verb_district": _co_verb_district,
                "committee_in_full": _committee_in_full, "zone_district_title": _zone_district_title,
                "zone_relative_year": _zone_relative_year}
