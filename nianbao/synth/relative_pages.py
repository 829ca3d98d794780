"""Page shapes of bodies a page names only relatively or in passing, the classes agency13 worked on: the places are
real divisions drawn from the gazetteer (``nianbao.core.places``); every sentence is nianbao's own. Each report shape
gives (lines, agency, year):

- ``zone_relative_office``: untitled, a zone's committee office calling itself '区管委会办公室', the zone named once, as
  the site it publishes on ('依托某经济技术开发区门户网站'): the zone's 管委会办公室;
- ``hospital_own_account``: untitled, 我院 throughout, the hospital named only as its own 微信公众号: the hospital;
- ``school_opening_intro``: untitled, the page opening on the school's introduction ('某县实验小学，以…为办学特色'),
  我校 after: the school;
- ``zone_tail_like_district``: untitled, a zone whose name ends like a real district's ('某湾滨海新区'), written in full
  once at a sentence's edge and by its tail after ('YEAR年，滨海新区共收到…'): the zone, not the district;
- ``hospital_address_only``: untitled, 我院 throughout, the desk an office of no named body, its address naming the
  province and city ('地址：某省某市某路N号'): no body (an address's places name none);
- ``school_under_bureau_intro``: untitled, 我校 throughout, the page opening on the county's education bureau
  ('某县教育局，高度重视…'): no body (a bureau is not a school; a wrong name is worse than none).
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report

RELATIVE_KINDS = ("zone_relative_office", "hospital_own_account", "school_opening_intro", "school_under_bureau_intro",
                  "zone_tail_like_district", "hospital_address_only")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_ZONE_KINDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区")


def _county(rng: random.Random) -> tuple[str, str, str]:
    """(city, county, the county's bare name) of a real county ending 县 under a prefecture-level city ending 市,
    the bare name one the gazetteer reads as that county."""
    while True:
        county = rng.choice([p for p in places.of_level("county") if p.name.endswith("县") and len(p.name) == 3])
        city = places.parent(county)
        bare = county.name[:-1]
        hit = places.match_at(bare, 0, bare=True)
        if (city and city.level == "prefectural" and city.name.endswith("市") and len(city.name) >= 3
                and hit and hit.text == bare and not places.match_at(bare, 0)):
            return city.name, county.name, bare


def _period(year: int) -> str:
    return f"报告数据统计期限为{year}年1月1日至{year}年12月31日。"


def _zone_relative_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, _, bare = _county(rng)
    zone, year = bare + rng.choice(_ZONE_KINDS), rep.year
    lines = [f"根据条例的规定编制本报告。{_period(year)}", "一、总体情况",
             f"{year}年，区管委会办公室坚持以公开为常态，紧紧围绕区党工委、管委会中心工作推进政务公开。", "（一）主动公开情况",
             f"全年依托{zone}门户网站发布各类公开信息{rng.randint(30, 900)}条，涵盖动态信息和政府文件。",
             "（二）依申请公开情况", f"全年共受理政府信息公开申请{rng.randint(0, 20)}件，均按时办结。", *_REST]
    return lines, zone + "管委会办公室", year


def _hospital_own_account(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, county, _ = _county(rng)
    hospital = rng.choice((city + "人民医院", city + "第一人民医院", county + "中医院", county + "人民医院"))
    year = rep.year
    lines = ["一、总体情况", "（一）主动公开情况",
             f"{year}年，我院认真落实条例要求，围绕医院建设和行风建设做好公开，在政府信息公开网上发布信息{rng.randint(5, 80)}条。",
             "（二）依申请公开情况", "本年度医院未收到市民或法人的信息公开申请。", "（三）平台建设情况",
             f"在门诊大厅设置电子滚动屏公开诊疗流程，同时运用{hospital}微信公众号及时发布健康科普等信息。", *_REST]
    return lines, hospital, year


def _school_opening_intro(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county, _ = _county(rng)
    school = county + rng.choice(("实验小学", "第二中学", "第一中学", "实验中学"))
    year = rep.year
    lines = [f"{school}，以{rng.choice(('尚美', '立德', '书香', '科创'))}教育为办学特色，现有教学班{rng.randint(12, 60)}个。",
             f"{year}年，我校根据条例和教育局的部署开展学校信息公开工作，现将{year}年度工作情况报告如下。", "一、概述",
             f"{year}年，我校严格执行上级要求，丰富公开内容，全年主动公开信息{rng.randint(10, 200)}条。", *_REST]
    return lines, school, year


def _school_under_bureau_intro(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    _, county, _ = _county(rng)
    year = rep.year
    lines = [f"{county}教育局，高度重视所属学校的信息公开工作，每年督促各校编制年度报告。",
             f"{year}年，我校根据条例开展学校信息公开工作，现将{year}年度工作情况报告如下。", "一、概述",
             f"{year}年，我校丰富公开内容，全年主动公开信息{rng.randint(10, 200)}条。", *_REST]
    return lines, None, year


def _zone_tail_like_district(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    district = rng.choice([p.name for p in places.of_level("county") if p.name.endswith("新区")])
    _, _, bare = _county(rng)
    zone, year = bare + rng.choice(("湾", "港", "湖")) + district, rep.year
    lines = ["一、总体情况", f"（一）主动公开情况。{year}年，{zone}在政府信息公开目录系统主动公开政府信息共{rng.randint(20, 300)}条。",
             f"（二）依申请公开情况。{year}年，{district}共收到{rng.randint(0, 9)}条政府信息公开申请。",
             f"（三）平台建设情况。{district}积极做好政府网站信息公开工作。", *_REST]
    return lines, zone, year


def _hospital_address_only(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    city, county, _ = _county(rng)
    province = places.parent(places.parent(places.lookup(county)[0])) if places.lookup(county) else None
    where = (province.name if province else "") + city
    year = rep.year
    lines = [f"本报告依照条例编制，统计期限为{year}年1月1日至{year}年12月31日。如对本报告有疑问，请与院办公室联系（地址：{where}"
             f"{rng.choice(('人民路', '解放路', '建设大道'))}{rng.randint(1, 300)}号，邮编：{rng.randint(100000, 899999)}）。",
             "一、总体情况", f"{year}年，我院认真落实条例要求，全年主动公开信息{rng.randint(5, 80)}条。",
             "（一）依申请公开情况", "本年度我院未收到信息公开申请。", *_REST]
    return lines, None, year


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
RELATIVE_SHAPES = {"zone_relative_office": _zone_relative_office, "hospital_own_account": _hospital_own_account,
                   "school_opening_intro": _school_opening_intro, "school_under_bureau_intro": _school_under_bureau_intro,
                   "zone_tail_like_district": _zone_tail_like_district, "hospital_address_only": _hospital_address_only}
