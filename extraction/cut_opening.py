"""Whether an untitled page opens as a report's body cut after its first items: past at most a preamble, a
lead paragraph or a portal's frame (chrome, menu entries, a share prompt, the site's footer: ``portal_chrome``), on the
overview's heading (一、总体情况) and the 2021 format's first items under it, or on the year's disclosure work told in the overview's lead or points; or that, past a short first part, goes on
under the format's own headings word for word (二、主动公开政府信息情况…), which no year-end 总结 or 汇报 uses. A crawler's
one-line overview is read at its run-on items. A page cut there keeps no tables: a report whose status is ``partial``.
``detect`` weighs the answer with the rest of the page's evidence.
"""

from __future__ import annotations

import re

from nianbao.extraction.layout import Layout, is_chrome
from nianbao.extraction.layout.run_on import RUN_ON_CHARS, split_run_on
from nianbao.extraction.report_words import LEAD_ROOM, SUMMARY, compact, speaks_of_itself

# The overview's five items the 2021 format lays down, as sub-headings: '（一）主动公开', '2.依申请公开情况'.
_OUTLINE_ITEMS = {
    # '（一）政府信息主动公开情况', '（二）办理政府信息依申请公开情况': the same items, the words turned round
    "proactive": re.compile(r"^(?:政府信息)?主动公开"), "requests": re.compile(r"^(?:办理)?(?:政府信息)?依申请公开"),
    "management": re.compile(r"^政府信息管理"),
    "platform": re.compile(r"^(?:政府信息公开|政务公开|政府信息|政务信息)?平台建设"),
    "supervision": re.compile(r"^监督保障"),
}
_SUB_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.．、])\s*")


# The preamble's stock sentence: '根据《中华人民共和国政府信息公开条例》…编制（本）报告'.
_STOCK_PREAMBLE = re.compile(r"^(?:根据|依据|按照|依照)《中华人民共和国政府信息公开条例》[^。]{0,300}?编制(?:本)?(?:年度)?报告")
# A lead paragraph in place of the preamble: the year, then the agency's disclosure work that year
# ('2023年，某署…扎实做好政府信息公开各项工作…'), one paragraph before the overview's heading.
_LEAD = re.compile(r"^(?:19|20)\d{2}年(?:度|以来)?[，,][^。]{0,160}?(?:政府信息公开|政务公开)")
# A lead paragraph saying under the 条例 the body did the year's disclosure work ('按照《中华人民共和国政府信息公开
# 条例》的要求，我委扎实开展政府信息公开工作。…'): the same place as a dated lead. (A 总结's lead says so too, and
# '总结如下': no lead where the words before the overview name a 总结.)
_ACCORDING_LEAD = re.compile(r"^(?:根据|按照|依据|依照)《(?:中华人民共和国)?政府信息公开条例》(?:的)?(?:有关)?(?:要求|规定)"
                             r"[，,](?:我|本)[^。]{0,30}?政府信息公开工作")
# The year's figures of tables 二 and 三 told in the overview: '主动公开政府信息648条' and '处理政府信息公开申请
# 15件' (or '未收到…申请').
# (the kinds listed between: '共主动公开组织机构、部门文件、办事指南等各类信息48条'; the requests counted as '办理依申请公开0件'
# or none received: '没有接到…公开政府信息的申请')
PROACTIVE_COUNT = re.compile(r"主动公开(?:政府信息|各类信息|信息)[^。；;]{0,6}?\d+\s*条|主动公开[^。；;]{0,40}?(?:各类|政府)?信息\d+\s*条")
REQUEST_COUNT = re.compile(r"(?:信息公开|依申请公开)申请[^。；;]{0,12}?\d+\s*件|(?:未|没有)(?:收到|受理|接到)[^。；;]{0,20}?申请"
                            r"|依申请公开(?:政府信息)?\d+\s*件")
# A lead naming the year's proactive disclosure and then its requests, the two the format's tables count.
_BOTH_KINDS = re.compile(r"主动公开[^。]{0,40}?依申请公开")
_DATED = re.compile(r"(?:19|20)\d{2}年(?:度|以来)?[，,]")
# The overview's items written as '一是…' / '二是…' (a national agency's habit) instead of sub-headings.
_POINT = re.compile(r"^\s*[一二三四五六七八九十]是")
# A point run on after a sentence's end inside a line ('…工作。二是…'): where a one-line page's points begin.
_RUN_ON_POINT = re.compile(r"(?<=[。；;])\s*(?=[一二三四五六七八九十]是)")
_PREAMBLE_ROOM = 800  # characters of preamble (and a portal's chrome) before the overview's heading
_CHROME_ROOM = 120  # characters before it that need not be a report's preamble (a portal's chrome)


def opens_as_body(layout: Layout) -> str | None:
    """Why the page is a report's body cut after its first items, or None: it opens (past at most a
    preamble) on the overview's heading and the format's first item under it ('一、总体情况' /
    '（一）主动公开…'), or on the preamble's stock sentence and then the overview. More than a line of
    chrome before the overview must be a report's preamble (its stock sentence, or words about itself) or
    a lead paragraph on the year's disclosure work, the overview's items then written '一是…'. A
    page cut there keeps no tables: it is a report whose status is ``partial``."""
    found = layout.found_sections
    if found and found[0] != "overview":
        return _first_part_then_format(layout)
    if not found:
        return None
    ahead = layout.sections[: [s.id for s in layout.sections].index("overview")]
    # A metadata table above the report is the portal's, no preamble; the lead paragraph and the stock
    # sentence open their own lines, maybe under a line of the portal's frame (the site's name).
    before = "".join(compact(line.text) for s in ahead for line in s.lines if not portal_chrome(line.text))
    lead = any(_LEAD.search(compact(line.text)) for s in ahead for line in s.lines) or (
        any(_ACCORDING_LEAD.search(compact(line.text)) for s in ahead for line in s.lines)
        and not SUMMARY.search(before))
    stock = any(_STOCK_PREAMBLE.search(compact(line.text)) for s in ahead for line in s.lines)
    outline = outline_items(layout, run_on=True)
    points = _overview_points(layout)
    if len(before) <= LEAD_ROOM and lead and (outline or points):
        items = f"{len(outline)} of the overview's items" if outline else f"{points} of its points (一是…)"
        return (f"opens as a report's body (a lead paragraph on the year's disclosure work, then 总体情况) and "
                f"is cut after {items}: a report's beginning")
    if len(before) > _PREAMBLE_ROOM or (len(before) > _CHROME_ROOM and not stock and not speaks_of_itself(before)):
        return None
    later = format_headings(layout)
    if later:
        # The page goes on under the format's own headings ('二、主动公开政府信息情况'): a report's body whatever its
        # first part is headed (一、概述, 一、基本情况) or says ('…总结如下': a report written like one says so too).
        # No 总结 or 汇报 seen heads its parts with the format's words.
        return (f"opens at its overview ({compact(layout.section('overview').heading)[:12]}) and goes on under the "
                f"format's own headings ({', '.join(later)}): a report's body cut from its title")
    if SUMMARY.search(before) and not stock:
        return None  # '…现将工作总结如下' above the overview: a 总结 laid out as a report's beginning
    short = _short_format_heading(layout)
    if not before and short:
        return (f"opens at its overview, its lead on the year's disclosure work, and goes on under the format's heading in "
                f"short ({short}): a report's body cut from its title")
    if outline[:1] == ["proactive"] or (stock and outline):
        items = f"{len(outline)} of the overview's items" if outline else "the overview's opening"
        return (f"opens as a report's body ({'the preamble then ' if before else ''}总体情况 then 主动公开) and "
                f"is cut after {items}: a report's beginning")
    if not before and _tells_an_account(layout):
        return None  # '一、总体情况' then '…现将全年工作总结如下': a 总结 or 汇报 laid out as a report's beginning
    if not before and _leads_overview(layout):
        # The page opens on the overview's heading itself, its first paragraph on the year's disclosure work
        # and its items telling the figures tables 二 and 三 hold: a report's beginning whose title and
        # preamble the page lost. (A 总结 laid out the same keeps its title or '现将…总结如下' above: none
        # of the look-alikes seen opens at the heading.)
        return ("opens at 总体情况 on the year's disclosure work, tells its figures of tables 二 and 三 and is cut after "
                "them: a report's beginning")
    if not before and _opens_on_disclosure_work(layout):
        return ("opens at 总体情况 on the year's disclosure work (a lead, or points on 公开 work) and goes on in its "
                "items: a report's beginning cut from its title and preamble")
    if not before and _opens_on_the_years_disclosure(layout):
        return ("opens at the format's heading 一、总体情况, its opening on the year's 政府信息公开 work and naming no "
                "总结 or 汇报: a report's beginning cut from its title and preamble")
    if not before and (items := _items_on_disclosure(layout)):
        return (f"opens at the format's heading 一、总体情况 and its first items are headed on 公开 work ({items}): a "
                "report's beginning cut from its title and preamble")
    return None


# A portal's frame above an untitled report's text, which says nothing of what the page is: its footer ('版权所有：…
# 主办单位：…', '网站标识码…', '…ICP备…号', '…公网安备…号'), its share prompt ('用微信扫描二维码分享至好友和朋友圈'), or its
# menu's entries, each a short name on a line of its own ('地方性法规', '规章', '其他文件') naming no kind of document
# a look-alike is (总结, 汇报, 要点, 通知…) and no year; the site's address line ('地址：某路1号 邮编：…').
_FOOTER = re.compile(r"版权所有|主办单位|承办单位|运行维护|技术支持|网站标识码|ICP备|公网安备|扫描二维码|扫一扫|分享至"
                     r"|^地址[:：][^。；;]{0,40}邮编[:：]?\d{6}$")
_MENU_ENTRY = re.compile(r"[\u4e00-\u9fff]{2,8}")
_NAMES_A_KIND = re.compile(r"报告|年报|总结|汇报|要点|计划|通知|自查|自评|解读|方案|意见|办法|制度|规定|指南|目录")


def portal_chrome(text: str) -> bool:
    """Whether a line above the overview is a portal's frame (see ``_FOOTER``, ``_MENU_ENTRY``) rather than words of the
    page: a line the layout's chrome test knows, a footer's or share prompt's, or a menu's entry."""
    t = compact(text)
    if not t:
        return True
    if is_chrome(text) or (_FOOTER.search(t) and not _NAMES_A_KIND.search(t) and len(t) <= 160):
        return True
    return bool(_MENU_ENTRY.fullmatch(t)) and not _NAMES_A_KIND.search(t)


def _leads_overview(layout: Layout) -> bool:
    """Whether the overview opens on a lead paragraph (the year, then the body's disclosure work) and its
    text tells both the year's proactive count and its requests — or the lead itself names both kinds of
    disclosure the format's tables count (a page cut before its figures: '…加大政府信息主动公开力度，规范
    政府信息依申请公开…')."""
    lines = [compact(t) for t in overview_texts(layout)]
    if len(lines) > 1 and _DATED.fullmatch(lines[0]):
        lines[:2] = [lines[0] + lines[1]]  # the year on a line of its own ('2020年,'), then the lead's sentence
    body = "".join(lines)
    if any(_DATED.match(t) and _BOTH_KINDS.search(t) for t in lines[:2]):
        return True
    return (any(_LEAD.search(t) for t in lines[:2]) and bool(PROACTIVE_COUNT.search(body))
            and bool(REQUEST_COUNT.search(body)))


# The year's disclosure work named in the overview's opening: its lead paragraph (the year maybe on a line of its own,
# '2020年,' then the sentence) or its first point ('一是提升主动公开质效…').
_WORK_NAMED = re.compile(r"政府信息公开|政务公开|主动公开")
_YEAR_SAID = re.compile(r"(?:19|20)\d{2}年|本年度")
_OPENING_ROOM = 400


def _opens_on_disclosure_work(layout: Layout) -> bool:
    """Whether the overview (the page's first heading) opens on the year's disclosure work and goes on in two
    items or more ('（一）…', '一是…'): a lead paragraph naming a year and 政府信息公开 / 政务公开, or, with no lead,
    points of which the first two name 公开 work and the overview a year; or one item only (a page cut there) under a
    lead opening on the year then that work and naming 政府信息公开, the item naming 公开 too. (A page opening on 总体情况 with one
    line under it, or items on other work, is not taken.)"""
    lines = [compact(t) for t in overview_texts(layout)]
    lines = [t for t in lines if t]
    marked = [i for i, t in enumerate(lines) if _SUB_MARK.match(t) or _POINT.match(t)]
    lead = "".join(lines[: marked[0]]) if marked else ""
    if len(marked) == 1:
        # a page cut after the first item: taken where a dated lead on the year's disclosure work opens it, naming
        # the 条例's 政府信息公开 (its work or the 条例 itself: a year-end account of 政务公开 may open so too), and
        # that item names 公开 work ('（一）政务大厅主动公开。…')
        return (bool(_LEAD.match(lead)) and "政府信息公开" in lead and len(lead) <= _OPENING_ROOM
                and "公开" in lines[marked[0]][:40])
    if len(marked) < 2:
        return False
    if lead:
        return len(lead) <= _OPENING_ROOM and bool(_YEAR_SAID.search(lead)) and bool(_WORK_NAMED.search(lead))
    first_two = "".join(lines[: marked[1] + 1])
    body = "".join(lines)
    return (all(re.search("公开", lines[i][:_OPENING_ROOM]) for i in marked[:2]) and "主动公开" in first_two
            and bool(re.search(r"(?:19|20)\d{2}年", body[:1500])))


# The 2021 format's first heading as the page's first line: '一、总体情况' (not 概述, which older reports and 总结 share).
_FORMAT_OVERVIEW = re.compile(r"^[一1][、.．]总体情况$")
# The year said in the overview's opening: '2023年', '2024，我厅…' (the 年 dropped), '本年度', '今年以来', '一年来', '全年'.
_YEAR_OPENING = re.compile(r"(?:19|20)\d{2}(?:年|[，,])|本年度|今年|一年来|全年")
# A year's account that is no report saying what it is: its 总结 or 汇报 (to the body's superiors), a self-check or a
# self-assessment. (A report's own work may include a 自查 — '积极开展自查和整改工作' — and is not one for that.)
_ACCOUNT = re.compile(r"(?:总结|汇报)如下|工作总结|自查报告|自评报告|述职报告")
_ACCOUNT_ROOM = 1500


def _opens_on_the_years_disclosure(layout: Layout) -> bool:
    """Whether the page opens at the 2021 format's heading 一、总体情况 and the overview's opening (its lead, or its
    first item where it has none) tells the year's 政府信息公开 work: a report's beginning whatever follows (a page cut
    before its items, or items of the body's own). (A year-end account laid out the same says what it is, '现将…总结
    如下', '汇报如下': ``opens_as_body`` sets it aside first; or it heads its first part otherwise, 一、基本情况.)"""
    overview = layout.section("overview")
    if overview is None or not _FORMAT_OVERVIEW.match(compact(overview.heading)):
        return False
    opening = "".join(compact(line.text) for line in overview.lines)[:_OPENING_ROOM]
    return "政府信息公开" in opening and bool(_YEAR_OPENING.search(opening))


# An item's own heading: its words up to the first sentence's end ('（一）依法依规公开各类规划信息。局党组…').
_ITEM_HEADING = re.compile(r"[^。：:；;]{2,30}")
_YEAR_IN_PAGE = re.compile(r"(?:19|20)\d{2}年")


def _items_on_disclosure(layout: Layout) -> str | None:
    """The overview's first two item headings, where the page opens at the 2021 format's heading 一、总体情况 and each
    of its first two items ('（一）…', '一是…') is headed on 公开 work ('（一）依法依规公开各类规划信息', '（二）持续深化重点领域
    信息公开') with a year said on the page; else None. The body's own items in place of the format's five (主动公开,
    依申请公开…), which a mirror's middle page or a body writing in its own words keeps. (A 法治政府建设 account, a
    statistics bulletin or a 解读 heads its first part otherwise; a 总结 or 汇报 laid out so is set aside first by
    ``_tells_an_account``.)"""
    overview = layout.section("overview")
    if overview is None or not _FORMAT_OVERVIEW.match(compact(overview.heading)):
        return None
    lines = [compact(t) for t in overview_texts(layout)]
    marks = [(m, text) for text in lines if (m := _SUB_MARK.match(text) or _POINT.match(text))][:2]
    heads = [h.group(0) if (h := _ITEM_HEADING.match(text, m.end())) else "" for m, text in marks]
    if len(heads) < 2 or not all("公开" in h for h in heads):
        return None
    if not _YEAR_IN_PAGE.search(layout.text()[:1500]):
        return None
    return "; ".join(h[:16] for h in heads)


def _tells_an_account(layout: Layout) -> bool:
    """Whether the overview's text names a 总结, a 汇报 or a self-assessment ('现将全年工作总结如下')."""
    overview = layout.section("overview")
    text = "".join(compact(line.text) for line in (overview.lines if overview else []))
    return bool(_ACCOUNT.search(text[:_ACCOUNT_ROOM]))


def _overview_points(layout: Layout) -> int:
    """How many of the overview's lines open as a point ('一是…', '二是…')."""
    return sum(1 for text in overview_texts(layout) if _POINT.match(text))


_ITEM_END = re.compile(r"[。：:]")
_ITEM_END_FLAT = re.compile(r"[。：:]|(?<=\S{2})\s")


def outline_items(layout: Layout, run_on: bool = False) -> list[str]:
    """Which of the overview's five items the overview section has as sub-headings: short lines, or
    run in before the item's first sentence ('（一）主动公开情况。2021年，某局…'). ``run_on``: an overview of one
    line is read at its run-on items too (``overview_texts``), an item's heading ending at a space as well."""
    overview = layout.section("overview")
    flat = run_on and overview is not None and len(overview.lines) == 1
    end = _ITEM_END_FLAT if flat else _ITEM_END
    texts = overview_texts(layout) if flat else [line.text for line in (overview.lines if overview else [])]
    found: list[str] = []
    for text in texts:
        m = _SUB_MARK.match(text)
        item = end.split(text[m.end():], maxsplit=1)[0].strip() if m else ""
        if m and len(item) <= 20:
            found += [k for k, rx in _OUTLINE_ITEMS.items() if rx.match(item) and k not in found]
    return found


def overview_texts(layout: Layout) -> list[str]:
    """The overview section's lines; where the overview is one line (a crawler's one-line page keeps the overview's
    lead and items on it: '…工作。（一）主动公开。…', '…。二是…'), that line broken where its items or points run on after
    a sentence's end, which a page cut short leaves too short for the layout's own run-on split."""
    overview = layout.section("overview")
    lines = overview.lines if overview else []
    if len(lines) != 1:
        return [line.text for line in lines]  # a page keeping its lines: its items as the layout read them
    out: list[str] = []
    for line in lines:
        for piece in split_run_on(line.text, run_chars=RUN_ON_CHARS):
            out += [p.strip() for p in _RUN_ON_POINT.split(piece) if p.strip()]
    return out


# The format's second and third headings in short, a line of the overview as the layout reads it ('二、主动公开情况',
# '三、依申请公开情况'): a report's where the lead above them tells the year's disclosure work ('2018年，某局…推进…公开')
# and the overview names no 工作总结, 汇报, self-check or 述职 (a year-end account laid out in the report's parts calls itself so:
# '现将…工作总结如下'); a lead saying '…情况总结如下' or '…报告如下' is a report's.
_SHORT_HEADING = re.compile(r"^[二三][、.．](?:政府信息)?(?:主动公开|依申请公开)(?:政府信息|信息)?(?:的)?情况$")
_NAMES_ACCOUNT = re.compile(r"工作总结|汇报|自查|自评|述职")


def _short_format_heading(layout: Layout) -> str | None:
    """The overview's line that is the format's 二 or 三 heading in short, where the lead above it (one paragraph at most
    ``LEAD_ROOM`` long) opens on a year and names 公开 work and no year-end account (see ``_SHORT_HEADING``); else None."""
    lines = [compact(t) for t in overview_texts(layout)]
    lines = [t for t in lines if t]
    at = next((k for k, t in enumerate(lines) if _SHORT_HEADING.match(t)), None)
    if not at:
        return None
    lead = "".join(lines[:at])
    if len(lead) > LEAD_ROOM or not _YEAR_OPENING.match(lead) or "公开" not in lead \
            or _NAMES_ACCOUNT.search("".join(lines)[:_ACCOUNT_ROOM]):
        return None
    return lines[at][:12]


# The format's own headings of the sections after the overview, word for word (2019 on, and the pre-2019 outline's
# 主动公开 / 依申请公开): what a report heads its parts with and a year's 总结 or 汇报 does not.
_FORMAT_HEADING = re.compile(
    r"^[二三四五六][、.．](?:主动公开政府信息(?:的)?情况|收到和处理政府信息公开申请(?:的)?情况|依申请公开政府信息(?:的)?情况"
    r"|政府信息公开行政复议、?行政诉讼(?:的)?情况|存在的主要问题及改进情况)$")


def _first_part_then_format(layout: Layout) -> str | None:
    """Why a page whose first part the layout placed under no heading of the format (its own, '一、基本情况', or none
    left) and that goes on under the format's own second heading ('二、主动公开政府信息情况') is a report's body cut
    from its title, or None: at most a short part (a preamble's room) above that heading."""
    ids = [s.id for s in layout.sections]
    first = next(k for k, s in enumerate(layout.sections) if s.id in layout.found_sections)
    heading = compact(layout.sections[first].heading)
    before = "".join(compact(s.text(with_tables=False)) for s in layout.sections[:first])
    if "overview" in ids[first:] or not heading.startswith("二") or not _FORMAT_HEADING.match(heading) \
            or len(before) > _PREAMBLE_ROOM:
        return None
    return (f"opens on a short first part and goes on under the format's own headings ({', '.join(format_headings(layout))}): "
            "a report's body cut from its title")


def format_headings(layout: Layout) -> list[str]:
    """The page's section headings after the overview that are the format's own, word for word."""
    ids = [s.id for s in layout.sections]
    start = ids.index("overview") + 1 if "overview" in ids else 0
    heads = [compact(s.heading) for s in layout.sections[start:]]
    return [h[:14] for h in heads if _FORMAT_HEADING.match(h)]
