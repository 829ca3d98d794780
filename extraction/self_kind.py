"""The kind of body a page speaks as — 我局, 本委, 我办, 我厅, 我公司/我集团 — and whether a stated name is of that kind.

A report speaks in its reporter's voice throughout; a compiled-by sentence (本报告由X编制) names the compiler, which a
unit copying another body's report may leave as it was ('由某区某局编制' over a page saying 我公司 and 我集团 whose
contact desk is the enterprise's). Where the page's voice and the compiler's kind disagree and another statement of
the page names a body of the voice's kind, that body is the reporter (``stated.statements``)."""

from __future__ import annotations

import re
from collections import Counter

from nianbao.extraction.statement import Statement

# The self-words of a body, by kind; a place's (我县, 我镇) are left out: a department says 我市 of the city it serves.
_SELF = re.compile(r"[我本](局|委(?!员)|办(?!公)|厅|公司|集团)")
_ENDS = {"局": ("局",), "委": ("委", "委员会"), "办": ("办公室", "办"), "厅": ("厅",),
         "公司": ("公司", "集团"), "集团": ("公司", "集团")}
_SAME = {"集团": "公司"}  # an enterprise says either


def page_voice(head: str) -> str | None:
    """The one body kind the page speaks as, said twice or more and no other body kind said; None otherwise."""
    said = Counter(_SAME.get(m.group(1), m.group(1)) for m in _SELF.finditer(head))
    if len(said) != 1:
        return None
    kind, count = said.most_common(1)[0]
    return kind if count >= 2 else None


def of_voice(name: str, kind: str) -> bool:
    """True where ``name`` names a body of ``kind`` ('某县财政局' of 局; '某集团有限责任公司' of 公司)."""
    return name.endswith(_ENDS[kind])


def voice_over_compiler(out: list[Statement], head: str) -> None:
    """Where the page states no title body, its preamble names a compiler not of the kind the page speaks as (由某局
    编制 on a page saying 我公司) and its contact or overview names a body of that kind, the compiler is read last
    (its statement's source becomes ``narrative``): the reporter is the body the page speaks as."""
    if any(s.field == "agency" and s.source == "title" for s in out) or not (voice := page_voice(head)):
        return
    named = [s for s in out if s.field == "agency" and s.value]
    if any(s.source in ("contact", "body") and of_voice(s.value, voice) for s in named):
        for s in named:
            if s.source == "preamble" and not of_voice(s.value, voice):
                s.source = "narrative"
