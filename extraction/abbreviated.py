"""The body a page names in full only inside the title of its own rules and calls by an abbreviation
elsewhere: '本年度报告根据…《中国科学院某某物理研究所信息公开工作管理办法》等有关规定编制', then '2023年…，
某某物所高质量开展…'. The title alone could be any body's rules a report cites (its parent's, its
city's); the abbreviation — the name's own characters, in order, some left out, same first character of its
own name and same last — is what says the rules are the page's own. Taken only for public institutions
(…所, …院, …站, …馆, …中心), whose reports are the ones written so; a government or bureau is named in the
ways ``nianbao.extraction.bodies`` reads."""

from __future__ import annotations

import re

from nianbao.extraction.metadata import plausible_agency

# The title of a body's own disclosure rules, guide or catalogue: '《某所信息公开工作管理办法》'.
_OWN_RULES = re.compile(
    r"《(?P<body>[^《》\s，,。；;]{4,30}?(?:研究所|所|研究院|院|站|馆|中心))"
    r"(?:政府)?(?:信息公开|政务公开)(?:工作)?(?:管理办法|管理规定|实施办法|实施细则|规定|办法|指南|目录)》"
)
# The parent a public institution is named under, which its abbreviation leaves off: '中国科学院某所' → '某所'.
_PARENT = re.compile(r"^(?:中国科学院|中科院|中国社会科学院|中国农业科学院|中国林业科学研究院)")
_RUN = re.compile(r"[\u4e00-\u9fff]{3,12}")


def _is_abbreviation(short: str, full: str) -> bool:
    """``short`` is ``full`` with characters left out inside it: same first and last character, the rest in
    order, and not ``full`` itself nor a piece of it cut from one place (a piece is no abbreviation)."""
    if len(short) < 3 or len(short) >= len(full) or short in full or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full)
    return all(ch in rest for ch in short)


def abbreviates(name: str, body: str) -> bool:
    """Whether ``name`` is an abbreviation of ``body`` (its parent's name left off): '某化物所' of
    '中国科学院某化学物理研究所'."""
    return _is_abbreviation(name, _PARENT.sub("", body))


def abbreviated_body(head: str) -> str | None:
    """The public institution whose own rules ``head`` cites by title, where the page also calls it by an
    abbreviation of its name (outside the titles); None where no such pair is found, or several bodies are."""
    found = {m.group("body") for m in _OWN_RULES.finditer(head) if plausible_agency(m.group("body"))}
    outside = re.sub(r"《[^《》]*》", "", head)
    named = []
    for body in sorted(found):
        own = _PARENT.sub("", body)
        if len(own) < 4:
            continue  # the parent's own rules ('《中国科学院信息公开工作管理办法》'): no body of the page's
        suffix = own[-1]
        runs = (run[: k + 1] for run in _RUN.findall(outside) for k in range(len(run)) if run[k] == suffix)
        if any(_is_abbreviation(run[i:], own) for run in runs for i in range(len(run) - 2)):
            named.append(body)
    return named[0] if len(named) == 1 else None
