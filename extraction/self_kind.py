"""The kind of body a page speaks as — 我局, 本委, 我办, 我厅, 我公司/我集团, a township's 我镇/本街道 — and whether a
stated name is of that kind.

A report speaks in its reporter's voice throughout; a compiled-by sentence (本报告由X编制) names the compiler, which a
unit copying another body's report may leave as it was ('由某区某局编制' over a page saying 我公司 and 我集团 whose
contact desk is the enterprise's). A township's page likewise keeps the frame its county or district gave it: the
district office as a portal block's 发布机构, or the county's template preamble (特向社会公布某县…年度报告). Where the
page's voice and the kind of a compiler, publisher or preamble name disagree and another statement of the page
names a body of the voice's kind, that body is the reporter (``stated.statements``)."""

from __future__ import annotations

import re
from collections import Counter

from nianbao.extraction.statement import Statement

# The self-words of a body, by kind; a place's (我县, 我镇) are left out: a department says 我市 of the city it serves.
_SELF = re.compile(r"[我本](局|委(?!员)|办(?!公)|厅|公司|集团)")
# A township speaks as itself (我镇, 本街道) or by the leadership it works under (在镇党委、镇政府的领导下): no body
# below a township says so of the township it serves, as a county's department says 我县 of its county.
_TOWNSHIP_SELF = re.compile(r"[我本](镇|乡(?!村)|街道)")
_TOWNSHIP_LED = re.compile(r"在(镇|乡|街道)(?:党委|党工委)")
_ENDS = {"局": ("局",), "委": ("委", "委员会"), "办": ("办公室", "办"), "厅": ("厅",),
         "公司": ("公司", "集团"), "集团": ("公司", "集团"), "镇": ("镇", "镇人民政府", "镇政府"),
         "乡": ("乡", "乡人民政府", "乡政府"), "街道": ("街道", "街道办事处", "街道办")}
_SAME = {"集团": "公司"}  # an enterprise says either


def page_voice(head: str) -> str | None:
    """The one body kind the page speaks as, said twice or more and no other body kind said; None otherwise."""
    said = Counter(_SAME.get(m.group(1), m.group(1)) for m in _SELF.finditer(head))
    said.update(m.group(1) for m in _TOWNSHIP_SELF.finditer(head))
    said.update(2 * [m.group(1) for m in _TOWNSHIP_LED.finditer(head)])  # the leadership it works under: said plainly
    if len(said) != 1:
        return None
    kind, count = said.most_common(1)[0]
    return kind if count >= 2 else None


def of_voice(name: str, kind: str) -> bool:
    """True where ``name`` names a body of ``kind`` ('某县财政局' of 局; '某集团有限责任公司' of 公司)."""
    return name.endswith(_ENDS[kind])


def voice_over_compiler(out: list[Statement], head: str) -> None:
    """Where the page states no title body, its preamble or a portal block names a body not of the kind the page
    speaks as (由某局编制 on a page saying 我公司; 发布机构 a district office over a page saying 我街道) and its contact
    or overview names a body of that kind, those statements are read last (their source becomes ``narrative``): the
    reporter is the body the page speaks as."""
    if any(s.field == "agency" and s.source == "title" for s in out) or not (voice := page_voice(head)):
        return
    named = [s for s in out if s.field == "agency" and s.value]
    if any(s.source in ("contact", "body") and of_voice(s.value, voice) for s in named):
        for s in named:
            if s.source in ("preamble", "metadata_block") and not of_voice(s.value, voice):
                s.source = "narrative"
