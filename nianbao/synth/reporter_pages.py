"""Pages naming two plausible bodies, of which one is the reporter: a place's report compiled by its government's
office, an office's own report, a department's report giving its government's desk to contact, a body named by its
kind alone with its place stated elsewhere or nowhere, and the same under injected text. Each shape states the
reporter in one of the positions reports use (title, portal metadata block, preamble, signature, contact), and
gives every name the page uses for the reporter (any one right, as the dev gold counts) — or none, where the page
states its body by kind alone and no place anywhere (a wrong name is worse than none). Every sentence is nianbao's
own; the places are the gazetteer's.

- ``place_by_office``: 'X县2023年…报告' (or '现公布X县…报告', a block's 标题) over '本报告由X县人民政府办公室编制' /
  '发布机构：X县人民政府办公室' / the office as contact desk → X县 (or X县人民政府);
- ``place_untitled_by_office``: an untitled report whose overview speaks as the place ('2023年，X县坚持…', '我县')
  compiled by the government's office → X县;
- ``place_speaks_by_office``: untitled, '由X县人民政府办公室编制', the narrative naming the government's work and
  speaking as the place ('推进政府信息公开是X县人民政府…', '我县政府信息公开工作') → X县;
- ``generic_compiler``: untitled, compiled by '县政府办公室' (no place), the overview and the contact naming the
  place ('X县各级行政机关…', '请与X县人民政府办公室联系') → X县;
- ``office_own``: 'X县人民政府办公室2023年…报告' (the office's own, speaking as 本办) → the office;
- ``department_gov_desk``: a department's report ('X县财政局…报告', '发布机构：X县财政局', signed by it) with the
  government's office as the desk to ask → the department;
- ``kind_placed_elsewhere``: '财政局2023年…报告' with 'X县财政局' in the contact, signature or block → X县财政局;
- ``generic_kind_one_place``: '县财政局' with one real county the page names ('X县门户网站') → either name;
- ``kind_alone``: '财政局2023年…报告' and no place anywhere → none;
- ``kind_alone_injected``: the same with a visitor's comment naming another place's body → none (never the other);
- ``copied_compiler``: a department's untitled report speaking as 我局 whose compiled-by sentence names a body of
  another kind (a copy of a neighbour's report), its contact desk the department → the department;
- ``office_for_work``: an untitled report compiled by a place's office named for its work ('X县法制办公室',
  'X县政务服务管理办公室'), speaking as 我办 → that office;
- ``township_framed``: a township's untitled report in the frame its county gave it — the county's office as a
  portal block's 发布机构, or the county's template preamble ('特向社会公布X县…年度报告') — speaking as 我镇/本街道
  or 'under the town's Party committee', its contact desk the township → the township (with or without its county);
- ``generic_desk``: a department's untitled report naming itself only as its contact desk by its level's word ('请与市
  审计局办公室联系'), its narrative too ('市审计局成立了…'), and with its place only in passing ('更新了X市审计局门户
  网站…') → either name;
- ``place_item_subject``: a place's untitled report whose first item, under its own heading line, opens on the place
  ('（一）工作落实情况' / 'X市认真贯彻落实…', '全市各级政府…') → X市 (or X市人民政府);
- ``units_gathered``: a place's untitled report compiled from its townships' (or districts') and its government's
  departments' work, the government named by its kind alone ('县政府各部门') and in full only as its portal's owner
  → X县人民政府 (or X县);
- ``gathered_signed_office``: 'X市…年度政府信息公开工作报告' dated and signed by '市政府办公室', its preamble gathering all
  the place's districts' and departments' work → X市 (or X市人民政府), not the office.
"""

from __future__ import annotations

import random
import re
from functools import cache

from nianbao.core import places

SHAPES = ("place_by_office", "place_untitled_by_office", "place_speaks_by_office", "generic_compiler", "office_own",
          "department_gov_desk", "kind_placed_elsewhere", "generic_kind_one_place", "kind_alone", "kind_alone_injected",
          "copied_compiler", "office_for_work", "township_framed", "generic_desk", "place_item_subject",
          "units_gathered", "gathered_signed_office")
_LEVELS = ("provincial", "prefectural", "county")
_SUFFIX = {"provincial": "省", "prefectural": "市", "county": "县"}
# A province's departments are 厅, a city's or county's 局; the same jobs at each level.
_DEPARTMENTS = {"provincial": ("财政厅", "教育厅", "民政厅", "司法厅", "水利厅", "商务厅", "自然资源厅", "生态环境厅"),
                "other": ("财政局", "教育局", "民政局", "司法局", "水利局", "商务局", "审计局", "统计局",
                          "退役军人事务局", "生态环境局", "自然资源局", "医疗保障局")}


@cache
def _townships() -> tuple[tuple[places.Place, places.Place], ...]:
    """Real 镇, 乡 and 街道 with the county they belong to (the gazetteer's), named so that 我镇/本街道 speak of them."""
    pairs = []
    for town in places.of_level("township"):
        county = places.parent(town)
        if county and county.level == "county" and re.fullmatch(r"[\u4e00-\u9fff]{1,6}(镇|乡|街道)", town.name):
            pairs.append((town, county))
    return tuple(pairs)


@cache
def _pool(level: str) -> tuple[places.Place, ...]:
    """Real places of ``level`` a page may write whose one-character suffix is the level's (省, 市, 县), so that the
    page's '我县' and '全县' speak of it; no municipality and no special administrative region."""
    suffix = _SUFFIX[level]
    return tuple(p for p in places.of_level(level)  # type: ignore[arg-type]
                 if p.name.endswith(suffix) and len(p.name) >= 3 and p.name[0] not in "全本各我该此辖"
                 and p.name not in ("北京市", "上海市", "天津市", "重庆市") and not re.search(r"[-－]|直辖|自治", p.name))


def _office(place: str, level: str) -> str:
    return place + ("人民政府办公厅" if level == "provincial" else "人民政府办公室")


def _department(rng: random.Random, level: str) -> str:
    return rng.choice(_DEPARTMENTS["provincial" if level == "provincial" else "other"])


def _items(rng: random.Random) -> list[str]:
    return ["（一）主动公开", f"全年主动公开政府信息{rng.randint(10, 400)}条。", "（二）依申请公开",
            f"全年新收政府信息公开申请{rng.randint(0, 30)}件，均按期答复。"]


def _rest() -> list[str]:
    return ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、存在的主要问题及改进情况",
            "下一步将进一步规范公开流程，提升公开质量。"]


def _speaking(rng: random.Random, self_word: str, year: int) -> list[str]:
    """The overview as the body speaks of itself ('我县', '本办', '我局')."""
    return ["一、总体情况", f"{year}年，{self_word}坚持以公开为常态、不公开为例外，持续推进政务公开。", *_items(rng), *_rest()]


def _contact(rng: random.Random, desk: str) -> str:
    return rng.choice((f"如对本报告有疑问，请与{desk}联系（电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）。",
                       f"如对本报告有任何意见，可与{desk}联系。"))


def _block(rng: random.Random, title: str, publisher: str, year: int) -> list[str]:
    return [f"索引号：{rng.randint(10 ** 8, 10 ** 9 - 1)}", f"发布机构：{publisher}",
            f"发布日期：{year + 1}-01-{rng.randint(10, 28)}", f"标题：{title}"]


def _signed(name: str, year: int, rng: random.Random) -> list[str]:
    return [name, f"{year + 1}年1月{rng.randint(10, 28)}日"]


def reporter_page(rng: random.Random, shape: str, year: int) -> tuple[list[str], tuple[str, ...]]:
    """A page of ``shape`` (one of ``SHAPES``) and every name it uses for its reporter (empty: it states none)."""
    level = rng.choice(_LEVELS)
    place = rng.choice(_pool(level)).name
    office, suffix, report = _office(place, level), place[-1], f"{year}年政府信息公开工作年度报告"
    dept = _department(rng, level)
    if shape == "place_by_office":
        how = rng.choice(("title", "published", "block", "contact"))
        compiled = f"本报告由{office}编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
        body = _speaking(rng, f"我{suffix}", year)
        if how == "title":
            lines = [place + report, compiled, *body]
        elif how == "published":
            lines = [report, f"现公布{place}{report}。", compiled, *body]
        elif how == "block":
            lines = [*_block(rng, place + report, office, year), place + report, *body]
        else:
            lines = [place + report, *body, _contact(rng, office)]
        return lines, (place, place + "人民政府")
    if shape == "place_untitled_by_office":
        compiled = rng.choice((f"本报告由{office}编制。", f"本报告由{office}根据各部门年度报告汇总编制。"))
        lines = [report, compiled, "一、总体情况", f"{year}年，{place}坚持以公开为常态、不公开为例外，全面推进政务公开。",
                 *_items(rng), *_rest(), _contact(rng, office)]
        return lines, (place, place + "人民政府")
    if shape == "place_speaks_by_office":
        lines = [report, f"本年度报告是根据《中华人民共和国政府信息公开条例》的要求，由{office}编制。", "一、概述",
                 f"推进政府信息公开是{place}人民政府贯彻落实《条例》的重要举措。{year}年我{suffix}政府信息公开工作稳步推进。",
                 *_items(rng), *_rest()]
        return lines, (place, place + "人民政府")
    if shape == "generic_compiler":
        generic = suffix + ("政府办公厅" if level == "provincial" else "政府办公室")
        lines = [report, f"本年度报告由{generic}综合各部门年度报告编制。", "一、概述",
                 f"{year}年，{place}各级行政机关坚持以公开为常态、不公开为例外。", *_items(rng), *_rest(),
                 _contact(rng, office)]
        return lines, (place, place + "人民政府")
    if shape == "office_own":
        word = "本厅" if level == "provincial" else "本办"
        how = rng.choice(("title", "block", "signature"))
        body = _speaking(rng, word, year)
        if how == "title":
            lines = [office + report, f"本报告由{office}编制。", *body, _contact(rng, office)]
        elif how == "block":
            lines = [*_block(rng, office + report, office, year), office + report, *body]
        else:
            lines = [office + report, *body, *_signed(office, year, rng)]
        return lines, (office,)
    if shape == "department_gov_desk":
        named = place + dept
        how = rng.choice(("title", "block", "signature", "preamble"))
        body = _speaking(rng, "我" + dept[-1], year)
        desk = _contact(rng, office)
        if how == "title":
            lines = [named + report, *body, desk]
        elif how == "block":
            lines = [*_block(rng, named + report, named, year), report, *body, desk]
        elif how == "signature":
            lines = [report, *body, desk, *_signed(named, year, rng)]
        else:
            lines = [report, f"本报告由{named}编制。", *body, desk]
        return lines, (named,)
    if shape == "kind_placed_elsewhere":
        named = place + dept
        how = rng.choice(("contact", "signature", "block"))
        body = _speaking(rng, "我" + dept[-1], year)
        if how == "contact":
            lines = [dept + report, *body, _contact(rng, named)]
        elif how == "signature":
            lines = [dept + report, *body, *_signed(named, year, rng)]
        else:
            lines = [*_block(rng, dept + report, named, year), dept + report, *body]
        return lines, (named,)
    if shape == "generic_kind_one_place":
        county = rng.choice(_pool("county")).name
        generic = "县" + _department(rng, "county")
        lines = [generic + report, "一、总体情况", f"{year}年，我局依托{county}人民政府门户网站公开政府信息。",
                 *_items(rng), *_rest()]
        return lines, (generic, county + generic[1:])
    if shape in ("kind_alone", "kind_alone_injected"):
        lines = [dept + report, *_speaking(rng, "我" + dept[-1], year)]
        if shape == "kind_alone_injected":
            other = rng.choice(_pool("county")).name + _department(rng, "county")
            lines.insert(rng.randint(2, len(lines) - 1), f"网友留言：听说{other}公开得更好，欢迎来{other}看看。")
        return lines, ()
    if shape == "copied_compiler":
        # the copied compiler is of another kind than the voice (a 局's page over a commission's or an office's words)
        named = place + dept
        other = rng.choice(_pool("county")).name + rng.choice(("发展和改革委员会", "人民政府办公室", "卫生健康委员会"))
        lines = [report, f"本报告由{other}编制。", *_speaking(rng, "我" + dept[-1], year),
                 f"{year}年，我{dept[-1]}未收到行政复议申请。", _contact(rng, named)]
        return lines, (named,)
    if shape == "office_for_work":
        named = place + rng.choice(("法制办公室", "政务服务管理办公室", "行政审批服务管理办公室", "人民防空办公室"))
        lines = [report, f"本报告由{named}依照《中华人民共和国政府信息公开条例》要求编制。",
                 *_speaking(rng, "我办", year), f"{year}年，我办未收到行政复议申请。"]
        return lines, (named,)
    if shape == "township_framed":
        town, county = (p.name for p in rng.choice(_townships()))
        kind = "街道" if town.endswith("街道") else town[-1]
        voice = rng.choice((f"我{kind}", f"本{kind}"))
        led = rng.choice((f"在{kind}党委、{kind}政府的正确领导下，" if kind != "街道" else "在街道党工委、办事处的领导下，", ""))
        body = ["一、总体情况", f"{year}年，{led}{voice}认真落实政务公开各项要求，稳步推进信息公开。", *_items(rng),
                f"{year}年，{voice}未收到行政复议申请。", *_rest()]
        desk = _contact(rng, rng.choice((town, county + town)) + rng.choice(("", "党政办", "党政综合办公室")))
        if rng.random() < 0.5:
            lines = [*_block(rng, f"{year}年度政府信息公开工作年度报告", _office(county, "county"), year)[:3], *body, desk]
        else:
            lines = [f"根据《中华人民共和国政府信息公开条例》要求，特向社会公布{county}{year}年政府信息公开工作年度报告。",
                     desk, *body]
        return lines, (town, county + town, town + ("办事处" if kind == "街道" else "人民政府"),
                       county + town + ("办事处" if kind == "街道" else "人民政府"))
    if shape == "generic_desk":
        generic = _SUFFIX[level] + dept
        lines = [f"根据《中华人民共和国政府信息公开条例》要求，我单位编制了{year}年度政府信息公开工作报告。"
                 f"如对本年报有任何疑问，请与{generic}办公室联系（电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）。",
                 "一、总体情况", "（一）组织机构建设情况",
                 f"为加强对信息公开工作的组织领导，{generic}成立了政府信息公开工作领导小组。",
                 f"同时更新了{place}{dept}门户网站的信息公开栏目。", *_items(rng), *_rest()]
        return lines, (generic, place + dept)
    if shape == "place_item_subject":
        lines = [f"本报告根据《中华人民共和国政府信息公开条例》编制而成，所列数据为{year}年1月1日至{year}年12月31日。",
                 "一、总体情况", rng.choice(("（一）工作落实情况", "（一）组织推进情况")),
                 f"{place}认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开。",
                 f"{year}年，全{suffix}各级政府及其部门主动公开政府信息{rng.randint(1000, 90000)}条。", *_rest()]
        return lines, (place, place + "人民政府")
    units = "各县（市、区）人民政府" if level != "county" else "各乡镇、街道人民政府"
    if shape == "units_gathered":
        lines = [f"本报告根据《中华人民共和国政府信息公开条例》以及{year}年度{units}和{suffix}政府各部门的政府信息公开情况编制。"
                 f"本报告的电子版可在{place}人民政府门户网站查阅和下载。", "一、概述",
                 f"{year}年，全{suffix}政府信息公开工作稳步推进。", *_items(rng), *_rest()]
        return lines, (place, place + "人民政府")
    if shape == "gathered_signed_office":
        generic = suffix + ("政府办公厅" if level == "provincial" else "政府办公室")
        lines = [f"{place}{year}年度政府信息公开工作报告", f"{generic} {year + 1}年03月{rng.randint(10, 28)}日",
                 f"本报告在汇总{units}和{suffix}政府各部门政府信息公开工作情况基础上编制而成。",
                 "一、总体公开情况", f"{year}年，全{suffix}主动公开政府信息{rng.randint(1000, 90000)}条。", *_rest()]
        return lines, (place, place + "人民政府")
    raise ValueError(f"unknown shape {shape!r}")

