"""Untitled pages a bureau's own office posted (agency19: the reshaping harness's ``untitled`` read the portal's 发布机构
'某局办公室' once the title naming the bureau was gone): the portal's metadata rows name the bureau's 办公室 as the
publisher, the page says 我局 and its overview names the bureau itself. The reporter is the bureau: a 局's 办公室 reports
for no one but its 局. Places are real counties and cities (``nianbao.core.places``); every sentence is nianbao's own.

- ``office_publisher``: the rows '发布机构：某县某局办公室', the overview 'YEAR年，某县某局坚持…';
- ``government_office_publisher``: the counter-case — a government's own 办公室 publishing its own report (a body of
  its own), the overview naming the office as its subject: the office stays.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import period_sentence

OFFICE_PUBLISHER_KINDS = ("office_publisher", "government_office_publisher")
_BUREAUS = ("民政局", "财政局", "司法局", "统计局", "审计局", "水利局", "商务局", "应急管理局", "自然资源局", "农业农村局")


def _place(rng: random.Random) -> str:
    return rng.choice([p.name for p in places.of_level("county") if p.name.endswith("县") and 3 <= len(p.name) <= 4])


def _rows(rng: random.Random, publisher: str, year: int) -> list[str]:
    code = f"{rng.randint(10**7, 10**8 - 1)}/{year + 1}-{rng.randint(1, 99999):05d}"
    return [f"索引号：{code}", f"发布机构：{publisher}", f"发布日期：{year + 1}-01-{rng.randint(10, 28)}"]


def _rest(rng: random.Random) -> list[str]:
    return ["（一）主动公开情况", f"全年主动公开政府信息{rng.randint(20, 600)}条。", "（二）依申请公开情况",
            f"全年收到政府信息公开申请{rng.randint(0, 30)}件，均已按时答复。"]


def _office_publisher(rng: random.Random, rep: Report) -> tuple[list[str], str | None, int]:
    bureau, year = _place(rng) + rng.choice(_BUREAUS), rep.year
    lead = f"根据《中华人民共和国政府信息公开条例》要求，现将我局{year}年度政府信息公开工作情况报告如下。{period_sentence(year)}"
    overview = f"{year}年，{bureau}坚持以公开为常态、不公开为例外，认真做好政府信息公开各项工作。"
    return [*_rows(rng, bureau + "办公室", year), lead, "一、总体情况", overview, *_rest(rng)], bureau, year


def _government_office_publisher(rng: random.Random, rep: Report) -> tuple[list[str], str | None, int]:
    office, year = _place(rng) + "人民政府办公室", rep.year
    lead = f"根据《中华人民共和国政府信息公开条例》要求，现将本机关{year}年度政府信息公开工作情况报告如下。{period_sentence(year)}"
    overview = f"{year}年，{office}坚持以公开为常态、不公开为例外，认真做好政府信息公开各项工作。"
    return [*_rows(rng, office, year), lead, "一、总体情况", overview, *_rest(rng)], office, year


OFFICE_PUBLISHER_SHAPES: dict[str, Callable[[random.Random, Report], tuple[list[str], str | None, int | None]]] = {
    "office_publisher": _office_publisher, "government_office_publisher": _government_office_publisher}
