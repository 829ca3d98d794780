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
- ``superiors_only``: untitled, 我局 throughout, only superiors and cited documents named: no body (None).
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report
from nianbao.synth.shapes import ShapedPage

MENTION_KINDS = ("contact_only", "rules_title", "passing_sentence", "signature_only", "superiors_only")
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
            f"我局根据《{city}人民政府办公室关于印发政务公开工作要点的通知》制定工作方案。", *_items(rng, "我局"), *_REST], None


_WRITERS = {"contact_only": _contact_only, "rules_title": _rules_title, "passing_sentence": _passing_sentence,
            "signature_only": _signature_only, "superiors_only": _superiors_only}


def mention_page(rep: Report, kind: str) -> ShapedPage:
    """``rep``'s page of the named kind (one of ``MENTION_KINDS``), with the body it names (None: none)."""
    rng = random.Random(f"{rep.seed}:{rep.index}:mention:{kind}")
    lines, body = _WRITERS[kind](rng, rep.year)
    return ShapedPage(f"mention.{kind}", tuple(lines), body, rep.year, True, True)


__all__ = ["MENTION_KINDS", "mention_page"]
