"""The body a page's opening sentence has compile the report itself: '某市财政局依据《条例》和《格式》编制了本报告',
'某乡根据《条例》规定……编制本年度报告' — the body written first, before the rules it follows, with no 由 to mark it;
or the rules cited first and the body the next clause's subject ('根据《条例》要求，某市人民政府根据全市…工作开展情况，
编制本报告').

Taken only for a name opening with a real place (the gazetteer) or a national body, that ``plausible_agency``
accepts (or a real place named alone, '某街道根据…'), at a line's start, in a sentence that goes on to compile this report (编制了本报告, 编制本年度报告, 编制此报告);
else none — a wrong name is worse than none."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.metadata import plausible_agency

_OPENING_COMPILER = re.compile(
    r"(?:^|\n)\s*(?P<who>[^\s，,。；;：:、《》“”\"（）()\d]{4,30}?)(?:依据|根据|按照|依照)《"
    r"[^。\n]{0,200}?编制(?:了)?(?:本|此|该)(?:年度)?(?:报告|年报)"
    # the rules cited first, the body the subject of the clause after them: '根据《条例》要求，某市人民政府根据全市
    # 2022年度…开展情况，编制本报告'
    r"|(?:^|\n)\s*(?:依据|根据|按照|依照)《[^。\n]{0,200}?(?:要求|规定|精神)[，,]\s*"
    r"(?P<after>[^\s，,。；;：:、《》“”\"（）()\d]{4,30}?)(?:依据|根据|按照|依照|结合)[^。\n]{0,80}?[，,]?\s*"
    r"编制(?:了)?(?:本|此|该)(?:年度)?(?:报告|年报)"
)
_NATIONAL = re.compile(r"^(?:国家|国务院|中国|中华人民共和国)")


def opening_compiler(head: str) -> str | None:
    """The body the page's opening sentence has compile this report (see the module), or None."""
    m = _OPENING_COMPILER.search(head)
    if not m:
        return None
    who = m.group("who") or m.group("after")
    lead = places.leading_places(who)
    if not (lead or _NATIONAL.match(who)):
        return None
    # a real place named alone compiles its own body's report ('某街道根据《条例》…特编制本年度报告')
    whole_place = bool(lead) and len(lead) == 1 and lead[0].end == len(who)
    if not (plausible_agency(who) or whole_place):
        return None
    return who
