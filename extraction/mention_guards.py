"""When the agency ranker's pick must not be named: a wrong name is worse than none (ranker16).

The ranker (``mentions``) scores every body a page mentions; where it is the page's only or most frequent mention, a
superior or a place can score high on a page that never names its own body. Three kinds of evidence say a mention is
no act of the page's body, whatever the model's score:

- a **cited mention** (``cited_mention``): the name stands inside a cited document's title (《某自治区…管理办法》,
  《某市人民政府工作报告》 — the document's scope or issuer), as a website's or account's owner (在“某区人民政府”门户网站,
  “某市人民政府发布”微信公众号), in a portal's footer, or as one item of a list of bodies (某市人大、某市政府、某市政协).
  A candidate every mention of which is cited is not offered (``offered``) unless its kind agrees with the page's
  self-word (a bureau saying 我局 and naming itself only in its own rules' title, 《某局…规程》, is its own body);
- a **list or a sentence's run read as a name** (``not_a_name``): a span holding an enumeration comma outside brackets
  ('通过省内主流媒体、厅') or a national word opening a sentence ('中国…精神作为学校') names no body;
- a **rejected statement of another kind** (``agrees_with_rejected``): where the page stated a body the rules could
  not take (its kind alone, '税务局', no place), the page has said what kind of body it is: a pick of another kind
  (the county's 人民政府 named in a rules title) is a different body, and the ranker abstains; a pick of that kind
  with its place ('某县税务局') completes the statement and is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from nianbao.extraction.agency import normalise
from nianbao.extraction.metadata import place_names
from nianbao.extraction.real_places import ends_with_kind

# A website, publication or account named after its owner; a closing quote may stand between ('“某区人民政府”门户网站').
_SITE_AFTER = re.compile(r"\s*[”\"』」]?\s*(?:门户网站|网站|门户网|政务网|政府网|公报|门户|微信公众号|公众号|客户端|"
                         r"政务服务网|政务微博|微博|网)")
# An account's name in quotes with a word after the owner ('“某市人民政府发布”微信公众号').
_QUOTED_ACCOUNT = re.compile(r"[^”\"\n]{0,8}[”\"』」]\s*(?:微信公众号|公众号|客户端|微博|政务微博|抖音号|视频号|头条号|网站|门户网站)")
# A website named in quotes with its address after it ('依托“某区人民政府”(http://…)作为…平台').
_QUOTED_URL = re.compile(r"[”\"』」]\s*[（(]?\s*(?:https?://|www\.)")
# What follows a body named as the report's maker ('某局2023年政府信息公开…'), read by the ranker as a feature too.
AFTER_REPORT = re.compile(r"\s*(?:\d{4}\s*年度?)?\s*(?:政府)?(?:信息公开|政务公开)")
# A portal's footer or host line: the site's owner (often the superior government), not the report's body.
FOOTER = re.compile(r"主办单位|主办：|主办:|承办单位|承办：|承办:|版权所有|技术支持|网站标识码|ICP|公网安备|维护单位|主管单位|网站地图")
# A sentence's particles and verbs: never inside a national body's name (国家发展和改革委员会 keeps its 和).
_SENTENCE_WORD = re.compile(r"[了在对由于是的将把被从向为其该此各本我]|按照|作为|通过")
NATIONAL = ("国家", "国务院", "中国", "中华人民共和国")  # a national body's opening words
# A document's title without 《》 right after a place or body ('2024年某市政务公开工作要点', '某市人民政府工作报告').
_UNQUOTED_TITLE = re.compile(r"(?:\d{4}\s*年度?)?(?:政务公开|政府信息公开|信息公开)?(?:工作)?"
                             r"(?:工作要点|要点|实施方案|管理办法|办法|规定|条例|实施细则|细则|规划|工作报告|公报)")
# One item of a list of bodies: an enumeration comma right before it or, after a word or two ('某市委、'), after it.
_LIST_BEFORE = re.compile(r"、[\u4e00-\u9fff]{0,2}$")
_LIST_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}、")
_GOVERNMENT = re.compile(r"(?:人民)?政府$")
_TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木|办事处)$")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def not_a_name(name: str) -> bool:
    """True for a span that is a list of bodies (an enumeration comma outside brackets), cut inside a bracket, or a
    sentence opening with a national word ('中国…作为学校'): no body's name."""
    outside = _BRACKETED.sub("", name)
    if "、" in outside or any(b in outside for b in "（(）)"):
        return True  # (a bracket left open or closed alone: a span cut inside a name, '某开发区（某区')
    if name.startswith(NATIONAL):
        rest = name[next(len(w) for w in sorted(NATIONAL, key=len, reverse=True) if name.startswith(w)):]
        return bool(_SENTENCE_WORD.search(rest))
    return False


def _in_title(text: str, start: int, end: int) -> bool:
    opened = text.rfind("《", 0, start)
    return opened >= 0 and text.rfind("》", opened, start) < 0 and "》" in text[end:end + 80]


def _in_quotes(text: str, start: int) -> bool:
    opened = max(text.rfind("“", 0, start), text.rfind('"', 0, start))
    return opened >= 0 and start - opened <= 12 and not re.search(r"[”\"\n]", text[opened + 1:start])


def _titled(text: str, start: int, end: int) -> bool:
    """The mention opens or stands in a document's title, in 《》 or not ('2024年某市政务公开工作要点'), other than a
    disclosure report's ('《某局2023年政府信息公开…》', the page's own: a mention all the same)."""
    if AFTER_REPORT.match(text, end) and not _UNQUOTED_TITLE.match(text, end):
        return False
    return _in_title(text, start, end) or bool(_UNQUOTED_TITLE.match(text, end))


def cited_mention(text: str, start: int, end: int) -> bool:
    """True when the mention ``text[start:end]`` names a cited document's subject or issuer, a site's or account's
    owner, a footer's host or one item of a list of bodies — not the page's body acting."""
    if _titled(text, start, end):
        return True
    if _SITE_AFTER.match(text, end) or (_in_quotes(text, start) and (_QUOTED_ACCOUNT.match(text, end)
                                                                       or _QUOTED_URL.match(text, end))):
        return True
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if FOOTER.search(text[max(line_start, start - 30): end + 30 if line_end < 0 else min(line_end, end + 30)]):
        return True
    return bool(_LIST_BEFORE.search(text, max(0, start - 3), start) or _LIST_AFTER.match(text, end))


def offered(text: str, name: str, spans: list[tuple[int, int]], self_agree: bool) -> bool:
    """Whether a candidate (its ``name``, its mentions' ``spans`` in ``text``) may be named. A government of a county
    or above (the superior a department's or a township's page cites, is hosted by or lists) only where some mention
    of it is no citation, or its kind agrees with the page's self-word and a title names it as a body (a county
    saying 我县 and naming itself only in its own rules' title) — a place named alone in a title says the document's
    scope. Every other body may be named: a bureau's, a township's or a zone's name in a rules title or on a website
    is mostly its own ('制定了《某局…制度》', '以“某局”网站作为…平台')."""
    if not superior_government(name) or not all(cited_mention(text, s, e) for s, e in spans):
        return True
    return self_agree and any(_titled(text, s, e) and not _bare(text[s:e]) for s, e in spans)


def superior_government(name: str) -> bool:
    """True for a government of a county-level place or above ('某区人民政府', '某省政府'), not a township's."""
    m = _GOVERNMENT.search(name)
    return bool(m) and not _TOWNSHIP.search(name[:m.start()])


def _bare(name: str) -> bool:
    return "".join(place_names(name)) == name


def _kind(name: str) -> str:
    return name[len("".join(place_names(name))):]


def agrees_with_rejected(pick: str, rejected: Iterable[str]) -> bool:
    """True when the ranker's ``pick`` may stand beside the bodies the page stated and the rules rejected: none was
    rejected, or the pick is one of them (same key), of a rejected one's kind ('某县税务局' for '税务局'), or a body of
    a rejected bare place ('某镇人民政府' for '某镇')."""
    rejected = [r for r in rejected if r]
    if not rejected:
        return True
    key = normalise(pick)
    for r in rejected:
        kind = _kind(r)
        if normalise(r) == key or (kind and ends_with_kind(pick, kind)) or (not kind and pick.startswith(r)):
            return True
    return False


__all__ = ["agrees_with_rejected", "cited_mention", "not_a_name", "offered", "superior_government"]
