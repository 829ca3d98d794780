"""Page shapes that name their body aside (classes first seen in the sealed set heldout17): inside brackets, by a
short name, at a desk said in passing, or after a clause. The places are real divisions drawn from the gazetteer
(``nianbao.core.places``); the bodies' other words and every sentence are nianbao's own. Each shape gives
(lines, agency, year):

- ``free_trade_desk``: untitled, opening at the desk of a free trade zone named with its province in brackets
  ('中国（某省）自由贸易试验区某片区管理委员会（某港区管理委员会）政府信息公开办公室'); the overview says 我委;
- ``autonomous_short``: an autonomous county's report whose desk is its government's office under the full name,
  the overview calling the county by its short name ('某某县'): the government;
- ``second_way_desk``: a city government's report whose desk is the second way to ask, without 请 ('…意见箱反映
  或直接与某市人民政府办公室某科联系'), the narrative saying 我市: the government;
- ``doubled_contact``: a 街道's untitled page writing its contact verb twice ('请联系请联系某街道党政办公室'): the
  街道 (the page names its 办事处 nowhere);
- ``clause_subject``: a 街道's page whose overview opens on a clause before its subject ('为落实《…》的规定，某街道
  办事处充分利用…');
- ``tally_subject``: a county-level 区's service centre, named only in its overview items' tallies ('YEAR年，某区
  某中心共向区信息中心报送信息…');
- ``zone_town_desk``: a zone run with its town, the town in brackets, named at the desk ('某经开区（某镇）党政办公室') or
  only as the portal's publisher ('发布单位 | 某科技城（某镇）');
- ``zone_kind_rules``: a zone calling itself 开发区 throughout, named in full only in its rules' title.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items, period_span, real_city

ASIDE_KINDS = ("free_trade_desk", "autonomous_short", "second_way_desk", "doubled_contact", "clause_subject",
               "tally_subject", "zone_town_desk", "zone_kind_rules")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_PROVINCES = ("福建", "上海", "广东", "天津", "四川", "湖北", "河南", "浙江", "云南", "黑龙江")


def _street(rng: random.Random) -> str:
    """A real 街道 whose name the gazetteer reads alone (three characters before 街道 at most)."""
    return rng.choice([t for t in places.of_level("township") if t.name.endswith("街道") and 4 <= len(t.name) <= 5
                       and places.leading_places(t.name)]).name


def _free_trade_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = f"中国（{rng.choice(_PROVINCES)}）自由贸易试验区{real_city(rng)[:-1]}片区管理委员会"
    year = rep.year
    lines = [f"如对本报告有任何疑问，请联系：{body}（{real_city(rng)[:-1]}港区管理委员会）政府信息公开办公室，地址：某路"
             f"{rng.randint(1, 300)}号，邮编：{rng.randint(100000, 999999)}。", "一、总体情况",
             f"{year}年，我委认真落实条例规定，及时回应公众关切。", *brief_items(rng), *_REST]
    return lines, body, year


def _autonomous_short(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county = rng.choice([c for c in places.of_level("county") if c.name.endswith("族自治县")
                         and len(places.bare_name(c.name)) >= 2])
    year = rep.year
    lead = (f"根据条例和市政府办公室的通知要求，现将本县政府信息公开工作年度报告予以公开。{period_span(year)}"
            f"如对本年报有任何疑问，请与{county.name}人民政府办公室联系。")
    lines = [lead, "一、总体情况", f"{year}年，{places.bare_name(county.name)}县认真落实条例，围绕县委、县政府重点工作推进政务公开。",
             *brief_items(rng), *_REST]
    return lines, f"{county.name}人民政府", year


def _second_way_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = real_city(rng), rep.year
    lead = (f"本年度报告综合全市各县（市、区）政府和市级各部门的年度报告编制而成。{period_span(year)}如对本报告有疑问，"
            f"可通过门户网站意见箱反映或直接与{city}人民政府办公室政务公开科联系（电话：0000-{rng.randint(1000000, 9999999)}）。")
    lines = [lead, "一、概述", f"{year}年，我市全面落实条例要求，加快推进政务公开。", *brief_items(rng), *_REST]
    return lines, f"{city}人民政府", year


def _doubled_contact(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    street, year = _street(rng), rep.year
    lead = (f"依据条例有关要求，编制本年度报告。{period_span(year)}如对本报告有任何疑问，请联系请联系{street}党政办公室"
            f"（电话：0000-{rng.randint(1000000, 9999999)}）")
    lines = [lead, "一、总体情况", f"{year}年，我街道认真执行条例，完善信息公开审核机制。", *brief_items(rng), *_REST]
    return lines, street, year


def _clause_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    street, year = _street(rng), rep.year
    lines = ["依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。" + period_span(year), "一、总体情况",
             f"为落实《本区{year}年度政务公开工作要点》的相关规定，{street}办事处充分利用区政府网站，公开了本街道的各类信息。",
             *brief_items(rng), *_REST]
    return lines, f"{street}办事处", year


def _tally_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    district = rng.choice([c for c in places.of_level("county") if c.name.endswith("区") and len(c.name) >= 3]).name
    body, year = district + rng.choice(("市政设施服务中心", "环境卫生服务中心", "园林绿化服务中心")), rep.year
    lines = ["一、总体情况", "（一）主动公开政府信息情况。",
             f"{year}年，{body}共向区信息中心报送信息{rng.randint(20, 300)}篇，被区级媒体采用{rng.randint(1, 19)}篇。",
             "（二）依申请公开情况。", f"{body}未收到依申请公开受理件。", *_REST]
    return lines, body, year


def _zone_town_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    town = rng.choice([t for t in places.of_level("township") if t.name.endswith("镇") and len(t.name) == 3]).name
    zone, year = f"{town[:-1]}{rng.choice(('经开区', '高新区', '科技城'))}（{town}）", rep.year
    if rng.random() < 0.5:  # named at the desk
        lead = (f"根据条例，特向社会公布{year}年度本单位信息公开工作年度报告。{period_span(year)}如对本年报有任何疑问，"
                f"请与{zone}党政办公室联系（地址：某路{rng.randint(1, 99)}号）。")
        return [lead, "一、总体情况", "按照上级关于政府信息公开工作的部署，本单位认真执行条例规定。", *brief_items(rng), *_REST], zone, year
    # named only as the portal's publisher, over a title without a body
    rows = [f"索 引 号 | {rng.randint(10**7, 10**8 - 1)}/{year + 1}-{rng.randint(1, 99999):05d} | 公开分类 | |",
            f"发布单位 | {zone} | 发布日期 | {rep.published} |"]
    return rows + [f"{year}年政府信息公开工作年度报告", f"根据条例要求，现将我委{year}年政务公开工作报告如下。",
                   "一、总体情况", *brief_items(rng), *_REST], zone, year


def _zone_kind_rules(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    zone, year = real_city(rng)[:-1] + "经济技术开发区", rep.year
    lines = [f"{year}年，开发区坚持依法公开，认真落实条例，深入推进政务公开工作。", "一、总体情况", *brief_items(rng),
             "（三）政府信息管理", f"修订完善《{zone}政府信息公开指南》，规范公开流程。", *_REST]
    return lines, zone, year


ASIDE_SHAPES = {"free_trade_desk": _free_trade_desk, "autonomous_short": _autonomous_short,
                "second_way_desk": _second_way_desk, "doubled_contact": _doubled_contact,
                "clause_subject": _clause_subject, "tally_subject": _tally_subject, "zone_town_desk": _zone_town_desk,
                "zone_kind_rules": _zone_kind_rules}
