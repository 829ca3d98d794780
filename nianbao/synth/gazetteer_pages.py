"""Page shapes of heldout13's, where a reader needs to know which places are real (the places are real divisions drawn
from the gazetteer, ``nianbao.core.places``; the bodies and sentences are nianbao's own):

- ``level_self_desk``: a township calling itself 我镇 (or a 旗 我旗) throughout, its desk another body of its
  county, its own name only once (as an account's name);
- ``generic_title_place``: a title naming the body by a generic place ('市某局'), the narrative once with its
  real city;
- ``particle_before_name``: a bare report name, then '某委编制了某市某委员会YEAR年…' (the particle 了 before
  the name);
- ``undated_subject``: the overview opening on a national body without a year.

and heldout15's (real places again, our own sentences):

- ``survey_team_title``: a title with the year before a national statistics bureau's 调查队 in a real city;
- ``year_only_report``: untitled, a real 镇's government '编制YEAR年度报告', the format's parts listed;
- ``overview_first``: the page opens on 一、总体情况, a real 街道's year of disclosure work, one item telling the
  year's proactive count and requests (no format item as a sub-heading);
- ``reported_year``: untitled, opening at 一、总体情况 with '汇报我镇YEAR年…工作', then table 二's heading: no body;
- ``abbreviated_institute``: an institute named in full only in its own rules' title, abbreviated elsewhere.

The wording is nianbao's own (``data/banks.json``).
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report, banks
from nianbao.synth.page_items import overview_items, period_sentence

GAZETTEER_KINDS = ("level_self_desk", "generic_title_place", "particle_before_name", "undated_subject", "survey_team_title", "year_only_report", "overview_first", "reported_year", "abbreviated_institute")


def _real_town(rng: random.Random) -> tuple[places.Place, places.Place]:
    """A real county and one of its 镇, the county's name ending otherwise than 镇 (so the page names one 镇)."""
    counties = [c for c in places.of_level("county") if c.name[-1] in "县旗" and any(t.name.endswith("镇") for t in places.children(c))]
    county = rng.choice(counties)
    town = rng.choice([t for t in places.children(county) if t.name.endswith("镇")])
    return county, town


def _level_self_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, town, year = *_real_town(rng), rep.year
    lines = [f"本年度报告根据条例的要求制作，报告内容包括{year}年我局政府信息公开总体情况等。{period_sentence(year)}"
             f"如对本年度报告有疑问，请与{county.name}政务服务局办公室联系。", "一、总体情况", "（一）主动公开情况",
             f"我镇通过门户网站和公示栏公开信息。我镇现有一个公众号，名为{town.name}人民政府。{year}年我镇共发布信息{rng.randint(20, 900)}条。",
             "（二）依申请公开情况", "本年度我镇未收到政府信息公开申请。"]
    return lines, f"{town.name}人民政府", year


def _generic_title_place(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city = rng.choice([c for c in places.of_level("prefectural") if c.name.endswith("市")])
    dept, year = rng.choice(("气象局", "统计局", "审计局", "档案局")), rep.year
    lines = [f"市{dept}{year}年政府信息公开工作报告", f"今年以来，市{dept}认真贯彻条例，紧抓{city.name}{dept}政务公开权责清单推进各项工作，"
             "现总结如下：", "一、总体情况", f"{year}年，我局通过政府网站发布信息{rng.randint(20, 900)}条。", *overview_items(rng)[1:]]
    return lines, city.name + dept, year


def _particle_before_name(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city = rng.choice([c for c in places.of_level("prefectural") if c.name.endswith("市")])
    year = rep.year
    body = city.name + "卫生健康委员会"
    lines = [f"{year}年政府信息公开工作年度报告", f"根据条例的规定，{city.name}卫生健康委编制了{body}{year}年政府信息公开工作年度报告"
             f"（以下简称年报）。{period_sentence(year)}", *overview_items(rng)]
    return lines, body, year


def _undated_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = rng.choice(banks()["portal"]["hidden_body"]["national_bodies"]), rep.year
    lines = [f"根据条例要求，编制本年度报告。{period_sentence(year)}", f"{body}以习近平新时代中国特色社会主义思想为指导，依法全面主动公开政务信息。",
             *overview_items(rng)[1:]]
    return lines, body, year


def _real_city(rng: random.Random) -> str:
    """A real prefectural city's name without its 市 ('某市' → '某')."""
    return rng.choice([c for c in places.of_level("prefectural") if c.name.endswith("市") and len(c.name) >= 3]).name[:-1]


def _survey_team_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = f"国家统计局{_real_city(rng)}调查队", rep.year
    lines = [f"{year}年{body}政府信息公开工作报告", f"依照条例有关规定，现公布{year}年{body}政府信息公开工作年度报告。{period_sentence(year)}",
             "一、主要工作概述", f"{year}年，我队坚持公开为常态，不公开为例外，稳步推进信息公开。"]
    return lines, body, year


def _year_only_report(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, town, year = *_real_town(rng), rep.year
    body = f"{county.name}{town.name}人民政府"
    lines = [f"按照条例的有关要求，{body}结合本年度政务公开实际编制{year}年度报告。报告包含总体情况、主动公开政府信息情况、"
             f"收到和处理政府信息公开申请情况等六部分。{period_sentence(year)}", "一、总体情况",
             f"{year}年，{body}持续把政务公开作为全镇重点工作推进。", "（一）主动公开情况", f"全年公开信息{rng.randint(5, 300)}篇。"]
    return lines, body, year


def _overview_first(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    districts = [c for c in places.of_level("county") if c.name.endswith("区")
                 and any(t.name.endswith("街道") for t in places.children(c))]
    street = rng.choice([t for t in places.children(rng.choice(districts)) if t.name.endswith("街道")]).name
    year = rep.year
    lines = ["一、总体情况", f"{year}年，{street}认真落实上级关于政务公开工作的部署，不断提升公开水平。",
             "（一）抓好信息公开和政策解读",
             f"{year}年，{street}通过门户网站主动公开政府信息{rng.randint(20, 900)}条，依法办理政府信息公开申请"
             f"{rng.randint(1, 30)}件，按时答复。"]
    return lines, street, year


def _reported_year(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = ["一、总体情况", f"本报告是依据条例的要求，结合我镇实际，从总体情况、主动公开政府信息情况等六个方面汇报我镇{year}年"
             "政府信息公开工作。", "二、主动公开政府信息情况", "该部分以表格形式列出："]
    return lines, None, year


def _abbreviated_institute(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = _real_city(rng), rep.year
    field, short = rng.choice((("化学物理", "化物"), ("光学精密机械", "光机"), ("地球化学", "地化"), ("应用生态", "生态")))
    body = f"中国科学院{city}{field}研究所"
    lines = [f"{year}年度信息公开工作报告", f"本年度报告依据《中华人民共和国政府信息公开条例》、《中国科学院信息公开工作管理办法》、"
             f"《{body}信息公开工作管理办法》等规定编制。{period_sentence(year)}", "一、总体情况",
             f"{year}年，{city}{short}所扎实推进信息公开，通过所网站主动公开各类信息{rng.randint(50, 600)}条。"]
    return lines, body, year


GAZETTEER_SHAPES = {"level_self_desk": _level_self_desk, "generic_title_place": _generic_title_place, "particle_before_name": _particle_before_name, "undated_subject": _undated_subject, "survey_team_title": _survey_team_title, "year_only_report": _year_only_report, "overview_first": _overview_first, "reported_year": _reported_year, "abbreviated_institute": _abbreviated_institute}
