"""Page shapes of the five classes the integrator's commits e03ef1d, c24971b and fe5eb82 read from the sealed sets
heldout47–48, each with the counter-case its rule must not take. The places are real divisions drawn from the
gazetteer (``nianbao.core.places``); the scenic areas are named from real townships' stems; every sentence is
nianbao's own. Each report shape gives (lines, agency, year) — agency None where the page names no body.

Reports (``SEALED17_KINDS``, the ``hidden`` family):

- ``site_joined_title``: a title as a browser shows it, the site's name joined to the report's by a dash or a bar
  ('某县人民政府-某县某局YEAR年度…报告', '｜', '_', '—'): the body after the join (``frame_words.strip_frame``);
- ``named_area_title``: a scenic or protected area's administration titling its report, named by the area alone
  ('某山风景名胜区管理处', '某河国家湿地公园管理中心'), the desk its office: the administration
  (``named_areas.is_named_area_body``);
- ``old_bracket_preamble``: an untitled pre-2019 page whose lead names the year's work and whose preamble says the body
  compiled the bracketed report and publishes it now ('…编制了《YEAR年政府信息公开工作年度报告》，现予以公布'), the page
  speaking as 我局 or 我镇: a report of that year, naming no body (``report_words``);
- ``place_subject_desk``: a county's, district's or city's report whose contact desk is one of its bodies ('请与某县
  政务服务和大数据管理局联系') and whose overview has the place itself for subject ('YEAR年，某县紧紧围绕…'): the place
  (``stated.choose``);

and the counter-cases, reports the rules must leave as they are:

- ``dash_no_title``: a county body's report titled plainly, dashes only off the title (a breadcrumb '首页 - 政务公开 -
  年度报告', a site line '某县人民政府-首页', a date, a telephone number): the body of the title;
- ``area_word_no_admin``: a county's culture and tourism bureau reporting on its scenic area ('某山风景名胜区' with no
  administration after it, its subject in the overview): the bureau;
- ``department_subject_desk``: ``place_subject_desk`` where the overview's subject is the department at the desk: the
  department;
- ``office_desk_government``: ``place_subject_desk`` whose desk is the government's office ('请与某县人民政府办公室联系'):
  the government, as the office at the desk is read (``stated.resolve_offices``), not the bare place;
- ``report_says_shows``: a body's titled report one of whose items says '本报告显示，…' or '本年报显示：…': the body.

Look-alikes (``SEALED17_LOOKALIKE_KINDS``, bare lines):

- ``named_report_shows``: an answer site's or a news item's account opening on a named report that shows something
  ('某县某镇YEAR年度信息公开工作报告显示，…') (``lookalikes._NEWS_LEAD``);
- ``published_already``: a news item saying a body's bracketed report 已于…公布 (the counter-case of
  ``old_bracket_preamble``: no 现予以公布).
"""

from __future__ import annotations

import random
from functools import cache

from nianbao.core import places
from nianbao.synth.model import Report

SEALED17_KINDS = ("site_joined_title", "named_area_title", "old_bracket_preamble", "place_subject_desk",
                  "dash_no_title", "area_word_no_admin", "department_subject_desk", "office_desk_government",
                  "report_says_shows")
SEALED17_LOOKALIKE_KINDS = ("named_report_shows", "published_already")
# the shapes whose report is of its own year before 2019, whatever the sampled report's
SEALED17_OLD_KINDS = ("old_bracket_preamble",)

_DEPARTMENTS = ("交通运输局", "统计局", "审计局", "水利局", "市场监督管理局", "应急管理局", "自然资源局", "民政局",
                "退役军人事务局", "医疗保障局")
_JOINS = ("-", " - ", "｜", "|", "_", "—", " — ", "－")
_SITES = ("{p}人民政府", "{p}人民政府门户网站", "{p}人民政府网", "{p}政府网")
_AREAS = ("风景名胜区", "风景区", "国家级风景名胜区", "自然保护区", "国家级自然保护区", "湿地公园", "国家湿地公园",
          "森林公园", "国家森林公园", "地质公园", "旅游度假区")
_ADMINS = ("管理处", "管理局", "管理委员会", "管委会", "管理中心")
_LANDFORMS = ("山", "湖", "河", "峡", "岭", "溪", "洞", "湾")
_DESKS = ("政务服务和大数据管理局", "政务服务管理局", "行政审批服务局", "数据资源管理局", "政务服务数据管理局")
_SUBJECT_VERBS = ("紧紧围绕中心工作", "坚持以公开为常态、不公开为例外", "认真贯彻落实条例", "深入推进政务公开标准化规范化",
                  "聚焦群众关切")
_OLD_SELVES = (("我局", "局"), ("我镇", "镇"), ("本单位", "单位"), ("我委", "委"))
_OLD_REPORTS = ("《{y}年政府信息公开工作年度报告》", "《{y}年度政府信息公开工作报告》", "《{y}年度政府信息公开年报》",
                "《{y}年政务公开工作年度报告》")
_OLD_VERBS = ("编制了", "编制", "编写了", "形成了")
_OLD_PUBLISH = ("现予以公布", "现予公布", "现予以发布", "特发布", "现公布")
_OLD_OWN_HEADINGS = (("一、加强组织领导，完善工作机制", "二、拓宽公开渠道，丰富公开形式"),
                     ("一、领导重视，责任明确", "二、突出重点，规范公开"),
                     ("一、健全制度，夯实基础", "二、创新载体，扩大公开面"))
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")


def _plain(name: str) -> bool:
    """A name the gazetteer reads whole as one place, holding no level word before its suffix."""
    lead = places.leading_places(name)
    return (len(lead) == 1 and lead[0].start == 0 and lead[0].end == len(name)
            and not any(k in name[:-1] for k in "乡镇街区县市道旗盟州"))


@cache
def _counties() -> tuple[str, ...]:
    return tuple(c.name for c in places.of_level("county") if c.name[-1] in "县区" and len(c.name) >= 3 and _plain(c.name))


@cache
def _cities() -> tuple[str, ...]:
    return tuple(c.name for c in places.of_level("prefectural") if c.name.endswith("市") and len(c.name) >= 3
                 and _plain(c.name))


@cache
def _town_stems() -> tuple[str, ...]:
    """Two-character stems of real townships' names ('某某镇' → '某某'), to name scenic areas by."""
    return tuple(sorted({t.name[:2] for t in places.of_level("township") if len(t.name) == 3
                         and t.name.endswith(("镇", "乡")) and not any(k in t.name[:2] for k in "乡镇街区县市道旗盟州全本我该各此")}))


def _place(rng: random.Random) -> str:
    """A real county or district (most pages), or a prefectural city."""
    return rng.choice(_cities()) if rng.random() < 0.25 else rng.choice(_counties())


def _area(rng: random.Random) -> str:
    """A scenic or protected area named by a real township's stem and a landform ('某某山风景名胜区')."""
    return rng.choice(_town_stems()) + rng.choice(_LANDFORMS) + rng.choice(_AREAS)


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。"


def _items(rng: random.Random, self_word: str) -> list[str]:
    return ["（一）主动公开", f"全年{self_word}主动公开政府信息{rng.randint(10, 900)}条。", "（二）依申请公开",
            f"全年新收政府信息公开申请{rng.randint(0, 40)}件，均按期答复。"]


def _title(body: str, year: int, rng: random.Random) -> str:
    return f"{body}{year}{rng.choice(('年', '年度'))}政府信息公开工作年度报告"


def _site_joined_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year = _place(rng), rep.year
    body = place + rng.choice(_DEPARTMENTS)
    # the site is the body's own place's, or a city portal carrying a county's report
    site = rng.choice(_SITES).format(p=place if rng.random() < 0.7 else rng.choice(_cities()))
    lines = [f"{site}{rng.choice(_JOINS)}{_title(body, year, rng)}",
             f"根据政府信息公开条例的规定，编制本报告。{_period(year)}", "一、总体情况",
             f"{year}年，我局坚持以公开为常态，稳步推进政府信息公开工作。", *_items(rng, "我局"), *_REST]
    return lines, body, year


def _named_area_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = _area(rng) + rng.choice(_ADMINS), rep.year
    lines = [_title(body, year, rng), f"本报告依据政府信息公开条例编制。{_period(year)}如对本报告有疑问，请与{body}办公室联系。",
             "一、总体情况", f"{year}年，我单位围绕景区保护和服务游客，依法做好政府信息公开工作。", *_items(rng, "景区"),
             *_REST]
    return lines, body, year


def _old_bracket_preamble(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rng.randint(2009, 2018)
    self_word, kind = rng.choice(_OLD_SELVES)
    report = rng.choice(_OLD_REPORTS).format(y=year)
    preamble = (f"按照上级政府信息公开工作的通知要求，{self_word}{rng.choice(_OLD_VERBS)}{report}，"
                f"{rng.choice(_OLD_PUBLISH)}。")
    lead = f"{year}年，{self_word}认真贯彻落实《中华人民共和国政府信息公开条例》，稳步推进政府信息公开工作。"
    first = [lead + preamble] if rng.random() < 0.5 else [lead, preamble]
    # the body's own headings under it, never the old outline's (主动公开政府信息情况 would say 'report' alone)
    heads = rng.choice(_OLD_OWN_HEADINGS)
    lines = [*first, heads[0], f"{self_word}明确专人负责政府信息公开的日常工作。",
             heads[1], f"全年{kind}通过网站和公开栏发布各类信息{rng.randint(5, 300)}条。"]
    return lines, None, year


def _place_subject_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year = _place(rng), rep.year
    desk = place + rng.choice(_DESKS)
    lines = [f"本报告依据政府信息公开条例编制。{_period(year)}", "一、总体情况",
             f"（一）主动公开情况。{year}年，{place}{rng.choice(_SUBJECT_VERBS)}，全面推进政府信息公开工作。",
             f"（二）依申请公开情况。全年收到政府信息公开申请{rng.randint(0, 60)}件，均已按时答复。",
             f"如对本报告有疑问，请与{desk}联系，电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}。"]
    return lines, place, year


def _department_subject_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    lines, place, year = _place_subject_desk(rng, rep)
    desk = next(d for d in _DESKS if f"请与{place}{d}联系" in lines[-1])
    lines[2] = lines[2].replace(f"{year}年，{place}", f"{year}年，{place}{desk}", 1)
    return lines, place + desk, year


def _office_desk_government(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    lines, place, year = _place_subject_desk(rng, rep)
    desk = next(d for d in _DESKS if f"请与{place}{d}联系" in lines[-1])
    lines[-1] = lines[-1].replace(f"请与{place}{desk}联系", f"请与{place}人民政府办公室联系")
    return lines, place + "人民政府", year


def _dash_no_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year = _place(rng), rep.year
    body = place + rng.choice(_DEPARTMENTS)
    lines = [f"{place}人民政府{rng.choice(('-', ' - ', '｜'))}首页", "首页 - 政务公开 - 政府信息公开年度报告",
             _title(body, year, rng), f"发布日期：{year + 1}-01-{rng.randint(10, 28)}",
             f"本报告依据政府信息公开条例编制。{_period(year)}", "一、总体情况",
             f"{year}年，我局稳步推进政府信息公开工作。", *_items(rng, "我局"),
             f"如对本报告有疑问，请致电0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}。", *_REST]
    return lines, body, year


def _area_word_no_admin(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year, area = _place(rng), rep.year, _area(rng)
    body = place + rng.choice(("文化和旅游局", "文化广电和旅游局", "林业局"))
    lines = [_title(body, year, rng), f"本报告依据政府信息公开条例编制。{_period(year)}", "一、总体情况",
             f"{year}年，我局以{area}保护和开发为重点，依法公开相关政府信息。",
             f"全年在门户网站发布{area}游览、保护等信息{rng.randint(10, 200)}条。", *_items(rng, "我局"), *_REST]
    return lines, body, year


def _report_says_shows(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year = _place(rng), rep.year
    body = place + rng.choice(_DEPARTMENTS)
    shows = rng.choice(("本报告显示，", "本年度报告显示，", "本年报显示：", "本报告所列数据显示，"))
    lines = [_title(body, year, rng), f"本报告依据政府信息公开条例编制。{_period(year)}", "一、总体情况",
             f"{shows}{year}年我局主动公开政府信息数量较上年有所增加。", *_items(rng, "我局"), *_REST]
    return lines, body, year


def _named_report_shows(rng: random.Random) -> list[str]:
    county = rng.choice([c for c in _counties() if c.endswith("县")])
    year = rng.randint(2010, 2024)
    stem = rng.choice(_town_stems())
    named = rng.choice((f"{county}{stem}镇{year}年度信息公开工作报告", f"{stem}乡{year}年政府信息公开工作年度报告",
                        f"{county}{year}年度政务公开工作报告", f"{county}人民政府{year}年政府信息公开年报"))
    head = rng.choice((["某某问答网", f"{stem}镇{year}年", "优质解答"], ["最佳答案"],
                       ["来源：某某日报", f"{year + 1}-04-0{rng.randint(1, 9)}"]))
    return [*head, f"{named}显示{rng.choice(('，', '：'))}当年在政务公开方面取得成效：一是建立了主要领导牵头的工作机制；"
            "二是通过网站、公示栏等渠道及时公开信息。",
            "这一结论主要基于以下依据：辖区内各单位按照条例的要求开展了公开工作，群众满意度有所提升。"]


def _published_already(rng: random.Random) -> list[str]:
    place = rng.choice(_counties())
    year = rng.randint(2009, 2018)
    body = place + rng.choice(("人民政府", *_DEPARTMENTS))
    return ["来源：某某日报", f"{place}信息公开年报按时发布",
            f"记者近日获悉，{body}编制的{rng.choice(_OLD_REPORTS).format(y=year)}已于{year + 1}年3月"
            f"{rng.randint(10, 31)}日在{place}政府门户网站公布，供公众查阅下载。",
            f"据了解，{year}年{place}主动公开政府信息{rng.randint(100, 5000)}条。"]


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
SEALED17_SHAPES = {"site_joined_title": _site_joined_title, "named_area_title": _named_area_title,
                   "old_bracket_preamble": _old_bracket_preamble, "place_subject_desk": _place_subject_desk,
                   "dash_no_title": _dash_no_title, "area_word_no_admin": _area_word_no_admin,
                   "department_subject_desk": _department_subject_desk,
                   "office_desk_government": _office_desk_government, "report_says_shows": _report_says_shows}
# The look-alikes' writers, as ``nianbao.synth.detect_pages`` calls them: rng → lines.
SEALED17_LOOKALIKES = {"named_report_shows": _named_report_shows, "published_already": _published_already}
