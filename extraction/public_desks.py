"""The place whose report its public-affairs desk writes: a district's (or county's, city's) 政务公开工作办公室 opening
the overview as its subject and calling itself 我办 ('某区政务公开工作办公室（下称我办）立足…'), where the page counts
the place's own figures (我区, 我县): the desk coordinates the place's disclosure and writes its report, so the
report is the place's. A district run as one with its zone may be written with both names, a space between
('某区 某开发区政务公开工作办公室'): the two names are the body's. ``nianbao.extraction.bodies`` asks this last, where
no overview subject names the body."""

from __future__ import annotations

import re

from nianbao.core.places import leading_places

# The desk named with its place (and the zone run with it) and the short name it gives itself: 我办.
_DESK_AS_WE = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,10}?(?:区|县|市|旗))(?P<zone>[ \u3000]?[\u4e00-\u9fff]{2,8}?(?:开发区|新区|高新区))?"
    r"(?:政务公开|政府信息公开)(?:工作)?办公室\s*[（(]\s*(?:以下|下)?简?称\s*[“\"]?我办")


def place_of_public_desk(head: str) -> str | None:
    """The place (with the zone run as one with it, no space) whose 政务公开工作办公室 calls itself 我办 in ``head``,
    where ``head`` speaks of the place's own figures as 我区/我县/我市/我旗; else None."""
    m = _DESK_AS_WE.search(head)
    if not m:
        return None
    place = m.group("place")
    real = leading_places(place)
    if not real or real[-1].end != len(place) or f"我{place[-1]}" not in head:
        return None
    return place + re.sub(r"\s+", "", m.group("zone") or "")
