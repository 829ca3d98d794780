"""Page shapes that state their body only where a reader has to look for it: the hard pages users feed nianbao —
untitled, mirrored, or naming the body in a metadata row, a desk or a citation (first met in the held-out set
heldout8). Each shape writes one report's page beginning and says which
body and year the page states:

- ``pipe_title_row``: a portal's metadata rows keyed at their line's start ('标 题 | …'), the publisher an
  internal office ('发布机构 | 党政办公室'), the title only in its row;
- ``zone_kind``: a development zone's page where the preamble, the desk and the overview say only 开发区 and
  the zone's long name is in the 标题 row;
- ``self_desk``: the desk is 本单位, its address the body's own office;
- ``national_desk``: a national body's system-wide report, the desk its 办公厅's disclosure division;
- ``community``: a 社区 that reports, named at the desk, its year in 截至…年底;
- ``title_aside``: a public institution's title with its second name in brackets, wrapped;
- ``cited_last_year``: an untitled page whose overview cites last year's report as a publication of the year;
- ``pinyin_mirror``: a traditional mirror with pinyin glosses, calling itself 本年报;
- ``period_no_nian``: a period whose first day drops its 年 ('20231月1日');
- ``covers_work``: the preamble says the report covers the body's year of work ('涵盖了…某局政府信息公开工作');
- ``compiled_with_year``: the body compiled the report named with its year ('某局编制了2024年度…年度报告');
- ``aside_in_name``: a zone body's title with its district in brackets inside the name ('某高新区（某区）某委员会'),
  named with it (agency14).

and of the pages of a later round (heldout11):

- ``year_before_title``: the portal prints the year bare before the title ('2024某县某乡2024年度…'), the desk a
  market town (某集镇);
- ``desk_disclosure_office``: untitled, 请及时联系 the body's 信息公开办公室;
- ``office_compiled_named``: the body's office compiled 《YEAR年度…工作报告》, named without the body;
- ``system_title``: a vertical system in the title in place of its bureau ('某市气象部门YEAR年…');
- ``zone_kind_named_desk``: the preamble says only 开发区管委会, the desk names the zone;
- ``name_under_title``: a bare report name over the body's name with a second name in brackets, then a date;
- ``spam_name``: a mirror writes a casino's name (traditional script) for the body's: no agency;
- ``masked_year_mirror``: an aggregator's copy masking its numbers and year ('****年度'), opening at 总体情况;
- ``author_field``: the publisher only in a portal's 作者 field and the overview's subject.

sealfix15m's (heldout41–43: a short form completed with its place bare, a site header above the dated title, a
title dropping 公开, a system titled as one) are in ``nianbao.synth.short_form_pages`` (``SHORT_FORM_KINDS``);
ranker16's (pages stating no body of their own, a superior government named only in a rules title, a work report's
title, a portal's name or a list) in ``nianbao.synth.cited_superior_pages`` (``CITED_SUPERIOR_KINDS``).

heldout13's and heldout15's, where a reader needs to know which places are real, are in
``nianbao.synth.gazetteer_pages`` (``GAZETTEER_KINDS``); heldout16's in ``nianbao.synth.unsaid_pages``
(``UNSAID_KINDS``: a bureau named only as the maker of its rules, bracketed metadata keys, a desk inside a government office, a report sent as a letter, an untitled pre-2019
account, a lead under the 条例 saying only 我委, a farm's title), and heldout14's in ``nianbao.synth.faint_pages``
(``FAINT_KINDS``: a title naming its body by kind, an office gathering others' work, a year named in passing, a
page cut after its lead), and detect20's in ``nianbao.synth.detect_pages`` (``DETECT_KINDS``: a page cut to its
contact line, an overview's items with their words turned round, an untitled pre-2019 page opening on a dated lead),
and heldout19's in ``nianbao.synth.named_pages`` (``NAMED_KINDS``: schools, a township whose name holds 街, a
place-less title with a short-form desk, a body saying what it is, items naming their township by its kind),
and heldout21's in ``nianbao.synth.lead_pages`` (``LEAD_KINDS``: lead sentences naming body and year with a verb
before the name, a 本年报 or a lead compiled-by, a city's report on a department's page, a 研究室, a gathered 乡, spam
before a 街道, last year's report listed, a province's old 政务公开 overview, a report calling itself 本年报), and
heldout22's in ``nianbao.synth.desk_pages`` (``DESK_KINDS``: offices and desks standing for their government).

heldout17's are in ``nianbao.synth.aside_pages`` (``ASIDE_KINDS``: a free trade zone named with its province in
brackets, an autonomous county by its short name, a desk said as the second way to ask or with its verb twice, a
subject after a clause or in a tally, a zone run with its town, a zone named in full only in its rules).

The integrator's five rules of heldout47–48 and their counter-cases are in ``nianbao.synth.sealed17_pages``
(``SEALED17_KINDS``: a site's name dashed before the title, a scenic area's administration, an old preamble publishing
its bracketed report, a place's report with one of its bodies at the desk); detect18's reports known without their title
or by a loose period's year in ``nianbao.synth.detect18_pages`` (``DETECT18_KINDS``); agency19's pages hard-wrapped
inside the one sentence naming the body in ``nianbao.synth.wrapped_pages`` (``WRAPPED_KINDS``), and its untitled
universities named only at the page's top in ``nianbao.synth.school_top_pages`` (``SCHOOL_TOP_KINDS``) and untitled pages a bureau's own office posted in
``nianbao.synth.office_publisher_pages`` (``OFFICE_PUBLISHER_KINDS``).

All wording is nianbao's own (``data/banks.json``, ``portal.hidden_body``).
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report, banks
from nianbao.synth.portal import traditional
from nianbao.synth.passing_pages import PASSING_KINDS, PASSING_SHAPES
from nianbao.synth.aside_pages import ASIDE_KINDS, ASIDE_SHAPES
from nianbao.synth.alias_pages import ALIAS_KINDS, ALIAS_SHAPES
from nianbao.synth.sealed14_pages import SEALED14_KINDS, SEALED14_SHAPES
from nianbao.synth.sealed17_pages import SEALED17_KINDS, SEALED17_SHAPES
from nianbao.synth.detect18_pages import DETECT18_KINDS, DETECT18_SHAPES
from nianbao.synth.wrapped_pages import WRAPPED_KINDS, WRAPPED_SHAPES
from nianbao.synth.school_top_pages import SCHOOL_TOP_KINDS, SCHOOL_TOP_SHAPES
from nianbao.synth.office_publisher_pages import OFFICE_PUBLISHER_KINDS, OFFICE_PUBLISHER_SHAPES
from nianbao.synth.short_form_pages import SHORT_FORM_KINDS, SHORT_FORM_SHAPES
from nianbao.synth.catalogue_pages import CATALOGUE_KINDS, CATALOGUE_SHAPES
from nianbao.synth.cited_superior_pages import CITED_SUPERIOR_KINDS, CITED_SUPERIOR_SHAPES
from nianbao.synth.detect_pages import DETECT_KINDS, DETECT_SHAPES
from nianbao.synth.faint_pages import FAINT_KINDS, FAINT_SHAPES
from nianbao.synth.unsaid_pages import UNSAID_KINDS, UNSAID_SHAPES
from nianbao.synth.named_pages import NAMED_KINDS, NAMED_SHAPES
from nianbao.synth.lead_pages import LEAD_KINDS, LEAD_SHAPES
from nianbao.synth.desk_pages import DESK_KINDS, DESK_SHAPES
from nianbao.synth.quiet_pages import QUIET_KINDS, QUIET_SHAPES
from nianbao.synth.relative_pages import RELATIVE_KINDS, RELATIVE_SHAPES
from nianbao.synth.gazetteer_pages import GAZETTEER_KINDS, GAZETTEER_SHAPES
from nianbao.synth.page_items import overview_items, period_sentence

HIDDEN_BODY_KINDS = (*PASSING_KINDS, "pipe_title_row", "zone_kind", "self_desk", "national_desk", "community", "title_aside",
                     "cited_last_year", "pinyin_mirror", "period_no_nian", "covers_work", "compiled_with_year", "aside_in_name",
                     "year_before_title", "desk_disclosure_office", "office_compiled_named", "system_title",
                     "zone_kind_named_desk", "name_under_title", "spam_name", "masked_year_mirror", "author_field",
                     *GAZETTEER_KINDS, *UNSAID_KINDS, *FAINT_KINDS, *DETECT_KINDS, *NAMED_KINDS, *ASIDE_KINDS, *LEAD_KINDS, *DESK_KINDS, *QUIET_KINDS,
                     *RELATIVE_KINDS, *ALIAS_KINDS, *SEALED14_KINDS, *SHORT_FORM_KINDS, *CITED_SUPERIOR_KINDS, *CATALOGUE_KINDS,
                     *SEALED17_KINDS, *DETECT18_KINDS, *WRAPPED_KINDS, *SCHOOL_TOP_KINDS,
                     *OFFICE_PUBLISHER_KINDS)


def _bank() -> dict:
    return banks()["portal"]["hidden_body"]


def hidden_body_page(rep: Report, kind: str) -> tuple[list[str], str | None, int | None]:
    """(lines, agency, year) of ``rep``'s page in shape ``kind``: the page and the body and year it states (None
    where it states none)."""
    rng = random.Random(f"{rep.seed}:round8:{kind}")  # the seed string of its first name: the same pages as before
    return _SHAPES[kind](rng, rep)


def _pipe_rows(rng: random.Random, rep: Report, title: str) -> list[str]:
    code = f"{rng.randint(10**7, 10**8 - 1)}/{rep.year + 1}-{rng.randint(1, 99999):05d}"
    office = rng.choice(_bank()["internal_offices"])
    return [f"索 引 号 | {code} | 分 类 | 综合政务 |", f"发布机构 | {office} | 发文日期 | {rep.published} |",
            f"标 题 | {title} | ||", "文 号 | 无 | 时 效 | 有效 |"]


def _pipe_title_row(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    title = f"{rep.agency.name}{rep.year}年政府信息公开工作年度报告"
    lines = _pipe_rows(rng, rep, title) + ["根据《中华人民共和国政府信息公开条例》要求编制本报告。" + period_sentence(rep.year),
                                           *overview_items(rng)]
    return lines, rep.agency.name, rep.year


def _zone_kind(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    b = _bank()
    zone = rng.choice(b["zone_places"]) + rng.choice(b["zone_kinds"]) + "管理委员会"
    year = rep.year
    lead = (f"本年度报告由开发区政务公开工作领导小组办公室根据条例要求编制。{period_sentence(year)}"
            "如有疑问，请与开发区政务公开工作领导小组办公室联系。")
    lines = _pipe_rows(rng, rep, f"{zone}{year}年政府信息公开工作年度报告") + [
        lead, "一、总体情况", f"{year}年，开发区认真落实条例，不断完善公开制度。", *overview_items(rng)[1:]]
    return lines, zone, year


def _self_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a = rep.agency
    office = "" if a.kind == "office" else rng.choice(banks()["portal"]["contact_offices"][a.kind])
    desk = rng.choice(_bank()["self_desks"]).format(address=a.name + office)
    return ["本年度报告根据条例的要求编制。" + period_sentence(rep.year) + desk, *overview_items(rng)], a.name, rep.year


def _national_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = rng.choice(_bank()["national_bodies"])
    year = rep.year
    lead = (f"本报告根据条例，梳理{year}年度{body[:-1]}系统政府信息公开工作情况编制而成。{period_sentence(year)}"
            f"如对报告有疑问，请联系{body}办公厅政务公开处。")
    return [lead, "一、总体情况", f"{year}年，全系统深入推进政务公开。", *overview_items(rng)[1:]], body, year


def _community(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place = rng.choice(banks()["places"]["district"]) + "区"
    body = place + rng.choice(_bank()["communities"]) + "社区"
    year = rep.year
    lines = [f"根据条例要求，编制本年度报告。如有问题，请及时与{body}联系。", "一、总体情况",
             f"根据上级统一部署，我社区开展政府信息公开工作。截至{year}年底，我社区政府信息公开工作运行正常。",
             *overview_items(rng)[1:]]
    return lines, body, year


def _title_aside(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    name, alias = rng.choice(_bank()["aside_bodies"])
    place = rep.agency.region
    body = place + name
    title = f"{body}（{place[-1]}{alias}）{rep.year}年政府信息公开年度报告"
    cut = title.index("公开") + 2
    return [title, title[:cut], title[cut:], period_sentence(rep.year), *overview_items(rng)], body, rep.year


def _cited_last_year(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = rng.choice(_bank()["national_bodies"]), rep.year
    cited = f"二是稳妥做好主动公开。公开发布《{body}{year - 1}年政府信息公开工作年度报告》，全年公开规范性文件{rng.randint(1, 9)}件。"
    lines = ["根据条例有关规定，编制本报告。", f"{year}年，{body}深入推进政府信息公开工作。", "一是完善工作机制。",
             cited, f"三是依法办理依申请公开。全年受理申请{rng.randint(1, 90)}件。"]
    return lines, body, year


def _gloss(text: str) -> str:
    """Pinyin glosses after some characters, as some mirror sites write them ('報(bào)')."""
    glosses = _bank()["pinyin_glosses"]
    return "".join(ch + (f"({glosses[ch]})" if ch in glosses else "") for ch in text)


def _pinyin_mirror(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    lead = (f"本年报根据《中华人民共和国政府信息公开条例》要求编制，使用数据统计时间为{year}年1月1日至12月31日。"
            f"本年度报告可在{a.site}下载。如对本报告有疑问，请与{a.name}联系。")
    lines = [_gloss(traditional(line)) for line in [lead, "一、总体情况", "（一）主动公开情况",
                                                   f"全年主动公开政府信息{rng.randint(5, 900)}条。"]]
    return lines, a.name, year


def _period_no_nian(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    year = rep.year
    lines = [f"本报告由{rep.agency.name}编制。全文包括总体情况等6项内容。",
             f"本报告中使用数据统计期限为{year}1月1日至12月31日。", *overview_items(rng)]
    return lines, rep.agency.name, year


def _covers_work(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    lead = (f"根据条例要求，编制本报告。本报告由总体情况等六部分组成，涵盖{rng.choice(('了', ''))}{year}年{a.name}"
            f"{rng.choice(('政府信息公开工作', '信息公开工作情况'))}，统计期限为{year}年1月1日至{year}年12月31日。")
    return [lead, *overview_items(rng)], a.name, year


def _compiled_with_year(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    lead = (f"根据条例和年度报告格式的要求，结合工作实际，{a.name}编制了{year}年度政府信息公开工作年度报告。"
            f"本报告所列数据的统计起止时间为{year}年1月1日至12月31日。")
    return [lead, *overview_items(rng)], a.name, year


def _aside_in_name(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    b, year = _bank(), rep.year
    zone = rng.choice(b["zone_places"]) + "高新区"
    district = rng.choice(banks()["places"]["district"]) + "区"
    body = rng.choice(b["zone_bodies"])
    title = f"{zone}（{district}）{body}{year}年政府信息公开工作年报"
    lead = f"根据条例，特向社会公布{zone}（{district}）{body}{year}年政府信息公开年度报告。{period_sentence(year)}"
    return [title, lead, *overview_items(rng)], f"{zone}（{district}）{body}", year  # the alias is part of the name as stated


def _year_before_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    desk = f"如对本报告有意见或建议，请联系{a.region}{rng.choice(_bank()['market_towns'])}。"
    return [f"{year}{a.name}{year}年度政府信息公开工作年度报告", period_sentence(year) + desk, *overview_items(rng)], a.name, year


def _desk_disclosure_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    lead = f"本年报由总体情况等六部分组成。{period_sentence(year)}如对报告有疑问，请及时联系{a.name}信息公开办公室。"
    return [lead, *overview_items(rng)], a.name, year


def _office_compiled_named(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    # a township's office is named with its place alone ('某镇党政办公室'), which is then what the page states
    place_only = a.level == "township" and a.kind == "government" and a.name.endswith("人民政府")
    body = a.name[: -len("人民政府")] if place_only else a.name
    office = ("党政办公室" if place_only else "办公室" if a.kind == "department" else
              "综合办公室" if a.kind == "government" else "")  # a government's office compiles as itself
    lead = (f"根据条例的要求。{body}{office}编制了《{year}年度政府信息公开工作报告》，"
            f"向社会公布{year}年度本级政府信息公开年度报告，接受监督。")
    return [lead, *overview_items(rng)], body, year


def _system_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = rep.agency.region + rng.choice(_bank()["systems"]), rep.year
    return [f"{body}{year}年政府信息公开工作年度报告", period_sentence(year), *overview_items(rng)], body, year


def _zone_kind_named_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    b, year = _bank(), rep.year
    zone = rng.choice(b["zone_places"]) + rng.choice(b["zone_kinds"])
    lead = (f"本报告结合开发区管委会信息公开工作有关统计数据撰写。{period_sentence(year)}"
            f"如对本报告有任何疑问，请与{zone}综合办公室联系。")
    return [lead, *overview_items(rng)], zone, year


def _name_under_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    alias = a.region + rng.choice(_bank()["aliases"])
    lines = ["政府信息公开工作年度报告", f"{a.name}（{alias}）", f"{year + 1}年1月{rng.randint(5, 28)}日", "一、总体情况",
             f"{year}年，{a.name}深入贯彻条例，持续推进政务公开。", *overview_items(rng)[1:]]
    return lines, a.name, year


def _spam_name(rng: random.Random, rep: Report) -> tuple[list[str], str | None, int]:
    name, year = rng.choice(_bank()["spam_names"]) + "办公厅", rep.year
    lines = [f"{name}{year}年政府信息公开工作年度报告",
             f"根据条例要求，现公布{name}{year}年政府信息公开工作年度报告。", *overview_items(rng)]
    return lines, None, year


def _masked_year_mirror(rng: random.Random, rep: Report) -> tuple[list[str], str | None, int | None]:
    proactive, requests, managed = _bank()["masked_mirror_lines"]
    lines = [f"{rep.agency.region}-{rep.published} 00:00:00", "一、总体情况", "（一）主动公开", proactive, "（二）依申请公开",
             requests, "（三）政府信息管理", managed]
    return lines, None, None


def _author_field(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    a, year = rep.agency, rep.year
    lines = [f"时间:{rep.published} 作者:{a.name} 点击数:", "按照上级通知要求，认真组织编写，现将工作开展情况予以上报。",
             "一、总体情况", f"{year}年以来，在上级的正确领导下，以及有关部门精心指导下，{a.name}高度重视，"
             f"现将{year}年政府信息公开工作情况报告如下：", *overview_items(rng)[1:]]
    return lines, a.name, year


_SHAPES = {**PASSING_SHAPES, "pipe_title_row": _pipe_title_row, "zone_kind": _zone_kind, "self_desk": _self_desk,
           "national_desk": _national_desk, "community": _community, "title_aside": _title_aside,
           "cited_last_year": _cited_last_year, "pinyin_mirror": _pinyin_mirror, "period_no_nian": _period_no_nian,
           "covers_work": _covers_work, "compiled_with_year": _compiled_with_year, "aside_in_name": _aside_in_name,
           "year_before_title": _year_before_title, "desk_disclosure_office": _desk_disclosure_office,
           "office_compiled_named": _office_compiled_named, "system_title": _system_title,
           "zone_kind_named_desk": _zone_kind_named_desk, "name_under_title": _name_under_title, "spam_name": _spam_name,
           "masked_year_mirror": _masked_year_mirror, "author_field": _author_field, **GAZETTEER_SHAPES, **UNSAID_SHAPES, **FAINT_SHAPES,
           **DETECT_SHAPES, **NAMED_SHAPES, **ASIDE_SHAPES, **ALIAS_SHAPES, **LEAD_SHAPES, **DESK_SHAPES, **QUIET_SHAPES,
           **RELATIVE_SHAPES, **SEALED14_SHAPES, **SHORT_FORM_SHAPES, **CITED_SUPERIOR_SHAPES, **CATALOGUE_SHAPES,
           **SEALED17_SHAPES, **DETECT18_SHAPES, **WRAPPED_SHAPES, **SCHOOL_TOP_SHAPES, **OFFICE_PUBLISHER_SHAPES}
