"""Page beginnings met on the wild pages of later rounds, each naming its body and year in a way a reader of
the page can follow but a title-first reader misses (``wild_page``; ``wild_kinds`` says which a report's agency
can be written in). No tables: the page is the start of a report. All wording is nianbao's own
(``data/banks.json``, ``portal``).
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report, banks

# Page shapes met on the wild pages of later rounds, each written by ``wild_page``: the page's first line
# names the body while its preamble calls it by a generic place ('区政府统计局'); the year inside the
# report's name ('某局信息公开工作2023年度报告'); an untitled township page naming itself only in the
# sentence on the year's requests ('2024年，某镇人民政府未收到…').
# Round 7 (wild6) adds the classes its survey found: a preamble naming the body's year of disclosure work
# ('在认真总结…工作的基础上', '全文包括…总体情况', '由…编制的…年度报告'), a contact desk that is the body's
# disclosure leading group's office, a title with 关于 before the year or with no year, a metadata key printed
# alone above its value, the body's disclosure work as the overview's subject.
WILD_KINDS = ("banner_generic", "year_inside", "requests_subject", "work_lead", "group_desk", "title_about",
              "title_no_year", "key_above_value", "work_subject")


def wild_kinds(rep: Report) -> tuple[str, ...]:
    """The ``WILD_KINDS`` a report's agency can be written in."""
    a = rep.agency
    dept = a.name[len(a.region):]
    kinds = ["year_inside", "work_lead", "group_desk", "title_about", "title_no_year", "key_above_value", "work_subject"]
    if a.kind == "department" and a.region[-1:] in ("区", "县", "市") and dept and not dept.startswith(("人民", "政府")):
        kinds.append("banner_generic")
    if a.level == "township" and a.name.endswith(("人民政府", "办事处")):
        kinds.append("requests_subject")
    return tuple(kinds)


def wild_page(rep: Report, kind: str) -> list[str]:
    """The lines of ``rep``'s page in shape ``kind`` (one of ``wild_kinds(rep)``); the page states the
    report's agency and year."""
    rng = random.Random(f"{rep.seed}:wild:{kind}")
    a, year = rep.agency, rep.year
    period = f"本报告所列数据统计期限为{year}年1月1日至{year}年12月31日。"
    items = ["一、总体情况", "（一）主动公开", f"全年主动公开政府信息{rng.randint(5, 900)}条。", "（二）依申请公开"]
    if kind == "banner_generic":
        generic = a.region[-1] + rng.choice(("政府", "人民政府")) + a.name[len(a.region):]
        return [a.name, f"现公布{generic}{year}年政府信息公开工作年度报告。{period}", *items, "全年未收到申请。"]
    if kind == "year_inside":
        title = f"{a.name}信息公开工作{year}年度报告"
        lead = rng.choice((f"现发布《{title}》。", "根据《中华人民共和国政府信息公开条例》编制本报告。"))
        return [title, lead + period, *items, "全年未收到申请。"]
    if kind in _ROUND7:
        return _ROUND7[kind](rng, rep, period, items)
    if kind == "requests_subject":
        return ["一、总体情况", "（一）主动公开信息情况", f"{a.region}通过门户网站主动公开政务信息{rng.randint(5, 90)}条。",
                "（二）依申请公开情况", f"{year}年，{a.name}未收到依申请公开信息。", "（三）政府信息管理情况",
                "严格落实信息发布审核制度。"]
    raise ValueError(kind)


def _work_lead(rng: random.Random, rep: Report, period: str, items: list[str]) -> list[str]:
    lead = rng.choice(banks()["portal"]["work_leads"]).format(agency=rep.agency.name, year=rep.year)
    return [lead + period, *items, "全年未收到申请。"]


def _group_desk(rng: random.Random, rep: Report, period: str, items: list[str]) -> list[str]:
    desk = rng.choice(banks()["portal"]["desk_sentences"]).format(who=rep.agency.name)
    return ["根据《中华人民共和国政府信息公开条例》编制本报告。" + period + desk, *items, "全年未收到申请。"]


def _title_about(rng: random.Random, rep: Report, period: str, items: list[str]) -> list[str]:
    title = f"{rep.agency.name}关于{rep.year}年度政府信息公开工作年度报告"
    return [title, "根据《中华人民共和国政府信息公开条例》编制本报告。" + period, *items, "全年未收到申请。"]


def _title_no_year(rng: random.Random, rep: Report, period: str, items: list[str]) -> list[str]:
    name = rep.agency.name
    title = name + ("信息公开工作年度报告" if name.endswith("政府") else rng.choice(("政府信息公开工作年度报告", "政务公开工作年度报告")))
    return [title, period, *items, "全年未收到申请。"]


def _key_above_value(rng: random.Random, rep: Report, period: str, items: list[str]) -> list[str]:
    code = f"{rng.randint(10**7, 10**8 - 1)}/{rep.year + 1}-{rng.randint(1, 99999):05d}"
    bullet = rng.choice(("  • ", "- ", ""))
    meta = [f"{bullet}索引号", f"    {code}", f"{bullet}{rng.choice(('发布机构', '发文机关'))}", f"    {rep.agency.name}",
            f"{bullet}发布日期", f"    {rep.published}"]
    return ["政府信息公开", *meta, period, *items, "全年未收到申请。"]


def _work_subject(rng: random.Random, rep: Report, period: str, items: list[str]) -> list[str]:
    opening = rng.choice(banks()["portal"]["work_subjects"]).format(agency=rep.agency.name, year=rep.year)
    return ["一、总体情况", opening, *items[1:], "全年未收到申请。", "二、主动公开政府信息情况"]


_ROUND7 = {"work_lead": _work_lead, "group_desk": _group_desk, "title_about": _title_about,
           "title_no_year": _title_no_year, "key_above_value": _key_above_value, "work_subject": _work_subject}
