"""Page shapes of the agency classes agency25 worked on: schools over an academic year named outside a readable
title, public enterprises publishing their own report, spam naming a company in a title's place, and bodies a
page calls by a self-word and names only in passing. The places are real divisions drawn from the gazetteer
(``nianbao.core.places``); every sentence is nianbao's own. Each shape gives (lines, agency, year):

- ``school_one_line``: a crawler's one-line text, '某大学YYYY-YYYY学年度 信息公开工作年度报告 根据…现编制YYYY-YYYY学年
  某大学信息公开工作年度报告…一、概述…': the school, the year its academic year ends in;
- ``school_name_below``: a title with its year and no body ('YYYY年度信息公开工作年度报告'), the school's name alone on
  the next line, a date line: the school and the title's year;
- ``school_own_rules``: untitled, the page saying only 我校/学校, the school named in its own rules' title
  ('按照《某大学校务公开实施细则》'): the school, the year its academic year ends in;
- ``enterprise_title``: a city's public enterprise titled with the year ('某市轨道交通集团有限公司YYYY年政府信息公开工作
  年度报告') and compiled by itself: the enterprise;
- ``spam_company_title``: a mirror's spam company ('某某娱乐有限公司') in the title's place: no body, the title's year;
- ``county_rules_bureau``: untitled, 我局, the district's bureau named only in the rules it follows ('根据《某区某局政府
  信息公开工作规程》'): the bureau;
- ``set_up_bureau``: '现将我局YYYY年…报告如下', the bureau named only where the page says it was set up ('成立某市某局'):
  the bureau;
- ``gathered_county``: '…和本县…制度，以及YYYY年某县各乡镇、各部门等政府信息公开工作年度报告编制': the county's
  government.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report

PUBLISHER_KINDS = ("school_one_line", "school_name_below", "school_own_rules", "enterprise_title", "spam_company_title",
                   "county_rules_bureau", "set_up_bureau", "gathered_county")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_SCHOOLS = ("师范大学", "理工大学", "医科大学", "农业大学", "职业技术学院", "师范学院", "财经大学")
_TRADES = ("轨道交通集团有限公司", "水务集团有限公司", "供电公司", "公共交通集团有限公司", "城市建设投资集团", "燃气有限公司")
_SPAM = ("娱乐有限公司", "游戏有限公司", "彩票有限公司", "棋牌有限公司")
_BUREAUS = ("市场监督管理局", "自然资源局", "应急管理局", "医疗保障局", "退役军人事务局", "机关事务管理局")
_WORDS = "全本各我该此辖"


def _items(rng: random.Random) -> list[str]:
    return ["（一）主动公开", f"全年主动公开信息{rng.randint(10, 400)}条。", "（二）依申请公开",
            f"全年新收信息公开申请{rng.randint(0, 30)}件。"]


def _bare(level: str, suffix: str, rng: random.Random) -> str:
    """A real division's name of ``level`` ending ``suffix``, without the suffix (two characters or more)."""
    return rng.choice([p.name[:-len(suffix)] for p in places.of_level(level)  # type: ignore[arg-type]
                       if p.name.endswith(suffix) and len(p.name) >= len(suffix) + 2 and p.name[0] not in _WORDS])


def _full(level: str, suffix: str, rng: random.Random) -> str:
    return _bare(level, suffix, rng) + suffix


def _school_one_line(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, a, b = _bare("prefectural", "市", rng) + rng.choice(_SCHOOLS), rep.year - 1, rep.year
    line = (f"{school}{a}-{b}学年度 信息公开工作年度报告 根据省教育厅关于做好高校信息公开年度报告工作的通知要求，现编制"
            f"{a}-{b}学年{school}信息公开工作年度报告。统计时间为{a}年9月1日至{b}年8月31日。 一、概述 {a}-{b}学年度，"
            f"我校以信息公开为抓手，健全公开机制。 （一）主动公开 全年主动公开信息{rng.randint(10, 400)}条。")
    return [line, *_REST], school, b


def _school_name_below(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school = _bare("provincial", "省", rng) + rng.choice(_SCHOOLS)
    lines = [f"{rep.year}年度信息公开工作年度报告", school, f"（{rep.year}年10月30日）",
             f"按照高等学校信息公开办法要求，现将我校{rep.year}年度信息公开工作总结如下：", "一、概述",
             "学校遵循公开为常态、不公开为例外的原则推进公开工作。", *_items(rng), *_REST]
    return lines, school, rep.year


def _school_own_rules(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, a, b = _bare("prefectural", "市", rng) + rng.choice(_SCHOOLS), rep.year - 1, rep.year
    rules = rng.choice(("校务公开实施细则", "信息公开管理办法", "信息公开实施办法"))
    lines = [f"依照高等学校信息公开办法，我校根据{a}—{b}学年度各单位信息公开情况编制本报告。",
             f"本报告所列数据统计起止时间为{a}年9月1日至{b}年8月31日。", "一、基本情况",
             f"{a}—{b}学年度，学校按照《{school}{rules}》要求，把信息公开列入学校重要议事日程。", *_items(rng), *_REST]
    return lines, school, b


def _enterprise_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city = _full("prefectural", "市", rng)
    body = rng.choice((city, city[:-1])) + rng.choice(_TRADES)
    lines = [f"{body}{rep.year}年政府信息公开工作年度报告",
             f"本报告根据《中华人民共和国政府信息公开条例》要求，由{body}编制。统计期限自{rep.year}年1月1日起至"
             f"{rep.year}年12月31日止。", "一、总体情况", f"{rep.year}年，我公司积极落实上级部署，推进信息公开。",
             *_items(rng), *_REST]
    return lines, body, rep.year


def _spam_company_title(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    spam = rng.choice(("皇冠", "澳门", "金沙", "威尼斯", "新葡京")) + rng.choice(_SPAM)
    lines = [f"{spam}{rep.year}年政府信息公开工作年度报告",
             f"根据条例要求编制本报告。统计期限自{rep.year}年1月1日起至{rep.year}年12月31日止。", "一、总体情况",
             f"{rep.year}年，我局认真落实条例要求。", *_items(rng), *_REST]
    return lines, None, rep.year


def _county_rules_bureau(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = _full("county", rng.choice(("区", "县")), rng) + rng.choice(_BUREAUS)
    lines = ["一、总体情况", f"{rep.year}年，我局高度重视政府信息公开工作，围绕中心工作做好主动公开和依申请公开。",
             f"（一）主动公开。全年主动公开政府信息{rng.randint(10, 400)}条。",
             f"（二）制度建设。根据《{body}政府信息公开工作规程》要求，将责任细化到各科室。", *_REST]
    return lines, body, rep.year


def _set_up_bureau(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = _full("prefectural", "市", rng) + rng.choice(_BUREAUS)
    lines = [f"根据条例的有关规定和上级要求，现将我局{rep.year}年政府信息公开工作报告如下：", "一、总体情况",
             f"{rep.year - 1}年底，按照机构改革部署，成立{body}，首次纳入政府信息公开工作。我局高度重视，加快门户网站建设。",
             *_items(rng), *_REST]
    return lines, body, rep.year


def _gathered_county(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county = _full("county", "县", rng)
    lines = [f"本报告根据条例和本县政府信息公开有关工作制度，以及{rep.year}年{county}各乡镇、各部门等政府信息公开工作年度"
             f"报告编制。本报告中所列数据的统计期限为{rep.year}年1月1日至{rep.year}年12月31日止。", "一、概述",
             f"{rep.year}年，全县政府信息公开工作稳步推进。", *_items(rng), *_REST]
    return lines, county + "人民政府", rep.year


PUBLISHER_SHAPES = {"school_one_line": _school_one_line, "school_name_below": _school_name_below,
                    "school_own_rules": _school_own_rules, "enterprise_title": _enterprise_title,
                    "spam_company_title": _spam_company_title, "county_rules_bureau": _county_rules_bureau,
                    "set_up_bureau": _set_up_bureau, "gathered_county": _gathered_county}
