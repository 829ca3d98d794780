"""Page shapes of the agency classes agency27 worked on (survey33): bodies whose name holds their place without a
division's suffix, and a self-word's body named only in its own channels or dated papers. The places are real
divisions drawn from the gazetteer (``nianbao.core.places``); every sentence is nianbao's own. Each shape gives
(lines, agency, year):

- ``city_vertical_branch``: a vertical branch titled by its city's bare name ('某海事局YEAR年政府信息公开工作报告',
  '某调查队…'), the preamble '某海事局编制了本级机关YEAR年…年度报告': the branch;
- ``ministry_bureau``: a ministry's bureau titled ('交通运输部海事局YEAR年…年度报告'): the bureau;
- ``corps_bureau``: a 兵团 bureau titled with its year in brackets ('兵团某局政府信息公开工作年度报告（YEAR年度）'): the
  bureau;
- ``own_channels_bureau``: untitled, 我局 throughout, the bureau named only in its website's and account's names
  ('可在某市某局官网下载', '通过某市某局微信公众号发布'): the bureau;
- ``own_paper_bureau``: untitled, 我局 throughout, the bureau named only in a dated paper it published ('发布了某区某局
  YEAR年随机抽查计划'): the bureau;
- ``subject_combining``: untitled, '在…领导下，某市某局结合…工作实际' as the overview's subject: the bureau;
- ``compiled_around``: untitled, '由某市某局围绕YEAR年度…工作情况编制而成': the bureau;
- ``county_tax_branch``: untitled, a county's tax bureau by the county's bare name ('某地税局', '某国税局', '某税务局')
  compiling the report under the county's own rules ('依照某区政府信息公开工作的有关规定'): the bureau, never the
  county's government the rules name.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report

VERTICAL_KINDS = ("city_vertical_branch", "ministry_bureau", "corps_bureau", "own_channels_bureau", "own_paper_bureau",
                  "subject_combining", "compiled_around", "county_tax_branch")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_SYSTEMS = ("海事局", "调查队", "邮政管理局", "通信管理局", "海关")
_MINISTRY_UNITS = ("交通运输部海事局", "交通运输部长江航务管理局", "水利部珠江水利委员会", "水利部黄河水利委员会")
_CORPS_UNITS = ("民政局", "教育局", "商务局", "统计局", "审计局", "水利局")
_BUREAUS = ("气象局", "地震局", "水利局", "统计局", "审计局", "生态环境局")
_WORDS = "全本各我该此辖"


def _items(rng: random.Random) -> list[str]:
    return ["（一）主动公开", f"全年主动公开信息{rng.randint(10, 400)}条。", "（二）依申请公开",
            f"全年新收信息公开申请{rng.randint(0, 30)}件。"]


def _city(rng: random.Random) -> str:
    """A real prefecture-level city's name ending 市, which the gazetteer reads as that city alone."""
    while True:
        city = rng.choice([p.name for p in places.of_level("prefectural") if p.name.endswith("市") and len(p.name) >= 3
                           and p.name[0] not in _WORDS])
        lead = places.leading_places(city)
        bare = places.match_at(city[:-1], 0, bare=True)
        if (len(lead) == 1 and lead[0].end == len(city) and bare and bare.text == city[:-1]
                and all(p.level == "prefectural" for p in bare.places)):
            return city


def _district(rng: random.Random) -> str:
    """A real district's name under a city (the gazetteer reads it whole)."""
    while True:
        name = rng.choice([p.name for p in places.of_level("county") if p.name.endswith("区") and len(p.name) >= 3
                           and p.name[0] not in _WORDS])
        lead = places.leading_places(name)
        if len(lead) == 1 and lead[0].start == 0 and lead[0].end == len(name):
            return name


def _city_vertical_branch(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    branch, year = _city(rng)[:-1] + rng.choice(_SYSTEMS), rep.year
    lines = [f"{branch}{year}年政府信息公开工作报告", f"依照条例，{branch}编制了本级机关{year}年政府信息公开工作年度报告。",
             "一、总体情况", f"{year}年，{branch}坚持以公开为常态。", *_items(rng), *_REST]
    return lines, branch, year


def _ministry_bureau(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    bureau, year = rng.choice(_MINISTRY_UNITS), rep.year
    lines = [f"{bureau}{year}年政府信息公开工作年度报告", f"本年度报告依照条例编制，统计期限为{year}年1月1日至{year}年12月31日。",
             "一、概述", f"{year}年，{bureau}扎实推进政府信息公开。", *_items(rng), *_REST]
    return lines, bureau, year


def _corps_bureau(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    bureau, year = "兵团" + rng.choice(_CORPS_UNITS), rep.year
    lines = [f"{bureau}政府信息公开工作年度报告（{year}年度）", f"依照有关规定，现将{bureau}{year}年度政府信息公开工作报告如下：",
             "一、总体情况", "我局稳步推进公开工作。", *_items(rng), *_REST]
    return lines, bureau, year


def _own_channels_bureau(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city = _city(rng)
    bureau, year = city + rng.choice(_BUREAUS), rep.year
    lines = [(f"依照通知要求，向社会公布{year}年度本级机关政府信息公开年度报告。报告可在{city}政府信息公开平台和{bureau}"
             f"{rng.choice(('官网', '门户网站'))}下载。如有疑问请与我局联系。"), "一、总体情况",
             (f"（一）主动公开。{year}年，我局通过{bureau}{rng.choice(('微信公众号', '新浪微博'))}等平台公开信息"
             f"{rng.randint(10, 400)}条。"), f"（二）依申请公开。全年新收申请{rng.randint(0, 9)}件。", *_REST]
    return lines, bureau, year


def _own_paper_bureau(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    bureau, year = _district(rng) + rng.choice(("卫健局", "市场监管局", "应急管理局")), rep.year
    lines = [f"{year}年，我局认真执行条例，编制本年度报告。统计期限为{year}年1月1日至{year}年12月31日。", "一、总体情况",
             f"（一）主动公开。全年我局发布信息{rng.randint(10, 400)}条，在监管栏目发布了{bureau}{year}年随机抽查计划及结果。",
             f"（二）依申请公开。全年新收申请{rng.randint(0, 9)}件。", *_REST]
    return lines, bureau, year


def _subject_combining(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    bureau, year = _city(rng) + rng.choice(_BUREAUS), rep.year
    lines = [f"本年度报告依照条例编制，统计期限自{year}年1月1日起至{year}年12月31日止。", "一、总体情况",
             f"{year}年，在市委市政府的领导下，{bureau}结合工作实际，全面公开政府信息。", *_items(rng), *_REST]
    return lines, bureau, year


def _compiled_around(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    bureau, year = _city(rng) + rng.choice(_BUREAUS), rep.year
    lines = [(f"本年度报告依照条例要求，由{bureau}围绕{year}年度政府信息公开工作情况编制而成。统计期限为{year}年1月1日至"
             f"{year}年12月31日。"), "一、总体情况", f"{year}年，我局扎实推进公开。", *_items(rng), *_REST]
    return lines, bureau, year


def _county(rng: random.Random) -> str:
    """A real county-level division's name whose bare form (without its suffix) the gazetteer reads as a county's."""
    while True:
        name = rng.choice([p.name for p in places.of_level("county") if p.name.endswith(("区", "县", "市"))
                           and len(p.name) >= 3 and p.name[0] not in _WORDS])
        lead = places.leading_places(name)
        bare = places.match_at(name[:-1], 0, bare=True)
        if (len(lead) == 1 and lead[0].end == len(name) and bare and bare.text == name[:-1]
                and any(p.level == "county" for p in bare.places)):
            return name


def _county_tax_branch(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rep.year
    branch = county[:-1] + rng.choice(("地税局", "国税局", "税务局", "地方税务局"))
    lines = [f"本年报依照{county}政府信息公开工作的有关规定，由{branch}编制，统计期限为{year}年1月1日至{year}年12月31日。",
             "一、总体情况", f"{year}年，我局扎实推进公开。", *_items(rng), *_REST]
    return lines, branch, year


VERTICAL_SHAPES = {"city_vertical_branch": _city_vertical_branch, "ministry_bureau": _ministry_bureau,
                   "corps_bureau": _corps_bureau, "own_channels_bureau": _own_channels_bureau,
                   "own_paper_bureau": _own_paper_bureau, "subject_combining": _subject_combining,
                   "compiled_around": _compiled_around, "county_tax_branch": _county_tax_branch}
