"""Pages stating a body drawn from the administrative catalogue (``nianbao.synth.body_catalogue``) at a real place
of the body's level (``nianbao.core.places``), in one of the positions where a report states its publisher. Every
sentence is nianbao's own. Each shape gives (lines, agency, year); the agency is the name as the page writes it:

- ``catalogue_title``: '{name}YEAR年政府信息公开工作年度报告';
- ``catalogue_meta``: a portal's metadata block above an untitled report ('发布机构：{name}');
- ``catalogue_preamble``: '本报告由{name}依照…编制' under a title naming no body;
- ``catalogue_signature``: the body and a date signed under the report;
- ``catalogue_contact``: '请与{name}联系' as the only statement of the body.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import cache

from nianbao.core import places
from nianbao.synth.body_catalogue import CATALOGUE, HEADED, BodyKind
from nianbao.synth.model import Report

POSITIONS = ("title", "meta", "preamble", "signature", "contact")
CATALOGUE_KINDS = tuple(f"catalogue_{p}" for p in POSITIONS)
# The kinds a page may draw: the catalogue's, the headed systems' and autonomous places by their short forms.
KINDS = (*(k.kind for k in CATALOGUE), "headed_system", "autonomous_short")
_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_SELF = "全本各我该此辖"
# '某某族自治' (one people or several) inside an autonomous place's name: the short form leaves it out.
_AUTONOMY = re.compile(r"(?:[\u4e00-\u9fff]{1,4}?族)+自治(?=[县州旗])")


def _place(rng: random.Random, level: str) -> str:
    """A real place of ``level`` as a page writes it before its body's name."""
    if level == "city_bare":
        return rng.choice([p.name for p in _pool("prefectural") if p.name.endswith("市") and len(p.name) >= 3])[:-1]
    if level == "province_bare":
        return places.bare_name(rng.choice(places.of_level("provincial")).name)
    place = rng.choice(_pool(level))
    if level == "township":
        up = places.parent(place)
        return (up.name if up and rng.random() < 0.5 else "") + place.name
    return place.name


@cache
def _pool(level: str) -> tuple[places.Place, ...]:
    """The places of ``level`` a page may write: not the gazetteer's placeholders for directly administered counties
    nor the special administrative regions (which report under no 条例), no municipality as a province."""
    return tuple(p for p in places.of_level(level) if p.name[0] not in _SELF and p.name not in _MUNICIPALITIES  # type: ignore[arg-type]
                 and len(p.name) >= 2 and not re.search(r"[-－]|直辖|特别行政区", p.name))


def _autonomous_short(rng: random.Random) -> str:
    """An autonomous county's or prefecture's government by the short form officials write ('某某县人民政府' for
    '某某瑶族自治县人民政府', '某某州' for '某某彝族自治州')."""
    short = rng.choice(_autonomous_shorts())
    return short + rng.choice(("人民政府", "人民政府办公室", "发展和改革局", "教育局", "财政局"))


@cache
def _autonomous_shorts() -> tuple[str, ...]:
    """Every autonomous county's and prefecture's short form of three characters or more ('大化县', '凉山州')."""
    names = (p.name for p in (*places.of_level("county"), *places.of_level("prefectural")) if _AUTONOMY.search(p.name))
    return tuple(short for short in (_AUTONOMY.sub("", n) for n in names) if len(short) >= 3)


def draw_body(rng: random.Random, kind: str) -> str:
    """A body of catalogue ``kind`` at a real place, written in one of its forms."""
    if kind == "autonomous_short":
        return _autonomous_short(rng)
    if kind == "headed_system":
        head, level, body = rng.choice(HEADED)
        return head + _place(rng, level) + body
    entry: BodyKind = next(k for k in CATALOGUE if k.kind == kind)
    form = rng.choice(rng.choice(entry.bodies).forms)
    return form if entry.where == "national" else _place(rng, entry.where) + form


def _items(rng: random.Random) -> list[str]:
    return ["（一）主动公开", f"全年主动公开信息{rng.randint(10, 400)}条。", "（二）依申请公开",
            f"全年新收信息公开申请{rng.randint(0, 30)}件，均按期答复。"]


def _body_lines(rng: random.Random, year: int) -> list[str]:
    return ["一、总体情况", f"{year}年，本机关坚持以公开为常态、不公开为例外，持续推进政务公开。", *_items(rng),
            "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、存在的主要问题及改进情况",
            "下一步将进一步规范公开流程，提升公开质量。"]


def catalogue_page(rng: random.Random, name: str, position: str, year: int) -> list[str]:
    """The lines of a page stating ``name`` as its body at ``position`` (one of ``POSITIONS``), in one of the
    wordings reports use there."""
    untitled = f"{year}年政府信息公开工作年度报告"
    body = _body_lines(rng, year)
    if position == "title":
        title = rng.choice((f"{name}{year}年政府信息公开工作年度报告", f"{name}{year}年度政府信息公开工作年度报告",
                            f"{name}关于{year}年度政府信息公开工作年度报告", f"{name}政府信息公开工作年度报告（{year}年度）"))
        return [title, f"本报告依照条例编制，统计期限为{year}年1月1日至{year}年12月31日。", *body]
    if position == "meta":
        key = rng.choice(("发布机构", "发文机关", "信息来源", "发布单位"))
        return [f"索引号：{rng.randint(10 ** 8, 10 ** 9 - 1)}", f"{key}：{name}", f"发布日期：{year + 1}-01-{rng.randint(10, 28)}",
                untitled, *body]
    if position == "preamble":
        sentence = rng.choice((f"本报告由{name}依照《中华人民共和国政府信息公开条例》要求编制。",
                               f"本报告由{name}编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。",
                               f"根据《中华人民共和国政府信息公开条例》规定，{name}编制了本年度报告。",
                               f"现公布{name}{year}年政府信息公开工作年度报告。"))
        return [untitled, sentence, *body]
    if position == "signature":
        return [untitled, *body, name, f"{year + 1}年1月{rng.randint(10, 28)}日"]
    if position == "contact":
        sentence = rng.choice((f"如对本报告有疑问，请与{name}联系（电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}）。",
                               f"如对本报告有任何意见，可与{name}联系。",
                               f"公众如需了解更多情况，请联系：{name}，地址：某路{rng.randint(1, 300)}号。"))
        return [untitled, *body, sentence]
    raise ValueError(f"unknown position {position!r}")


# What the registered shapes draw: every kind, and in a preamble or a contact sentence no township's 党政办, which
# nianbao reads as its township (the body whose office compiled the report or answers for it: left open).
SHAPE_KINDS = KINDS
_OFFICE_READ_AS_BODY = ("preamble", "contact")


def _shape(position: str) -> Callable[[random.Random, Report], tuple[list[str], str, int]]:
    def page(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
        while True:
            name = draw_body(rng, rng.choice(SHAPE_KINDS))
            if position not in _OFFICE_READ_AS_BODY or not re.search(r"党政办(?:公室)?$", name):
                return catalogue_page(rng, name, position, rep.year), name, rep.year
    return page


CATALOGUE_SHAPES = {f"catalogue_{p}": _shape(p) for p in POSITIONS}
