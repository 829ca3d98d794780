"""Page shapes of heldout16's classes: report beginnings that never plainly say whose they are, or that they
are a report. The places are real divisions drawn from the gazetteer (``nianbao.core.places``); the bodies and
every sentence are nianbao's own. Each shape gives (lines, agency or None, year):

- ``made_rules``: untitled, '本单位' in the preamble and '我局' throughout; the bureau named in full only in the
  title of the rules it says it made ('制定了《某县气象局政府信息公开实施办法》');
- ``bracketed_meta``: a portal's pipe rows printing their keys in brackets and spaced out ('[ 发布机构 ] | …'),
  one key after another in a row; the preamble names no body;
- ``desk_of_office``: a township's report whose desk is its government office's 政府信息公开办公室, the lead
  (after the date it was written) signed by the township's 政府信息公开工作领导小组办公室, all on one line;
- ``letter_title``: the report sent as the body's letter ('某局 关于YEAR年度政府信息公开年度报告的函');
- ``old_untitled``: a pre-2019 report cut from its title and preamble, opening at its first heading on the
  bureau's year of 政府信息公开 work (it never calls itself a report), the bureau named as the maker of its rules;
- ``according_lead``: untitled, a lead '按照《中华人民共和国政府信息公开条例》的要求，我委…' before 一、总体情况
  and two of the overview's items; the 委 names itself only 我委 (no agency);
- ``farm_title``: a state farm's title naming it by its kind alone ('园艺场YEAR年…').
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report

UNSAID_KINDS = ("made_rules", "bracketed_meta", "desk_of_office", "letter_title", "old_untitled", "according_lead",
                "farm_title")
# Shapes of a pre-2019 report: the page states a year before 2019, not the sampled report's.
OLD_OUTLINE_KINDS = ("old_untitled",)
_BUREAUS = ("气象局", "水利局", "审计局", "统计局", "档案局", "林业局")


def _county(rng: random.Random) -> str:
    """A real county-level division's name ending 县 or 市 (three characters or more)."""
    return rng.choice([c for c in places.of_level("county") if c.name[-1] in "县市" and len(c.name) >= 3]).name


def _town(rng: random.Random) -> str:
    """A real 乡 or 镇 with its county before it."""
    county = rng.choice([c for c in places.of_level("county") if c.name[-1] == "县"
                         and any(t.name.endswith(("乡", "镇")) for t in places.children(c))])
    return county.name + rng.choice([t for t in places.children(county) if t.name.endswith(("乡", "镇"))]).name


def _period(year: int) -> str:
    return f"本报告所列数据统计期限为{year}年1月1日至{year}年12月31日。"


def _made_rules(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _county(rng) + rng.choice(_BUREAUS), rep.year
    lines = [f"依据条例有关规定，特向社会公布{year}年度本单位信息公开年度报告。{_period(year)}", "一、概述",
             f"{year}年，我局按照条例和上级部署，有序推进政府信息公开工作。一是成立领导小组，由局长任组长。"
             f"二是制定了《{body}政府信息公开实施办法》，明确工作职责。", "二、主动公开政府信息情况",
             f"全年我局主动公开信息{rng.randint(10, 400)}条。"]
    return lines, body, year


def _bracketed_meta(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _county(rng) + rng.choice(_BUREAUS), rep.year
    code = f"{rng.randint(10**7, 10**8 - 1)}/{year + 1}-{rng.randint(1, 99999):05d}"
    lines = [f"[ 索 引  号 ] | {code} | [ 文 号 ] | [ 发布机构 ] | {body} | |", "---|---|---|---|---|---|",
             f"[ 成文日期 ] | {rep.published} | [ 有 效 性 ] | 有效 |",
             f"依据条例有关规定，特编制{year}年度政府信息公开工作年度报告，并向社会公布。{_period(year)}", "一、概述",
             f"{year}年，我局主动公开信息{rng.randint(10, 400)}条。"]
    return lines, body, year


def _desk_of_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    town, year = _town(rng), rep.year
    lines = [f"（{year}年12月{rng.randint(10, 28)}日） {town}政府信息公开工作领导小组办公室 依据条例要求。领导小组办公室面向社会公众公布{year}年度本级政府信息公开年度报告。"
             f"{_period(year)}"
             f"如有疑问，请与{town}人民政府办公室政府信息公开办公室联系。 一、概述 "
             f"{year}年，全{town[-1]}政府信息公开工作围绕中心工作有序开展。"]  # a crawler's page on one line
    return lines, f"{town}人民政府", year


def _letter_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _county(rng) + rng.choice(_BUREAUS), rep.year
    lines = [f"{body} 关于{year}年度政府信息公开年度报告的函", "县政务公开办公室：",
             f"依据条例和有关通知的要求，我局回顾了{year}年政府信息公开工作，现将有关情况报告如下：", "一、基本情况",
             "我局调整了政府信息公开工作领导小组，明确专人负责日常工作。"]
    return lines, body, year


def _old_untitled(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _county(rng) + rng.choice(_BUREAUS), rng.randint(2009, 2018)
    lines = ["一、加强领导，推进公开工作", f"{year}年，我局依照《中华人民共和国政府信息公开条例》的规定，持续推进政府信息公开工作，"
             f"制定《{body}政务公开办法》，保证我局公开的政府信息准确及时。", "二、完善机制，规范公开程序",
             "我局落实政府信息公开保密审查，明确了公开内容和责任。"]
    return lines, body, year


def _according_lead(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = ["按照《中华人民共和国政府信息公开条例》的要求，我委有序开展政府信息公开工作，各项工作运行正常。", "一、总体情况",
             f"{year}年，我委依照上级部署推进依法行政，规范政府信息公开内容。",
             f"（一）主动公开方面。全年我委解读行政规范性文件{rng.randint(1, 9)}件。",
             f"（二）依申请公开方面。{year}年共收到政府信息公开申请{rng.randint(1, 30)}件。"]
    return lines, None, year


def _farm_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    farm, year = rng.choice(("园艺场", "良种场", "种畜场")), rep.year
    lines = [f"{farm}{year}年政府信息公开工作年度报告", "一、总体情况",
             f"{year}年{farm}依照条例要求，结合我场实际，及时公开政府信息。",
             f"1、主动公开政府信息情况：全年通过县政府网站主动公开信息{rng.randint(10, 200)}条。"]
    return lines, farm, year


UNSAID_SHAPES = {"made_rules": _made_rules, "bracketed_meta": _bracketed_meta, "desk_of_office": _desk_of_office,
                 "letter_title": _letter_title, "old_untitled": _old_untitled, "according_lead": _according_lead,
                 "farm_title": _farm_title}
