"""The body a sentence of the report names, wherever in the sentence it stands: the name that ends a run of
words (before a year and the report's name), the body that compiled the report (本报告由…编制), the subject of the
overview's opening sentence (2024年，某局深入…; 某街道党工委、办事处 → 某街道办事处). The body a contact sentence
names is ``nianbao.extraction.contact_bodies``; offices inside a body, ``nianbao.extraction.offices``; what a desk
or office stands for, ``nianbao.extraction.desks``; ``nianbao.extraction.stated`` says where a page makes these
statements and which one is taken."""

from __future__ import annotations

import re

from nianbao.core.places import find as find_places
from nianbao.core.places import leading_places
from nianbao.extraction.metadata import (BRACKETED_PROVINCE, GENERIC_ZONE, YEAR, place_names,
                                         plausible_agency)
from nianbao.extraction.offices import NATIONAL, TOWNSHIP, body_of
from nianbao.extraction.public_desks import place_of_public_desk


def clean_agency(name: str) -> str:
    """A name without the words of the sentence around it (现将, 由, 和 …) and its brackets."""
    name = re.sub(r"\s+", "", name)
    lead = re.match(r"^(?:现将|现就|现予|现|特|将|并|由|已|的|和|及)", name)
    if lead and not _opens_with_own_place(name, lead.end()):
        name = name[lead.end():]
    return unbracket(name)


_TOWNSHIP_KIND = re.compile(r"(?:镇|乡|街道|苏木)$")


def _opens_with_own_place(name: str, cut: int) -> bool:
    """True when ``name`` opens with a real place that holds its first ``cut`` characters ('和龙市某局', '将乐县某局',
    '特克斯县某局', '和平街道办事处': the lead word is the place's own), reaching at least as far as a place the name
    opens with once they are cut. A township counts only written in full with its kind ('和平镇', not a bare '和平')."""
    whole = leading_places(name)
    if not whole or whole[0].start != 0:
        return False
    if all(p.level == "township" for p in whole[0].places) and not _TOWNSHIP_KIND.search(name[:whole[0].end]):
        return False
    rest = leading_places(name[cut:])
    return not rest or rest[0].start != 0 or whole[0].end >= rest[0].end + cut


def unbracket(name: str) -> str:
    """``name`` without brackets around it, keeping the closing bracket of a second name inside it
    ('某管委会（某商务区管委会）' stays whole; '（某局）' → '某局')."""
    out = name.strip("（）()【】[]")
    for opening, closing in (("（", "）"), ("(", ")")):
        if out.count(opening) > out.count(closing) and name.endswith(closing):
            out += closing
    return out


# A second name in brackets after the first: '某委员会（某局）'.
ALIAS = r"(?:[（(][^（）()\s，,。]{2,20}[）)])"
# ('现就某县人民政府2020年度政府信息公开情况报告如下': 现就 is the sentence's, not the name's.)
_VERB_CUT = re.compile(r".*(?:包括|现公布|公布|公开|发布|现将|现就|现对|形成|编制|印发|现予|面向社会|向社会|关于做好|关于|完成|报送|上报|撰写|标题)")
# A zone's kind opening the words before the report's name ('开发区管委会…'), not after a name ('某开发区').
_ZONE_KIND_FIRST = re.compile(r"^(?:国家)?(?:高新|经开|经济开发|开发|新|园|保税|综保|自贸|产业园|工业园)区(?=管委会|管理委员会|党工委|办公室|政府)")
# A second name in brackets inside a name, before the name's last words: '某市人民政府外事（台港澳事务）办公室'.
# (Not a province in brackets inside a zone's name: '中国（上海）自贸区管委会' keeps it; nor the town a zone is run
# with: '某经开区（某镇）党政办公室'; nor the district a zone is run as one with, by its bare two- or three-character
# name: '某高新区（某江）行政服务中心' — a district written with its suffix, '（某区）', is a second name.)
_ASIDE = re.compile(r"(?<!中国)(?:(?<!开发区)(?<!经开区)(?<!高新区)(?<!科技城)(?<!园区)(?<!新城)|"
                    r"(?![（(](?:[\u4e00-\u9fff]{0,6}?(?:镇|乡|街道)|[\u4e00-\u9fff][^\s区县市镇乡旗（）()\d]{1,2})[）)]))[（(][^（）()\s，,。:：]{2,12}[）)](?=[\u4e00-\u9fff]{0,6}(?:办公室|局|委员会|委|厅|中心|处))")


def strip_asides(text: str) -> str:
    """``text`` without the second names in brackets inside bodies' names ('某高新区（某区）经济发展委员会' →
    '某高新区经济发展委员会'), which would otherwise cut a name in two at its bracket."""
    return _ASIDE.sub("", text)


# Where a place's or a zone's name ends, so that a second name in brackets may follow it ('某高新区（某区）').
_PLACE_END = re.compile(r"(?:[区县市旗州盟镇乡]|街道|园区|新城|科技城)$")


def with_aside(name: str, text: str) -> str:
    """``name`` with the second name in brackets the page writes inside it ('某高新区经济发展委员会' of a page writing
    '某高新区（某区）经济发展委员会' → the latter, bracket as written, full- or half-width): a body that carries its alias
    is stated with it. ``strip_asides`` leaves the aside off only so that no rule cuts the name at its bracket. The
    name as it is where the page writes no aside inside it after a place's or zone's name, or writes two different
    ones — or where it also writes the name without it ('请与某市人民政府外事办公室联系')."""
    if name in text:
        return name
    found = set()
    for m in _ASIDE.finditer(text):
        before, after = text[max(m.start() - len(name), 0):m.start()], text[m.end():m.end() + len(name)]
        for cut in range(2, len(name)):  # (the aside follows a place's or zone's name: '某高新区（某区）', never '区（…）')
            if (before.endswith(name[:cut]) and after.startswith(name[cut:]) and _PLACE_END.search(name[:cut])
                    and place_names(name[:cut])):
                found.add(name[:cut] + m.group(0) + name[cut:])
    return found.pop() if len(found) == 1 else name


# Who leads or guides the body, said before its name: '在区委、区政府的坚强领导下，', '在某局的指导下，'.
# (two of them may follow each other: '在县委的领导下，以及某中心精心指导下，')
_UNDER = (r"(?:在[^，,。；;]{2,40}?(?:领导|指导|引领|带领|部署|支持|关心|统筹)下\s*[，,]\s*"
          r"(?:(?:以及|和|并|在)[^，,。；;]{2,40}?(?:领导|指导|引领|带领|部署|支持|关心|统筹)下\s*[，,]\s*)?)")
# Where the overview's opening sentence starts: a line's start, or — where a crawler joined the page onto
# one line — after the overview's heading or its first item ('一、总体情况 （一）主动公开情况 2024年，…').
# (an item numbered in Arabic figures in place of （一）: '1、主动公开情况。2022年，某区政府…')
_OPENING = (r"(?:^|\n|(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|(?<![\d.．])\d{1,2}[、．])"
            r"(?:[^\s。，,；;]{2,12}?(?:情况|概况)|依申请公开|主动公开)[。.：:]?[ \t\u3000]*)")
# The subject of the overview's opening sentence: '2023年，区经济信息委深入贯彻…', '2024年，在区政府的
# 引领下，某街道办事处严格…', '2022年，某局在市委的领导下…', '2025年，某街道党工委、办事处按照…', '2022年某乡严格…'
# (the comma after the year may be left out), or an item's sentence on the year's requests ('2024年，某镇
# 人民政府未收到…') (read last of all).
_SUBJECT = re.compile(
    # (a school's year is an academic year: '2021-2022学年，某学院严格落实…')
    # (or its 年 lost before the comma: '2025，某局紧扣…')
    rf"{_OPENING}[\s?？\ufffd]*(?:{YEAR}\s*[—\-–－~～至]\s*)?{YEAR}\s*(?:学?年度?(?:以来)?\s*[，,]{{0,2}}|[，,](?=[\u4e00-\u9fff]))\s*{_UNDER}?"
    rf"(?P<who>{BRACKETED_PROVINCE}?[^，,。；;：:、《》“”\s\d]{{2,30}}?(?:(?:党工委|党委)、[^，,。；;：:、《》“”\s\d]{{0,12}}?(?:办事处|人民政府|政府))?)"
    # (the alias it gives itself: '2025年，某市残疾人联合会（以下简称“市残联”）在…领导下')
    r"(?:\s*[（(]\s*以下(?:简称|称)[^（）()]{1,14}[)）])?"
    # the body's disclosure work as the subject: '2024年，某县政府信息公开工作坚持…'
    r"(?:的)?(?:(?:政府信息公开|政务信息公开|政务公开|信息公开)工作)?"
    # the body leading its place's departments in the work: '2020年，某管委会办公室统领区属各部门认真贯彻…'
    r"(?:(?:统领|带领|组织|督促|指导)(?:区属|县属|市属|全区|全县|全市|全镇)?各(?:部门|单位|成员单位))?"
    r"(?:深入|认真|坚持|严格|紧紧|始终|全面|持续|积极|进一步|扎实|继续|高度|切实|不断|牢牢|紧扣|紧密|主动|大力|着力|结合|"
    r"围绕|按照|根据|依据|依照|遵照|立足|聚焦|贯彻|落实|以习近平|在[^，,。；;]{2,40}?下|"
    # '2021年，某街道办事处以贯彻《条例》为契机…': the body setting its aim with 以…为
    r"以(?=[^，,。；;]{1,30}?为(?:契机|抓手|目标|重点|指导|引领|主线|导向|核心|宗旨|原则|常态))|"
    # '2022年，某新区在政府信息公开目录系统主动公开…': the body where it published the year's information (a
    # platform named: '在做好本机关…公开工作的同时' is no place of publishing)
    r"在(?=[^，,。；;]{0,30}?(?:网站|网|平台|系统|专栏|栏目|公众号|媒体)[^，,。；;]{0,20}?公开)|"
    # an item's own sentence on the year's requests: '2024年，某镇人民政府未收到（没有收到）依申请公开…'
    r"(?:未|没有)(?:收到|发生|受理)|"
    # an item's tally of the year's work: '2022年，某区某中心共向区信息中心报送信息…' (taken only for a name
    # opening with a real place: '2022年，市政务服务中心共受理…' may be any body the report counts)
    r"(?P<tally>共(?:向|发布|公开|主动|报送|收到|受理|办理|编发|更新)))"
)
# The first characters of the verbs the subject stands before, one of which a typo may leave doubled.
_VERB_OPENINGS = frozenset("深认坚严紧始全持积进扎继高切不牢主大着围按根依立聚贯落结")
# A place's party committee and its government named together as the subject: the government reports.
_PARTY_AND_BODY = re.compile(r"^(?P<place>.+?)(?:党工委|党委)、(?:.*?)(?P<body>办事处|人民政府|政府)$")


def agency_before(text: str) -> str | None:
    """The agency name that ends ``text`` (the words before a year and the report's name); a second
    name in brackets after it is left off ('某委员会（某局）' → '某委员会')."""
    text = _VERB_CUT.sub("", re.sub(rf"{ALIAS}$", "", text))
    for start in range(0, max(len(text) - 1, 0)):
        raw = re.sub(r"\s+", "", text[start:])
        if _ZONE_KIND_FIRST.match(raw):  # '开发区管委会' is whole or nothing: '发区管委会' is no name
            return raw if start == 0 and plausible_agency(raw) else None
        if start == 0 and plausible_agency(raw, place_only=True):
            return raw  # '和平街道办事处' is whole: no leading 和 to clean off
        candidate = clean_agency(text[start:])
        if start and not (place_names(candidate) or _OPENS_NAME.match(candidate)):
            continue  # cut inside a run of words, a name starts at a place: '美高梅娛樂城办公厅' gives no '樂城办公厅'
        if plausible_agency(candidate, place_only=True):
            return candidate
    return None


# How a body's name without a place opens: a national body, or a generic place's ('区统计局').
_OPENS_NAME = re.compile(r"^(?:国家|国务院|中国|中华|中央|中共|[省市区县镇乡州旗盟])")


# "本报告…由某局编制", "本年度报告由某街道办事处负责编制", "由某镇人民政府在汇总…的基础上形成",
# "某局编制本年度报告", "某街道特编制2023年…年度报告": the body that compiled the report; a report calling itself
# 年报 ('本年报是根据…要求，由某镇人民政府编制的…'), or a page cut to its lead sentence ('根据《中华人民共和国政府
# 信息公开条例》要求，由某县人民政府办公室编制。': what it compiled can only be the report).
# (The sentence may cite a long notice before 由: up to 300 characters, within the sentence. A school's report counts
# its year as a 学年: '本学年度报告是根据《高等学校信息公开办法》…，由某学院…编制完成'.)
_COMPILED_BY = re.compile(r"(?:本(?:学?年度|学年)?(?:报告|年报)|(?:^|\n)[ \t\u3000]*(?:根据|依据|按照)《中华人民共和国政府信息公开条例》)"
                          rf"[^。；;]{{0,300}}?(?<![自理缘经事])由(?P<who>{BRACKETED_PROVINCE}?[^，,。；;：:、（()《》\s]{{2,60}})")
# ('由某区人民政府办公室综合区政府各镇办、各部门的工作情况编制': 综合 before whose work it gathers is a verb.)
_COMPILED_VERB = re.compile(r"(?:负责|编制|编写|制作|在汇总|在|根据|依据|依照|遵照|按照|围绕|汇总|综合(?=[^，,。；;]{0,8}?各|全|本|了|有关|相关)|牵头|组织|会同|形成|发布|统一|结合)")
_COMPILES = re.compile(r"由?(?P<before>[^。；;，,\s]{2,40}?)(?:负责|认真|组织|特|专门)?(?:编制|编写|制作)(?:了|完成)?"
                       # '某局编制了2024年度政府信息公开工作年度报告': the report named with its year
                       r"(?:本(?:年度)?报告|[《“]?(?:19|20)\d{2}\s*年度?(?:政府信息公开|政务公开)[^。，,；;]{0,10}?(?:年度报告|工作报告|年报))")


def compiled_by(text: str) -> list[tuple[str, int]]:
    """(agency, position) of each sentence that says which body compiled the report."""
    out = []
    for m in _COMPILED_BY.finditer(text):
        # the verb is told by what follows it, past the name's end ('综合区政府、各街道…的工作情况')
        # ('会同' is a verb, and a county: '某市会同县人民政府办公室综合…' is cut after the county, not inside it)
        seg = text[m.start("who"):m.end("who") + 12]
        spans = [(f.start, f.end) for f in find_places(seg)]
        cut = next((v.start() for v in _COMPILED_VERB.finditer(seg) if not any(a <= v.start() < b for a, b in spans)),
                   len(seg))
        head = seg[:cut][:len(m.group("who"))]
        name = body_of(head.strip("（）()【】[]"), text)
        if name:
            out.append((name, m.start("who")))
    for m in _COMPILES.finditer(text):
        name = agency_before(m.group("before"))
        if name:  # '某镇党政办公室编制了…': the body whose office it is
            name = body_of(name, text)
        if name:
            out.append((name, m.start()))
    return sorted(out, key=lambda x: x[1])


# The words for a whole place, not a place's name: '全县', '本市', '各区', '该镇'.
_WHOLE_PLACE = re.compile(r"^[全本我该各此辖][省市区县镇乡州旗盟]")


# The overview opening on its body without a year (a line '国家某局以习近平…', '某县认真贯彻…', '某委是…部门', its heading
# 一、总体情况 perhaps taken off): taken only for a national body or a name opening with a real place (the
# gazetteer), as nothing else marks it. The line may open on the purpose or the instruction the body follows
# ('为落实《某要点》的规定，某街道办事处充分利用…', '按照上级的部署，某县认真…') before its subject.
# (Or its first item's sentence, after the item's heading on the same line or its own: '（一）主动公开情况。某市坚持…'; a
# place named alone there is the place's government when the gazetteer knows the whole name.)
_SUBJECT_UNDATED = re.compile(
    r"(?:^|\n)(?:[一二三四五六七八九十]+[、.．]\s*总体情况\s*\n\s*)?"
    r"(?:[（(]一[)）][^\s。，,；;]{2,12}?(?:情况|概况)(?:[。.：:]\s*|\s*\n\s*)(?=[^，,。；;：:、《》“”\s\d]{2,3}(?:以习近平|坚持|认真|深入)))?"
    r"(?:(?:为|按照|根据|依据|依照)[^，,。；;\n]{2,60}?[，,]\s*)?(?P<who>(?<=[。.：:\n])[^，,。；;：:、《》“”\s\d]{2,3}|[^，,。；;：:、《》“”\s\d]{4,30}?)"
    r"(?:以习近平|深入|认真|坚持|严格|紧紧|始终|全面|持续|积极|高度|进一步|扎实|充分|"
    # the body saying what it is: '某市卫生健康委是主管全市…的市政府职能部门'
    r"是(?=[^。；;\n]{0,40}?(?:部门|机构|机关|单位)))")


# The same subject opening a sentence of the preamble, before the overview's heading ('…编制而成。某街道严格按照
# 《条例》…'): the preamble speaks of the report's own body.
_PREAMBLE_SUBJECT = re.compile(
    r"[。；;]\s*(?P<who>[^，,。；;：:、《》“”\s\d]{4,30}?)(?:深入|认真|坚持|严格|紧紧|始终|全面|持续|积极|高度|进一步|扎实|充分)")
# Where the preamble ends: the overview's heading or its first item (the layout may have taken the heading off).
_OVERVIEW_START = re.compile(r"(?:^|\n)\s*(?:[一1][、.．]|[（(]一[)）])")


def _undated_subject(head: str) -> str | None:
    cut = _OVERVIEW_START.search(head)
    preamble = head[: cut.start()] if cut else head.split("\n", 1)[0]
    for m in (_SUBJECT_UNDATED.search(head), _PREAMBLE_SUBJECT.search(preamble)):
        who = m.group("who") if m else None
        township = bool(TOWNSHIP.search(who or "")) and "".join(place_names(who or "")) == who  # '某街道认真…'
        real = bool(who) and any(f.end == len(who) for f in leading_places(who or ""))  # '某市认真…': the place alone
        if not who or not plausible_agency(who, place_only=township or real):
            continue
        # a real place opens it, or it holds one and the page names it so again ('某州简称某局某县分局'): a
        # sentence's subject is no name by itself
        if NATIONAL.search(who) or leading_places(who) or (find_places(who) and head.count(who) >= 2):
            return who
    return None


def subject_agency(head: str) -> str | None:
    """The body the overview's opening sentence has for its subject: a body, or a place named alone
    ('东漖街道坚持…', '合江县认真贯彻…': the government of the place tells its year); a place's party
    committee and government together give the government ('某街道党工委、办事处' → 某街道办事处, '某镇党委、
    政府' → 某镇人民政府); never the words for a whole place ('全县'). A first sentence that names no body
    ('2025年，我镇通过…') leaves the next item's sentence ('2025年某镇没有收到…') to name it."""
    found = False
    for m in _SUBJECT.finditer(_ASIDE.sub("", head)):  # '某高新区（某城）管委会办公室…': the aside is no part of the name
        who = m.group("who")
        if m.group("tally") and not leading_places(who):
            continue  # a tally names its body only with a real place
        if found and not place_names(who):
            return None  # past a 我… sentence, only a body named with its place ('县医院' names none)
        found = True
        both = _PARTY_AND_BODY.match(who)
        if both and place_names(both.group("place")) and not both.group("place")[len("".join(place_names(both.group("place")))):]:
            who = both.group("place") + ("人民政府" if both.group("body") == "政府" else both.group("body"))
        if not plausible_agency(who, place_only=True) and who[-1:] in _VERB_OPENINGS and plausible_agency(who[:-1]):
            who = who[:-1]  # a verb's first character written twice ('某办公室坚紧紧围绕'): no part of the name
        whole = _WHOLE_PLACE.match(who) and not leading_places(who)  # '全县' is no name; 全州县 is a county
        if not (whole or GENERIC_ZONE.match(who) or not plausible_agency(who, place_only=True)):
            return who
        if not (m.group("who").startswith("我") or whole):
            return None  # only a sentence calling the body 我… or its whole place (全市…) gives way to the next
    # none, or only sentences calling the body 我…: an undated subject may name it, or the place's desk calling itself 我办
    return _undated_subject(head) or place_of_public_desk(head)


# The overview opening on the year said relatively ('今年以来，经开区坚持…', '本年度，开发区认真…'), the zone's
# kind its subject: the year is the report's, so the sentence is the dated one's (only a zone's kind is taken from
# it, which names a body only where the page names exactly one such zone).
_RELATIVE_YEAR_ZONE = re.compile(
    rf"{_OPENING}[\s?？\ufffd]*(?:今年以来|今年|本年度|本年|一年来)\s*[，,]\s*(?P<who>(?:国家)?(?:高新|经开|经济开发|开发|新|园)区)"
    r"(?=以习近平|深入|认真|坚持|严格|紧紧|始终|全面|持续|积极|高度|进一步|扎实|按照|根据|围绕)")


def zone_kind_subject(head: str) -> str | None:
    """The zone's kind the overview's opening sentence has for its subject ('2022年，开发区坚持…', '今年以来，经开区
    坚持…'), which names no zone by itself (``real_places.complete_zone`` may find its name on the page); None for
    any other subject."""
    m = _SUBJECT.search(_ASIDE.sub("", head))
    if m and GENERIC_ZONE.match(m.group("who")):
        return m.group("who")
    m = _RELATIVE_YEAR_ZONE.search(head)
    return m.group("who") if m else None
