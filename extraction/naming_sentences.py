"""The sentences in which a report names itself with its year and, most often, its body:
'现公布某县市场监督管理局2021年政府信息公开工作年度报告', '特向社会公布2020年某局政府信息公开…',
'某研究所信息公开工作2023年度报告', '某街道办事处向社会公布2021年度…年度报告'. ``stated_report`` finds them;
``stated`` weighs them against the page's other statements, ``detect`` takes them as report evidence."""

from __future__ import annotations

import re

from nianbao.extraction.bodies import ALIAS, agency_before, clean_agency
from nianbao.extraction.metadata import BRACKETED_PROVINCE, YEAR, place_names, plausible_agency

# (not the second year of a school's academic year: '2021-2022年度信息公开工作报告' names no one year)
_YEAR_WORD = rf"(?<!\d[—\-–－~～至])(?P<year>{YEAR})\s*年\s*度?"
_REPORT_NAME = r"(?:政府信息公开|政务公开|政务信息公开|信息公开)[^。；;，,\n《》]{0,6}?(?:年度报告|工作报告|年报|报告)"
# "现公布XX局2023年政府信息公开工作年度报告", "编制《XX镇政府2022年度政府信息公开工作年度报告》",
# "特向社会公布2020年XX局政府信息公开工作年度报告": the agency before or after the year.
_STATED_AGENCY_FIRST = re.compile(
    rf"(?P<agency>{BRACKETED_PROVINCE}?[^\s，,。；;：:、《》“”\"（）()]{{2,40}}?{ALIAS}?)\s*{_YEAR_WORD}\s*(?:{_REPORT_NAME})")
# "现向社会公布某局2022年度政府信息公开情况": the report named by what it tells; so too a report saying whose work it
# covers ("本报告内容主要为某州人民政府办公厅2012年度的政府信息公开工作情况": the office's own, not its government's).
_STATED_ACCOUNT = re.compile(
    r"(?:向社会公布|现公布|特公布|现发布|本(?:年度)?报告(?:的)?(?:内容)?(?:主要)?(?:为|是|反映了?|涵盖了?))"
    rf"(?P<agency>{BRACKETED_PROVINCE}?[^\s，,。；;：:、《》“”\"（）()]{{2,40}}?{ALIAS}?)\s*{_YEAR_WORD}\s*(?:的)?"
    r"(?:政府信息公开|政务公开|政务信息公开|信息公开)(?:工作)?(?:开展)?情况")
# "某街道办事处向社会公布2021年度本级政府信息公开年度报告": the body publishing, named before the verb.
STATED_PUBLISHER = re.compile(
    rf"(?:^|[\n。；;])\s*(?P<agency>{BRACKETED_PROVINCE}?[^\s，,。；;：:、《》“”\"（）()\d]{{2,40}}?{ALIAS}?)\s*(?:现|特)?"
    rf"向社会(?:公布|公开|发布)\s*{_YEAR_WORD}\s*(?:本级|本单位|本机关)?\s*(?:{_REPORT_NAME})")
# "某研究所信息公开工作2023年度报告": the year inside the report's name, after 信息公开工作.
_STATED_YEAR_INSIDE = re.compile(
    rf"(?P<agency>{BRACKETED_PROVINCE}?[^\s，,。；;：:、《》“”\"（）()]{{2,40}}?{ALIAS}?)\s*(?P<gov>政府)?(?:信息公开|政务公开)(?:工作)?\s*"
    rf"{_YEAR_WORD}\s*(?:年度)?(?:报告|年报)")  # ('…信息公开工作2015年年度报告': 年 written twice)
# (?!度): "2012年度政府信息公开…" must not leave 度 to start an agency (度政府) when 度? backtracks.
_STATED_YEAR_FIRST = re.compile(rf"{_YEAR_WORD}\s*(?!度|政府信息|政务|信息公开)(?P<agency>{BRACKETED_PROVINCE}?[^\s，,。；;：:、《》“”\"（）()\d]{{2,40}}?)(?:{_REPORT_NAME})")
_YEAR_ANCHOR = re.compile(rf"{YEAR}\s*年")
_NAMING_REACH = 160  # characters: agency (≤ 40 + alias ≤ 22), report name, spaces, with room
_NOT_OF_REPORT = re.compile(r"^[》”\"]?\s*(?:编制|编写|格式|有关事项|发布工作|的通知|工作的通知|展示)")


def _around_years(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` around each year (merged where they touch): every report-naming sentence holds a
    year and is at most ``_NAMING_REACH`` characters from it, so the patterns, whose agency part is a lazy
    run tried at every position, are searched there and not over the whole text (a third of the cost of
    reading a report before)."""
    spans: list[tuple[int, int]] = []
    for m in _YEAR_ANCHOR.finditer(text):
        start, end = max(0, m.start() - _NAMING_REACH), min(len(text), m.end() + _NAMING_REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _of_report(text: str, end: int) -> bool:
    return not _NOT_OF_REPORT.match(text[end:end + 24])


def stated_report(text: str) -> list[tuple[str | None, int, int]]:
    """(agency, year, position) of each sentence that names the report with its year:
    '现公布开阳县市场监督管理局2021年政府信息公开工作年度报告', '特向社会公布2020年某局政府信息公开…',
    '某研究所信息公开工作2023年度报告'."""
    out = []
    for start, end in _around_years(text):
        for m in _STATED_YEAR_FIRST.finditer(text, start, end):
            if _of_report(text, m.end()):
                agency = clean_agency(m.group("agency"))
                if agency.endswith("人民") and text.startswith("政府", m.end("agency")):
                    agency += "政府"  # '2024年某镇人民政府信息公开…': the government, not 人民 + 政府信息公开
                out.append((agency if plausible_agency(agency, place_only=True) else None, int(m.group("year")),
                            m.start()))
        for m in _STATED_AGENCY_FIRST.finditer(text, start, end):
            if _of_report(text, m.end()):
                out.append((agency_before(m.group("agency")), int(m.group("year")), m.start()))
        for m in _STATED_YEAR_INSIDE.finditer(text, start, end):
            if _of_report(text, m.end()):
                name = m.group("agency")
                if m.group("gov") and (name.endswith("人民") or "".join(place_names(name)) == name):
                    name += "政府"  # '某县人民政府信息公开工作…': the government, not '政府信息公开'
                out.append((agency_before(name), int(m.group("year")), m.start()))
        for m in STATED_PUBLISHER.finditer(text, start, end):
            name = clean_agency(m.group("agency"))
            out.append((name if plausible_agency(name) else None, int(m.group("year")), m.start("agency")))
        for m in _STATED_ACCOUNT.finditer(text, start, end):
            out.append((agency_before(m.group("agency")), int(m.group("year")), m.start()))
    return sorted(out, key=lambda x: x[2])
