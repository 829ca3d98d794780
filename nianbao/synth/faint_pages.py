"""Page shapes that state their body or year faintly (classes first seen in the sealed set heldout14): a title naming
its body by its kind alone, a county-wide report compiled by the office from others' work, an untitled page whose
overview names its year only in passing, and a page cut after its overview's lead. The places are real divisions
drawn from the gazetteer (``nianbao.core.places``); every sentence is nianbao's own. Each shape gives (lines,
agency or None, year):

- ``kind_title``: the title says only '审计局YEAR年…报告'; the preamble names the bureau with its county
  ('现将某县审计局政府信息公开工作YEAR年度工作情况报告如下');
- ``kind_title_alone``: the same title, the page naming the bureau nowhere with a place (no agency);
- ``gathered_by_office``: untitled, '由某县人民政府办公室综合县政府各乡镇、各部门的工作情况编制而成', the overview
  opening 'YEAR年某县政务公开工作在…' (no comma): the county's government;
- ``passing_year``: untitled, no period, the overview naming its year once mid-sentence ('，YEAR年共删减…');
  no body named;
- ``lead_only``: cut after the overview's lead, which names 主动公开 and 依申请公开, and one item.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items

FAINT_KINDS = ("kind_title", "kind_title_alone", "gathered_by_office", "passing_year", "lead_only")
_BUREAUS = ("审计局", "统计局", "档案局", "林业局", "水利局", "民政局")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")


def _county(rng: random.Random) -> str:
    """A real county's name ending 县 (three characters or more) with no township's suffix inside it: a
    '平乡县' still reads as 平乡 + 县 where the overview names the county alone (a known limit)."""
    return rng.choice([c for c in places.of_level("county") if c.name[-1] == "县" and len(c.name) >= 3
                       and not any(k in c.name[:-1] for k in "乡镇")]).name


def _kind_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    bureau, year = rng.choice(_BUREAUS), rep.year
    body = _county(rng) + bureau
    lines = [f"{bureau}{year}年政府信息公开工作年度报告", f"依照条例有关规定，现将{body}政府信息公开工作{year}年度工作情况报告如下：",
             "一、总体情况", f"{year}年，我局认真落实条例，稳步推进公开工作。", *brief_items(rng), *_REST]
    return lines, body, year


def _kind_title_alone(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    bureau, year = rng.choice(_BUREAUS), rep.year
    lines = [f"{bureau}{year}年政府信息公开工作年度报告", "依照条例有关规定编制本报告。", "一、总体情况",
             f"{year}年，我局认真落实条例，稳步推进公开工作。", *brief_items(rng), *_REST]
    return lines, None, year


def _gathered_by_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rep.year
    preamble = (f"本年度报告依照条例要求，由{county}人民政府办公室综合县政府各乡镇、各部门的工作情况编制而成。"
                f"如对本报告有疑问，请联系{county}人民政府办公室。")
    lines = [preamble, "一、总体情况",
             f"{year}年{county}政务公开工作在县委县政府的领导下，扎实推进各项任务。", *brief_items(rng), *_REST]
    return lines, f"{county}人民政府", year


def _passing_year(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = ["依照条例第五十条规定，编制本报告。", "一、总体情况", "（一）主动公开",
             f"按照要求动态更新主动公开事项清单，{year}年共调整{rng.randint(2, 9)}项事项。", "（二）依申请公开",
             f"本年度共收到政府信息公开申请{rng.randint(1, 9)}件，均已按时办理。", *_REST]
    return lines, None, year


def _lead_only(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rep.year
    lead = f"{year}年，{county}人民政府按照上级部署，加大政府信息主动公开力度，规范政府信息依申请公开，健全公开机制。"
    lines = ["一、总体情况", lead, "（一）落实年度工作要点。及时细化分解任务，督促各部门抓好落实。"]
    return lines, f"{county}人民政府", year


FAINT_SHAPES = {"kind_title": _kind_title, "kind_title_alone": _kind_title_alone,
                 "gathered_by_office": _gathered_by_office, "passing_year": _passing_year, "lead_only": _lead_only}
