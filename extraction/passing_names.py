"""The body a page calls only by a self-word (我局, 本局, 我委, 本县, 我市 …) or not at all, named in passing
elsewhere on its first screen, where nothing else names it:

- the title of its own disclosure rules, cited ('根据《某区市场监管局政府信息公开工作规程》', the page saying 我局):
  a county-level body's rules only (a district's or county's 局 has no lower body whose rules it would cite; a
  city's page may cite its province's);
- the sentence saying the body was set up ('成立某市机关事务管理局' on a page saying 我局);
- the report compiled from its parts' reports ('…以及2012年某县各乡镇、各部门…年度报告编制', '在…某市各区人民政府和
  某市政府各委、办、局的…年度报告的基础上编制'): the place's government, whose report gathers its parts';
- the overview opening on the place's year of disclosure work ('某市2016年政府信息公开工作，认真…'): the place;
- its own website's, account's or feed's name, or a dated paper of its own it published (``channel_names``);
- the introduction the page opens on ('某市某小学，以…为特色', the page saying 我校);
- its own disclosure guide or leading group, named with its place or a generic one ('市某局政府信息公开指南表述清晰',
  '成立县某局信息公开工作领导小组', the page saying 我局): a body's guide and its leading group are its own, and a
  page that names its body so and no other way names it with the place it serves written as 市 or 县 (the dev gold
  takes the name as written; ``real_places.complete_generic`` gives it its real place where the page names one).

A name is taken only where its kind matches the self-word's (局 ↔ …局, 院 ↔ …医院, 校 ↔ …小学, 县 ↔ …县) when the page says one, it opens
with a real place (the gazetteer), and one name only fits; two different names and none is taken (a wrong name
is worse than none). ``stated`` reads these last, so a name stated anywhere else wins."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.channel_names import channel_body, paper_body
from nianbao.extraction.metadata import YEAR, plausible_agency

_BODY_NAME = r"[^《》“”\s，,。；;、：:\d（）()]{4,30}?"
# The self-words of a bureau, a commission, a hospital or institute (我院) or a school (我校), and the endings its name has.
_SELF_KIND = re.compile(r"[我本](局|委|院|校)")
_KIND_ENDS = {"局": ("局",), "委": ("委", "委员会"), "院": ("院",), "校": ("学校", "中学", "小学", "大学", "学院", "校")}
# The body's own disclosure rules, cited or made: '《某区市场监管局政府信息公开工作规程》'.
_RULES = re.compile(
    rf"《\s*(?P<body>{_BODY_NAME})(?:政府信息公开|政务公开|信息公开)[^《》]{{0,10}}(?:规程|办法|制度|规定|细则)\s*》")
# The sentence setting the body up: '成立沈阳市机关事务管理局', '新组建某县应急管理局'.
_SET_UP = re.compile(rf"(?:挂牌成立|正式成立|新组建|组建|成立)(?:了)?\s*(?P<body>{_BODY_NAME}(?:局|委员会|委))(?=[，,。；;、由（(])")
# A county-level place's name ends so.
_COUNTY_LEVEL = ("区", "县", "旗", "自治县")
# The report gathered from its parts' reports: '某县各乡镇、各部门…年度报告编制', '某市各区人民政府和…的年度报告的基础上编制'.
_PARTS = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|旗|州|盟))各(?:乡镇|乡|镇|街道|区|县|区县|县区|县市区|部门|区人民政府|县人民政府)"
    r"[^。；;]{0,80}?(?:年度报告|工作报告)[^。；;]{0,12}?编制")
# The overview opening on the place's year of disclosure work: '某市2016年政府信息公开工作，认真贯彻…'.
_PLACE_YEAR_WORK = re.compile(
    rf"(?:^|\n)\s*(?:[一1][、.．]\s*[^\n]{{0,8}}\n\s*)?(?P<place>[\u4e00-\u9fff]{{2,12}}?(?:市|区|县|旗|州|盟))\s*{YEAR}\s*年度?"
    r"(?:政府信息公开|政务公开)工作[，,]")
# The page opening on its body's introduction: '某市某小学，以…为特色', '某县某局是县政府工作部门', '某院始建于1950年'.
_OPENING_SUBJECT = re.compile(
    rf"^\s*(?P<body>{_BODY_NAME})\s*(?:[，,]|是|位于|始建于|创建于|创办于|始创于|成立于|组建于|坐落于|地处)")
# How a place's page calls itself by its level.
_SELF_PLACE = re.compile(r"[我本](县|市|区|旗)")


def _one(found: set[str]) -> str | None:
    return found.pop() if len(found) == 1 else None


def _self_kind(head: str) -> str | None:
    said = [m.group(1) for m in _SELF_KIND.finditer(head)]
    kinds = set(said)
    return said[0] if len(kinds) == 1 else None


def rules_body(head: str) -> str | None:
    """The one county-level body of the page's self-word's kind (我局 → …局) whose disclosure rules' title the
    page cites or names; None where none, or several, or the page says no such self-word."""
    kind = _self_kind(head)
    if not kind:
        return None
    found = set()
    for m in _RULES.finditer(head):
        body = m.group("body")
        lead = places.leading_places(body)
        if (body.endswith(_KIND_ENDS[kind]) and lead and lead[-1].text.endswith(_COUNTY_LEVEL)
                and plausible_agency(body)):
            found.add(body)
    return _one(found)


def set_up_body(head: str) -> str | None:
    """The one body of the page's self-word's kind the page says was set up ('成立某市某局'), or None."""
    kind = _self_kind(head)
    if not kind:
        return None
    return _one({m.group("body") for m in _SET_UP.finditer(head)
                 if m.group("body").endswith(_KIND_ENDS[kind]) and places.opens_with_place(m.group("body"))
                 and plausible_agency(m.group("body"))})


def gathered_place(head: str) -> str | None:
    """The government of the one real place whose parts' reports the page says it was compiled from, its kind
    matching the page's self-word for a place where it says one (本县 → 某县); None otherwise."""
    said = {m.group(1) for m in _SELF_PLACE.finditer(head)}
    # (the place is the real division ending before 各: the words before it, '2012年', are no part of it)
    found = {hit.text for m in _PARTS.finditer(head) if (hit := places.ending_at(head, m.end("place")))}
    if said:
        found = {p for p in found if p.endswith(tuple(said))}
    place = _one(found)
    return place + "人民政府" if place else None


def working_place(head: str) -> str | None:
    """The one real place the overview opens on with its year of disclosure work ('某市2016年政府信息公开工作，…')."""
    return _one({hit.text for m in _PLACE_YEAR_WORK.finditer(head) if (hit := places.ending_at(head, m.end("place")))
                 and hit.start >= m.start("place")})


def own_channel_body(head: str) -> str | None:
    """The one body of the page's self-word's kind (我局 → …局, 我院 → …医院) named in its own website's, account's or feed's name,
    else in a dated paper of its own the page says it published (``channel_names``); None without a self-word."""
    kind = _self_kind(head)
    return (channel_body(head, _KIND_ENDS[kind]) or paper_body(head, _KIND_ENDS[kind])) if kind else None


def opening_subject(head: str) -> str | None:
    """The body of the page's self-word's kind (我校 → …小学) whose introduction the page opens on ('某市某小学，以…'),
    where it opens with a real place; None without a self-word, or where the page opens otherwise."""
    kind = _self_kind(head)
    first = next((line for line in head.split("\n") if line.strip()), "")
    m = _OPENING_SUBJECT.match(first) if kind else None
    if not m or not m.group("body").endswith(_KIND_ENDS[kind]):
        return None
    body = m.group("body")
    return body if places.opens_with_place(body) and plausible_agency(body) else None


# A body's own disclosure guide or leading group: '某局政府信息公开指南', '成立某局…领导小组'.
_APPARATUS = re.compile(r"(?:(?P<guide>{body})(?:政府信息公开|政务公开|信息公开)(?:工作)?指南"
                        r"|成立(?:了)?(?P<group>{body})[^，,。；;、\s]{{0,10}}?领导小组)")
# Where a body's name may open inside the words matched before it: a real place, or a generic one-character place
# before the rest of the name ('市生态环境局').
_GENERIC_OPEN = re.compile(r"[省市区县](?![省市区县])")


def _from_place(words: str) -> str | None:
    """The body ``words`` ends with, from the first real or generic place in it on; None where none opens a body."""
    for i in range(len(words) - 2):
        rest = words[i:]
        if (places.opens_with_place(rest) or _GENERIC_OPEN.match(rest)) and plausible_agency(rest):
            return rest
    return None


def apparatus_body(head: str) -> str | None:
    """The one body of the page's self-word's kind (我局 → …局) whose own disclosure guide or leading group the page
    names, with a real or a generic place ('市生态环境局', '县水利局'); None without a self-word, or with two."""
    kind = _self_kind(head)
    if not kind:
        return None
    ends = "|".join(_KIND_ENDS[kind])
    pattern = re.compile(_APPARATUS.pattern.format(body=rf"[^《》“”\s，,。；;、：:\d（）()]{{2,28}}?(?:{ends})"))
    return _one({body for m in pattern.finditer(head) if (body := _from_place(m.group("guide") or m.group("group")))})


def passing_name(head: str) -> str | None:
    """The body a page names only in passing (see the module), or None: the rules' body, the body set up, the
    place whose parts' reports the page gathers, the place whose year's work it opens on, the body whose own
    channel or paper it names, the body whose guide or leading group it names — the first found."""
    for reader in (rules_body, set_up_body, gathered_place, working_place, own_channel_body, opening_subject,
                   apparatus_body):
        if name := reader(head):
            return name
    return None
