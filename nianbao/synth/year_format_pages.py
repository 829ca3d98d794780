"""Page shapes behind the year, format and detection misses of the sealed sets heldout34/35 and heldout-19: an old
report's page whose prose holds figures a table reader could take for table 三's cells, a school's report over an
academic year that states no other year, a 范文 whose body is a template's blank, and a disclosure guide under a
portal menu whose column names look like a report's title. Places are real divisions from the gazetteer
(``nianbao.core.places``); every sentence is nianbao's own. Each shape gives a ``YearFormatPage``.

- ``old_prose_figures``: a report of 2008–2018 cut from its title, its requests told in prose ('同意公开5个',
  '20个工作日内'): a report of that year in the pre-2019 format, no table 二/三/四;
- ``academic_year``: an untitled school's report opening '2021-2022学年，学校…现将本学年信息公开工作报告如下':
  a report of the year its academic year ends in;
- ``placeholder_body``: a 范文 naming its body 'xx市某局' (or XX县, ××镇, 某某区) throughout: no report;
- ``menu_column_title``: a 政务信息公开指南 under a menu listing 政府信息公开 / 法定主动公开内容 / 政府信息公开年报:
  no report.

(Drawn by their own test, not through ``nianbao.synth.shapes.SHAPES``: a kind added there reshuffles every seeded
draw of ``nianbao synth``.)
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from nianbao.core import places

YEAR_FORMAT_KINDS = ("old_prose_figures", "academic_year", "placeholder_body", "menu_column_title")
_SCHOOL_KINDS = ("大学", "学院", "职业技术学院", "师范学院")


@dataclass(frozen=True)
class YearFormatPage:
    """A page of one shape and what it states: whether it is a report, its year, whether it is pre-2019."""

    kind: str
    lines: tuple[str, ...]
    is_report: bool
    year: int | None
    pre2019: bool


def _city(rng: random.Random) -> str:
    return rng.choice([c for c in places.of_level("prefectural") if c.name.endswith("市") and len(c.name) >= 3]).name


def _old_prose_figures(rng: random.Random) -> YearFormatPage:
    year, city = rng.randint(2008, 2018), _city(rng)
    n = [rng.randint(2, 9) for _ in range(4)]
    lines = (f"{year}年，{city}政府信息公开工作认真贯彻《条例》，围绕全市中心工作，以保障公众知情权为核心，"
             "扎实推进政府信息公开各项工作。",
             "（一）进一步加大主动公开力度。要求政府信息自生成之日起20个工作日内通过各种载体予以公开，"
             f"全年新增主动公开政府信息{rng.randint(1000, 9000)}条。",
             f"（二）依申请公开。全年共受理政府信息公开申请{sum(n)}件，其中同意公开{n[0]}个，部分公开{n[1]}个，"
             f"不予公开{n[2]}条，信息不存在{n[3]}件。",
             "（三）加强监督检查。对各地各部门公开情况开展了两次专项检查。")
    return YearFormatPage("old_prose_figures", lines, True, year, True)


def _academic_year(rng: random.Random) -> YearFormatPage:
    end = rng.randint(2019, 2025)
    dash = rng.choice(("-", "—", "～", "~"))
    lines = (f"{end - 1}{dash}{end}学年，学校认真贯彻《高等学校信息公开办法》和《高等学校信息公开事项清单》，"
             "坚持以公开为常态、不公开为例外，持续深化校务公开。现将本学年信息公开工作报告如下：",
             "一、信息公开工作概述",
             "学校党委高度重视信息公开工作，完善了信息公开工作领导机制。",
             "二、主动公开情况",
             f"本学年通过学校门户网站发布信息{rng.randint(200, 2000)}条。",
             "三、依申请公开和不予公开情况",
             f"本学年共收到信息公开申请{rng.randint(0, 9)}件，均已按时答复。")
    return YearFormatPage("academic_year", lines, True, end, False)


def _placeholder_body(rng: random.Random) -> YearFormatPage:
    blank = rng.choice(("xx", "XX", "××", "某某", "xxx"))
    body = blank + rng.choice(("市环境保护局", "县水利局", "区人民政府", "镇人民政府", "市住房和城乡建设局"))
    lines = (f"{rng.choice(('环保局', '水利局', '住建局'))}年度信息公开工作报告",
             "一、概述",
             f"今年，{body}认真贯彻执行条例，按照上级决策部署，切实加强领导，完善制度，推进政府信息公开工作。",
             "二、主动公开政府信息情况",
             f"今年，{body}网站发布政府信息{rng.randint(100, 9000)}条，其中法规标准类信息{rng.randint(1, 40)}条。",
             "三、依申请公开政府信息情况",
             f"今年，{body}共受理政府信息公开申请{rng.randint(0, 9)}件。")
    return YearFormatPage("placeholder_body", lines, False, None, False)


def _menu_column_title(rng: random.Random) -> YearFormatPage:
    city = _city(rng)
    menu = ("政府信息公开", "法定主动公开内容", "政府信息公开年报", rng.choice(("政府网站年度报表", "政府信息公开制度")),
            "依申请公开")
    lines = (*menu, f"{city}政务信息公开指南",
             f"根据《中华人民共和国政府信息公开条例》，为便于公民、法人或者其他组织依法获取{city}政务信息，特编制本指南。",
             "一、主动公开",
             "（一）主动公开的内容",
             f"{city}人民政府办公室负责向社会主动公开下列主要信息：",
             "1.履职依据。主要包括政府负责执行的法规、规章和规范性文件。",
             "2.统计信息。主要包括统计公报和统计数据。")
    return YearFormatPage("menu_column_title", lines, False, None, False)


YEAR_FORMAT_SHAPES = {"old_prose_figures": _old_prose_figures, "academic_year": _academic_year,
                      "placeholder_body": _placeholder_body, "menu_column_title": _menu_column_title}
