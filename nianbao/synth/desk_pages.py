"""Page shapes whose body is named the ways first met on heldout22's fair sample (and the misses earlier rounds
left): the places are real divisions drawn from the gazetteer (``nianbao.core.places``); every sentence is
nianbao's own. Each report shape gives (lines, agency, year):

- ``work_basis_township``: untitled, '根据某县某乡YEAR年政府信息与政务公开工作基本情况编制本报告', the desk the 乡's
  office, the overview saying the 乡's name without a year: the 乡 with its county;
- ``office_gathers_district``: '由某市某县人民政府办公室综合县政府各部门、各乡镇的年度报告编制', the overview's subject
  the county alone: the county's government with its city;
- ``service_centre_desk``: the desk '某县政府政务服务中心', the overview's subject the county's government: the government;
- ``aim_subject``: untitled, 'YEAR年，某乡以贯彻条例为契机，…': the 乡;
- ``platform_subject``: untitled, 'YEAR年，某镇在门户网站信息公开专栏主动公开…': the 镇;
- ``whole_word_township``: a real township opening on 全/本/各 ('全军乡') in '在认真总结YEAR年某乡政府信息公开工作的
  基础上': the township;
- ``chengxiang_title``: a real township ending 城乡 titling its report: the township;
- ``doubled_kind_desk``: the desk written '某县县人民政府办公室' (a typo), the page speaking as 我办: the office;
- ``this_year_township``: a township named only in '本年度，某乡积极…' under a 我乡 item: the 乡.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items

DESK_KINDS = ("work_basis_township", "office_gathers_district", "service_centre_desk", "aim_subject",
              "platform_subject", "whole_word_township", "chengxiang_title", "doubled_kind_desk", "this_year_township")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_WHOLE_WORDS = "全本各"


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"


def _whole(name: str) -> bool:
    """A name the gazetteer reads whole as one place."""
    lead = places.leading_places(name)
    return len(lead) == 1 and lead[0].start == 0 and lead[0].end == len(name)


def _plain(name: str) -> bool:
    """A place name holding no level word before its suffix ('某某县', not '某乡县')."""
    stem = name[:-2] if name.endswith("街道") else name[:-1]
    return _whole(name) and not any(k in stem for k in "乡镇街区县市道旗盟州")


def _county_in_city(rng: random.Random) -> tuple[str, str]:
    """(city, county) of a real county ending 县 under a prefecture-level city ending 市."""
    while True:
        county = rng.choice([c for c in places.of_level("county") if c.name.endswith("县") and len(c.name) >= 3
                             and _plain(c.name)])
        city = places.parent(county)
        if city and city.level == "prefectural" and city.name.endswith("市") and _plain(city.name):
            return city.name, county.name


def _township(rng: random.Random, suffix: str, keep=lambda name: True) -> tuple[str, str]:
    """(county, township) of a real township ending ``suffix`` under a county ending 县."""
    while True:
        town = rng.choice([t for t in places.of_level("township") if t.name.endswith(suffix) and len(t.name) >= 3
                           and _plain(t.name) and t.name[0] not in _WHOLE_WORDS + "我该此辖" and "城乡" not in t.name
                           and keep(t.name)])
        county = places.parent(town)
        if county and county.name.endswith("县") and _plain(county.name):
            return county.name, town.name


def _work_basis_township(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, town = _township(rng, "乡")
    year = rep.year
    lines = [(f"根据条例和上级通知要求，根据{county}{town}{year}年政府信息与政务公开工作基本情况编制本报告。"
              f"{_period(year)}如对本报告有疑问，请与{county}{town}人民政府办公室联系。"), "一、总体情况",
             f"{town}把政府信息公开作为一项经常性工作，专门成立领导小组。", *brief_items(rng), *_REST]
    return lines, county + town, year


def _office_gathers_district(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, county = _county_in_city(rng)
    year = rep.year
    lines = [(f"本年度报告由{city}{county}人民政府办公室综合县政府各部门、各乡镇的政府信息公开年度报告编制。"
              f"{_period(year)}如对本报告有疑问，请与{city}{county}人民政府办公室联系。"), "一、总体情况",
             f"{year}年，{county}坚持以公开为常态，全面推进政务公开工作。", *brief_items(rng), *_REST]
    return lines, city + county + "人民政府", year


def _service_centre_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county = _county_in_city(rng)
    year = rep.year
    lines = [f"根据条例编制本报告。{_period(year)}如对本报告有疑问，请联系{county}政府政务服务中心。", "一、总体情况",
             f"{year}年，{county}人民政府坚持依法公开，稳步推进政府信息公开各项工作。", *brief_items(rng), *_REST]
    return lines, county + "人民政府", year


def _aim_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, town = _township(rng, "乡")
    year = rep.year
    aim = rng.choice(("以贯彻条例为契机", "以落实年度要点为抓手", "以便民利民为目标"))
    lines = ["一、总体情况", f"{year}年，{town}{aim}，扎实推进政府信息公开工作。", *brief_items(rng), *_REST]
    return lines, town, year


def _platform_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, town = _township(rng, "镇")
    year = rep.year
    where = rng.choice(("县政府门户网站信息公开专栏", "政府信息公开平台", "政府信息公开目录系统"))
    lines = ["一、总体情况", "（一）主动公开情况", f"{year}年，{town}在{where}主动公开各类信息{rng.randint(20, 300)}条。",
             "（二）依申请公开情况", f"{year}年，本机关收到政府信息公开申请{rng.randint(0, 9)}件。", *_REST]
    return lines, town, year


def _whole_word_township(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    town = rng.choice([t.name for t in places.of_level("township") if t.name[0] in _WHOLE_WORDS and len(t.name) >= 3
                       and t.name.endswith(("乡", "镇")) and _plain(t.name)])
    year = rep.year
    lines = [f"在认真总结{year}年{town}政府信息公开工作的基础上，编制了此报告。{_period(year)}", "一、总体情况",
             f"{year}年，我{town[-1]}稳步推进政府信息公开工作。", *brief_items(rng), *_REST]
    return lines, town, year


def _chengxiang_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    town = rng.choice([t.name for t in places.of_level("township") if t.name.endswith("城乡") and len(t.name) >= 3
                       and _whole(t.name) and t.name[0] not in _WHOLE_WORDS + "我该此辖"])
    year = rep.year
    lines = [f"{town}{year}年政府信息公开工作年度报告", "一、总体情况", f"{year}年，我乡坚持以公开为常态、不公开为例外。",
             *brief_items(rng), *_REST]
    return lines, town, year


def _doubled_kind_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county = _county_in_city(rng)
    year = rep.year
    lines = [f"根据条例编制本报告。{_period(year)}如有疑问，请与{county}县人民政府办公室联系。", "一、总体情况",
             f"{year}年，我办认真落实条例，稳步推进政府信息公开工作。", *brief_items(rng), *_REST]
    return lines, county + "人民政府办公室", year


def _this_year_township(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, town = _township(rng, "乡")
    year = rep.year
    lines = [f"本报告根据条例编制。报告中所列数据的统计期限为{year}年1月1日至{year}年12月31日。", "一、总体情况",
             f"（一）健全机制。{year}年度，我乡成立信息公开工作领导小组。",
             f"（二）拓宽渠道。本年度，{town}积极深化公开内容，整合线上线下公开载体。", *brief_items(rng), *_REST]
    return lines, town, year


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
DESK_SHAPES = {"work_basis_township": _work_basis_township, "office_gathers_district": _office_gathers_district,
               "service_centre_desk": _service_centre_desk, "aim_subject": _aim_subject,
               "platform_subject": _platform_subject, "whole_word_township": _whole_word_township,
               "chengxiang_title": _chengxiang_title, "doubled_kind_desk": _doubled_kind_desk,
               "this_year_township": _this_year_township}
