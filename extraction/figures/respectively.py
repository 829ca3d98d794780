"""Lists read pairwise: "微博、微信公众号分别发布信息337条、757条", "人大代表建议、政协提案分别为12件、8件".

A clause names several things, then 分别 and as many counts; the k-th count is the k-th thing's. Each
pair is read as the clause it stands for ("微信公众号发布信息757条") by the grammar itself, passed in as
``parse`` (this module does not import the grammar, which calls it), and the figure is put back on the
count where the page states it.
"""

from __future__ import annotations

import re
from typing import Callable

import msgspec

from nianbao.core.record import Figure

from nianbao.extraction.figures.numbers import Mention

RESPECTIVELY = re.compile(r"分别(?:为|是|有|达到|达)?")
_CLAUSE_START = "，。；：,;:（）()"
_NAME_SEPARATOR = re.compile(r"以及|[、和及与]")
_COUNT_SEPARATOR = re.compile(r"\s*(?:、|和|及|，|,)\s*")
_VERB_BREAK = re.compile(r"[，。；,;]")


def pairwise(text: str, mentions: list[Mention], parse: Callable[[str], list[Figure]]) -> dict[int, Figure]:
    """The figure of each count (by its index in ``mentions``) that a 分别 list gives it."""
    out: dict[int, Figure] = {}
    for hit in RESPECTIVELY.finditer(text):
        start = max(text.rfind(ch, 0, hit.start()) for ch in _CLAUSE_START) + 1
        names = [n for n in _NAME_SEPARATOR.split(text[start:hit.start()]) if n.strip()]
        counts = [k for k, m in enumerate(mentions) if m.start >= hit.end() and m.unit]
        if len(names) < 2 or not counts:
            continue
        verb = text[hit.end():mentions[counts[0]].start]
        if _VERB_BREAK.search(verb):
            continue
        run = counts[:1]
        for k in counts[1:]:
            if not _COUNT_SEPARATOR.fullmatch(text[mentions[run[-1]].end:mentions[k].start]):
                break
            run.append(k)
        if len(run) != len(names):
            continue  # "A、B分别为5件" or a list of three names for two counts: no pairs to make
        for name, k in zip(names, run):
            m = mentions[k]
            clause = name + verb
            found = [f for f in parse(clause + m.text) if f.start == len(clause)]
            if found:
                out[k] = msgspec.structs.replace(found[0], start=m.start, end=m.end, text=m.text)
    return out
