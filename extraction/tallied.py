"""The township a page names only as the subject of its own year's tallies: '2024年，某街道累计主动公开政府信息481条',
'2024年，某街道共收到政府信息公开申请2条' — a page with no title, preamble or contact naming its body, whose
overview counts the year's work under the township's name.

The subject must be a township the gazetteer knows (a 街道, 镇, 乡 or 苏木, with its 办事处 or 人民政府 perhaps),
every such tally on the page must name the same township, and the page must not speak for a higher place (全区,
我县, 各街道 …): a district's report that lists its townships' numbers names none of them as its body. Else
none — a wrong name is worse than none."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.metadata import YEAR

# A tally sentence: (the year,) the subject, then 累计 / 共 and what was published or received
# ('2024年，某街道累计主动公开政府信息481条', '2024年某镇共收到政府信息公开申请2件').
_TALLY = re.compile(
    rf"(?:^|(?<=[，,。；;：:\n]))\s*(?:{YEAR}\s*年度?\s*[，,]?\s*)?"
    r"(?P<who>[^\s，,。；;：:、《》“”\"（）()\d]{2,20}?)"
    r"(?:累计|共计?|全年共?)(?:主动)?(?:公开|发布|收到|受理|办理|报送|更新|答复)"
)
# The page speaking for a place above a township, or for all its townships.
_HIGHER = re.compile(r"[全我本各](?:省|市|区|县|旗|州|盟)(?![级直委政属])|各(?:街道|镇|乡|乡镇|镇街)")
# What a township's body adds to its name.
_BODY = re.compile(r"(?:办事处|人民政府|政府)$")


def _township(who: str) -> str | None:
    """``who`` where it is a township the gazetteer knows, with its body perhaps ('某街道办事处'), else None."""
    name = _BODY.sub("", who)
    lead = places.leading_places(name)
    if not lead or lead[-1].end != len(name) or all(p.level != "township" for p in lead[-1].places):
        return None
    return who


def tallied_township(head: str) -> str | None:
    """The one real township the page's tallies of its year have for subject, or None (see the module)."""
    if _HIGHER.search(head):
        return None
    found = {t for m in _TALLY.finditer(head) if (t := _township(m.group("who")))}
    return found.pop() if len(found) == 1 else None
