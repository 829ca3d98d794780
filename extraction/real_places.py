"""Agency names checked and completed against the gazetteer of administrative divisions
(``nianbao.core.places``): a name cut inside a word starts at its real place ('编制了某市某委' read as
'了某市某委' → '某市某委'); a body named by a generic place ('市气象局', '区人民政府办公室') takes the real
place the page names it with ('某城市气象局') or the real place the overview is about; a page that calls its
body by the level of a place (我旗, 我镇) names that body when the page names exactly one real place of that
level; a place written with its kind twice ('某县县人民政府', a typo) is the place; a real township the overview
has for a year-less subject ('本年度，某乡积极…') names the township. A wrong agency is worse than none: each rule gives a name only where the gazetteer knows the place,
and otherwise leaves the name as it was."""

from __future__ import annotations

import re
from collections import Counter

from nianbao.core import places
from nianbao.extraction.enterprises import is_enterprise_publisher
from nianbao.extraction.lead_words import PARTICLES, leading_word
from nianbao.extraction.metadata import place_names, plausible_agency
from nianbao.extraction.named_areas import is_named_area_body
from nianbao.extraction.vertical_bodies import needs_no_place
from nianbao.extraction.zone_names import complete_zone_committee, fuller_zone

# The levels a leading generic place word stands for: '市气象局' is a city's (or a county-level city's).
_GENERIC_WORD = {"省": "省", "市": "市", "区": "区", "县": "县", "州": "州", "旗": "旗", "盟": "盟", "镇": "镇", "乡": "乡"}
_GENERIC_START = re.compile(r"^[省市区县州旗盟镇乡](?![省市区县州旗盟镇乡])")


# Words a portal's chrome puts before a name that a name cut there may keep: the tail of a breadcrumb ending 年报 or
# 报告 joined onto the title ('…信息公开年报某市某局2023年度…'); a sentence's lead words and particles are the shared
# lexicon's (``lead_words``).
_CHROME_WORDS = ("报", "告")


# A zone's name, or its committee's: what a city's bare name may open ('吉林经济技术开发区', '某高新区管委会').
_ZONE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:开发区|高新区|新区|园区|保税区|试验区|示范区|自贸区)(?:管委会|管理委员会)?")


def trim_to_place(name: str) -> str:
    """``name`` from its real place on, where a particle or lead word of the sentence before it was taken into it ('了
    吉林市卫生健康委员会' → '吉林市卫生健康委员会', '制定某区某局' → '某区某局'); the name as it is when it opens with a real place, or when what
    the particle leaves is no county-level or higher place (a place missing from the gazetteer is no reason
    to cut: '平岚县' is not 平 + 岚县, '大东湖街道' not 大 + 东湖街道)."""
    lead_word = (leading_word(name) or next((w for w in _CHROME_WORDS if name.startswith(w)), None)) if name else None
    if not name or not lead_word or places.opens_with_place(name):
        return name
    rest = name[len(lead_word):]
    if rest[:1] and rest[0] in PARTICLES and (places.opens_with_place(rest[1:]) or places.match_at(rest[1:], 0, bare=True)):
        rest = rest[1:]  # the verb's particle after it: '制定了某县某局' → '某县某局'
    bare = places.match_at(rest, 0, bare=True)
    if bare and len(bare.text) >= 2 and any(p.level in ("provincial", "prefectural") for p in bare.places) \
            and _ZONE.fullmatch(rest, len(bare.text)):
        return rest  # a zone named by its city's bare name: '了吉林经济技术开发区' → '吉林经济技术开发区'
    if not place_names(name):
        return name
    lead = places.leading_places(rest)
    if lead and any(p.level != "township" for p in lead[0].places) and (plausible_agency(rest) or _is_whole_place(rest)):
        return rest  # (a whole real place is a name too: '针对某新区' → '某新区', a district's report)
    return name


def complete_generic(name: str, text: str, subject: str | None = None) -> str:
    """A body named by a generic place ('市气象局', '区人民政府办公室') with its real place: the one the page
    names the same body with ('宣城市气象局'), when exactly one real place does; else the overview's subject
    where it is a real place of that kind ('乃东区坚持…' → '乃东区人民政府办公室'); a zone's committee called by the
    bare 区 ('区管委会办公室') takes the one zone the page names (``zone_names``); else the name as it is."""
    if not _GENERIC_START.match(name) or place_names(name):
        return name
    if (zoned := complete_zone_committee(name, text)) != name:
        return zoned
    suffix, rest = _GENERIC_WORD[name[0]], name[1:]
    found: dict[str, str] = {}  # the real place → the body's name as the page writes it after that place
    for m in re.finditer(re.escape(rest), text):
        if (hit := places.ending_at(text, m.start())) and hit.text.endswith(suffix) and len(hit.text) > 1:
            # a committee the generic name shortens ('市某委') written in full there ('某市某委员会'): as written
            written = rest + "员会" if rest.endswith("委") and text.startswith("员会", m.end()) else rest
            found[hit.text] = max(found.get(hit.text, ""), written, key=len)
    if not found and rest.startswith("政府"):  # '县政府办公室' short for the '某县人民政府办公室' the page names
        for m in re.finditer(re.escape("人民" + rest), text):
            if (hit := places.ending_at(text, m.start())) and hit.text.endswith(suffix) and len(hit.text) > 1:
                found[hit.text] = "人民" + rest
    if not found:  # the page's own full form may write its place bare ('某阳气象局' for the overview's '市气象局')
        for m in re.finditer(re.escape(rest), text):
            if bare := _bare_place_before(text, m.start(), suffix):
                found[bare] = rest
    if len(found) == 1:
        return "".join(found.popitem())
    if not found and subject and subject.endswith(suffix) and _is_whole_place(subject):
        return subject + rest
    return name


def _bare_place_before(text: str, end: int, suffix: str) -> str | None:
    """The bare name of a division of ``suffix``'s kind ('某阳' of '某阳市') that ends at ``end`` of ``text``, the
    longest first; None where a full name ends there, or the word is no such division's bare name."""
    if places.ending_at(text, end):
        return None
    for n in (4, 3, 2):
        word = text[end - n:end] if end >= n else ""
        if word and not places.lookup(word) and any(
                p.name.endswith(suffix) and p.bare == word for p in places.lookup(word, bare=True)):
            return word
    return None


def _is_whole_place(name: str) -> bool:
    """True when ``name`` is a run of real places and nothing else ('乃东区', '某县某镇')."""
    lead = places.leading_places(name)
    return bool(lead) and lead[-1].end == len(name)


# How a page calls its own body by its level: '我旗', '我镇', '我街道'; and by its kind: '我局', '我委'.
_SELF = re.compile(r"我(苏木|街道|旗|县|区|市|镇|乡|局|委|办|厅|院|中心|所)")
# A township's page also calls itself 本镇 / 本乡 / 本街道 ('结合本镇实际'), or the bare 街道 opening a clause ('，街道
# 主动公开…', '2025年，街道收到…'). (本市, 本区, 本县 are left out: a bureau's page says them of the place it serves.)
_SELF_TOWNSHIP = re.compile(r"本(苏木|街道|镇|乡)|(?:^|(?<=[，,。；;：:\n])|(?<=年))\s*(街道)(?!办事处|党工委|[、）)])")


def _self_words(text: str) -> Counter[str]:
    """How often the page calls its own body by each level or kind (我镇, 本镇 and a clause's bare 街道 alike)."""
    said = Counter(m.group(1) for m in _SELF.finditer(text))
    said.update(m.group(1) or m.group(2) for m in _SELF_TOWNSHIP.finditer(text))
    return said
_PLACE_LEVELS = {"苏木", "街道", "旗", "县", "区", "市", "镇", "乡"}
_ABOVE_TOWNSHIP = {"旗", "县", "区", "市"}
# A place's own body: its government, a 街道's 办事处.
_GOVERNMENT = {"街道": "办事处"}


# What ends the name of the place above a place, written just before it ('某区某镇', '某区人民政府某街道办事处').
_ABOVE_END = frozenset("省市区县旗州盟府")


def _cut_inside(text: str, name: str) -> bool:
    """True where the page writes the place ``name`` twice or more and the same Chinese character stands before it
    every time, one that ends no place above it and is no particle: the gazetteer knows only the tail of a name
    the page writes whole ('二道河镇' found as its '道河镇')."""
    before = [text[m.start() - 1] if m.start() else "" for m in re.finditer(re.escape(name), text)]
    if len(before) < 2 or len(set(before)) != 1:
        return False  # written once, or after different words: nothing says the name is longer
    char = before[0]
    return "\u4e00" <= char <= "\u9fff" and char not in _ABOVE_END and char not in PARTICLES


def self_named_body(text: str, chosen: str | None) -> str | None:
    """The body a page calls by its place's level ('我旗' twice or more, more than any other 我…), where the
    page names exactly one real place of that level and ``chosen`` is not already that place's body: the
    place's government as the page writes it ('某镇人民政府'), its 办事处 for a 街道, else 人民政府 after it."""
    said = _self_words(text)
    if not said:
        return None
    (level, count), *others = said.most_common()
    if level not in _PLACE_LEVELS or count < 2 or (others and others[0][1] == count):
        return None
    if level in _ABOVE_TOWNSHIP and any(kind not in _PLACE_LEVELS for kind in said):
        return None  # a bureau saying 我局 says 我市 of the city it serves: its page is no city government's
    if chosen and (place_names(chosen) or [""])[-1].endswith(level):
        return None  # the chosen body is a place of that level already
    hits = [hit for m in re.finditer(level, text)
            if (hit := places.ending_at(text, m.end())) and len(hit.text) > len(level)]
    if any(_cut_inside(text, hit.text) for hit in hits):
        return None  # '某二道河镇' read as '道河镇': the page names a place the gazetteer does not know
    named = {hit.text for hit in hits}
    if len(named) != 1:
        return None
    place = named.pop()
    for body in ("人民政府", "政府", _GOVERNMENT.get(level, "")):
        if body and place + body in text:
            return place + ("人民政府" if body == "政府" else body)
    return place + _GOVERNMENT.get(level, "人民政府")


# Names that need no place: national bodies, ministries, zones and parks named by their own name, farms and
# institutes ('国家统计局', '自然资源部', '苏银产业园管理委员会', '园艺场', '某病毒所').
# (A university's name is its own: '中山大学', '某汽车职业技术大学' say whose body without a place.)
# (Only central bodies are named 署 — 审计署, 海关总署, 国家国际发展合作署 — and a few by a short name without 国家 that
# officials write nationwide: 国管局, 民航局, 国防科工局.)
_NEEDS_NO_PLACE = re.compile(r"^(?:国家|国务院|中国|中华|中央|中共)|(?:(?<![本该此我各全])署|总局|部|园|场|所|院|(?<!老年)大学)$|园区|产业园|开发区|"
                             r"^(?:国管局|民航局|国防科工局)$")


# A school's or institute's kind alone ('学院坚持…' names no school): '…院$' above would take it for a name.
_KIND_ALONE = re.compile(r"^(?:学院|大学|学校|医院|研究院|研究所|本院|我院)$")


# A school, which is named after its city or county without the suffix ('莆田第二中学', '怀远二中').
_SCHOOL = re.compile(r"(?:中学|小学|学校|[一二三四五六七八九十]{1,2}中)$")


# A department of a zone's committee named by the zone ('某山管委会卫健局'): the committee is its place, as a zone's
# name is one the gazetteer lacks (a committee named by a kind alone, '开发区管委会', is no place).
_COMMITTEE_DEPARTMENT = re.compile(r"^(?P<zone>[\u4e00-\u9fff]{2,10}?)(?:管委会|管理委员会)[\u4e00-\u9fff]{2,14}(?:局|委|办)$")
_ZONE_KIND = re.compile(r"^(?:[本我该各全]|(?:经济|技术|高新|产业|工业|科技)?(?:开发|高新|园|新|实验|示范|试验)区$)")


def _committee_department(name: str) -> bool:
    m = _COMMITTEE_DEPARTMENT.match(name)
    return bool(m) and not _ZONE_KIND.search(m.group("zone"))


def is_placeless(name: str) -> bool:
    """True for a body named by its kind alone, with no place, real or generic ('审计局', '政府办公室', a school's
    '学院'): whose body it is, the name does not say. A school or a public enterprise opening with a county's or
    city's bare name has its place ('某市轨道交通集团有限责任公司')."""
    return bool(_KIND_ALONE.match(name)) or not (_GENERIC_START.match(name) or place_names(name) or places.opens_with_place(name)
                or _NEEDS_NO_PLACE.search(name) or ((bool(_SCHOOL.search(name)) or is_enterprise_publisher(name)) and _opens_with_bare_place(name))
                or _opens_with_province(name) or _committee_department(name) or needs_no_place(name)
                # a park's administration named by the park ('某山森林公园管理处'): no 区 for the gazetteer to read
                or is_named_area_body(name))


def _opens_with_province(name: str) -> bool:
    """True when ``name`` opens with a province's name without its suffix ('海南海事局', '江苏通信管理局'): a
    central body's provincial branch is named so, its province its place."""
    hit = places.match_at(name, 0, bare=True)
    return bool(hit) and len(hit.text) >= 2 and len(name) > len(hit.text) + 1 and any(
        p.level == "provincial" for p in hit.places)


def _opens_with_bare_place(name: str) -> bool:
    """True when ``name`` opens with a county-level or higher division's name without its suffix ('莆田…')."""
    hit = places.match_at(name, 0, bare=True)
    return bool(hit) and len(hit.text) >= 2 and any(p.level != "township" for p in hit.places)


def ends_with_kind(name: str, kind: str) -> bool:
    """True when ``name`` ends with the body ``kind`` names, a 委员会 and its short form 委 being one body
    ('某市卫生健康委' for a title's '卫生健康委员会')."""
    if name.endswith(kind):
        return True
    if kind.endswith("委员会"):
        return name.endswith(kind[:-2])
    return kind.endswith("委") and name.endswith(kind + "员会")


def complete_placeless(name: str, text: str) -> str:
    """A body named by its kind alone ('审计局', a title's) with the real place the page names it with
    elsewhere ('现将某区审计局…' → '某区审计局'), when exactly one real place does; else the name as it is."""
    if not is_placeless(name):
        return name
    found = {hit.text for m in re.finditer(re.escape(name), text) if (hit := places.ending_at(text, m.start()))}
    return found.pop() + name if len(found) == 1 else name


# Spam a mirror writes in place of a place's name before a real body's ('某某博彩官网流花街道办事处').
_SPAM = re.compile(r"博彩|官网|娱乐|娛樂|游戏|遊戲|彩票|投注|棋牌|赌|賭|竞彩|比分|app|APP")


def past_spam(name: str | None) -> str | None:
    """The body a spam-injected name still holds after its spam ('新某博彩官网流花街道办事处' → '流花街道办事处'):
    the rest must open with a real place of three characters or more (the gazetteer's; '城区' may be what is
    left of '某娱乐城区…') and be a plausible body or real places alone; else None."""
    spam = list(_SPAM.finditer(name or ""))
    if not name or not spam:
        return None
    rest = name[spam[-1].end():]
    lead = places.leading_places(rest)
    # (a title's subject may be the place alone, '某镇2023年…报告': the place's report, its government's)
    if lead and lead[0].start == 0 and lead[0].end >= 3 and (plausible_agency(rest) or lead[-1].end == len(rest)):
        return rest
    return None


# A zone named by its kind alone ('开发区', '经开区', '高新区'), perhaps with its body after it; and the fuller kinds
# a page writes the same zone's name with ('某市经济技术开发区').
_ZONE_BY_KIND = re.compile(r"^(?:国家)?(?P<kind>高新区|经开区|经济开发区|开发区)(?P<body>管委会|管理委员会)?$")
_FULL_KINDS = {"高新区": "高新技术产业开发区|高新技术开发区|高新区", "经开区": "经济技术开发区|经济开发区|经开区",
               "经济开发区": "经济技术开发区|经济开发区", "开发区": "经济技术开发区|经济开发区|高新技术产业开发区|开发区"}


def complete_zone(name: str, text: str) -> str:
    """A zone named by its kind alone ('经开区', '开发区管委会') with the real place the page names it with once
    ('地址：某市经济技术开发区某路' → '某市经济技术开发区'): the zone's name where ``text`` names exactly one zone of
    that kind after a real city's or county's name; else the name as it is."""
    m = _ZONE_BY_KIND.match(name)
    if not m:
        return fuller_zone(name, text)  # '滨海新区' of a page writing '，某湾滨海新区…': the zone, not the district
    found: dict[str, str] = {}  # place → the fullest name of its zone the page writes ('某开发区', '某经济技术开发区')
    for hit in re.finditer(_FULL_KINDS[m.group("kind")], text):
        for n in (4, 3, 2):  # the place's bare or full name just before the kind, longest first
            word = text[max(hit.start() - n, 0):hit.start()]
            if len(word) == n and any(p.level in ("prefectural", "county") for p in places.lookup(word, bare=True)):
                found[word] = max(found.get(word, ""), word + hit.group(0), key=len)
                break
    return found.popitem()[1] + (m.group("body") or "") if len(found) == 1 else name


# A place's kind written twice before its body, a typo ('某县县人民政府办公室').
_DOUBLED_KIND = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,12}?(?P<kind>[县市区旗]))(?P=kind)(?=人民政府|政府)")


# A body's whole name written twice on end, where a portal's header line was joined onto the title under it
# ('某县人民政府' / '某县人民政府2021年度…报告' → '某县人民政府某县人民政府').
_TWICE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{3,30}?)(?P=name)(?P<rest>[\u4e00-\u9fff（）()]*)$")


def undoubled(name: str) -> str:
    """``name`` with a real place's kind written once where a typo wrote it twice ('伊宁县县人民政府办公室' →
    '伊宁县人民政府办公室'); the name as it is unless the gazetteer knows the place and not the doubled one. A name
    opening with a real place written twice on end is that name once ('某县人民政府某县人民政府办公室' → '某县人民政府
    办公室')."""
    twice = _TWICE.match(name)
    lead = places.leading_places(twice.group("name")) if twice else []
    # (a body written twice, not a place: '某县某县某镇人民政府' may be how a page writes the township's county)
    if twice and lead and lead[0].start == 0 and lead[-1].end < len(twice.group("name")):
        name = twice.group("name") + twice.group("rest")
    m = _DOUBLED_KIND.match(name)
    if not m or not _is_whole_place(m.group("place")) or places.is_place(m.group(0)):
        return name
    return m.group("place") + name[m.end():]


# The overview's sentence on the year without its number: '本年度，某乡积极深化公开内容', '今年以来，某镇认真…'.
_THIS_YEAR_SUBJECT = re.compile(r"(?:本年度|今年以来|今年)\s*[，,]\s*(?P<who>[^，,。；;：:、\s\d我本全各该]{2,12}?)"
                                r"(?:积极|认真|坚持|严格|深入|全面|持续|扎实|进一步|始终|高度|切实|不断)")


# An ethnic township's name: its own name, its peoples, then 乡 or 镇 ('某某苗族彝族回族乡'), which its own pages
# shorten to its own name and the suffix ('某某乡').
# (Where its own name ends and its peoples begin, the name does not mark: every split is kept.)
_PEOPLES_THEN_KIND = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}?族)+(?P<kind>乡|镇)$")
_SHORT_ETHNIC: set[str] = set()


def _short_ethnic_township(name: str) -> bool:
    """True when ``name`` is an ethnic township's short name ('兴隆乡' of a '兴隆某族乡' the gazetteer knows)."""
    if not _SHORT_ETHNIC:
        for t in places.of_level("township"):
            for n in range(2, 5):
                own, rest = t.name[:n], t.name[n:]
                if not own.endswith("族") and (m := _PEOPLES_THEN_KIND.match(rest)):
                    _SHORT_ETHNIC.add(own + m.group("kind"))
    return name in _SHORT_ETHNIC


def this_year_township(text: str) -> str | None:
    """The real township (乡, 镇, 街道, 苏木) the first year-less sentence of the overview has for its subject
    ('本年度，某乡积极…'): only a name the gazetteer knows as a township (or as an ethnic township's short name),
    as nothing else marks it a body."""
    m = _THIS_YEAR_SUBJECT.search(text)
    if not m:
        return None
    lead = places.leading_places(m.group("who"))
    if _short_ethnic_township(m.group("who")):
        return m.group("who")
    if not lead or lead[-1].end != len(m.group("who")) or all(p.level != "township" for p in lead[-1].places):
        return None
    return m.group("who")
