"""Page shapes for sealfix7d's classes (the sealed sets heldout32, heldout33 and heldout-18's detection misses): reports
whose head is masked — by a mirror's empty HTML tags, a portal's menu list, a school's name taken out, or a lead that
cites the 条例 above a first heading naming the year — and the look-alikes laid out the same way. Every sentence is
nianbao's own. Each report shape gives (lines, agency, year).

Reports (``MASKED_KINDS``, written in the ``hidden`` family by ``MASKED_SHAPES``):

- ``markup_title``: a spam mirror's empty HTML tags ('<legend id="k3x"></legend>', a long line of several) above the
  report's title (its year written with or without 年度), a date and source line, then 一、总体情况;
- ``menu_old_cut``: a pre-2019 report's second page reposted on a news portal under its menu laid out as a list
  ('- 政策解读'), opening at 二、主动公开政府信息的情况, the year only in its figures ('…，2012年新增主动公开政府信息N条');
- ``academic_school_cut``: a school's untitled report over an academic year, the school named only as 我校 (or its
  name replaced by a mirror's words), its lead stating the period 9月1日 to 8月31日: a report whose year is unknown;
- ``old_cited_lead``: an untitled pre-2019 report whose lead cites the 条例, then '一、YEAR年度政府信息公开工作基本情况'
  and points ('一是…'); the year is in that heading only (not read yet: the year readers take no heading).

Look-alikes (``MASKED_LOOKALIKE_KINDS``, bare lines): ``markup_summary`` (the tags above a year's 政务公开工作总结),
``menu_commentary`` (the menu list above a 图解 of a report), ``academic_summary`` (a school's 学年 信息公开工作总结
stating the same period) and ``old_cited_summary`` (the ``old_cited_lead`` page whose lead says '…总结如下').
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

MASKED_KINDS = ("markup_title", "menu_old_cut", "academic_school_cut", "old_cited_lead")
MASKED_LOOKALIKE_KINDS = ("markup_summary", "menu_commentary", "academic_summary", "old_cited_summary")

_TAGS = ("legend", "samp", "sup", "mark", "del", "track", "address", "menuitem", "abbr", "dfn")
_MENU = ("政策解读", "经济发展", "社会民生", "图片新闻", "专题专栏", "人物访谈", "数据发布", "视频中心", "互动交流")
_PLACES = ("青溪县", "澜川市", "云岫区", "石滩镇")


def _markup(rng: random.Random) -> list[str]:
    """A mirror's empty tags, several to a line, one line long (past 60 characters) among them."""
    key = "".join(rng.choice("abcdefghk0123456789") for _ in range(5))
    lines = []
    for _ in range(rng.randint(3, 6)):
        tags = rng.sample(_TAGS, rng.randint(1, 3))
        lines.append("".join(f'<{t} id="{key}"></{t}>' for t in tags))
    lines.insert(rng.randrange(len(lines)), "".join(f'<{t} id="{key}"></{t}>' for t in _TAGS[:4]))
    return lines


def _markup_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    year = rep.year
    title = f"{rep.agency.name}{year}{rng.choice(('', '年', '年度'))}政府信息公开工作年度报告"
    return [*_markup(rng), title, f"日期: {year + 1}-01-{rng.randint(10, 31)} 10:{rng.randint(10, 59)}", "浏览次数:",
            "一、总体情况",
            f"（一）主动公开情况。全年在门户网站主动公开政府信息{rng.randint(100, 3000)}条，及时公开重大行政决策和规范性文件。",
            f"（二）依申请公开情况。全年共收到政府信息公开申请{rng.randint(1, 40)}件，均按时办结。"], rep.agency.name, year


def _menu(rng: random.Random) -> list[str]:
    return [f"- {w}" for w in rng.sample(_MENU, rng.randint(5, 8))] + rng.choice(([], ["|"]))


def _menu_old_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rng.randint(2009, 2018)
    return [*_menu(rng), "二、主动公开政府信息的情况", "各级行政机关依照《条例》规定，主动公开政府信息。", "（一）公开的主要内容",
            f"各机关对本机关的政府信息进行了梳理，{year}年新增主动公开政府信息{rng.randint(1000, 60000)}条，"
            f"全文电子化率为{rng.randint(50, 99)}%。",
            "信息公开较多的部门有政府办公室、财政局和统计局等单位，各地也公开了大量与群众相关的信息。"], None, year


def _academic_lead(rng: random.Random, year: int, school: str) -> str:
    period = f"{year}年9月1日{rng.choice(('至', '到', '—'))}{year + 1}年8月31日"
    return rng.choice((
        f"根据《高等学校信息公开办法》要求，{school}对本学年度信息公开工作进行了全面检查，形成本年度信息公开报告。报告数据"
        f"统计时间为{period}。",
        f"按照《省教育厅转发关于做好{year}年高校信息公开年度报告工作的通知》要求，{school}对信息公开工作进行了梳理，"
        f"数据统计时间为{period}，现将有关情况报告如下：",
    ))


def _academic_school_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, school = rep.year - 1, rng.choice(("我校", "学校", "我司"))  # the academic year ends in the report's year
    return [_academic_lead(rng, year, school), rng.choice(("一、信息公开工作概述", "一、概述", "一、信息公开工作描述")),
            f"本学年，{school}坚持依法治校，完善信息公开制度，拓宽公开渠道，做好师生关心事项的公开。",
            "（一）健全工作机制", f"{school}调整了信息公开工作领导小组，明确各部门的公开职责。"], None, year + 1


def _old_cited_lead(rng: random.Random, rep: Report) -> tuple[list[str], None, None]:
    year, body = rng.randint(2009, 2018), rng.choice(("我局", "我委", "我中心"))
    return [f"按照上级的统一部署，{body}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好政府信息公开各项工作。",
            f"一、{year}年度政府信息公开工作{rng.choice(('基本', '主要', ''))}情况",
            f"一年来，{body}围绕群众关心的问题，拓展公开载体，完善公开机制，政府信息公开工作取得一定成效。",
            f"一是健全工作机构。{body}成立了政府信息公开工作领导小组，明确专人负责。",
            f"二是更新目录和指南。{body}及时调整政府信息公开目录，方便群众查阅。"], None, None


def _markup_summary(rng: random.Random) -> list[str]:
    year = rng.randint(2015, 2024)
    return [*_markup(rng), f"{rng.choice(_PLACES)}{year}年政务公开工作总结",
            f"{year}年，我县认真落实政务公开各项要求，现将全年工作总结如下：", "一、主要做法",
            f"全年通过门户网站公开信息{rng.randint(100, 3000)}条。", "二、存在问题", "公开内容不够全面。"]


def _menu_commentary(rng: random.Random) -> list[str]:
    year = rng.randint(2010, 2024)
    return [*_menu(rng), f"图解：{rng.choice(_PLACES)}{year}年政府信息公开工作年度报告",
            f"报告显示，{year}年全县主动公开政府信息{rng.randint(1000, 9000)}条，受理公开申请{rng.randint(1, 90)}件。"]


def _academic_summary(rng: random.Random) -> list[str]:
    year = rng.randint(2015, 2024)
    return [f"{year}-{year + 1}学年信息公开工作总结",
            f"本学年，学校对信息公开工作进行了梳理，数据统计时间为{year}年9月1日至{year + 1}年8月31日，现将工作总结如下：",
            "一、主要做法", "学校完善信息公开制度，拓宽公开渠道。", "二、存在不足", "公开的及时性有待提高。"]


def _old_cited_summary(rng: random.Random) -> list[str]:
    year, body = rng.randint(2009, 2018), rng.choice(("我局", "我委"))
    return [f"按照上级的统一部署，{body}认真贯彻落实《中华人民共和国政府信息公开条例》，现将{year}年政府信息公开工作总结如下：",
            f"一、{year}年度政府信息公开工作基本情况",
            f"一是健全工作机构。{body}成立了政府信息公开工作领导小组。", "二是存在问题。公开内容不够及时。"]


MASKED_SHAPES = {"markup_title": _markup_title, "menu_old_cut": _menu_old_cut,
                 "academic_school_cut": _academic_school_cut, "old_cited_lead": _old_cited_lead}
MASKED_LOOKALIKES = {"markup_summary": _markup_summary, "menu_commentary": _menu_commentary,
                     "academic_summary": _academic_summary, "old_cited_summary": _old_cited_summary}
