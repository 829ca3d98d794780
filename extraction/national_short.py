"""Central bodies a page names only by the short name they are known by nationwide ('国资委'), where the page
shows the body's national remit: the 国务院国有资产监督管理委员会 reports on the 中央企业 it supervises, cites
its own rules by its full name, and publishes its own bulletin (《国资委公告》) and yearbook. A province's or city's
body of the same kind is written with its place ('省国资委', '某市国资委'), so a bare short name with that evidence is
the central body's; without it, the name stays as it is (a body named by its kind alone, which ``stated.choose``
takes no name from)."""

from __future__ import annotations

import re

# short name → (full name, what on the page shows the national remit)
_NATIONAL_SHORT: dict[str, tuple[str, re.Pattern[str]]] = {
    # its own bulletin and yearbook are the central body's ('《国资委公告》', '《中国国有资产监督管理年鉴》')
    "国资委": ("国务院国有资产监督管理委员会",
               re.compile(r"中央企业|国务院国有资产监督管理委员会|《国资委公告》|中国国有资产监督管理年鉴")),
}


def national_body(name: str, head: str) -> str:
    """The central body ``name`` stands for where it is its bare short name and ``head`` shows the body's
    national remit ('国资委' with 中央企业 → '国务院国有资产监督管理委员会'); else ``name``."""
    known = _NATIONAL_SHORT.get(name)
    if known and known[1].search(head):
        return known[0]
    return name
