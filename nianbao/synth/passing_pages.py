"""Page shapes of bodies named only in passing, or not at all, the classes wild26 worked on (the fit splits'
leftovers and its survey): the places are real divisions drawn from the gazetteer (``nianbao.core.places``); every sentence is
nianbao's own. Each report shape gives (lines, agency, year):

- ``bare_street_self``: untitled, the page calling itself by the bare word 街道 ('YEAR年，街道主动公开…'), naming
  itself only in its own catalogue's title ('完成《某街道主动公开事项目录》的编制'): the 街道's 办事处;
- ``this_town_address``: untitled, '结合本镇实际', one 我镇 item, the town named only as its office's address
  ('我单位办公地址为某市某区某镇人民政府'): the 镇's 人民政府;
- ``tallied_street``: untitled, the 街道 named only as the subject of the year's tallies ('YEAR年，某街道累计主动公开
  政府信息N条', 'YEAR年，某街道共收到政府信息公开申请N条'): the 街道;
- ``header_over_title``: a portal's header line, the county's government written twice, over a title wrapped after
  its year ('某县人民政府2021年度' / '信息公开年度报告'): the government, named once;
- ``bureau_our_city``: untitled, a city bureau saying 我局 once and 我市 of the city it serves, naming other city
  bureaus and the city's own regulation, never itself: no body;
- ``opening_compiler``: untitled, the page opening on the bureau compiling the report ('某市某局依据《条例》…编制了本
  报告'), the overview saying only 我局: the bureau;
- ``lead_verb_made``: untitled, '…要求，制定某区某局YEAR年政府信息公开工作年度报告': the bureau, without the verb;
- ``breadcrumb_title``: a portal's breadcrumb ending 政府信息公开年报 on the title's line, the title again below: the
  bureau, without the breadcrumb's 报;
- ``own_rules_system``: untitled, 我局 throughout, the bureau named only in '修改完善了《某县某局政府信息与政务公开工作
  制度》': the bureau;
- ``own_website``: untitled, 我局 throughout, the bureau named only as the website it set its column on ('在某市某局网站
  首页设置政府信息公开专栏'): the bureau;
- ``street_plan_made`` (sealfix6a): untitled, a 街道 saying 我街, named only in the plan it made ('制定了《某街道政府信息
  依申请公开工作方案》'): the 街道;
- ``portal_column`` (sealfix6a): untitled, 我局 throughout, the bureau named only as its column on the government's
  portal ('更新政府门户网站中某区某局栏目各类信息'): the bureau;
- ``street_office_compiled`` (sealfix6a): untitled, '由某区人民政府某街道办事处办公室…编制', the overview saying 本街道:
  the 办事处, not its office.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report

PASSING_KINDS = ("bare_street_self", "this_town_address", "tallied_street", "header_over_title", "bureau_our_city",
                 "opening_compiler", "lead_verb_made", "breadcrumb_title",
                 "own_rules_system", "own_website", "street_plan_made", "portal_column", "street_office_compiled")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
# Levels and words a name must not hold before its suffix, and first characters a sentence would read as a word.
_LEVEL_WORDS = "乡镇街区县市道旗盟州"
_WORD_OPENINGS = "全本各我该此辖"


def _whole(name: str) -> bool:
    """A name the gazetteer reads whole as one place (not as a longer name's tail)."""
    lead = places.leading_places(name)
    return len(lead) == 1 and lead[0].start == 0 and lead[0].end == len(name)


def _plain(name: str, suffix: str) -> bool:
    return (_whole(name) and not any(k in name[: -len(suffix)] for k in _LEVEL_WORDS)
            and name[0] not in _WORD_OPENINGS and "城乡" not in name)


def _township(rng: random.Random, suffix: str) -> tuple[str, str, str]:
    """(city, district or county, township) of a real township ending ``suffix`` under a county-level place under
    a prefecture-level city ending 市."""
    while True:
        town = rng.choice([t for t in places.of_level("township") if t.name.endswith(suffix) and len(t.name) >= 3
                           and _plain(t.name, suffix)])
        county = places.parent(town)
        city = places.parent(county) if county else None
        if (county and city and county.name.endswith(("区", "县")) and _plain(county.name, county.name[-1])
                and city.level == "prefectural" and city.name.endswith("市") and _plain(city.name, "市")):
            return city.name, county.name, town.name


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"


def _bare_street_self(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, _, street = _township(rng, "街道")
    year = rep.year
    lines = [f"依据条例和上级有关规定编制本年度报告。{_period(year)}", "一、总体情况", "（一）主动公开",
             f"{year}年，街道依托区政府门户网站主动公开政府信息{rng.randint(20, 300)}条。", "（二）依申请公开",
             f"{year}年，街道收到政府信息公开申请{rng.randint(0, 20)}件。", "（三）政府信息管理",
             f"完成《{street}{rng.choice(('主动公开事项目录', '政务公开事项目录'))}》的编制并在网站发布。", *_REST]
    return lines, street + "办事处", year


def _this_town_address(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, county, town = _township(rng, "镇")
    year = rep.year
    lines = [f"本报告依照条例的规定，结合本镇的实际编制。{_period(year)}"
             f"我单位办公地址为{city}{county}{town}人民政府，联系电话{rng.randint(5000000, 5999999)}。", "一、总体情况",
             "（一）抓好重点。认真更新公开指南和公开目录。", "（二）加强领导。我镇主要领导亲自抓，分管领导具体抓。",
             f"（三）主动公开。全年主动公开政府信息{rng.randint(10, 200)}条。", *_REST]
    return lines, town + "人民政府", year


def _tallied_street(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, _, street = _township(rng, "街道")
    year = rep.year
    lines = ["一、总体情况",
             f"一是做好主动公开。常态化发布工作资讯，依法公开财政事项和通知公告。{year}年，{street}累计主动公开政府信息"
             f"{rng.randint(50, 600)}条。",
             f"二是规范依申请公开。及时修订办理流程，形成工作闭环。{year}年，{street}共收到政府信息公开申请"
             f"{rng.randint(0, 9)}条。", *_REST]
    return lines, street, year


def _header_over_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county, _ = _township(rng, "镇")
    government, year = county + "人民政府", rep.year
    lines = [f" {government}", f"            {government}", f"        {government}{year}年度", "信息公开年度报告",
             f"({year + 1}年1月)", f"根据条例和上级通知的要求，认真撰写本年度报告。{_period(year)}", "一、总体情况",
             f"{year}年，我{county[-1]}坚持以公开为常态、不公开为例外。",
             f"全年主动公开政府信息{rng.randint(100, 900)}条。", *_REST]
    return lines, government, year


def _bureau_our_city(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    city, _, _ = _township(rng, "镇")
    year = rep.year
    other = rng.choice(("市水利局", "市林业局", "市农业农村局", "市城管执法局"))
    lines = [f"根据条例和省政府办公厅的通知要求，现就{year}年政务公开年度工作情况报告如下：", "一、总体情况",
             f"（一）围绕法治政府建设推进公开。立足我市资源保护，指导{other}起草《{city}流域保护条例（草案）》。会同"
             f"有关部门对我市涉及生态保护领域的规范性文件进行清理。在网站公开我局对提案会办工作的意见。",
             f"（二）主动公开。{year}年全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, None, year



def _opening_compiler(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, _, _ = _township(rng, "镇")
    bureau, year = city + rng.choice(("财政局", "民政局", "司法局", "交通运输局")), rep.year
    lines = [f"{bureau}依据《中华人民共和国政府信息公开条例》和年度报告格式的要求编制了本报告，报告中数据统计期限为{year}年1月1日至"
             f"{year}年12月31日。", "一、总体情况", "（一）加强组织领导。我局成立了信息公开工作领导小组。",
             f"（二）主动公开。全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, bureau, year



def _lead_verb_made(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county, _ = _township(rng, "镇")
    bureau, year = county + rng.choice(("人力资源和社会保障局", "民政局", "财政局")), rep.year
    lines = [f"根据条例及省政务公开办公室通知的有关要求，制定{bureau}{year}年政府信息公开工作年度报告。本报告由总体情况等部分组成。",
             "一、总体情况", f"{year}年，我局坚持以公开为常态。", f"全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, bureau, year


def _breadcrumb_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, _, _ = _township(rng, "镇")
    bureau, year = city + rng.choice(("人力资源和社会保障局", "生态环境局", "交通运输局")), rep.year
    title = f"{bureau}{year}年度信息公开工作年度报告"
    lines = [f"{city}人民政府门户网站 {bureau} 政府信息公开年报 {title}", title, f"来源:本网 时间:{year + 1}-01-12",
             f"根据条例规定，现公布本局{year}年政府信息公开工作年度报告。", "一、总体情况",
             f"全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, bureau, year



def _own_rules_system(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county, _ = _township(rng, "镇")
    bureau, year = county + rng.choice(("农业农村局", "林业局", "水利局")), rep.year
    lines = ["一、总体情况", f"根据条例要求，现将我局{year}年政府信息公开年度报告编制和公布工作有关情况报告如下：",
             "（一）加强组织领导。我局成立了信息公开工作领导小组，指定工作人员兼职负责我局政府信息公开日常事务。",
             f"（二）加强制度建设。制定和修改完善了《{bureau}政府信息与政务公开工作制度》。",
             f"（三）主动公开。全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, bureau, year


def _own_website(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, _, _ = _township(rng, "镇")
    bureau, year = city + rng.choice(("农业农村局", "生态环境局", "审计局")), rep.year
    lines = [f"本报告根据条例的有关规定编制，统计期限为{year}年1月1日至{year}年12月31日。", "一、总体情况",
             f"{year}年，我局认真执行条例。", f"1.规范平台建设。在{bureau}网站首页设置政府信息公开专栏，专人维护。",
             "2.我局及时调整领导小组。", f"全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, bureau, year


def _street_plan_made(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, _, street = _township(rng, "街道")
    year = rep.year
    lines = ["一、总体情况", f"{year}年，我街按照条例有关要求，在区委、区政府的指导下推进公开工作，制定了《{street}"
             f"{rng.choice(('政府信息依申请公开工作方案', '政务公开工作制度'))}》，及时公开政府信息。截至{year}年12月31日，主动公开"
             f"政府信息共{rng.randint(20, 300)}条。", *_REST]
    return lines, street, year


def _portal_column(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county, _ = _township(rng, "镇")
    bureau, year = county + rng.choice(("林业局", "水利局", "商务局")), rep.year
    lines = [f"{year}年，在区委、区政府的领导下，认真落实条例。{_period(year)}", "一、总体情况",
             f"{year}年以来，我局高度重视政府信息公开工作。", f"（一）主动公开情况。全年我局主动公开信息{rng.randint(20, 300)}条。",
             f"（二）平台建设情况。及时更新政府门户网站中{bureau}栏目各类信息。", *_REST]
    return lines, bureau, year


def _street_office_compiled(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    _, county, street = _township(rng, "街道")
    body, year = f"{county}人民政府{street}办事处", rep.year
    lines = [f"本年度报告由{body}办公室根据条例等文件要求编制而成。{_period(year)}", "一、总体情况",
             f"{year}年，本街道扎实推进政府信息公开工作。", f"全年主动公开政府信息{rng.randint(20, 300)}条。", *_REST]
    return lines, body, year


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
PASSING_SHAPES = {"bare_street_self": _bare_street_self, "this_town_address": _this_town_address,
                   "tallied_street": _tallied_street, "header_over_title": _header_over_title,
                   "bureau_our_city": _bureau_our_city, "opening_compiler": _opening_compiler,
                   "lead_verb_made": _lead_verb_made, "breadcrumb_title": _breadcrumb_title,
                   "own_rules_system": _own_rules_system, "own_website": _own_website,
                   "street_plan_made": _street_plan_made, "portal_column": _portal_column,
                   "street_office_compiled": _street_office_compiled}
