"""The body a page calls only by a self-word (我局, 本委), named in passing in its own channels or its own dated papers:

- the name of its website, account or feed ('通过“某市地震局官网”、某市地震局微信公众号等平台发布', '可在某局门户网站下载');
- a paper of its own the year's disclosure published ('在…栏目发布了某区卫健局2024年双随机抽查计划').

``passing_names`` asks these with the self-word's kind (局 ↔ …局, 委 ↔ …委/委员会): a name is taken only where it ends
so, opens with a real place (the gazetteer) and is a plausible body, and where one name only fits (two different names
and none is taken: a page may name its superior's site beside its own)."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.metadata import plausible_agency

# A website, account or feed, named after the body that runs it.
_CHANNEL = re.compile(r"(?:官网|官方网站|门户网站|政务网站|网站|政务微信|微信公众号|公众号|新浪微博|官方微博|政务微博|抖音号)")
# A paper the year's disclosure published, named with its body and year: '发布了某局2024年…计划'.
_OWN_PAPER = re.compile(r"(?:发布|公布|公开)了?\s*[“\"《]?(?P<named>[^《》“”\"\s，,。；;、：:\d（）()]{4,30}?)\s*(?:19|20)\d{2}\s*年")
_REACH = 30  # characters before a channel's word that its body's name may take
_BREAK = re.compile(r"[《》“”\"\s，,。；;、：:\d（）()/.]")


def _named_before(text: str, end: int, ends: tuple[str, ...]) -> str | None:
    """The longest body's name ending at ``end`` of ``text`` that opens with a real place and ends with one of ``ends``."""
    start = max(0, end - _REACH)
    for i in range(start, end - 3):
        name = text[i:end]
        if _BREAK.search(name) or not name.endswith(ends):
            continue
        if places.match_at(name, 0) and plausible_agency(name):
            return name
    return None


def channel_body(head: str, ends: tuple[str, ...]) -> str | None:
    """The one body ending with ``ends`` whose website, account or feed ``head`` names (see the module), or None."""
    found = {name for m in _CHANNEL.finditer(head) if (name := _named_before(head, m.start(), ends))}
    return found.pop() if len(found) == 1 else None


def paper_body(head: str, ends: tuple[str, ...]) -> str | None:
    """The one body ending with ``ends`` whose dated paper ``head`` says the year's disclosure published, or None."""
    found = {name for m in _OWN_PAPER.finditer(head) if (name := _named_before(head, m.end("named"), ends))}
    return found.pop() if len(found) == 1 else None
