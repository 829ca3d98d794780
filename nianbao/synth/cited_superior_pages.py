"""Pages that state no body of their own but name a superior government in passing — the agency ranker's wrong names
(ranker16: a county tax bureau's page named by its county's government of a rules title, a city's pages named by
the city's government of a cited work report, a portal's name, a list of the city's bodies). Each shape states no
agency: the pipeline must name none (a wrong name is worse than none). Places are real divisions from the gazetteer;
every sentence is nianbao's own.

- ``rejected_kind_superior``: titled by a bureau's kind alone ('税务局YEAR年政府信息公开工作年度报告': no place, the
  rules reject it), 本机关 (no self-word of a kind), the county's government named as the one whose arrangements it follows
  and in the title of its rules (《某县人民政府重大行政决策程序规定》) — the page said it is a 局, the government is
  another kind of body;
- ``superior_titles_sites_lists``: untitled, no self-word, the city's government named only in a cited work report's
  title (《YEAR年某市人民政府工作报告》), as the owner of the website and the account the page's information went
  out on, and as one item of a list of the city's bodies ('某市人大、某市人民政府、某市政协');
- ``place_in_rules_title``: untitled, 我区 in the preamble, the district named alone in brackets inside the title of the
  rules a zone made (《某经济开发区（某区）促进…若干措施》) — a place in a title says the rules' scope, no body.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.page_items import brief_items, period_span

CITED_SUPERIOR_KINDS = ("rejected_kind_superior", "superior_titles_sites_lists", "place_in_rules_title")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_RULES = ("重大行政决策程序规定", "工作规则", "行政规范性文件管理办法", "政务服务事项管理办法")
_KINDS = ("税务局", "统计局", "气象局", "审计局", "自然资源局", "医疗保障局")  # each rejected alone: no place


def _county(rng: random.Random, suffix: tuple[str, ...] = ("县", "区")) -> tuple[str, str]:
    """(city, county) of a real county-level place under a prefecture-level city."""
    while True:
        county = rng.choice(places.of_level("county"))
        city = places.parent(county)
        if city and city.level == "prefectural" and city.name.endswith("市") and county.name.endswith(suffix):
            return city.name, county.name


def _rejected_kind_superior(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    _, county = _county(rng)
    year, kind = rep.year, rng.choice(_KINDS)
    return [f"{kind}{year}年政府信息公开工作年度报告", f"本年度报告根据条例要求编制。{period_span(year)}", "一、总体情况",
            f"{year}年，在{county}人民政府的统一部署下，本机关严格执行《{county}人民政府{rng.choice(_RULES)}》，规范公开流程。",
            *brief_items(rng),
            *_REST], None, year


def _superior_titles_sites_lists(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    city, _ = _county(rng)
    year, gov = rep.year, city + "人民政府"
    return ["一、总体情况", f"本报告所列{city}人大、{gov}、{city}政协的统计期限为{year}年全年。",
            f"{year}年，及时公开《{year}年{gov}工作报告》等重要信息，通过“{gov}”门户网站和“{gov}发布”微信公众号"
            f"发布信息{rng.randint(100, 900)}条。", *brief_items(rng), *_REST], None, year


def _place_in_rules_title(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    city, district = _county(rng, ("区",))
    year = rep.year
    return [f"根据《中华人民共和国政府信息公开条例》和我区工作要求，编制本报告。{period_span(year)}", "一、总体情况",
            f"全年及时公开了《{city}经济技术开发区（{district}）促进先进制造业发展若干措施》等政策文件{rng.randint(2, 9)}件。",
            *brief_items(rng), *_REST], None, year


CITED_SUPERIOR_SHAPES = {"rejected_kind_superior": _rejected_kind_superior,
                         "superior_titles_sites_lists": _superior_titles_sites_lists,
                         "place_in_rules_title": _place_in_rules_title}

__all__ = ["CITED_SUPERIOR_KINDS", "CITED_SUPERIOR_SHAPES"]
