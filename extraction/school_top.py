"""A school's or university's name where its untitled page states it at the top: alone on a line (the second line of
a title whose first the page lost, '某农业大学' / '（2020年10月30日）'), or as the subject opening the lead sentence
('某工业大学根据《高等学校信息公开办法》…'). A university's report names the school in its title; a page that lost the title
(a crawler keeping the body only, a repost) still names it in these two places, where a government's page names its
body (``schools`` reads the titled forms).

Taken only where the page calls itself by a school's self-word (我校, 本校, 学校, a 学院's 我院/本院) and names one
school so: two different schools at the top, and none is taken (a wrong name is worse than none)."""

from __future__ import annotations

import re

from nianbao.extraction.schools import KIND, NAME, SELF, school_name
from nianbao.extraction.statement import Statement

# The lines of the page's top searched: an untitled page's name line or lead comes before its first section.
TOP_LINES = 8
_NAME_ALONE = re.compile(rf"^(?P<name>{NAME})$")
# The lead sentence opening on the school as its subject: the school, then the instruction it follows or its verb.
_SUBJECT_LEAD = re.compile(rf"^(?P<name>{NAME})(?=根据|按照|依据|依照|认真|坚持|深入|严格|高度重视|始终|全面|积极|持续|扎实)")
_SECTION = re.compile(r"^[一二三四五六七八九十]{1,2}[、.．]")


def school_at_top(head: str) -> str | None:
    """The one school an untitled page names alone on a line at its top or as its lead's subject, where the page
    speaks as a school; else None."""
    if not SELF.search(head):
        return None
    found: set[str] = set()
    for line in [ln.strip() for ln in head.splitlines() if ln.strip()][:TOP_LINES]:
        if _SECTION.match(line):
            break  # the report's first section: past its top
        compact = re.sub(r"\s+", "", line)
        m = _NAME_ALONE.match(compact) or _SUBJECT_LEAD.match(compact)
        if m and re.search(f"{KIND}$", m.group("name")) and (name := school_name(m.group("name"))):
            found.add(name)
    return found.pop() if len(found) == 1 else None


def school_top_statements(head: str) -> list[Statement]:
    """The school an untitled page names at its top, as a statement of the overview's subject (source 'body')."""
    return [Statement("agency", name, "body")] if (name := school_at_top(head)) else []
