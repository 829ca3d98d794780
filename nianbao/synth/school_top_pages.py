"""Untitled university pages that name the school only at their top (agency19: the reshaping harness's ``untitled`` lost
the school where the title went and the page named it nowhere else a reader looked): the title's second line left
alone ('某农业大学' over a date line), or the school as the subject of the lead ('某理工大学根据《高等学校信息公开办法》…').
The page speaks as 学校/我校 and reports an academic year, as a university's report does. Names are drawn from real
cities (``nianbao.core.places``) and school kinds; every sentence is nianbao's own.

- ``school_name_line``: the school's name alone on the first line, the publication date under it, then the lead;
- ``school_lead_subject``: the lead opens on the school as its subject.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from nianbao.core import places
from nianbao.synth.model import Report

SCHOOL_TOP_KINDS = ("school_name_line", "school_lead_subject")
_FIELDS = ("理工", "师范", "农业", "卫生", "财经", "工程", "科技", "艺术", "交通", "林业")
_KINDS = ("大学", "学院", "职业技术学院")
_OUTLINE = ("一、概述", "二、主动公开信息情况", "三、依申请公开和不予公开情况", "四、对信息公开的评议情况")


def _school(rng: random.Random) -> str:
    city = rng.choice([c.name for c in places.of_level("prefectural") if c.name.endswith("市") and len(c.name) >= 3])
    return city[:-1] + rng.choice(_FIELDS) + rng.choice(_KINDS)


def _academic(year: int) -> str:
    return f"{year - 1}-{year}学年"


def _body(rng: random.Random, year: int) -> list[str]:
    return [_OUTLINE[0],
            f"{_academic(year)}，学校认真贯彻《高等学校信息公开办法》，进一步完善信息公开工作机制，扩大公开范围。",
            _OUTLINE[1], f"本学年通过学校信息公开网主动公开各类信息{rng.randint(40, 900)}条。",
            _OUTLINE[2], f"本学年共收到信息公开申请{rng.randint(0, 12)}件，均按规定予以答复。", _OUTLINE[3]]


def _lead(year: int) -> str:
    return (f"按照教育部办公厅关于做好高校信息公开年度报告工作的要求，现将我校{_academic(year)}"
            f"（{year - 1}年9月1日至{year}年8月31日）信息公开工作情况报告如下：")


def _name_line(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, year = _school(rng), rep.year
    return [school, f"（{year}年{rng.randint(9, 12)}月{rng.randint(1, 28)}日）", _lead(year), *_body(rng, year)], school, year


def _lead_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, year = _school(rng), rep.year
    verb = rng.choice(("根据", "按照", "依据"))
    lead = (f"{school}{verb}《高等学校信息公开办法》和上级有关要求，认真做好{_academic(year)}信息公开工作。"
            f"本报告所列数据的统计期限为{year - 1}年9月1日至{year}年8月31日。")
    return [f"发布日期：{year}-{rng.randint(10, 12)}-{rng.randint(10, 28)}", lead, *_body(rng, year)], school, year


SCHOOL_TOP_SHAPES: dict[str, Callable[[random.Random, Report], tuple[list[str], str | None, int | None]]] = {
    "school_name_line": _name_line, "school_lead_subject": _lead_subject}
