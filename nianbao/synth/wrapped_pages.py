"""Untitled pages hard-wrapped at a page's width, the wrap falling inside the one sentence that names the body (agency19:
the reshaping harness's ``hard_wrap`` lost the body on 40 of 620 development pages, most of them this way). A PDF's text
layer, a fixed-width crawler or a text copied out of a PDF cuts every paragraph where the width falls, inside a name
as readily as between words. Each shape states its body once, in its own sentence, and wraps the whole page at a
width that cuts that body's name in two:

- ``wrapped_published``: the preamble publishes the body's report ('…现予公布某局YEAR年度政府信息公开工作年度报告。');
- ``wrapped_compiled``: the preamble says the body compiled it ('本报告由某局按照…编制而成。');
- ``wrapped_field``: a portal's metadata row on one line ('索引号：… 发布机构：某局 发布日期：…'), the only place naming
  the body, its value cut by the wrap; the preamble names none (the page says 本机关);
- ``wrapped_subject``: the overview's first sentence has the body as its subject after a clause ('YEAR年，在…指导下，某局
  坚持…').

The rest of the page (the period, the overview's items) is wrapped at the same width, so the page's lines show their
width as a PDF's do. All wording is nianbao's own.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from nianbao.synth.flowed_text import page_lines
from nianbao.synth.model import Report
from nianbao.synth.page_items import period_sentence

WRAPPED_KINDS = ("wrapped_published", "wrapped_compiled", "wrapped_subject", "wrapped_field")

# Openings before the naming sentence's verb, of different lengths, so the name starts anywhere along a line.
_LEADS = ("", "依照有关规定，", "按照上级关于年度报告编制发布的统一部署，", "为保障公众依法获取政府信息，",
          "结合本年度工作实际并经审核，")
_PUBLISHED = "根据《中华人民共和国政府信息公开条例》的规定，{lead}现予公布{agency}{year}年度政府信息公开工作年度报告。"
_COMPILED = "为做好年度报告工作，依据《中华人民共和国政府信息公开条例》，{lead}本报告由{agency}编制而成，内容包括总体情况、主动公开情况等六个部分。"
_SUBJECT = "{year}年，在上级主管部门的统一部署和具体指导下，{agency}坚持把政府信息公开作为日常工作的重要内容，{lead}不断健全工作机制，规范公开流程，提高公开质量。"
_PROSE = ("围绕群众关心的重点领域，及时发布政策文件和工作动态，并对重要政策作出解读，回应社会关切。",
          "加强网站栏目的日常维护和内容审核，按期更新各类信息，做到发布及时、内容准确、格式规范。",
          "全年未发生因政府信息公开引起的行政复议和行政诉讼，工作总体平稳有序。")


def _wrapped(lines: list[str], width: int) -> list[str]:
    return [piece for line in lines for piece in page_lines(line, width)]


def _cut_width(sentence: str, name: str, rng: random.Random) -> int | None:
    """A page width between 26 and 48 at which ``sentence``'s wrap cuts ``name`` in two, or None."""
    widths = list(range(26, 49))
    rng.shuffle(widths)
    for width in widths:
        if all(name not in line for line in page_lines(sentence, width)):
            return width
    return None


# A body whose name opens on a word the readers strip as a sentence's ('和平街道' read '平街道': ``bodies.clean_agency``
# keeps a lead word only where a county-level place holds it) is a known miss of another kind, left to its own fix:
# these shapes test the wrap, so such a body is written as another (one real county's government).
_LEAD_WORD = ("现", "特", "将", "并", "由", "已", "的", "和", "及")


def _body(rep: Report) -> str:
    if not rep.agency.name.startswith(_LEAD_WORD):
        return rep.agency.name
    return "青川县人民政府"  # a real county, for the few such bodies drawn


def _field_page(rng: random.Random, rep: Report) -> tuple[list[str], str | None, int]:
    name, year = _body(rep), rep.year
    code = f"{rng.randint(10**7, 10**8 - 1)}/{year + 1}-{rng.randint(1, 99999):05d}"
    # (the publisher last in the row, past the page's narrowest width, so a wrap can fall inside it)
    row = f"索引号：{code}  主题分类：综合政务  发布日期：{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}  发布机构：{name}"
    width = _cut_width(row, name, rng) or rng.randint(30, 48)
    lines = [row, "依据《中华人民共和国政府信息公开条例》，本机关编制本年度政府信息公开工作年度报告。" + period_sentence(year),
             "一、总体情况", f"{year}年，本机关坚持以公开为常态，{rng.choice(_PROSE)}",
             "（一）主动公开情况", f"全年主动公开政府信息{rng.randint(20, 900)}条。{''.join(rng.sample(_PROSE, 2))}",
             "（二）依申请公开情况", f"全年收到政府信息公开申请{rng.randint(0, 40)}件，均已按时答复。{''.join(rng.sample(_PROSE, 2))}"]
    return _wrapped(lines, width), name, year


def _page(rng: random.Random, rep: Report, pattern: str) -> tuple[list[str], str | None, int]:
    name, year = _body(rep), rep.year
    sentence = pattern.format(agency=name, year=year, lead=rng.choice(_LEADS))
    width = _cut_width(sentence, name, rng) or rng.randint(30, 48)
    if pattern is _SUBJECT:
        lines = ["根据《中华人民共和国政府信息公开条例》要求编制本年度报告。" + period_sentence(year), "一、总体情况", sentence]
    else:
        lines = [sentence + period_sentence(year), "一、总体情况"]
    # a report's paragraphs run over several lines of the page: the page shows its width as a PDF's does
    prose = lambda: "".join(rng.sample(_PROSE, 2))  # noqa: E731
    lines += ["（一）主动公开情况", f"全年主动公开政府信息{rng.randint(20, 900)}条。{prose()}",
              "（二）依申请公开情况", f"全年收到政府信息公开申请{rng.randint(0, 40)}件，均已按时答复。{prose()}"]
    return _wrapped(lines, width), name, year


WRAPPED_SHAPES: dict[str, Callable[[random.Random, Report], tuple[list[str], str | None, int | None]]] = {
    "wrapped_published": lambda rng, rep: _page(rng, rep, _PUBLISHED),
    "wrapped_compiled": lambda rng, rep: _page(rng, rep, _COMPILED),
    "wrapped_subject": lambda rng, rep: _page(rng, rep, _SUBJECT),
    "wrapped_field": _field_page,
}
