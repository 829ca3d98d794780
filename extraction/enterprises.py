"""An enterprise or public institution publishing a 政府信息公开工作年度报告 as its own: a city's water, power or
transit 公司, a state-owned 集团 ('某市动力公司', '某市轨道交通集团有限责任公司', '某高新区建设集团').

``plausible_agency`` refuses every 公司, so that spam a mirror writes in a name's place ('某某娱乐有限公司') never
becomes one. Here the refusal is lifted narrowly: a 公司/集团 is taken only where the page itself says it
publishes the report — as the subject of the report's title (name + year + 政府信息公开…年度报告) or in the
compiled-by sentence (本报告…由某公司编制) — and only a name that opens with a real place (the gazetteer; a city or
county, a province) and names a public trade (交通, 水务, 供电, 燃气, 建设, 投资 …), with no spam word in it."""

from __future__ import annotations

import re

from nianbao.core import places
from nianbao.extraction.statement import Statement

# How an enterprise's name ends: its legal form.
_FORM = re.compile(r"(?:集团)?(?:有限责任公司|股份有限公司|有限公司|总公司|公司)$|集团$")
# The trades of the public enterprises that publish the report under the 条例 (utilities, transit, state
# investment and construction); a name without one is not taken.
_TRADE = re.compile(
    r"轨道交通|公共交通|公交|地铁|交通|铁路|高速|公路|港务|港口|机场|航空|水务|供水|给排水|排水|自来水|污水|"
    r"水利|燃气|天然气|热力|供热|电力|供电|电网|动力|能源|电业|城建|建设|城投|城市投资|投资|国有资本|国有资产|"
    r"国资|控股|发展|开发|市政|园林|环卫|环境|环保|粮食|储备|农垦|林业|盐业|烟草|邮政|广电|文旅|旅游|住房|安居|"
    r"保障房|资产|产业|医药|物资|供销"
)
# Spam a mirror writes in place of a name, in either script (as ``plausible_agency`` refuses it), and words
# of a sentence or of chrome.
_SPAM = re.compile(
    r"游戏|遊戲|娱乐|娛樂|彩票|博彩|棋牌|投注|比分|竞彩|赌|賭|网址|網址|备用|備用|平台|官网|官網|APP|app|体育|體育|"
    r"真人|电子|電子|百家乐|老虎机|捕鱼|[我本该各全]|关于|公布|公开|发布|编制|报告|[:：,，。；;!！?？《》“”\"'|<>\s\d]"
)
# The levels of a place an enterprise's name may open with (a township's name alone is too often a word).
_LEVELS = ("provincial", "prefectural", "county")


def is_enterprise_publisher(name: str | None) -> bool:
    """True for a public enterprise's name that may stand as a report's publisher (see the module):
    '某市动力公司', '某轨道交通集团有限责任公司'; not '某某娱乐有限公司' nor a company of no public trade."""
    if not name or not 5 <= len(name) <= 30 or _SPAM.search(name):
        return False
    form = _FORM.search(name)
    if not form:
        return False
    lead = places.match_at(name, 0, bare=True)
    if not lead or not any(p.level in _LEVELS for p in lead.places):
        return False
    return bool(_TRADE.search(name, lead.end, form.start()))


# '本报告…由某公司编制': the enterprise that compiled the report (the sentence's own words are refused above).
# (The regulation it follows may stand between: '由某公司依照《中华人民共和国政府信息公开条例》要求编制'.)
_COMPILED_BY = re.compile(r"由\s*(?P<name>[^\s，,。；;：:、《》“”\"（）()]{5,30}?(?:公司|集团))\s*(?:负责)?"
                          r"(?:(?:依照|根据|按照|依据)《[^》]{2,40}》[^。；;，,《》]{0,8}?)?(?:编制|编写)")


# '现公布某公司2024年…年度报告', '某公司编制了本年度报告': the enterprise publishing or compiling the report named as
# the sentence's subject or object.
_PUBLISHES = re.compile(r"(?:(?:现|特)?(?:公布|发布)|^|[，,。；;\n])\s*(?P<name>[^\s，,。；;：:、《》“”\"（）()]{5,30}?(?:公司|集团))\s*"
                        r"(?:(?:19|20)\d{2}\s*年度?\s*(?:政府)?信息公开|(?:编制|编写)了?本(?:年度)?报告)")


# '2024年，某市水务集团有限公司严格贯彻…': the enterprise the overview's opening sentence has for its subject (the
# longest legal form: 集团有限公司 over 集团).
_SUBJECT = re.compile(
    r"(?:^|[\n。；;])\s*(?:(?:19|20)\d{2}\s*年度?\s*[,，]?\s*|一年来\s*[,，]?\s*|今年\s*[,，]?\s*)?"
    r"(?P<name>[^\s，,。；;：:、《》“”\"（）()]{2,24}?(?:集团(?:有限责任公司|股份有限公司|有限公司)?|有限责任公司|股份有限公司|"
    r"有限公司|总公司|公司))(?!有限|股份|公司)")


def enterprise_statements(title_agency: str | None, head: str) -> list[Statement]:
    """The agency statements of an enterprise publishing its own report: the title's subject (source 'title'),
    the compiled-by sentence (source 'preamble') and the overview's opening subject (source 'body'), each only for a
    name ``is_enterprise_publisher`` takes."""
    out: list[Statement] = []
    if title_agency and is_enterprise_publisher(title_agency):
        out.append(Statement("agency", title_agency, "title"))
    for m in (*_COMPILED_BY.finditer(head[:1500]), *_PUBLISHES.finditer(head[:1500])):
        if is_enterprise_publisher(m.group("name")):
            out.append(Statement("agency", m.group("name"), "preamble"))
            break
    subject = next((m.group("name") for m in _SUBJECT.finditer(head[:1500]) if is_enterprise_publisher(m.group("name"))), None)
    if subject:
        out.append(Statement("agency", subject, "body"))
    return out
