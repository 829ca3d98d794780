"""Page shapes whose lead sentences name the body and the year in ways first met on heldout21's fair sample (and
the misses heldout19/20 and survey19 left): the places are real divisions drawn from the gazetteer
(``nianbao.core.places``); every sentence is nianbao's own. Each report shape gives (lines, agency or None, year):

- ``verb_before_name``: untitled, '现就某县人民政府YEAR年度政府信息公开情况报告如下' (现就 is no part of the name);
- ``nianbao_compiled``: the first line a compiled-by sentence naming the report, the report calling itself 年报
  ('本年报是根据…要求，由某县某镇人民政府编制的YEAR年度政府信息公开年度报告');
- ``lead_compiled_cut``: a pre-2019 page cut to its lead '根据《中华人民共和国政府信息公开条例》要求，由某县某局编制。'
  and the old outline under it;
- ``place_named_department``: the stock sentence names the city's report ('特公布YEAR年某市政府信息公开工作年度
  报告'), the page speaks as 我局 and its desk is the city's 民政局 (the body);
- ``research_office_title``: a city government's 研究室 titling its report;
- ``gathered_township``: '汇总YEAR年度某乡的政府信息公开年度报告编制而成', the 乡 named without its county;
- ``spam_street_title``: a mirror's spam in place of the district before a real 街道办事处 in the title;
- ``listed_last_year``: untitled, opening at 一、总体情况 and its first item, last year's report listed among the year's
  publications ('公开了…信息及YEAR-1年度信息公开工作报告'), the year told only by 'YEAR年度我局共收到…': no body;
- ``old_province_overview``: untitled, opening at 一、概述, a province's pre-2019 year of 政务公开 work (no 政府信息公开
  said): the province;
- ``self_nianbao``: '…编制发布本年报', then 一、总体情况 saying 我委: the year, no body.

Look-alike (``NEWS_KINDS``, written with ``nianbao.synth.detect_pages``' look-alikes): ``news_byline``, news of a
province publishing its report, with its reporter's byline in brackets.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items

LEAD_KINDS = ("verb_before_name", "nianbao_compiled", "lead_compiled_cut", "place_named_department",
              "research_office_title", "gathered_township", "spam_street_title", "listed_last_year",
              "old_province_overview", "self_nianbao")
NEWS_KINDS = ("news_byline",)
# The shapes whose report is of its own year before 2019, whatever the sampled report's.
LEAD_OLD_KINDS = ("nianbao_compiled", "lead_compiled_cut", "place_named_department", "old_province_overview")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_DEPARTMENTS = ("民政局", "统计局", "审计局", "司法局", "财政局")


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"


def _plain(name: str) -> bool:
    """A name the gazetteer reads whole, holding no level word before its suffix ('某某县', not '某乡县')."""
    lead = places.leading_places(name)
    stem = name[:-2] if name.endswith("街道") else name[:-1]
    return bool(lead) and lead[0].start == 0 and lead[0].end == len(name) and not any(k in stem for k in "乡镇街区县市道")


def _county(rng: random.Random) -> str:
    return rng.choice([c.name for c in places.of_level("county") if c.name[-1] == "县" and len(c.name) >= 3
                       and _plain(c.name)])


def _city(rng: random.Random) -> str:
    return rng.choice([c.name for c in places.of_level("prefectural") if c.name.endswith("市") and _plain(c.name)])


def _township(rng: random.Random, suffix: str) -> tuple[str, str]:
    """(county, township) of a real township ending ``suffix`` under a county ending 县."""
    while True:
        # ('某城乡' is left out: the pattern reads 城乡 as the word of 住房和城乡建设, not a township's end; so is one
        # opening on a word for a whole place, '各卡乡', which the sentence patterns read as 'each')
        t = rng.choice([t for t in places.of_level("township") if t.name.endswith(suffix) and len(t.name) >= 3
                        and _plain(t.name) and "城乡" not in t.name and t.name[0] not in "全本我该各此辖"])
        county = places.parent(t)
        if county and county.name.endswith("县") and _plain(county.name):
            return county.name, t.name


def _province(rng: random.Random) -> str:
    return rng.choice([p.name for p in places.of_level("provincial") if p.name.endswith("省")])


def _verb_before_name(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rep.year
    body = county + "人民政府"
    lines = [f"依照条例和上级有关要求，现就{body}{year}年度政府信息公开情况报告如下：", "一、概述",
             f"本报告所列资料的统计期限从{year}年1月1日至{year}年12月31日。", "二、总体情况",
             f"{year}年，全县政务公开工作稳步推进。", *brief_items(rng), *_REST]
    return lines, body, year


def _nianbao_compiled(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, town = _township(rng, "镇")
    year = rng.randint(2009, 2018)
    body = county + town + "人民政府"
    lines = [f"本年报是根据县里有关规定的要求，由{body}编制的{year}年度政府信息公开年度报告。全文包括概述、主动公开情况、"
             "依申请公开情况和存在的问题。", "一 概 述", f"{year}年，我镇配置专人负责政府信息公开工作。",
             "二 主动公开情况", f"全年共主动公开信息{rng.randint(20, 300)}条。", "三 依申请公开情况",
             f"{year}年度我镇共收到{rng.randint(0, 5)}件信息公开申请，均已按时办结。"]
    return lines, body, year


def _lead_compiled_cut(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    county, year = _county(rng), rng.randint(2009, 2018)
    body = county + rng.choice(_DEPARTMENTS)
    lines = [f"根据《中华人民共和国政府信息公开条例》要求，由{body}编制。全文包括概述，主动公开政府信息情况，"
             "依申请公开政府信息情况，政府信息公开复议、诉讼情况。", "一、概述",
             f"{year}年，我局按照条例要求，调整了政府信息公开领导小组，推进政府信息公开工作。",
             "二、主动公开政府信息情况", f"全年主动公开政府信息{rng.randint(10, 300)}条。",
             "三、依申请公开政府信息情况", f"本单位{year}年度没有收到要求公开信息的申请。"]
    return lines, body, year


def _place_named_department(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = _city(rng), rng.randint(2012, 2018)
    body = city + rng.choice(_DEPARTMENTS)
    lines = [f"根据《中华人民共和国政府信息公开条例》，特公布{year}年{city}政府信息公开工作年度报告。{_period(year)}"
             f"如对本报告有任何疑问，请与{body}政府信息公开领导小组办公室联系（电话：{rng.randint(1000000, 9999999)}）。",
             "一、概述", f"{year}年，我局在市政府办公室的指导下，对全年政府信息公开工作情况进行总结。",
             "（一）加强组织，领导重视", "成立了以局长为组长的政府信息公开工作领导小组。",
             "二、主动公开政府信息情况", f"全年主动公开政府信息{rng.randint(10, 300)}条。"]
    return lines, body, year


def _research_office_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = _city(rng), rep.year
    body = city + "人民政府研究室"
    lines = [f"{body}{year}年政府信息公开工作年度报告", "一、总体情况",
             f"{year}年，我室依法依规推进政府信息公开工作。现将我室{year}年度信息公开工作情况报告如下：",
             *brief_items(rng), *_REST]
    return lines, body, year


def _gathered_township(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, town = _township(rng, "乡")
    year = rep.year
    lines = [f"本年度报告根据条例要求，汇总{year}年度{town}的政府信息公开年度报告编制而成。{_period(year)}"
             f"如对本报告有疑问，可与乡党政办联系。", "一、总体情况",
             f"{year}年，我乡召开班子会议研究部署政府信息公开工作。", *brief_items(rng), *_REST]
    return lines, town, year


def _spam_street_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    street = rng.choice([t.name for t in places.of_level("township") if t.name.endswith("街道") and len(t.name) >= 4
                         and _plain(t.name)])
    body, year = street + "办事处", rep.year
    spam = rng.choice(("某某博彩官网", "某某娱乐app", "体育投注官网"))
    lines = [f"{spam}{body}{year}年政府信息公开工作年度报告", f"发布日期：{year + 1}-01-2{rng.randint(0, 9)}",
             "一、总体情况", f"{year}年，我街紧紧围绕中心工作，全面做好政府信息公开工作。", *brief_items(rng), *_REST]
    return lines, body, year


def _listed_last_year(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = ["一、总体情况", "（一）主动公开方面", f"在网站上主动公开信息{rng.randint(50, 500)}条，公开了建议提案办理结果、重点工作、"
             f"人事信息和财政信息等重点领域信息及{year - 1}年度信息公开工作报告。",
             "（二）依申请公开方面", f"我局明确了依申请公开的受理渠道……{year}年度我局共收到{rng.randint(1, 30)}件依申请公开，"
             "均按时予以答复。", "（三）政府信息管理方面", "成立局政务公开领导小组，明确专人负责。"]
    return lines, None, year


def _old_province_overview(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    province, year = _province(rng), rng.randint(2014, 2018)
    lines = ["一、概述", f"{year}年，{province}深入落实关于全面推进政务公开工作的部署，大力推进决策、执行、管理、服务、"
             "结果公开，着力提升政务公开的质量和实效。", "（一）围绕年度重点任务，强化部署推进。",
             f"我省及时印发{year}年政务公开重点工作任务分工，明确了重点工作任务。",
             "省政务公开办召开政务公开重点工作推进会，推动工作落实。"]
    return lines, province, year


def _self_nianbao(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = [f"根据《中华人民共和国政府信息公开条例》要求，编制发布本年报。全文包括主动公开、依申请公开等方面。"
             f"所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。", "一、总体情况",
             f"{year}年，我委紧紧围绕全市发展大局，扎实推进政府信息公开工作。", "（一）主动公开",
             f"委官方网站全年累计发布政府信息{rng.randint(100, 900)}条。", "（二）依申请公开",
             f"{year}年共接收政府信息公开申请{rng.randint(0, 30)}件。"]
    return lines, None, year


def news_byline(rng: random.Random) -> list[str]:
    """News of a province publishing its report, its reporter's byline in brackets: no report."""
    province, year = _province(rng), rng.randint(2015, 2024)
    return ["来源：某某晚报", f"{year + 1}-03-31 10:20", f"3月31日，{province}人民政府办公厅对外公布了{year}年政府信息公开工作"
            f"年度报告。报告涵盖全省各市政府和省政府各部门{year}年1月1日至{year}年12月31日的政府信息公开工作情况。",
            "报告采取多种形式对外发布，市民可以登录省政府门户网站查看。", f"（某某晚报记者 {rng.choice(('张三', '李四', '王五'))}）"]


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
LEAD_SHAPES = {"verb_before_name": _verb_before_name, "nianbao_compiled": _nianbao_compiled,
               "lead_compiled_cut": _lead_compiled_cut, "place_named_department": _place_named_department,
               "research_office_title": _research_office_title, "gathered_township": _gathered_township,
               "spam_street_title": _spam_street_title, "listed_last_year": _listed_last_year,
               "old_province_overview": _old_province_overview, "self_nianbao": _self_nianbao}
