"""Recognise the six section headings under their real-world wordings, and sub-headings in every
numbering style reports use: "一、", "（一）", "1.", "(1)", and run-in "一是…" items."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nianbao.core.codebook import SECTIONS

_CN = "一二三四五六七八九十"
L1_MARK = rf"[{_CN}]{{1,2}}\s*[、.．]\s*"
# Each canonical section's title, as reports word it (the text after "一、" etc.).
SECTION_TITLES: dict[str, str] = {
    "overview": r"(?:总体情况|工作概述|总体概况)",
    "proactive": r"主动公开政府信息(?:的)?情况",
    "requests": r"收到和处理政府信息公开申请(?:的)?情况",
    "review_litigation": (
        r"(?:因)?政府信息公开(?:申请)?(?:工作)?(?:被申请)?行政(?:法)?复议\s*[、和及与,，]?\s*(?:提起)?行政诉讼(?:的)?情况"
    ),
    "problems": r"(?:政府信息公开(?:工作)?)?存在(?:的)?主要问题(?:及|和|与)改进(?:情况|措施)",
    "other_matters": r"其他需要报告(?:的)?事项",
}
assert set(SECTION_TITLES) == {s.id for s in SECTIONS}
_SECTION_ORDER = [s.id for s in SECTIONS]

# Headings of the pre-2019 outlines (概述 / 主动公开 / 依申请公开 / 不予公开 / 收费及减免 / 复议诉讼 /
# 存在问题和改进措施 / 其他), each mapped to the nearest of the six sections. Tried after SECTION_TITLES.
# 情况 may be left out where the heading ends its line or a colon or full stop follows ("三、依申请公开政府信息：
# 无。", "七、存在的主要问题。").
_SITUATION = r"(?:(?:的)?情况|(?=\s*[:：。]|\s|$))"
OLD_SECTION_TITLES: dict[str, str] = {
    "overview": (
        r"(?:主要)?(?:工作)?(?:情况)?概述|(?:政府信息公开(?:工作)?的?)?(?:基本|总体|工作)?概况"
        # "一、政府信息公开工作概述", "一、政府信息公开概述": the same part with the work it tells of named.
        r"|(?:(?:19|20)\d{2}\s*年度?)?(?:政府信息公开|信息公开)(?:工作)?(?:情况)?概述"
        # ("一、2014年度政府信息公开工作的基本情况": the year named as 概述 may name it)
        r"|(?:(?:19|20)\d{2}\s*年度?|本年度)?(?:开展)?(?:政府)?(?:信息公开)?(?:工作)?(?:的)?基本(?:工作)?情况"
        # "一、政府信息公开工作开展情况": what the year's work was, as 概述 says it.
        r"|(?:(?:19|20)\d{2}\s*年度?|本年度)?(?:政府)?信息公开工作(?:的)?开展情况"
        r"|(?:政府)?信息公开(?:工作)?(?:的)?组织(?:领导)?(?:和|及|与)?(?:制度建设|机构建设)?(?:情况)?"
    ),
    "proactive": (
        r"(?:(?:重点领域)?(?:政府)?信息(?:主动)?公开(?:工作)?(?:推进)?" + _SITUATION
        + r"|(?:政府信息)?主动公开(?:政府)?(?:信息)?(?:工作)?" + _SITUATION + r")(?!\s*统计)"
    ),
    "requests": (
        r"(?:行政机关|本机关|本单位)?(?:政府)?(?:信息)?依申请公开(?:政府)?(?:信息)?(?:工作)?(?:办理)?(?:(?:的)?情况)?"
        r"(?:(?:和|及)不予公开(?:政府)?(?:信息)?)?" + _SITUATION
        # "依申请公开、不予公开及咨询政府信息情况": the parts of 依申请公开 listed together.
        + r"|依申请公开(?:[、和及与]\s*(?:不予公开|[咨谘]询|答复|投诉)){1,3}(?:政府)?(?:信息)?" + _SITUATION
        + r"|不予公开政府信息(?:的)?情况|(?:政府)?信息公开申请(?:的)?(?:受理|办理)(?:和处理)?情况"
        r"|(?:政府信息公开)?(?:的)?[咨谘]询(?:处理|受理|答复)?(?:和投诉)?" + _SITUATION
    ),
    "review_litigation": (
        r"(?:因)?(?:(?:政府)?信息公开(?:申请)?)?(?:申请)?(?:的)?行政复议(?:\s*[、和及与,，]?\s*(?:提起)?(?:行政)?诉讼)?"
        r"(?:[和及、](?:行政)?申诉)?(?:办理|处理)?" + _SITUATION
        # ('四、复议、诉讼和申诉办理情况': the cases as handled, the whole line the heading)
        + r"|(?:因)?(?:政府信息公开)?(?:申请)?(?:的)?复议\s*[、和及与,，]?\s*(?:提起)?诉讼(?:[和及、]申诉)?(?:的)?"
        r"(?:(?:办理|处理)?情况)?"
    ),
    "problems": (
        r"(?:(?:政府)?信息公开(?:工作)?|工作)?(?:中)?(?:存在(?:的)?)?(?:主要)?(?:问题|不足|困难)(?:及|和|与)"
        r"(?:(?:改进|整改)(?:情况|措施|方向|意见)?|(?:下步|下一步)(?:工作)?(?:措施|打算|计划|安排|思路)|问题|不足|困难)"
    ),
    "other_matters": (
        r"(?:政府信息公开(?:的)?)?收费(?:及|和|与)减免(?:情况)?|其他(?:需要说明的)?事项|(?:其他)?需要说明的(?:其他)?事项(?:与附表)?"
        r"|[^、，,。；;：:\s]{0,12}?收费(?:(?:及|和|与)(?:费用)?减免)?" + _SITUATION
        + r"|(?:工作)?人员(?:和|及|、)(?:收支|费用支出|经费|收费)[^。，,；;：:]{0,8}?" + _SITUATION
        + r"|(?:政府)?(?:信息公开)?(?:的)?(?:支出|收支)(?:与|和|及)(?:费用|收费)" + _SITUATION
        # "六、建议和提案办理结果情况": the deputies' suggestions and proposals, a part some old outlines add.
        + r"|(?:人大代表)?建议(?:和|及|、|与)(?:政协(?:委员)?)?提案(?:的)?办理(?:结果)?" + _SITUATION
    ),
}
# The old outline's order (收费 and 复议 come either way round): a part's rank in it.
OLD_OUTLINE_RANK = {"overview": 0, "proactive": 1, "requests": 2, "other_matters": 3, "review_litigation": 3,
                    "problems": 4}
# Headings only a numbered line of an old outline opens ("二、组织领导和制度建设情况", "七、保密审查及监督检查
# 情况", "一、加强组织领导", "四、改进措施"): as bare lines they are a sub-item's words, not a section.
_OLD_AREA = r"(?:组织领导|组织机构|机构建设|队伍建设|制度建设|工作机制|保密审查|监督检查|考核评议|宣传培训|业务培训)"
OLD_NUMBERED_ONLY: dict[str, str] = {
    "overview": (
        rf"(?:(?:加强|强化|健全|完善)\s*)?(?:(?:政府)?信息公开(?:工作)?(?:的)?)?{_OLD_AREA}(?:\s*[和及与、]\s*{_OLD_AREA})*"
        + _SITUATION
    ),
    "problems": r"(?:(?:改进|整改)(?:措施|意见|方向|情况)|(?:下步|下一步|今后)(?:的)?(?:工作)?(?:措施|打算|计划|安排|思路)"
                r"|(?:(?:政府)?信息公开(?:工作)?(?:中)?)?存在(?:的)?(?:主要)?(?:问题|不足|困难))" + _SITUATION,
}
# The old statistics table (指标名称 计量单位 本年度 历年累计) as a heading: numbered ("六、政府信息公开
# 情况统计表") or not ("附件1：某县2011年政府信息公开情况统计表").
STATISTICS_TABLE = "statistics_table"
_STATISTICS_HEADING = re.compile(
    rf"^\s*(?:附件\s*\d{{0,2}}\s*[:：]?\s*)?(?:{L1_MARK})?[^。；;，,：:]{{0,40}}?(?:信息公开|公开)(?:工作)?(?:情况)?统计(?:报)?表\s*$"
)

# A heading line starting a section: numbered ("二、主动公开…") or the bare title on its own line.
_NUMBERED_SECTION = {k: re.compile(rf"{L1_MARK}{v}") for k, v in SECTION_TITLES.items()}
_BARE_SECTION = {k: re.compile(rf"^\s*{v}\s*$") for k, v in SECTION_TITLES.items()}
_OLD_NUMBERED = {k: re.compile(rf"{L1_MARK}(?:{v}{'|' + OLD_NUMBERED_ONLY[k] if k in OLD_NUMBERED_ONLY else ''})")
                 for k, v in OLD_SECTION_TITLES.items()}
# A bare line says 情况 ("政府信息公开" alone is a portal's column name, not a heading).
_OLD_BARE = {k: re.compile(rf"^\s*(?:{v.replace(_SITUATION, '(?:的)?情况')})\s*$") for k, v in OLD_SECTION_TITLES.items()}
# Sub-headings that, under a table section, mean the report skipped a heading of 五 or 六.
_IMPLICIT_SECTION = {
    "problems": re.compile(r"^\s*[（(][一二三四五六七八九十]{1,2}[)）]\s*(?:存在的?)?主要问题|^\s*[（(]一[)）]\s*存在(?:的)?问题"),
    "other_matters": re.compile(rf"^\s*[（(]?[{_CN}]{{1,2}}[)）、]?\s*其他需要报告"),
}

# "一是…", "二是…" items: list members inside a paragraph's logic, not headings — unless one stands
# alone on its line ("二是依申请公开"), where it heads the paragraphs below it (innermost of all styles).
ITEM = re.compile(rf"^\s*[{_CN}]{{1,2}}是")
# Sub-heading markers, outermost first; the index is the heading's depth below its section.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("l1", re.compile(rf"^\s*{L1_MARK}(?=\S)")),
    ("paren_cn", re.compile(rf"^\s*[（(]\s*[{_CN}]{{1,3}}\s*[)）]\s*")),
    ("arabic", re.compile(r"^\s*\d{1,2}\s*[.．、](?!\d)\s*")),
    ("paren_arabic", re.compile(r"^\s*[（(]\s*\d{1,2}\s*[)）]\s*")),
    ("item", ITEM),
)
_RUN_IN_END = re.compile(r"[。：:；;！!？?]")
# A crawler's one-line page keeps a heading's line break as a space ('（一）公开信息量 2017年，本镇…', '一、引言 本年报
# 是…'): the run-in heading is the short run of words before the space, a sentence after it.
_SPACED_RUN_IN = re.compile(r"^[^\s，,。：:；;！!？?、]{2,16}(?=\s+[^\s，,。：:；;！!？?、][^\n]{10,}?[，,。])")
# Longer headings on such a line name two or three things ('（一）组织领导、工作机构和制度建设情况 2016年，…'), join two
# short phrases by a comma ('二、突出重点，主动公开 2018年，…'), end on a colon ('（一）公开的主要内容： 2014年度…'), or
# space out their letters ('一、概  述 根据…'). The text after the space opens a sentence on a word or a year, never on
# a count ('…政府信息 1234 条，' is a sentence the crawler spaced around its number).
_HEADING_WORD = r"[^\s，,。：:；;！!？?、]"
_SENTENCE_AFTER = r"(?=\s+(?:(?:19|20)\d\d\s*年|[^\s\d，,。：:；;！!？?、])[^\n]{10,}?[，,。])"
_LONG_SPACED_RUN_IN = re.compile(
    rf"^(?:{_HEADING_WORD}{{2,}}(?:、{_HEADING_WORD}{{2,}})+[：:]?|"
    rf"{_HEADING_WORD}{{2,30}}[：:]|"
    rf"{_HEADING_WORD}{{2,12}}[，,]{_HEADING_WORD}{{2,12}}|"
    rf"{_HEADING_WORD}(?:\s{{1,2}}{_HEADING_WORD}(?=\s))+){_SENTENCE_AFTER}")
MAX_HEADING_CHARS = 32
_LONG_RUN_IN_CHARS = 30


def _long_spaced_run_in(rest: str) -> re.Match[str] | None:
    """A longer run-in heading ending at a space (``_LONG_SPACED_RUN_IN``), no longer than a heading runs."""
    m = _LONG_SPACED_RUN_IN.match(rest)
    return m if m and m.end() <= _LONG_RUN_IN_CHARS else None
ITEM_HEADING_CHARS = 20  # a stand-alone 一是 line longer than this is a sentence cut short, not a heading


@dataclass(frozen=True)
class Heading:
    """A sub-heading: its marker style, depth, and text (the run-in title when it opens a paragraph)."""

    style: str
    depth: int
    text: str
    run_in: bool


# A list bullet a page or a converter put before a heading ("- 总体情况"): the heading all the same.
_BULLET = re.compile(r"^[-•·●▪]\s*(?=[\u4e00-\u9fff])")
# Characters a page lost before a line, written as question marks ('????一、总体情况': an icon or an indent of
# full-width spaces a crawler could not encode): the heading or item after them is one all the same, and the
# marks stay in the line's text (they are the page's, and nothing says what they stood for).
LOST = re.compile(r"^\s*[?？]{2,}\s*(?=[^\s?？])")


def lost_prefix(line: str) -> int:
    """How many characters of ``line`` are a run of lost characters ('????') before its text; 0 if none."""
    m = LOST.match(line)
    return m.end() if m else 0


# A heading line typed with spaces: its number set off by a space, not an enumeration comma ('二 主动公开政府信息
# 情况'), or its words spread out ('一、概  述', '一 概 述'), as a word processor's numbering or justified heading
# comes out in a page's text, or with no mark at all. Only a whole short line is read so, and only where its words,
# closed up, are a heading as the format words it (a remark in brackets after it allowed, as ever).
# A text with its spaces taken out ('一概述') is the same line.
_SPACED_HEADING = re.compile(rf"^([{_CN}]{{1,2}})(\s*[、.．]\s*|\s*)(\S.{{0,40}})$")


def _closed_up(text: str) -> str | None:
    """A spaced heading line ('一 概 述') closed up to how the format writes it ('一、概述'); None if it is none."""
    m = _SPACED_HEADING.match(text)
    if m is None or (m.group(2).strip() and not re.search(r"\s", m.group(2) + m.group(3))):
        return None  # a heading written the format's way: read as it stands
    words = re.sub(r"\s+", "", m.group(3))
    return f"{m.group(1)}、{words}" if words and len(words) <= 30 else None


def section_of_heading(line: str, old: bool = False) -> str | None:
    """The section id a line opens, if it is one of the six section headings; ``old``: also the
    headings of a pre-2019 outline (see ``old_section_of_heading``). A list bullet before it is left aside,
    and a heading typed with spaces is read closed up ('二 主动公开政府信息情况', '一、概  述')."""
    text = _BULLET.sub("", line.strip()[lost_prefix(line.strip()):])
    closed = _closed_up(text)
    found = _section_of_text(closed, old) if closed is not None else None
    return found or _section_of_text(text, old)


def _section_of_text(text: str, old: bool) -> str | None:
    """``section_of_heading`` on a cleaned line."""
    if len(text) > 60:
        return None
    for sid, pattern in _NUMBERED_SECTION.items():
        m = pattern.match(text)
        if m and len(text) - m.end() <= 6:
            return sid
    for sid, pattern in _BARE_SECTION.items():
        if pattern.match(text):
            return sid
    return old_section_of_heading(text) if old else None


# A remark in brackets after an old heading: "一、概述（2013年工作开展情况）".
_REMARK_TEXT = r"[（(](?![一二三四五六七八九十\d]{1,3}[)）])[^（()）。；;]{2,30}[)）]"  # not a list mark "（一）"
_REMARK = re.compile(rf"\s*{_REMARK_TEXT}\s*$")


def old_section_of_heading(line: str) -> str | None:
    """The section a pre-2019 outline's heading opens (mapped to the nearest of the six), or
    ``statistics_table`` for the old statistics table's heading; a remark in brackets after it aside."""
    text = _REMARK.sub("", line.strip())
    if len(text) > 60:
        return None
    for sid, pattern in _OLD_NUMBERED.items():
        m = pattern.match(text)
        if m and len(text) - m.end() <= 2:
            return sid
    for sid, pattern in _OLD_BARE.items():
        if pattern.match(text):
            return sid
    if _STATISTICS_HEADING.match(text):
        return STATISTICS_TABLE
    return None


_PAREN_CN = re.compile(rf"^\s*[（(]\s*[{_CN}]{{1,3}}\s*[)）]\s*")


def demoted_section(line: str, current: str) -> str | None:
    """A later part of an old outline numbered as a sub-item of the part before it ("二、主动公开…" then
    "（四）依申请公开政府信息情况", "（五）复议、诉讼和申诉情况"): the section it opens, or None."""
    m = _PAREN_CN.match(line)
    if not m or current not in ("proactive", "requests", "review_litigation", "other_matters"):
        return None
    sid = old_section_of_heading("一、" + line[m.end():].strip())
    if sid not in OLD_OUTLINE_RANK or sid == current or OLD_OUTLINE_RANK[sid] < OLD_OUTLINE_RANK[current]:
        return None
    return sid


# A numbered line of a few words: what is left of a section heading a page's excerpt cut off ('三、收到').
_CUT_SHORT = re.compile(rf"^\s*([{_CN}]{{1,2}})\s*[、.．]\s*(\S{{2,12}})\s*$")


def cut_section_heading(line: str, current: str) -> str | None:
    """The section a text's last line opens where the text was cut inside its heading ('三、收到' for
    '三、收到和处理政府信息公开申请情况'): the format's own heading, a later one than ``current``, with the same
    number, begins with the line's words. Only a text's last line is read so (mid-text, such a line heads a list)."""
    m = _CUT_SHORT.match(line)
    if not m:
        return None
    after = _SECTION_ORDER.index(current) if current in _SECTION_ORDER else -1
    for section in SECTIONS[after + 1:]:
        number, _, title = section.label.partition("、")
        if number == m.group(1) and title.startswith(m.group(2)) and title != m.group(2):
            return section.id
    return None


def implicit_section(line: str, current: str) -> str | None:
    """A section whose heading the report left out, opened by a sub-heading after a table section."""
    if current not in ("proactive", "requests", "review_litigation"):
        return None
    for sid, pattern in _IMPLICIT_SECTION.items():
        if pattern.match(line):
            return sid
    return None


# Where a crawler's one-line pre-2019 page breaks besides its headings: the signature date, the
# attachment line, the statistics table's own heading and its header row.
_OLD_CUTS = re.compile(
    r"(?<=[。；;！!？?\s])(?P<date>(?:[〇○零一二三四五六七八九]{4}|\d{4})\s*年\s*[一二三四五六七八九十\d]{1,3}\s*月"
    r"\s*[一二三四五六七八九十\d]{1,3}\s*日)(?=\s|附件|$)"
    r"|附件\s*\d{0,2}\s*[:：](?=[^。]{0,60}统计)"
    r"|(?<=[。；;！!？?\s日])[^。；;，,：:\s]{0,30}?(?:信息公开|公开)(?:工作)?(?:情况)?统计(?:报)?表(?=\s*指标名称)"
    r"|指标名称(?=\s*计量单位)"
)


# An opening quote right before a heading's marker.
_QUOTED = re.compile(r"[“‘「『《\"]\s*$")


def split_at_section_headings(text: str, old: bool = False) -> list[str]:
    """Split a line where numbered section headings run on inside it (web text flattened to one line);
    ``old``: also at the pre-2019 outline's headings, its signature date and its statistics table."""
    cuts = set()
    for pattern in _NUMBERED_SECTION.values():
        for m in pattern.finditer(text):
            if _QUOTED.search(text, 0, m.start()):
                continue  # a heading quoted in a sentence ('围绕“一、总体情况”的要求'), no heading of the page
            cuts.add(m.start())
            cuts.add(m.end())
    if old:
        for pattern in _OLD_NUMBERED.values():
            for m in pattern.finditer(text):
                if m.start() == 0 or not text[m.start() - 1].isdigit():
                    cuts.add(m.start())
                    cuts.add(m.end())
        for m in _OLD_CUTS.finditer(text):
            cuts.add(m.start())
            if m.lastgroup == "date":
                cuts.add(m.end())
    cuts.discard(0)
    cuts.discard(lost_prefix(text))  # '????一、总体情况': the lost characters stay with the heading they stood before
    cuts.discard(len(text))
    if not cuts:
        return [text]
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    out: list[str] = []
    for piece in (p.strip() for p in pieces):
        remark = re.match(_REMARK_TEXT, piece) if old and out else None
        if remark and old_section_of_heading(out[-1]) and old_section_of_heading(out[-1] + remark.group(0)):
            out[-1] += remark.group(0)  # "一、概述（2013年工作开展情况）": the remark is the heading's
            piece = piece[remark.end():].strip()
        if out and piece and piece[0] in "：:。." and section_of_heading(out[-1], old):
            # "三、依申请公开政府信息：本年度…", "一、…基本情况。", "一、概述（…）。": the colon or full stop ends the heading
            out[-1] += piece[0]
            piece = piece[1:].strip()
        if piece:
            out.append(piece)
    return out


def section_heading_at(text: str, at: int) -> bool:
    """Whether one of the six numbered section headings ('一、总体情况') starts at ``text[at]``."""
    return any(pattern.match(text, at) for pattern in _NUMBERED_SECTION.values())


def section_order(sid: str) -> int:
    return _SECTION_ORDER.index(sid)


def sub_heading(line: str) -> Heading | None:
    """The sub-heading a line starts with, if any; ``run_in`` when body text follows on the line. Lost
    characters before it ('????（一）主动公开。…') are left aside: the heading is the text after them."""
    line = line[lost_prefix(line):]
    for depth, (style, pattern) in enumerate(MARKERS):
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end():]
        end = _RUN_IN_END.search(rest)
        spaced = _SPACED_RUN_IN.match(rest) or _long_spaced_run_in(rest)
        if style != "item" and spaced and (end is None or spaced.end() <= end.start() + 1):
            return Heading(style, depth, line[: m.end() + spaced.end()].strip(), run_in=True)
        if style == "item" and (end is not None or len(line.strip()) > ITEM_HEADING_CHARS):
            return None  # run into its text ("一是加强解读。…"), or a long sentence: a list member
        if end is None and len(line.strip()) <= MAX_HEADING_CHARS:
            return Heading(style, depth, line.strip(), run_in=False)
        title_end = end.start() if end else MAX_HEADING_CHARS
        if title_end > MAX_HEADING_CHARS:
            title_end = MAX_HEADING_CHARS
        return Heading(style, depth, line[: m.end() + title_end].strip(), run_in=True)
    return None
