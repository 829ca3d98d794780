"""The body a preamble names as the owner of the year's disclosure work, where the sentence names the work
rather than the report: '在认真总结2020年某镇政府信息公开工作的基础上，编制了此报告', '结合2019年度某局的政府
信息公开工作情况编制而成', '结合某税务局（以下简称…）政府信息公开工作有关统计数据撰写', '全文包括某苏木人民政府
信息公开总体情况…', '现将某苏木人民政府2021年度政府信息公开总体情况…公开如下', '特向社会公布2022年度某局政府
信息公开工作情况', '特向社会公开2021年度由某街道编制的政府信息公开年度报告', '汇总2020年度某乡的政府信息公开
年度报告编制而成', '根据某县某乡2022年政府信息与政务公开工作基本情况编制本报告', '编写了《某大学2022—2023学年度
信息公开工作报告》' (no year), '依据《条例》和2011年度某室信息公开工作情况编制', '现对某局政府信息公开工作进行汇总报告'.

Each gives (agency, year or None, position); the agency must be a plausible body (place names and a
body, or a place alone), else the sentence names none — a generic zone ('高新区') or the words for a whole
place ('全县') never do."""

from __future__ import annotations

import re

from nianbao.core.places import leading_places
from nianbao.extraction.bodies import ALIAS, agency_before, clean_agency
from nianbao.extraction.bodies import GENERIC_ZONE as _GENERIC_ZONE
from nianbao.extraction.metadata import ACADEMIC_YEAR, BRACKETED_PROVINCE, YEAR, plausible_agency
from nianbao.extraction.offices import body_of
from nianbao.extraction.real_places import complete_generic

_NAME = rf"{BRACKETED_PROVINCE}?[^\s，,。；;：:、《》“”\"（）()\d]{{2,40}}?"


def _year_opt(group: str) -> str:
    """An optional year, its 年 perhaps left out ('公布2025某局…'), captured as ``group``; or a school's academic
    year ('结合2016~2017学年某学院信息公开工作实际'), which names no one year."""
    return rf"(?:{ACADEMIC_YEAR}\s*|(?P<{group}>{YEAR})\s*(?:年度?)?\s*)?"


_WORK = r"(?P<gov>政府)?(?:信息公开|政务公开|政务信息公开|信息与政务公开)"
# 总结/结合/以及/公布/现将 … [YEAR] NAME [的] [YEAR] 政府信息公开 [工作] 情况/实际/的基础上/有关统计数据.
_WORK_OF = re.compile(
    rf"(?:总结|结合|汇总|以及|向社会公布|现公布|特公布|现发布|现将|特将|根据)(?:了)?\s*{_year_opt('y1')}"
    rf"(?P<agency>{_NAME}{ALIAS}?)\s*(?:的)?\s*{_year_opt('y2')}{_WORK}\s*(?:工作)?\s*"
    r"(?:开展|总体|主要|基本|执行|落实)?(?:情况|实际|的基础上|基础上|有关统计数据|有关数据|工作情况)"
)
# '结合某区人民政府2020年度政府信息公开工作编制而成': the work the report was compiled from — a district's stock
# sentence, which its 街道 and departments copy word for word into their own reports (so read last of all).
_COMPILED_FROM = re.compile(
    rf"结合\s*{_year_opt('y1')}(?P<agency>{_NAME}{ALIAS}?)\s*(?:的)?\s*{_year_opt('y2')}{_WORK}\s*工作\s*编制"
)
# '涵盖了2022年某局政府信息公开工作', '涵盖某乡人民政府2024年信息公开工作情况': the report covers the body's work.
_COVERS = re.compile(
    rf"涵盖(?:了)?\s*{_year_opt('y1')}(?P<agency>{_NAME}{ALIAS}?)\s*(?:的)?\s*{_year_opt('y2')}{_WORK}\s*工作"
)
# '为认真做好某局政府信息公开工作，…现向社会公布…': the work the preamble sets out to do, taken only for a national
# body or a name opening with a real place (the gazetteer), as the sentence may name any body's work.
_DOING = re.compile(
    rf"为(?:了)?(?:认真|切实|进一步|更好地?)?(?:做好|推进|加强)\s*{_year_opt('y1')}(?P<agency>{_NAME}{ALIAS}?)\s*(?:的)?\s*"
    rf"{_year_opt('y2')}{_WORK}\s*工作[，,]"
)
# 全文包括/包含/由 NAME [YEAR] 政府信息公开 总体情况: the outline sentence names whose work it reports.
_CONTENTS = re.compile(
    rf"全文(?:包括|包含|由)\s*(?P<agency>{_NAME}{ALIAS}?)\s*{_year_opt('y1')}{_WORK}\s*(?:工作)?\s*(?:的)?总体情况"
)
# '由某街道编制的政府信息公开年度报告': the body that compiled the report, said inside the report's name.
_COMPILED_OF = re.compile(
    r"(?<![自理缘经事])由(?P<agency>[^\s，,。；;：:、《》“”\"（）()\d]{2,40}?)(?:负责)?(?:编制|编写|制作)的[^。；;]{0,24}?(?:年度报告|工作报告|年报)"
)
# '汇总2020年度某乡的政府信息公开年度报告编制而成': the body whose report the page gathers (a township's own, the
# stock sentence of a county-wide report turned to one body).
_GATHERED = re.compile(
    rf"汇总\s*{_year_opt('y1')}(?P<agency>{_NAME}{ALIAS}?)\s*的\s*{_year_opt('y2')}{_WORK}\s*(?:工作)?\s*"
    r"(?:年度报告|年报|工作报告)\s*编制而成"
)
# '编写了《某大学2022—2023学年度信息公开工作报告》': a school's report named with its academic year, which names no
# one year (the school's own name for its report: a cited notice names no school and its year stands alone).
_ACADEMIC_REPORT = re.compile(
    rf"(?:编写|编制|形成|发布|现将|现公布)(?:了)?\s*《\s*(?P<agency>{_NAME})\s*{ACADEMIC_YEAR}\s*(?:信息公开|政务公开)")
# '依据《条例》和2011年度某省某室信息公开工作情况编制': the body's year of work cited beside the rules the report
# follows (the lead is the cited rules' closing mark, so no sentence's passing 和 reads as one).
_BESIDE_RULES = re.compile(
    rf"》\s*和\s*{_year_opt('y1')}(?P<agency>{_NAME}{ALIAS}?)\s*(?:的)?\s*{_year_opt('y2')}{_WORK}\s*(?:工作)?\s*情况\s*编制")
# '现对某管委会某局政府信息公开工作进行汇总报告': the body whose work the preamble sets out to report.
_REPORTED_ON = re.compile(
    rf"现对\s*{_year_opt('y1')}(?P<agency>{_NAME}{ALIAS}?)\s*(?:的)?\s*{_year_opt('y2')}{_WORK}\s*工作(?:情况)?\s*"
    r"进行(?:汇总|全面)?(?:报告|总结)")
# The words for a whole place or for the page's own body: '全县', '各乡镇', '本局' (a real place opening on one of
# these characters is a name: '各卡乡', '全胜乡', '本溪县').
_NOT_A_NAME = re.compile(r"^[全本我该各此辖]")


def _not_a_name(name: str) -> bool:
    return bool(_NOT_A_NAME.match(name)) and not leading_places(name)


def _name(raw: str, gov: str | None) -> str | None:
    """The body ``raw`` names, with 政府 put back where the report's words took it ('某县人民' + 政府信息公开); a
    place named alone stays the place ('某镇' + 政府信息公开: 某镇政府 or 某镇, the page does not say)."""
    name = re.sub(r"\s+", "", raw)
    if _not_a_name(name):
        return None
    if gov and name.endswith("人民"):  # '某县人民' + 政府信息公开; '某镇' + 政府信息公开 is the place
        name += "政府"
    found = agency_before(name)
    if not found or _GENERIC_ZONE.match(re.sub(r"(?:人民)?政府$", "", found)):
        return None
    return found


def _year(m: re.Match[str], *groups: str) -> int | None:
    for g in groups:
        if m.group(g):
            return int(m.group(g))
    return None


def work_named(text: str) -> list[tuple[str, int | None, int]]:
    """(agency, year, position) of each sentence that names the body whose disclosure work the report tells."""
    out: list[tuple[str, int | None, int]] = []
    for m in _WORK_OF.finditer(text):
        name = _name(m.group("agency"), m.group("gov"))
        if name:
            out.append((name, _year(m, "y1", "y2"), m.start()))
    for m in [*_BESIDE_RULES.finditer(text), *_REPORTED_ON.finditer(text)]:
        name = _name(m.group("agency"), m.group("gov"))
        if name:
            out.append((name, _year(m, "y1", "y2"), m.start()))
    for m in _COVERS.finditer(text):
        name = _name(m.group("agency"), m.group("gov"))
        if name:
            out.append((name, _year(m, "y1", "y2"), m.start()))
    for m in _DOING.finditer(text):
        name = _name(m.group("agency"), m.group("gov"))
        if name and (leading_places(name) or name.startswith(("国家", "国务院"))):
            out.append((name, _year(m, "y1", "y2"), m.start()))
    for m in _GATHERED.finditer(text):
        name = _name(m.group("agency"), m.group("gov"))
        if name:
            out.append((name, _year(m, "y1", "y2"), m.start()))
    for m in _CONTENTS.finditer(text):
        name = _name(m.group("agency"), m.group("gov"))
        if name:
            out.append((name, _year(m, "y1"), m.start()))
    for m in _ACADEMIC_REPORT.finditer(text):
        name = _name(m.group("agency"), None)
        if name:
            out.append((name, None, m.start()))
    for m in _COMPILED_OF.finditer(text):
        # a body's internal office compiling it ('由某高新区党政办公室编制的…'): the body's report
        name = body_of(clean_agency(m.group("agency")), text) or ""
        if plausible_agency(name, place_only=True) and not _GENERIC_ZONE.match(name) and not _not_a_name(name):
            out.append((name, None, m.start()))
    return sorted(out, key=lambda x: x[2])


# '根据…以及2016年度各乡镇、街道人民政府和县政府各部门的政府信息公开情况编制': a place's report compiled from all its
# townships' and its government's departments' work, the government named by its kind alone.
_UNITS_COMPILED = re.compile(r"各(?:乡镇|乡|镇|街道|区|县)[^。；;]{0,40}?(?:和|及|以及|、)(?P<kind>[省市区县州旗])(?:人民)?政府(?:各|所属)"
                             r"(?:部门|工作部门|单位)[^。；;]{0,30}?(?:编制|汇总)")


def units_government(text: str) -> str | None:
    """The government whose report is compiled from its townships' and departments' work ('…各乡镇…和县政府各部门的
    …情况编制'), with the real place the page names it with ('某县人民政府门户网站'); None where the page names none."""
    m = _UNITS_COMPILED.search(text)
    if not m:
        return None
    generic = m.group("kind") + "人民政府"
    named = complete_generic(generic, text)
    return named if named != generic else None


def work_compiled_from(text: str) -> list[str]:
    """The body each '结合某区人民政府2020年度政府信息公开工作编制而成' names, whose year's work the report was
    compiled from: the page's own body, or — in a district's copied template — the district's government."""
    return [name for m in _COMPILED_FROM.finditer(text) if (name := _name(m.group("agency"), m.group("gov")))]
