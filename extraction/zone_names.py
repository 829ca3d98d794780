"""A zone's committee a page calls by the relative '区' alone ('区管委会', '区管委会办公室'), named with the zone.

A district has a 人民政府, never a 管委会: a 管委会 or 管理委员会 after a bare 区 is a development zone's (开发区,
高新区, 园区, 新区 …), and the page says whose where it writes the zone's name ('依托某岛经济技术开发区门户网站',
'地址：某县经济开发区某路'). The zone's name is taken only where the page names exactly one zone, written after a
place the gazetteer knows (its bare name will do: '某岛' of a '某岛街道') or after a sentence's edge; two zones
named, or none, and the name stays as it was (a wrong name is worse than none)."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.lead_words import LEAD_WORDS, PARTICLES

# The committee of a zone called by the bare 区, with what follows it (its office, a bureau of it).
_RELATIVE_COMMITTEE = re.compile(r"^区(?P<rest>(?:管委会|管理委员会)[\u4e00-\u9fff]{0,12})$")
# A zone's kind, longest first (the alternation takes the first that matches at a place).
_ZONE_KIND = re.compile(
    r"高新技术产业开发区|高新技术开发区|经济技术开发区|经济开发区|综合保税区|自由贸易试验区|工业园区|产业园区"
    r"|高新区|经开区|开发区|保税区|新区")
_REACH = 8  # characters a zone's own name may take before its kind
# Where a sentence or a field ends, so that a name may start after it.
_EDGE = set("，,。；;：:、（(“”\"《》【】[] \n\t|")
# Words that open no zone's name: a rank, a level, a self-word ('国家级经济技术开发区', '全区', '本开发区').
_NO_NAME = re.compile(r"^(?:国家|省级|市级|县级|全|各|本|我|该|此|其|园|开发|经济|高新|产业|工业|示范|实验|综合)")
# A sentence's words before a name, which a name opening at the sentence's edge may have taken ('请与某开发区联系',
# '针对某新区…'): the shared lexicon of lead words and particles.
_LEAD = re.compile("^(?:" + "|".join(LEAD_WORDS) + "|[" + PARTICLES + "])")


def _zone_at(text: str, kind: re.Match[str]) -> tuple[str, str] | None:
    """The zone whose kind ``kind`` is, as (its own name, its whole name), or None where no name stands before it:
    the longest own name opening at a place the gazetteer knows, else the one opening at a sentence's edge."""
    known: str | None = None
    edged: str | None = None
    for n in range(2, _REACH + 1):
        start = kind.start() - n
        if start < 0 or any(c in _EDGE for c in text[start:kind.start()]):
            break
        own = text[start:kind.start()]
        if not re.fullmatch(r"[\u4e00-\u9fff]+", own):
            continue
        hit = places.match_at(own, 0, bare=True)
        if hit and len(hit.text) >= 2:  # (a real place's name may open like a word: 全州, 本溪)
            known = own
        elif (start == 0 or text[start - 1] in _EDGE) and not _NO_NAME.match(own) and not _LEAD.match(own):
            edged = own
    own = known or edged
    return (own, own + kind.group(0)) if own else None


def named_zones(text: str) -> set[str]:
    """The zones ``text`` names (see the module), one whole name per zone: where it writes one zone two ways
    ('某开发区' and '某经济技术开发区', '某市某区高新区' and '某区高新区'), the longest."""
    by_own: dict[str, str] = {}
    for kind in _ZONE_KIND.finditer(text):
        if zone := _zone_at(text, kind):
            own, whole = zone
            by_own[own] = max(by_own.get(own, ""), whole, key=len)
    zones: dict[str, str] = {}
    for own, whole in by_own.items():
        # (a name with its city before it, '某市某岛', and without it, '某岛', are one zone: the longer own name keys it)
        key = max((o for o in by_own if o.endswith(own)), key=len)
        zones[key] = max(zones.get(key, ""), whole, key=len)
    return set(zones.values())


def complete_zone_committee(name: str, text: str) -> str:
    """A zone's committee called by the bare 区 ('区管委会办公室') with the one zone ``text`` names
    ('某岛经济技术开发区管委会办公室'); else the name as it is."""
    m = _RELATIVE_COMMITTEE.match(name)
    if not m:
        return name
    zones = named_zones(text)
    return zones.pop() + m.group("rest") if len(zones) == 1 else name


def fuller_zone(name: str, text: str) -> str:
    """A zone named by the tail of its name that is also a real district's ('某湾滨海新区' read as '滨海新区') with the
    fuller name the page writes it with, opening at a sentence's edge ('，某湾滨海新区在…'), where it writes exactly one;
    else the name as it is. (The gazetteer knows districts, not zones: a zone whose name ends like a district's is cut to
    the district by every rule that starts a name at a real place.)"""
    kind = _ZONE_KIND.search(name)
    if not kind or kind.end() != len(name) or not places.is_place(name):
        return name  # (only a real district's name: a zone's own name the gazetteer lacks is not cut to begin with)
    fuller = set()
    for m in re.finditer(re.escape(name), text):
        for n in range(2, 7):
            start = m.start() - n
            if start < 0 or not re.fullmatch(r"[\u4e00-\u9fff]+", own := text[start:m.start()]):
                break
            hit = places.match_at(own, 0, bare=True)
            known = bool(hit) and len(hit.text) >= 2  # (a real place's name may open like a word: 全州)
            if (start == 0 or text[start - 1] in _EDGE) and (known or not (_NO_NAME.match(own) or _LEAD.match(own))):
                fuller.add(own + name)
    return fuller.pop() if len(fuller) == 1 else name
