"""A crawler's one-line text: a page's title, preamble, headings and paragraphs run into one line, each
joined to the next by a space ('…的报告 根据《条例》…全文公开。 一、总体情况 1.机构设置情况 我局…').

A reader sees a paragraph start at each such space where a numbered heading or item follows, where a heading
ends, and where the stock preamble follows the title; a figure's caption stands between paragraphs. The
spaces that are no paragraph's edge stay: inside a title ('某局 2022年度…报告'), inside brackets or quotes
(a quoted heading, '围绕“ 一、…”'), and where an inline list goes on after a comma, colon or semicolon
('包括： 1.…； 2.…'). Only a line as long as a flattened page's (``RUN_ON_CHARS``) is read so, or a shorter one
that runs a section heading in after a sentence's end and a space ('…报告。 一、总体情况 …': a flattened page
whose converter glosses the cleaner took out, '生態(tài)環(huán)境'); a line of a page that kept its lines is left whole.

Edges a page's frame or list hides are read too: a numbered list after a colon or a semicolon whose items are
paragraphs (the first holds a sentence of its own; the next follow its edge), the stock preamble after a frame's
field label or date stamp, a bare section title between spaces, the report's title ending at a space, and a line
opening on a section heading that ends at a space before a sentence (a one-line page whose items open on '(' or
a digit). A bracket the line never closes (a frame's '【字体：') opens nothing.

Fields and colons: a contact field's label after a space opens its line ('联系电话：… 联系地址：…', values with no
full stop), a numbered heading may end on a colon at a space ('（一）主动公开： 2025年，…'), and prose after '如下：'
and a space is the next paragraph. A numbered section heading after any space marks a long line as one-line too.

The first paragraph after the portal's frame starts where a sentence opens on its year and a comma after a frame's
word, after a field whose value is a date or a clock time, or where the stock preamble follows a reading tool's label
('有声朗读：'); an opening at a space tells a long line kept its breaks. A list's items open where the first is a short
sentence of its own after a colon ('有： 一是加强组织领导。…') or opens on a heading at a space; a bracketed numeral may
be one character ('㈠') or have lost its opening bracket ('三)').

A pre-2019 one (``old``) is cut at the same spaces before a numbered heading or item and after a sentence's end,
but a heading ending at a space keeps its text ('（一）主动公开政府信息的数量 区管委会…', as the pre-2019 gold
reads them: the dev pages' gold, which cuts there, would cost the corpus's pingtan-2012 its sections), a space after
a stop before a year only where the paragraph it ends opened on that year, and the title only before a sentence of
the report's own (else it is the old outline's to find).
"""

from __future__ import annotations

import re

import cn2an

from nianbao.extraction.layout.headings import section_heading_at, section_of_heading
from nianbao.extraction.layout.run_on import RUN_ON_CHARS

_CN = "一二三四五六七八九十"
# A numbered heading's or item's marker: '一、', '（一）', '(1)', '1.' (not '1.2万', not '3.5%').
# An item's number may run into the year its text opens on ('2.2020年，街道…'): no decimal is followed by 年. A
# bracketed numeral may be one character ('㈠', U+3220–3229), or have lost its opening bracket ('三)政府信息管理情况'):
# a closing bracket right after a numeral closes nothing else.
_PAREN_CN_CHARS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
_MARK = (rf"(?:[（(]?[{_CN}]{{1,3}}[)）](?=[\u4e00-\u9fff“《])|[（(][{_CN}]{{1,3}}[)）]|[{_CN}]{{1,2}}[、.．]"
         rf"|[{_PAREN_CN_CHARS}]|[（(]\d{{1,2}}[)）]|\d{{1,2}}[、.．](?:(?![\d%])|(?=(?:19|20)\d\d年)))")
# The same marker's kind and number: a list's members count on in one kind ('（一）…（二）', '1.…2.').
_MARK_PARTS = re.compile(rf"[（(]?(?P<paren_cn>[{_CN}]{{1,3}})[)）]|(?P<paren_char>[{_PAREN_CN_CHARS}])"
                         rf"|(?P<cn>[{_CN}]{{1,2}})[、.．]"
                         rf"|[（(](?P<paren_num>\d{{1,2}})[)）]|(?P<num>\d{{1,2}})[、.．]")
# A space after a colon or a semicolon a numbered item follows: an inline list's member, or a paragraph of a list
# the page set one item a line ('…报告如下： （一）强化组织领导。我局…'; '…0件； （二）主动公开的主要类别：…').
_AFTER_LIST_PUNCT = re.compile(rf"(?<=[：:；;])\s+(?={_MARK})")
# An item's own first sentence ends before any semicolon: a paragraph, not an inline list's member ('1.A；2.B。'); so is
# an item opening on a heading that ends at a space ('如下： （一）主动公开情况 2020年…'), whatever its sentence holds.
_ITEM_SENTENCE = re.compile(r"^[^；;]*?[。！？!?]")
# A space a numbered heading or item follows, after a sentence's end or a heading's or caption's last word
# (after a comma, an enumeration comma, a colon or semicolon it is an inline list's member: no edge).
_BEFORE_MARK = re.compile(rf"(?<=[^\s，,、：:；;])\s+(?={_MARK})")
# A space after a sentence's end, before Chinese text or a bracket: the next paragraph (a sentence never has
# one inside it in Chinese text; a crawler put it where the page broke its lines). Not before a number or a
# Latin word: a crawler keeps a space between them and what they run into anywhere ('…高效。 2012年，…').
_AFTER_STOP = re.compile(r"(?<=[。！？!?])\s+(?=[^\sA-Za-z0-9])")
# A figure's caption standing between paragraphs ('图1:某平台截图'): its own piece, dropped as chrome.
_CAPTION = re.compile(r"(?:^|(?<=\s))图\s*\d{1,3}\s*[.．、:：][^\s。；;，,]{1,40}(?=\s|$)")
# A heading at a piece's start that ends at a space, no sentence's punctuation in it ('1.机构和人员设置情况 我局…').
# Its words may be spaced out letter by letter ('一、概 述 2019年，…'): each a single character and a space. It may
# end on a colon ('（一）主动公开： 2025年，…'): a heading the page set on its own line, its text under it.
_HEADING_CHAR = r"[^\s。；;，,：:！？!?]"
# Or be two short phrases a comma joins ('一、主动公开，拓宽渠道 2024年，…'), then a year or a word: not a count
# spaced from its words ('一、主动公开，全年发布 1019 篇'). A year it opens on may stand a space from its 年, as a PDF's
# text spaces a number ('（一）2023 年问题整改情况 针对…').
_HEADING_AT_SPACE = re.compile(
    rf"^\s*{_MARK}\s*(?:(?:19|20)\d\d\s+年)?"
    rf"(?:{_HEADING_CHAR}(?:\s{_HEADING_CHAR}(?=\s|$))+|{_HEADING_CHAR}{{2,30}}[：:]?(?=\s+\S)|"
    rf"{_HEADING_CHAR}{{2,12}}[，,]{_HEADING_CHAR}{{2,12}}(?=\s+(?:(?:19|20)\d\d\s*年|[\u4e00-\u9fff])))")
# A report's title ending at a space before the text under it ('…2019年政府信息公开工作年度报告 2019年以来，…'):
# a title never runs on into a sentence, and its last words hold no sentence's punctuation.
_TITLE_END_AT_SPACE = re.compile(
    r"(?:^|(?<=\s))[^\s。；;，,！？!?：:“”《》]{0,40}(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)"
    r"\s+(?=[\u4e00-\u9fff\d])")
# On a pre-2019 page only before a sentence of the report's own ('…工作年度报告 自开展政府信息公开工作以来，…'): the old
# outline finds the title before its frame ('…报告 来源：…'), and a title run into the stock preamble reads as one
# paragraph with it there ('…报告 根据《条例》…').
_OLD_TITLE_THEN_SENTENCE = re.compile(
    _TITLE_END_AT_SPACE.pattern + r"(?!根据|依据|按照|依照|遵照|本(?:年度)?报告|本年报)(?=[\u4e00-\u9fff“][^\s，,。：:；;]{1,40}[，,])")
# The title ahead of the stock preamble: no sentence's end in it, ending on 报告 or 年报, a space, then the
# preamble's first word ('某局2022年度政府信息公开工作的报告 根据《…》').
_TITLE_THEN_PREAMBLE = re.compile(
    r"^[^。；;！？!?]{2,80}?(?:报告|年报)(?=\s+(?:根据|依据|按照|依照|遵照|本(?:年度)?报告|本年报"
    # The old stock preamble opens on the report's own name ('某局2017年…工作年度报告(以下简称年报)是根据《条例》…').
    r"|[^\s。；;！？!?]{4,60}?(?:报告|年报)\s*(?:[（(]以下简称|是?(?:根据|依据|依照|按照))))")
# The stock preamble's opening after a space, wherever the line puts it: whatever stood before it (the title, the
# site's frame, a byline's date: '…二〇一三年一月 本报告…') ends there, since Chinese text has no space inside
# a sentence. Not after a comma, an enumeration comma or a colon (an inline list's member), nor after a digit or
# a Latin letter (a crawler spaces those anywhere).
_PREAMBLE_OPENING = (r"(?:(?:根据|依据|按照|依照|遵照)《中华人民共和国政府信息公开条例》"
                     r"|本(?:年度)?报告(?:是|主要)?(?:根据|依据|按照|依照|由)|本年报(?:是)?(?:根据|依据|按照))")
_PREAMBLE_AT_SPACE = re.compile(rf"(?<=[^\s，,、：:；;A-Za-z0-9])\s+(?={_PREAMBLE_OPENING})")
# The same opening after a portal's field whose value is empty or a date ('文号： 本年度报告根据…', '【字体： 根据《…',
# '日期：2020-07-09 根据《…', '2014-03-25 10:21 根据《…'): the frame's labels hold a number, a name or a date,
# never a sentence, so the preamble is no field's value. A label that could head the text it precedes
# ('编制说明： 本年度报告根据…') is no frame's and keeps it.
_FRAME_LABEL = (r"(?:文\s*号|发文字号|索\s*引\s*号|关键[词字]|日\s*期|发布日期|发布时间|更新时间|来\s*源|信息来源|作\s*者"
                r"|字\s*[体号]|浏览(?:量|次数)?|阅读(?:量|次数)?|点击(?:量|数)?|访问量|分享(?:到)?|有声朗读|语音(?:朗读|播报))")
_STAMP = r"(?:(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?|\d{1,2}:\d{2}(?::\d{2})?)"
_PREAMBLE_AFTER_FIELD = re.compile(
    rf"(?:(?:^|(?<=[\s【\[|]))(?:{_FRAME_LABEL})\s*[：:]|{_STAMP})\s+(?={_PREAMBLE_OPENING})")

# A paragraph opening on its year and a comma ('2021年，我镇…', '2019年度，区…') after a space that follows the
# portal's frame ('字体：[ ] 2021年，…', '扫一扫在手机打开当前页 2019年，…'): a year then a comma is how a report's
# paragraph opens its first sentence, never a word inside one. Not after a sentence's end (a page keeps a space before
# a number anywhere: ``_STOP_THEN_NUMBER`` reads those), a comma, a colon, a digit or a Latin letter, nor after a
# word a year follows inside a sentence ('在 2021年，', '截至 2021年，').
_YEAR_OPENING_AFTER_FRAME = re.compile(
    r"(?<=[^\s。！？!?，,、：:；;A-Za-z0-9在于至自从到和与及])\s+(?=(?:19|20)\d\d年度?(?:以来)?[，,][^\s，,]{2})")
# The same openings tell a line that kept its breaks as spaces: the stock preamble or a year's opening sentence after
# a space (Chinese text has none inside a sentence), on a line as long as a flattened page's. Not a pre-2019 one's: the
# old outline cuts such a line at its headings and sentences itself, and keeps its title with the preamble it runs
# into ('…工作年度报告 根据《条例》…', as the pre-2019 gold reads them).
_OPENING_AT_SPACE = (_PREAMBLE_AT_SPACE, _PREAMBLE_AFTER_FIELD, _YEAR_OPENING_AFTER_FRAME)  # (a 2019-on line's)
# A frame's field whose value is a date or a clock time ('发布日期：2015-03-24 16:08 • 为贯彻…'), then prose: the
# first paragraph, a sentence running to its comma or stop with no space in it. The field's value is a stamp, never
# a sentence, so the prose after it is no part of it.
_STAMP_THEN_SENTENCE = re.compile(
    r"[：:]\s*(?:(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*[•·|｜]?\s+(?=[\u4e00-\u9fff“《][^\s，,。：:；;]{1,40}[，,。])")
# A list of 一是/二是 items after a colon, the first opening on a short sentence of its own ('…主要措施有： 一是加强组织
#领导。2023年，…'): each item a paragraph, the next after its stop (``_AFTER_STOP``); an inline list's member runs on
# to a semicolon ('包括： 一是…；二是…').
_FIRST_ITEM_AFTER_COLON = re.compile(r"(?<=[：:])\s+(?=一是[^\s。；;，,：:]{2,20}。)")

# A space after a sentence's end before a number: the next paragraph ('…成效。 2013年，我局…'), on a line whose
# crawler sets no space between Chinese text and a number inside a sentence (it keeps one there on some pages,
# and then a space before a number tells nothing). Told from the line's counts, a number and its measure word
# ('公开信息424条', '占12.5%'), which only sentences hold: at least ``_TIGHT_COUNTS`` run into the text before them,
# none set off by a space ('信息 424条', '信息424 条'). A year is no evidence (a heading ending at a space before
# its paragraph's year, '一、概述 2013年，…', is on every kind of page), nor is a table's cell (no measure word).
# Not on a pre-2019 report's line: the corpus's pre-2019 gold (pingtan-2012) keeps '…。 2012年，…' inside one
# paragraph on such a line, so an old page's space before a number stays no edge.
_STOP_THEN_NUMBER = re.compile(r"(?<=[。！？!?])\s+(?=\d)")
_UNIT = r"(?:[条件项个篇次家期万亿元份]|%)"
# On a pre-2019 line (whatever its counts) only where the paragraph the space ends opened on the same year ('2017年，
#本镇…。 2017年，按要求…'): a report that opens its paragraphs on the year does so paragraph after paragraph, and the
# corpus's pre-2019 gold (pingtan-2012) keeps a lone '…高效。 2012年，…' inside the paragraph it ends, one opening on
# no year.
_STOP_THEN_YEAR = re.compile(r"(?<=[。！？!?])\s+(?=(?P<year>(?:19|20)\d\d)年度?[，,])")
_TIGHT_COUNT = re.compile(rf"[\u4e00-\u9fff，、：:（(]\d+(?:\.\d+)?{_UNIT}")
_SPACED_COUNT = re.compile(rf"[\u4e00-\u9fff，、：:]\s+\d+(?:\.\d+)?\s*{_UNIT}|[\u4e00-\u9fff]\d+(?:\.\d+)?\s+{_UNIT}")
_TIGHT_COUNTS = 2
# What tells such a line: a space after a sentence's end before Chinese text ('…公开。 一、…'). A space next to a
# number or a Latin word alone tells nothing (a page keeps one there wherever they stand: '…不够。 (二)…',
# '…情况 2024年度…'), nor does one between a table's cells.
_KEPT_BREAK = re.compile(r"[。！？!?；;]\s+[^\x00-\x7f\s]")
# A sentence's end and a space before a numbered section heading ('…报告。 一、总体情况 2021年，…'): a page's
# paragraphs run into one line, however short the line (a page whose glosses were taken out: '生態(tài)' → '生态').
_STOP_SPACE = re.compile(r"[。！？!?]\s+")
# A space after '如下：' before prose ('…报告如下： 报告统计数据时限为…'): the stock words close the sentence that
# announces what follows, which the page sets under it (a list after it is ``_list_item_cuts``'s to read).
_AFTER_AS_FOLLOWS = re.compile(r"(?<=如下[：:])\s+(?=[\u4e00-\u9fff“《])")
# A space before a contact field's label ('…联系。 联系电话：0477-… 联系地址：某路1号 邮政编码：017000 一、…'): each field
# stands on a line of its own, and a value (a number, an address) ends without a full stop. Not after a comma,
# a colon or a semicolon ('电话：…； 传真：…' is one line's list of fields).
_CONTACT_FIELD = re.compile(
    r"(?<=[^\s，,、：:；;])\s+(?=(?:联系|咨询|办公|通信|通讯)?(?:电话|地址|邮编|邮政编码|传真|电子邮箱|邮箱)\s*[：:])")
# Where a pre-2019 report's old statistics table starts: its header row.
_OLD_TABLE = re.compile(r"指标名称\s*计量单位")
# Characters that open and close a quotation or a bracket: a space inside one is no paragraph's edge.
_OPEN, _CLOSE = "“‘《（(「【", "”’》）)」】"


def _depths(text: str) -> list[int]:
    """How many quotes or brackets are open before each character of the text. One the line never closes opens
    nothing (a frame's cut-off font switch '【字体： 一、总体情况 …'): else no edge after it would count."""
    stack: list[int] = []
    delta = [0] * (len(text) + 1)
    for i, ch in enumerate(text):
        if ch in _OPEN:
            stack.append(i)
        elif ch in _CLOSE and stack:
            delta[stack.pop() + 1] += 1
            delta[i + 1] -= 1
    out, depth = [], 0
    for d in delta[:-1]:
        depth += d
        out.append(depth)
    return out


def _cut(text: str, cuts: set[int]) -> list[str]:
    bounds = sorted(c for c in cuts if 0 < c < len(text))
    pieces, start = [], 0
    for cut in bounds:
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def is_caption(piece: str) -> bool:
    """A figure's caption a crawler's line held between paragraphs ('图1:某平台截图')."""
    m = _CAPTION.match(piece.strip())
    return m is not None and m.end() == len(piece.strip())


# A space before a numbered section heading anywhere in the line ('…邮编:236800 一、总体情况 (一)…'): the six
# headings each stand on a line of their own on every page, so a space before one is a break the crawler kept,
# whatever the paragraphs open on ('。 (二)…' alone tells nothing: a page spaces ASCII brackets anywhere). Not
# after a table's cell (a number, '—', '/'): a flattened page spaces its cells, and the next section's heading
# follows its table's last cell ('… 0 0 1 三、收到和处理…') on a line that kept no break.
_SPACE_BEFORE = re.compile(r"(?<=\S)\s+")
_CELL = re.compile(r"[\d.,%/—–\-]+")


def _section_after_space(text: str) -> bool:
    """One of the six numbered section headings follows a space somewhere in the line, not after a table's cell."""
    return any(section_heading_at(text, m.end()) and not _CELL.fullmatch(text[:m.start()].split()[-1])
               for m in _SPACE_BEFORE.finditer(text) if m.end() < len(text))


_HEADING_BEFORE = re.compile(rf"{_MARK}[^\s。；;，,：:！？!?]{{2,30}}$")


def _opening_at_space(text: str, old: bool) -> bool:
    """A paragraph's opening (the stock preamble, a year and a comma) stands after a space outside brackets; on a
    pre-2019 line only the preamble after a frame's field, never after the title it runs on from."""
    depth = _depths(text)
    patterns = (_PREAMBLE_AFTER_FIELD,) if old else _OPENING_AT_SPACE
    # (not after a numbered heading: a flattened page that lost its breaks keeps a space after its headings alone,
    # '…。一、总体情况 2024年，…')
    return any(depth[m.end()] == 0 and not _HEADING_BEFORE.search(text, 0, m.start())
               for pattern in patterns for m in pattern.finditer(text))


def _runs_in_section(text: str) -> bool:
    """A section heading follows a sentence's end and a space inside the line: a crawler ran the page's lines."""
    return any(section_heading_at(text, m.end()) for m in _STOP_SPACE.finditer(text))


# A numbered section heading opening the line and ending at a space before a sentence ('一、总体情况 2023年，…'):
# the page's breaks became spaces, whatever its paragraphs open on ('。 (一)…', '。 2.…', which alone tell
# nothing: ``_KEPT_BREAK``). The text after it must be a sentence (no space before its end): a heading over a
# flattened table ('二、主动公开政府信息情况 信息内容 本年制发件数 …') is on pages that ran everything together.
_MARKED_HEADING_AT_SPACE = re.compile(
    rf"^\s*{_MARK}\s*[^\s。；;，,：:！？!?]{{2,30}}\s+(?=[^\s。！？!?]{{4,}}[。！？!?])")


# A word standing between spaces, no sentence's punctuation in it: a bare section heading when it is one of the
# six section titles ('…监督权。 主动公开政府信息情况 第二十条…', '邮编：321400 概述 在…'); a lone numeral before it
# is its number ('二 政府信息主动公开情况'), its letters may be spaced out ('一 概 述'). Not after a comma, a colon or
# a semicolon (an inline list's member).
_BARE_CHAR = r"[^\s。；;，,、：:！？!?“”《》（）()]"
_BARE_WORD = re.compile(rf"(?<=[^\s，,、：:；;])\s+(?:([一二三四五六七八九十])\s+)?"
                        rf"({_BARE_CHAR}(?:\s{_BARE_CHAR}(?=\s))+|{_BARE_CHAR}{{2,20}})(?=\s+\S)")


# The same word opening the line ('总体情况 2020年以来，…'): the page's first line under the title was the heading.
_BARE_AT_START = re.compile(rf"^\s*(?:([一二三四五六七八九十])\s+)?"
                            rf"({_BARE_CHAR}(?:\s{_BARE_CHAR}(?=\s))+|{_BARE_CHAR}{{2,20}})(?=\s+\S)")


def _bare_heading_cuts(text: str, old: bool) -> set[int]:
    """The edges around each section heading standing bare between spaces or opening the line."""
    cuts: set[int] = set()
    start = _BARE_AT_START.match(text)
    opening = start.end() if start and section_of_heading(text[: start.end()], old) else 0
    for m in _BARE_WORD.finditer(text):
        words = f"{m.group(1)} {m.group(2)}" if m.group(1) else m.group(2)
        if section_of_heading(words, old):
            cuts |= {m.start(1) if m.group(1) else m.start(2), m.end()}
    # The opening heading is one piece: its numeral is no word standing alone before it ('一 总体情况').
    return {c for c in cuts if c > opening} | ({opening} if opening else set())


def _section_heading_at_space(text: str) -> bool:
    """One of the six section headings opens the line, and a space ends it before a sentence. (After a sentence's
    end and a space it is ``_KEPT_BREAK``'s; after a flattened table's cells it tells nothing.)"""
    m = _MARKED_HEADING_AT_SPACE.match(text)
    return m is not None and section_heading_at(text, len(text) - len(text.lstrip()))


def _year_run_cuts(text: str, depth: list[int], cuts: set[int]) -> set[int]:
    """The spaces after a sentence's end before '2017年，' where the paragraph they end opened on the same year (after
    its heading, if any: '一、概述 2017年，…'), outside brackets."""
    added: set[int] = set()
    for m in _STOP_THEN_YEAR.finditer(text):
        if depth[m.end()]:
            continue
        start = max((c for c in cuts | added if c <= m.start()), default=0)
        opening = re.match(rf"\s*(?:{_MARK}[^\s。，,]{{0,30}}\s+)?{m.group('year')}年", text[start:])
        if opening:
            added.add(m.end())
    return added


def _numbers_tight(text: str) -> bool:
    """The line's crawler runs its counts into the Chinese text around them ('共公开信息424条'), never a space
    between: a space after a sentence's end before a number is then a paragraph's edge."""
    return len(_TIGHT_COUNT.findall(text)) >= _TIGHT_COUNTS and not _SPACED_COUNT.search(text)


def _mark_rank(mark: str) -> tuple[str, int] | None:
    """A numbered marker's kind and number ('（三）' → ('paren_cn', 3), '2.' → ('num', 2))."""
    m = _MARK_PARTS.match(mark)
    if m is None:
        return None
    kind = next(k for k, v in m.groupdict().items() if v)
    value = m.group(kind)
    if kind == "paren_char":  # '㈢' is '（三）'
        return "paren_cn", _PAREN_CN_CHARS.index(value) + 1
    return kind, int(value) if kind in ("paren_num", "num") else int(cn2an.cn2an(value, "smart"))


def _list_item_cuts(text: str, depth: list[int], cuts: set[int]) -> set[int]:
    """The spaces after a colon or semicolon that start a paragraph of a numbered list: its first item holds a
    sentence of its own before any semicolon (an inline list's member ends on a semicolon: '包括： 1.A； 2.B。'), and
    each next item where the item before it, one number lower in the same kind, started a paragraph (a list is
    one item a line, or inline, throughout)."""
    starts: dict[tuple[str, int], list[int]] = {}
    for m in re.finditer(rf"(?<!\S){_MARK}", text):
        rank = _mark_rank(m.group())
        if rank is not None and depth[m.start()] == 0:
            starts.setdefault(rank, []).append(m.start())
    added: set[int] = set()
    for m in _AFTER_LIST_PUNCT.finditer(text):
        at = m.end()
        rank = _mark_rank(text[at:])
        if depth[at] or rank is None:
            continue
        kind, number = rank
        before = max((b for b in starts.get((kind, number - 1), []) if b < at), default=None)
        if number > 1 and before is not None:
            if before in cuts or before in added:
                added.add(at)
        elif number == 1 and (_ITEM_SENTENCE.match(text[at:]) or _HEADING_AT_SPACE.match(text[at:])):
            added.add(at)
    return added


def crawled_pieces(text: str, old: bool = False) -> list[str]:
    """The paragraphs, headings and captions of a crawler's one-line text, cut at the spaces that are their
    edges; a shorter line (under ``RUN_ON_CHARS``), or one with no space after a sentence's end before Chinese
    text (no sign it kept its breaks as spaces), comes back whole. ``old``: a pre-2019 report's line, whose
    headings ending at a space keep their text."""
    kept_breaks = _KEPT_BREAK.search(text) or _section_heading_at_space(text) or (
        len(text) >= RUN_ON_CHARS and (_section_after_space(text) or _opening_at_space(text, old)))
    if not kept_breaks or (len(text) < RUN_ON_CHARS and not _runs_in_section(text)):
        return [text]
    depth = _depths(text)
    cuts: set[int] = set()
    for pattern in (_BEFORE_MARK, _AFTER_STOP, _AFTER_AS_FOLLOWS, _CONTACT_FIELD):
        cuts |= {m.end() for m in pattern.finditer(text) if depth[m.end()] == 0}
    cuts |= {m.end() for m in _PREAMBLE_AT_SPACE.finditer(text) if depth[m.end()] == 0}
    # A frame's bracket may stay open ('【字体： 根据《…'): the label and the stock opening tell enough.
    cuts |= {m.end() for m in _PREAMBLE_AFTER_FIELD.finditer(text)}
    cuts |= {m.end() for m in _STAMP_THEN_SENTENCE.finditer(text) if depth[m.end()] == 0}
    cuts |= {m.end() for m in _FIRST_ITEM_AFTER_COLON.finditer(text) if depth[m.end()] == 0}
    if not old:  # a pre-2019 one's heading ending at a space keeps its text ('（一）… 2016年，…')
        cuts |= {m.end() for m in _YEAR_OPENING_AFTER_FRAME.finditer(text) if depth[m.end()] == 0}
    if not old and _numbers_tight(text):
        cuts |= {m.end() for m in _STOP_THEN_NUMBER.finditer(text) if depth[m.end()] == 0}
    elif old:
        cuts |= _year_run_cuts(text, depth, cuts)
    cuts |= {c for c in _bare_heading_cuts(text, old) if depth[c] == 0}
    cuts |= _list_item_cuts(text, depth, cuts)
    title_end = _OLD_TITLE_THEN_SENTENCE if old else _TITLE_END_AT_SPACE
    cuts |= {m.end() for m in title_end.finditer(text) if depth[m.end()] == 0}
    title = _TITLE_THEN_PREAMBLE.match(text)
    if title:
        cuts.add(title.end())
    if old:
        # The old statistics table's rows ('指标名称 计量单位 … 1.主动公开政府信息数 条 …') are its reader's to cut.
        table = _OLD_TABLE.search(text)
        return _cut(text, {c for c in cuts if table is None or c <= table.start()})
    for m in _CAPTION.finditer(text):
        if depth[m.start()] == 0:
            cuts |= {m.start(), m.end()}
    return _split_headings(_cut(text, cuts))


def _split_headings(pieces: list[str]) -> list[str]:
    """Each piece opening on a numbered heading that ends at a space, cut there into the heading and its text (not
    a caption)."""
    out: list[str] = []
    for piece in pieces:
        heading = _HEADING_AT_SPACE.match(piece)
        # (a heading the line cut at both ends, '一、总 体 情 况' before '2024年，…', is whole: nothing after it)
        if heading and not is_caption(piece) and piece[heading.end():].strip():
            out += [piece[: heading.end()].strip(), piece[heading.end():].strip()]
        else:
            out.append(piece)
    return out
