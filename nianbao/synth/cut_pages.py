"""Untitled pages cut short, as portals and document sites serve them: ``cut_page`` stops after the overview's
first items; ``lead_cut_page`` opens on a lead paragraph on the year's work (a national agency's habit), its
overview's points written 一是/二是, and stops after two or three. Each states the report's agency and year and is
a report whose status is ``partial``. All wording is nianbao's own (``data/banks.json``, ``portal``).
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report, banks
from nianbao.synth.portal import traditional


def cut_page(rep: Report) -> list[str]:
    """The lines of an untitled page cut after the overview's first one or two items: the preamble's stock
    sentence (or none), the overview's heading, its opening sentence on the year and the agency, then the
    format's first items ('（一）主动公开情况' …), the last one maybe cut mid-sentence. The agency and year
    are the report's: nianbao should read them, and the page as a report whose status is ``partial``."""
    rng = random.Random(f"{rep.seed}:cut")
    p = banks()["portal"]
    lines = [rng.choice(p["cut_preambles"]).format(year=rep.year)] if rng.random() < 0.5 else []
    lines.append(rng.choice(("一、总体情况", "一、 总体情况", "一、总体情况概述")))
    lines.append(rng.choice(p["narrative_openings"]).format(agency=rep.agency.name, year=rep.year))
    items = rng.choice(p["cut_items"])
    for k in range(rng.choice((1, 2))):
        lines.append(items[k])
        sentence = rng.choice(p["cut_sentences"][k]).format(year=rep.year, n=rng.randint(20, 3000), m=rng.randint(0, 60))
        lines.append(sentence if rng.random() < 0.6 else sentence[: rng.randint(8, len(sentence) - 2)])
    return lines


def lead_cut_page(rep: Report) -> tuple[list[str], bool]:
    """The lines of an untitled page (a national agency's habit) that opens on a lead paragraph on the
    year's disclosure work ('2023年，某署…扎实做好政府信息公开各项工作…') instead of the stock preamble,
    then 一、总体情况 and the overview's points written '一是…' / '二是…', cut after two or three of
    them; some reposted in traditional characters (the flag). A report whose status is ``partial``."""
    rng = random.Random(f"{rep.seed}:lead-cut")
    p = banks()["portal"]
    lines = [rng.choice(p["lead_openings"]).format(agency=rep.agency.name, year=rep.year),
             rng.choice(("一、总体情况", "一、 总体情况"))]
    points = rng.choice(p["lead_points"])
    lines += [pt.format(n=rng.randint(5, 300), m=rng.randint(1, 40)) for pt in points[: rng.choice((2, 3))]]
    trad = rng.random() < 0.4
    return ([traditional(line) for line in lines] if trad else lines), trad
