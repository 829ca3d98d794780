"""Pages naming their body only in passing, among superiors and cited documents: what the agency ranker
(``nianbao.extraction.mentions``) is trained on and tested at volume. Places are real divisions from the gazetteer
(``nianbao.core.places``); every sentence is nianbao's own. Each kind gives a ``ShapedPage`` (lines, agency, year):

- ``contact_only``: untitled, 我局 throughout, the city's government cited as the one it follows; the bureau
  named only in the closing contact line ('联系单位：某县某局，电话…');
- ``rules_title``: untitled, 我局 throughout, the bureau named only in the title of the rules it revised
  ('修订了《某县某局政务公开工作规程》'), beside the city government's notice it cites;
- ``passing_sentence``: untitled, 我镇 (我乡) throughout, the township's government named once in a sentence in passing,
  the county's government (its superior) named twice;
- ``signature_only``: untitled and long, 我委 throughout, the commission named only in the signature under the text;
- ``superiors_only``: untitled, 我局 throughout, only superiors and cited documents named: no body (None);
- ``cited_notices``: untitled, 我局 throughout, the bureau named once in passing among the notices its superiors
  issued ('根据《某市人民政府办公室关于…的通知》', '转发某县人民政府关于…的意见') — the issuers are no body of the page;
- ``portal_footer``: untitled, 我局 throughout, the bureau named in its contact line, the portal's footer naming the
  city's government office as the site's host ('主办单位：…　版权所有') — the host is no body of the page;
- ``footer_only``: as ``portal_footer`` but the bureau never named: the host is all a page names (None);
- ``hosted_none``: untitled, no self-word, a national office's notice cited as the report's template and the county
  government's website as where the report is published — the issuer and the site's owner only (None);
- ``site_none``: untitled, no self-word, the only name the government whose website or gazette carries the report
  ('可在某县人民政府网站查阅', '在《某市人民政府公报》刊登') — the site's owner names no body (None).
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.shapes import ShapedPage

MENTION_KINDS = ("contact_only", "rules_title", "passing_sentence", "signature_only", "superiors_only",
                 "cited_notices", "portal_footer", "footer_only", "hosted_none",
                 "site_none")
_ISSUED = ("关于进一步做好政务公开工作的通知", "关于印发政务公开工作要点的通知", "关于加强政府信息公开工作的意见",
           "关于印发政府信息公开申请办理办法的通知", "关于全面推进基层政务公开标准化规范化工作的实施意见")
_BUREAUS = ("市场监督管理局", "自然资源局", "农业农村局", "交通运输局", "生态环境局", "统计局", "审计局", "民政局")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")


def _county_town(rng: random.Random) -> tuple[str, str, str]:
    """(city, county, township) of a real township under a county under a prefecture-level city."""
    while True:
        town = rng.choice(places.of_level("township"))
        county = places.parent(town)
        city = places.parent(county) if county else None
        if (county and city and city.level == "prefectural" and city.name.endswith("市")
                and county.name.endswith(("县", "区")) and town.name.endswith(("镇", "乡")) and len(town.name) >= 3):
            return city.name, county.name, town.name


def _items(rng: random.Random, self_word: str) -> list[str]:
    return [f"（一）主动公开。全年{self_word}主动公开政府信息{rng.randint(20, 300)}条。",
            f"（二）依申请公开。全年{self_word}收到政府信息公开申请{rng.randint(0, 20)}件，均按时答复。"]


def _contact_only(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    body = county + rng.choice(_BUREAUS)
    return ["一、总体情况", f"{year}年，我局按照{city}人民政府的部署，认真贯彻《中华人民共和国政府信息公开条例》。",
            *_items(rng, "我局"), *_REST, "六、其他需要报告的事项", "本年度未收取信息处理费。",
            f"联系单位：{body}，联系电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}。"], body


def _rules_title(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    body = county + rng.choice(_BUREAUS)
    return ["一、总体情况", f"{year}年，我局根据《{city}人民政府办公室关于做好政务公开工作的通知》要求推进公开工作。",
            f"我局修订了《{body}政务公开工作规程》，明确了发布审核流程。", *_items(rng, "我局"), *_REST], body


def _passing_sentence(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    _, county, town = _county_town(rng)
    body, me = town + "人民政府", "我" + town[-1]
    return ["一、总体情况", f"{year}年，在{county}人民政府的领导下，{me}扎实推进政务公开工作。",
            f"全年召开专题会议{rng.randint(2, 6)}次，{body}主要负责同志听取工作汇报。",
            f"{me}按照{county}人民政府办公室的要求及时更新公开目录。", *_items(rng, me), *_REST], body


def _signature_only(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    body = county + rng.choice(("发展和改革委员会", "卫生健康委员会"))
    filler = [f"（{k}）我委持续完善公开工作机制，及时发布本部门政策文件和工作动态。" for k in range(3, 60)]
    return ["一、总体情况", f"{year}年，我委在{city}人民政府的指导下推进政务公开。", *_items(rng, "我委"), *filler,
            *_REST, body, f"{year + 1}年1月{rng.randint(10, 28)}日"], body


def _superiors_only(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    return ["一、总体情况", f"{year}年，我局认真落实{city}人民政府和{county}人民政府关于政务公开的部署。",
            f"我局根据《{city}人民政府办公室关于印发政务公开工作要点的通知》制定工作方案。",
            f"全年在{county}人民政府门户网站发布信息{rng.randint(20, 200)}条。", *_items(rng, "我局"), *_REST], None


def _cited_notices(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    body = county + rng.choice(_BUREAUS)
    first, second = rng.sample(_ISSUED, 2)
    return ["一、总体情况", f"{year}年，我局根据《{city}人民政府办公室{first}》和《{county}人民政府{second}》的要求推进公开工作。",
            f"我局及时转发{county}人民政府办公室{rng.choice(_ISSUED)}，并在{body}门户栏目同步发布。",
            *_items(rng, "我局"), *_REST], body


def _hosted_none(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    _, county, _ = _county_town(rng)
    issuer = rng.choice(("国务院办公厅", "国务院办公厅政府信息与政务公开办公室"))
    site = rng.choice(("网站", "门户网站", "政府门户网"))
    return ["一、总体情况", f"本报告按照《{issuer}关于做好政府信息公开工作年度报告编制工作的通知》的格式编制，"
            f"电子版可在{county}人民政府{site}下载。", f"{year}年，本机关持续推进政务公开工作。",
            *_items(rng, "本机关"), *_REST], None


def _site_none(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    owner = rng.choice((city, county)) + "人民政府"
    where = rng.choice((f"本报告电子版可在{owner}网站查阅。", f"本报告同时在{owner}门户网站公开。",
                        f"全年在《{owner}公报》刊登规范性文件{rng.randint(2, 30)}件。"))
    return ["一、总体情况", where, f"{year}年，本机关持续推进政务公开工作。", *_items(rng, "本机关"), *_REST], None


def _footer(rng: random.Random, city: str) -> list[str]:
    host = city + rng.choice(("人民政府办公室", "人民政府"))
    return [f"主办单位：{host}　承办单位：{city}大数据中心", f"版权所有：{host}　网站标识码：{rng.randint(10**9, 10**10 - 1)}"]


def _portal_footer(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, county, _ = _county_town(rng)
    body = county + rng.choice(_BUREAUS)
    return ["一、总体情况", f"{year}年，我局认真落实政务公开各项工作要求。", *_items(rng, "我局"), *_REST,
            f"联系单位：{body}，联系电话：0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}。", *_footer(rng, city)], body


def _footer_only(rng: random.Random, year: int) -> tuple[list[str], str | None]:
    city, _, _ = _county_town(rng)
    return ["一、总体情况", f"{year}年，我局认真落实政务公开各项工作要求。", *_items(rng, "我局"), *_REST,
            *_footer(rng, city)], None


_WRITERS = {"contact_only": _contact_only, "rules_title": _rules_title, "passing_sentence": _passing_sentence,
            "signature_only": _signature_only, "superiors_only": _superiors_only, "cited_notices": _cited_notices, "portal_footer": _portal_footer,
            "footer_only": _footer_only, "hosted_none": _hosted_none,
            "site_none": _site_none}


def mention_page(rep: Report, kind: str) -> ShapedPage:
    """``rep``'s page of the named kind (one of ``MENTION_KINDS``), with the body it names (None: none)."""
    rng = random.Random(f"{rep.seed}:{rep.index}:mention:{kind}")
    lines, body = _WRITERS[kind](rng, rep.year)
    return ShapedPage(f"mention.{kind}", tuple(lines), body, rep.year, True, True)


__all__ = ["MENTION_KINDS", "mention_page"]
