"""Page shapes of sealfix15m's agency classes (heldout41–43): a body called by a generic place whose full form the
page writes with its place bare, a portal's owner and column above the report's dated title, a title dropping 公开
after its year, and a vertical system reporting as one. The places are real divisions drawn from the gazetteer
(``nianbao.core.places``); every sentence is nianbao's own. Each shape gives (lines, agency, year):

- ``short_form_bare_place`` (heldout41/21): an untitled page whose overview calls its body '市某局' (a vertically
  managed bureau: 气象, 烟草专卖, 邮政管理), the full form written once with the city's bare name ('某州气象局'), in an
  item or in the contact sentence; half the pages in traditional characters: the full form as written;
- ``site_header_title`` (heldout41/35): the district's portal name and its column name ('某区人民政府' /
  '政府信息公开年报') on lines of their own above a district bureau's dated title: the bureau;
- ``information_report_title`` (heldout42/08): a zone's or district's title '某区YEAR年信息年度报告' (or
  '…政府信息年度报告') under a breadcrumb: the zone or district;
- ``system_report_title`` (heldout43/10): a province's vertical system titled as one ('某省邮政管理系统YEAR年…'):
  the system's name;
- ``year_without_nian`` (agency15b/16): an untitled page opening at 一、总体情况 on the year with its 年 lost
  ('YEAR，某区某局紧扣…'), an item citing last year's report among the year's publications: the year;
- ``numbered_item_government`` (detect15/32): an untitled district report its government's office compiled
  ('由某区人民政府办公室汇总编制'), the overview's first item numbered in figures ('1、主动公开情况。YEAR年，某区政府…'):
  the government;
- ``rules_then_compiler`` (detect15/31): an untitled city report whose preamble cites the rules first and has the
  government compile it in the next clause ('根据《条例》要求，某市人民政府根据全市…开展情况，编制本报告'): the government.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items, period_span, real_city
from nianbao.synth.portal import traditional

SHORT_FORM_KINDS = ("short_form_bare_place", "site_header_title", "information_report_title", "system_report_title",
                    "year_without_nian", "numbered_item_government", "rules_then_compiler")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_VERTICAL = ("气象局", "烟草专卖局", "邮政管理局")
_DISTRICT_BODIES = ("统计局", "财政局", "民政局", "审计局", "司法局")
_SYSTEMS = ("邮政管理系统", "气象系统", "税务系统")


def _bare_city(rng: random.Random) -> str:
    """A real city's name without 市 that names no division in full, and no other kind's bare name."""
    while True:
        bare = places.bare_name(real_city(rng))
        if not places.lookup(bare) and all(p.name.endswith("市") for p in places.lookup(bare, bare=True)):
            return bare


def _district(rng: random.Random) -> str:
    return rng.choice([c for c in places.of_level("county") if c.name.endswith("区") and len(c.name) >= 3
                       and places.opens_with_place(c.name)]).name


def _short_form_bare_place(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    kind, year = rng.choice(_VERTICAL), rep.year
    body = _bare_city(rng) + kind
    said = (f"全年通过{body}门户网站主动公开信息{rng.randint(20, 900)}条。" if rng.random() < 0.5
            else f"全年主动公开信息{rng.randint(20, 900)}条，如有疑问请与{body}办公室联系。")
    lines = [f"本年度报告根据条例要求编制。{period_span(year)}", "一、总体情况",
             f"{year}年，市{kind}在上级部门的指导下不断加大主动公开力度。", "（一）主动公开", said,
             "（二）依申请公开", f"全年新收政府信息公开申请{rng.randint(0, 20)}件。", *_REST]
    return ([traditional(line) for line in lines] if rng.random() < 0.5 else lines), body, year


def _site_header_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    district, year = _district(rng), rep.year
    body = district + rng.choice(_DISTRICT_BODIES)
    column = rng.choice(("政府信息公开年报", "政府信息公开年度报告", "信息公开年报"))
    lines = [f"{district}人民政府", column, f"{body}{year}年政府信息公开工作年度报告", f"发布时间：{year + 1}-01-2{rng.randint(0, 9)}",
             f"本报告由{body}编制。{period_span(year)}", "一、总体情况" if year >= 2019 else "一、概述",
             f"{year}年，本局认真落实条例，持续深化政务公开。", *brief_items(rng), *_REST]
    return lines, body, year


def _information_report_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    year = rep.year
    body = real_city(rng)[:-1] + "高新区" if rng.random() < 0.5 else _district(rng)
    name = rng.choice(("信息年度报告", "政府信息年度报告"))
    lines = ["您当前位置：首页 » 政务公开 » 信息公开年报", f"{body}{year}年{name}", f"本报告根据条例编制。{period_span(year)}",
             "一、概述" if year < 2019 else "一、总体情况", f"{body}加强组织领导，健全管理制度，保障公开工作稳步推进。",
             *brief_items(rng), *_REST]
    return lines, body, year


def _system_report_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    province = rng.choice([p for p in places.of_level("provincial") if p.name.endswith("省")]).name
    body, year = province + rng.choice(_SYSTEMS), rep.year
    lines = [f"{body}{year}年政府信息公开年度报告", f"根据条例以及我系统{year}年度政府信息公开情况，编制本年报。{period_span(year)}",
             "一、总体情况", f"{year}年，{body}坚持把政府信息公开作为重要抓手。", *brief_items(rng), *_REST]
    return lines, body, year


def _year_without_nian(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _district(rng) + rng.choice(_DISTRICT_BODIES), rep.year
    comma = rng.choice(("，", ","))
    lines = ["一、总体情况", f"{year}{comma}{body}紧扣重点工作和群众关切推进主动公开和依申请公开。",
             f"一是聚焦重点领域。通过区政府网站公开便民信息{rng.randint(5, 90)}条，其中包括{body}{year - 1}年政府信息公开"
             "工作年度报告和各类办理结果。", f"二是规范办理流程。本年度收到政府信息公开申请{rng.randint(0, 9)}件，均按时答复。", *_REST]
    return lines, body, year


def _numbered_item_government(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    district, year = _district(rng), rep.year
    office = f"{district}人民政府办公室"
    lines = [f"本年度报告根据条例的要求，由{office}汇总编制。{period_span(year)}如对本报告有任何疑问，请与{office}联系。",
             "一、总体情况", f"1、主动公开情况。{year}年，{district}政府聚焦重点工作，全年主动公开信息{rng.randint(50, 900)}条。",
             f"2、依申请公开情况。全年新收政府信息公开申请{rng.randint(0, 30)}件。", *_REST]
    return lines, f"{district}人民政府", year


def _rules_then_compiler(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = real_city(rng), rep.year
    lines = [f"根据《中华人民共和国政府信息公开条例》《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求，"
             f"{city}人民政府根据全市{year}年度政府信息公开工作开展情况，编制本报告。"
             f"本报告中所列数据统计期限为{year}年1月1日至12月31日。", "一、总体情况",
             f"{year}年，全市各地各部门坚持以公开促落实、促规范、促服务。", *brief_items(rng), *_REST]
    return lines, f"{city}人民政府", year


SHORT_FORM_SHAPES = {"short_form_bare_place": _short_form_bare_place, "site_header_title": _site_header_title,
                     "information_report_title": _information_report_title, "system_report_title": _system_report_title,
                     "year_without_nian": _year_without_nian, "numbered_item_government": _numbered_item_government,
                     "rules_then_compiler": _rules_then_compiler}
