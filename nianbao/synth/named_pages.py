"""Page shapes naming their body in ways first met on heldout19's pages: a school, a township whose name holds 街,
a place-less title whose desk names the body by its short form, an overview saying what the body is, and a page
opening mid-overview whose items call their township by its kind. The places are real divisions drawn from the
gazetteer (``nianbao.core.places``); every sentence is nianbao's own. Each shape gives (lines, agency or None,
year):

- ``school_spam_title``: a mirror injects a casino's name before a school's title, which names the school
  without its place ('…平台:第三中学YEAR年…'); the preamble names it in full ('现发布《某省某县第三中学YEAR年…》');
- ``school_bare_place``: a school named after its county without the suffix ('某某二中YEAR年…报告', '由某某二中编制');
- ``street_township_desk``: a 乡 or 镇 whose name holds 街 ('某县大街乡'), named only at the desk, which is its
  disclosure leading group's office ('请联系：某县某街乡信息公开领导小组办公室'), the preamble saying 本单位;
- ``kind_title_short_desk``: the title names a commission by its kind alone ('YEAR年卫生健康委员会…'), the desk by
  the commission's short form with its city ('请与某市卫生健康委办公室联系');
- ``is_department``: untitled, the overview opening on what the body is ('某市卫生健康委是主管全市…的市政府职能部门');
- ``kind_items_year``: opening mid-overview at its second item, the items naming their township by its kind
  ('YEAR年度街道受理信息公开申请0件'): the year, no body.
"""

from __future__ import annotations

import random
import re

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items

NAMED_KINDS = ("school_spam_title", "school_bare_place", "street_township_desk", "kind_title_short_desk",
               "is_department", "kind_items_year")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_ORDINALS = "一二三四五六七八"
# Commissions a city names with 委员会 in full and 委 for short.
_COMMISSIONS = ("卫生健康委员会", "发展和改革委员会", "教育委员会", "民族宗教事务委员会")


def _county(rng: random.Random) -> places.Place:
    """A real county ending 县 whose bare name (two characters or more) opens no other division's name."""
    return rng.choice([c for c in places.of_level("county") if c.name[-1] == "县" and len(c.name) >= 3
                       and not any(k in c.name[:-1] for k in "乡镇街")])


def _city(rng: random.Random) -> str:
    return rng.choice([c for c in places.of_level("prefectural") if c.name.endswith("市")]).name


def _province(county: places.Place) -> str:
    node = county
    while (up := places.parent(node)) is not None:
        node = up
    return node.name


def _school_spam_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rep.year
    school = f"第{rng.choice(_ORDINALS)}中学"
    body = _province(county) + county.name + school
    spam = rng.choice(("某某娱乐app官网平台", "体育投注app$官网首页", "棋牌游戏官网app平台"))
    lines = [spam, f"您现在所在的位置：{spam} > 政府信息公开 > 政府信息公开年报",
             f"{spam}:{school}{year}年政府信息公开工作年度报告", f"发布时间：{year + 1}-01-1{rng.randint(0, 9)}",
             f"依照条例有关规定，现发布《{body}{year}年政府信息公开工作年度报告》。", "一、总体情况",
             f"{year}年，我校认真落实条例，稳步推进校务公开。", *brief_items(rng), *_REST]
    return lines, body, year


def _school_bare_place(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rep.year
    body = places.bare_name(county.name) + rng.choice(_ORDINALS) + "中"
    lines = [f"{body}{year}年政府信息公开工作年度报告",
             f"本报告依照条例要求，由{body}编制。本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
             "一、总体情况", f"{year}年，我校扎实做好信息公开工作。", *brief_items(rng), *_REST]
    return lines, body, year


def _street_township(rng: random.Random) -> tuple[str, str]:
    """(county, township) of a real 乡 or 镇 whose name holds 街 before its suffix ('大街乡')."""
    township = rng.choice([t for t in places.of_level("township") if re.search(r"..街[乡镇]$", t.name)
                           or re.fullmatch(r".街[乡镇]", t.name)])
    county = places.parent(township)
    return (county.name if county else ""), township.name


def _street_township_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, township = _street_township(rng)
    year = rep.year
    lead = (f"依照条例规定，现编制并公布本单位{year}年政府信息公开工作年度报告。本报告所列数据的统计期限为{year}年1月1日至"
            f"{year}年12月31日。如对本报告有疑问，请联系：{county}{township}信息公开领导小组办公室，电话：{rng.randint(1000000, 9999999)}。")
    lines = ["引 言", lead, "一、基本概况", f"{year}年，我{township[-1]}按照县政府部署开展政府信息公开工作。",
             *brief_items(rng), *_REST]
    return lines, county + township, year


def _kind_title_short_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, commission, year = _city(rng), rng.choice(_COMMISSIONS), rep.year
    short = commission[:-2]  # 卫生健康委员会 → 卫生健康委
    lines = [f"{year}年{commission}政府信息公开工作年度报告",
             f"{year}年，我委依照条例开展政府信息公开工作并编制本报告。如对本报告有疑问，请与{city}{short}办公室联系。",
             "一、总体情况", "我委围绕重点领域加大公开力度。", *brief_items(rng), *_REST]
    return lines, city + short, year


def _is_department(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, commission, year = _city(rng), rng.choice(_COMMISSIONS), rep.year
    body = city + commission[:-2]
    lines = ["一、总体情况", f"{body}是主管全市相关事务的市政府职能部门，依照条例开展政府信息公开工作。"
             f"{year}年，我委配备兼职工作人员负责公开工作。", *brief_items(rng), *_REST]
    return lines, body, year


def _kind_items_year(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = ["（二）政府信息依申请公开情况", f" {year}年度街道受理信息公开申请{rng.randint(0, 5)}件。",
             "（三）复议、诉讼和申诉情况", f"{year}年度街道未发生政府信息公开行政复议案。",
             "（四）机构建设情况", "我街道工作机构设在党政办公室。", "二、主动公开政府信息情况", "第二十条第（一）项",
             "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量", "规章 | 0 | 0 | 0",
             f"规范性文件 | {rng.randint(0, 3)} | 0 | 0", "三、收到和处理政府信息公开申请情况",
             "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"]
    return lines, None, year


NAMED_SHAPES = {"school_spam_title": _school_spam_title, "school_bare_place": _school_bare_place,
                "street_township_desk": _street_township_desk, "kind_title_short_desk": _kind_title_short_desk,
                "is_department": _is_department, "kind_items_year": _kind_items_year}
