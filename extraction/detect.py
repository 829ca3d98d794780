"""Is a document a government information-disclosure annual report? With the evidence for the answer.

Every real report is one, whole or only its beginning (a page cut before the tables is a report whose
tables were not found: status ``partial``), titled or not, named 政府信息公开 / 政务公开 / 信息公开 +
年度报告 / 工作报告 / 年报. What is not one: an article about a report (图解, 解读, 一图读懂), a news
item, the notice that sets the format or asks for the reports, a half-year or quarterly bulletin, a
performance self-assessment (绩效自评), a disclosure guide or catalogue, a template (范文, 模板). A
university's 信息公开年度报告 under the 高等学校信息公开办法 is one: a public body's disclosure report under the
disclosure rules (its year is left unknown where it covers an academic year, '2022-2023学年'), as is a school or
public institution reporting under the 条例 over the calendar year (a county's school, a 中国科学院 institute, a
中心); a listed company's 年度报告 is not (it never names 信息公开).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.extraction.layout import TITLE_WORDS, Layout
from nianbao.extraction.metadata import statistics_year
from nianbao.extraction.lookalikes import NOT_REPORT_TITLE as _NOT_REPORT_TITLE, lookalike_signs, translated_report
from nianbao.extraction.stated import stated_report

# A university's report under the 高等学校信息公开办法, over an academic year ('2023-2024学年', 9月1日 to 8月31日):
# another regulation and outline than the 条例's, but a public body's disclosure report all the same.
# (or the 教育部's notice on the universities' reports: '按照《教育部办公厅关于…高校信息公开…年度报告工作的通知》要求')
_SCHOOL_REPORT = re.compile(r"(?:根据|依据|按照|贯彻落实|是按照)[^。]{0,30}(?:《高等学校信息公开办法》|"
                            r"《教育部[^》]{0,20}高校信息公开[^》]{0,30}》)")
# Articles of a set of rules at lines' starts ('第一条 为…', '第三条 各部门负责编制…年度报告'): rules on the
# reports (a 制度 or 办法), not one. (A report's tables head rows '第二十条第（一）项': an article of the 条例
# followed by its item, which is no article line.)
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百]+条(?!\s*第)(?!\s*[（(])", re.MULTILINE)
# The report's own sentences about itself.
_SELF = re.compile(
    r"(?:编制|发布|公布|公开|形成)(?:了)?本(?:年度)?(?:报告|年报)|本(?:年度)?报告(?:由|是|系|根据|依据|按照|中所列|所列|共|包括|全文)|"
    r"(?:现将|现就)[^。]{0,30}(?:工作|年度)?(?:报告|年报)如下|年度报告(?:电子版|中所列)|"
    # '本年报根据《条例》…编制', '本年度报告可在某网站下载': a report calling itself 年报, or saying where it is
    r"本年报(?:根据|依据|是|由|中|所列)|本(?:年度)?(?:报告|年报)(?:的电子版)?可(?:在|从|于)|"
    # its contact line, maybe all a cut page keeps above 一、总体情况: '如对本报告有任何疑问，请联系：…'
    r"(?:如|若|如果)您?对本(?:年度)?(?:报告|年报)[^。]{0,8}?(?:疑问|疑义|意见|问题)"
)
# Fainter words of a report about itself, weighed where none of those is found: '某镇人民政府根据…编制2025年度
# 报告' (the report named by its year alone); the 2021 format's parts listed in their order ('报告包含总体情况、主动
# 公开政府信息情况、收到和处理政府信息公开申请情况…').
_SELF_FAINT = re.compile(r"(?:编制|发布|公布)(?:了)?(?:19|20)\d{2}\s*年度(?:报告|年报)|"
                         r"总体情况[、，,和及]主动公开政府信息(?:的)?情况[、，,和及]收到和处理政府信息公开申请")


# '现将…X工作情况报告如下' naming other work than disclosure ('法治政府建设工作情况'): another kind of year's report.
_OTHER_WORK = re.compile(r"(?:建设|工作)(?:情况)?(?:报告|年报)如下")


def _speaks_of_itself(text: str) -> re.Match[str] | None:
    """The first words of ``text`` in which a report speaks of itself (``_SELF``, else ``_SELF_FAINT``), past
    words that report on other work than disclosure."""
    own = (m for m in _SELF.finditer(text) if "公开" in m.group(0) or not _OTHER_WORK.search(m.group(0)))
    return next(own, None) or _SELF_FAINT.search(text)
# The overview's five items the 2021 format lays down, as sub-headings: '（一）主动公开', '2.依申请公开情况'.
_OUTLINE_ITEMS = {
    # '（一）政府信息主动公开情况', '（二）办理政府信息依申请公开情况': the same items, the words turned round
    "proactive": re.compile(r"^(?:政府信息)?主动公开"), "requests": re.compile(r"^(?:办理)?(?:政府信息)?依申请公开"),
    "management": re.compile(r"^政府信息管理"),
    "platform": re.compile(r"^(?:政府信息公开|政务公开|政府信息|政务信息)?平台建设"),
    "supervision": re.compile(r"^监督保障"),
}
_DATE_LINE = re.compile(r"(?:今天是[:：]?)?(?:19|20)\d{2}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天])?")
_SUB_MARK = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.．、])\s*")
_PERIOD = re.compile(r"统计(?:期限|时限|时段|时间|周期)|1月1日(?:起)?(?:至|到|—|-)[^。]{0,12}12月31日")


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
_SUMMARY = re.compile(r"总结|自查|自评|述职")
_LEAD_ROOM = 400
# The year's figures of tables 二 and 三 told in the overview: '主动公开政府信息648条' and '处理政府信息公开申请
# 15件' (or '未收到…申请').
# (the kinds listed between: '共主动公开组织机构、部门文件、办事指南等各类信息48条'; the requests counted as '办理依申请公开0件'
# or none received: '没有接到…公开政府信息的申请')
_PROACTIVE_COUNT = re.compile(r"主动公开(?:政府信息|各类信息|信息)[^。；;]{0,6}?\d+\s*条|主动公开[^。；;]{0,40}?(?:各类|政府)?信息\d+\s*条")
_REQUEST_COUNT = re.compile(r"(?:信息公开|依申请公开)申请[^。；;]{0,12}?\d+\s*件|(?:未|没有)(?:收到|受理|接到)[^。；;]{0,20}?申请"
                            r"|依申请公开(?:政府信息)?\d+\s*件")
# A lead naming the year's proactive disclosure and then its requests, the two the format's tables count.
_BOTH_KINDS = re.compile(r"主动公开[^。]{0,40}?依申请公开")
_DATED = re.compile(r"(?:19|20)\d{2}年(?:度|以来)?[，,]")
# The overview's items written as '一是…' / '二是…' (a national agency's habit) instead of sub-headings.
_POINT = re.compile(r"^\s*[一二三四五六七八九十]是")
_PREAMBLE_ROOM = 800  # characters of preamble (and a portal's chrome) before the overview's heading
_CHROME_ROOM = 120  # characters before it that need not be a report's preamble (a portal's chrome)


def _opens_as_body(layout: Layout) -> str | None:
    """Why the page is a report's body cut after its first items, or None: it opens (past at most a
    preamble) on the overview's heading and the format's first item under it ('一、总体情况' /
    '（一）主动公开…'), or on the preamble's stock sentence and then the overview. More than a line of
    chrome before the overview must be a report's preamble (its stock sentence, or words about itself) or
    a lead paragraph on the year's disclosure work, the overview's items then written '一是…'. A
    page cut there keeps no tables: it is a report whose status is ``partial``."""
    found = layout.found_sections
    if not found or found[0] != "overview":
        return None
    ahead = layout.sections[: [s.id for s in layout.sections].index("overview")]
    # A metadata table above the report is the portal's, no preamble; the lead paragraph and the stock
    # sentence open their own lines, maybe under a line of the portal's frame (the site's name).
    before = "".join(_compact(s.text(with_tables=False)) for s in ahead)
    lead = any(_LEAD.search(_compact(line.text)) for s in ahead for line in s.lines) or (
        any(_ACCORDING_LEAD.search(_compact(line.text)) for s in ahead for line in s.lines)
        and not _SUMMARY.search(before))
    stock = any(_STOCK_PREAMBLE.search(_compact(line.text)) for s in ahead for line in s.lines)
    outline = _outline_items(layout)
    points = _overview_points(layout)
    if len(before) <= _LEAD_ROOM and lead and (outline or points):
        items = f"{len(outline)} of the overview's items" if outline else f"{points} of its points (一是…)"
        return (f"opens as a report's body (a lead paragraph on the year's disclosure work, then 总体情况) and "
                f"is cut after {items}: a report's beginning")
    if len(before) > _PREAMBLE_ROOM or (len(before) > _CHROME_ROOM and not stock and not _speaks_of_itself(before)):
        return None
    if _SUMMARY.search(before) and not stock:
        return None  # '…现将工作总结如下' above the overview: a 总结 laid out as a report's beginning
    if outline[:1] == ["proactive"] or (stock and outline):
        items = f"{len(outline)} of the overview's items" if outline else "the overview's opening"
        return (f"opens as a report's body ({'the preamble then ' if before else ''}总体情况 then 主动公开) and "
                f"is cut after {items}: a report's beginning")
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
    return None


def _leads_overview(layout: Layout) -> bool:
    """Whether the overview opens on a lead paragraph (the year, then the body's disclosure work) and its
    text tells both the year's proactive count and its requests — or the lead itself names both kinds of
    disclosure the format's tables count (a page cut before its figures: '…加大政府信息主动公开力度，规范
    政府信息依申请公开…')."""
    overview = layout.section("overview")
    lines = [_compact(line.text) for line in (overview.lines if overview else [])]
    if len(lines) > 1 and _DATED.fullmatch(lines[0]):
        lines[:2] = [lines[0] + lines[1]]  # the year on a line of its own ('2020年,'), then the lead's sentence
    body = "".join(lines)
    if any(_DATED.match(t) and _BOTH_KINDS.search(t) for t in lines[:2]):
        return True
    return (any(_LEAD.search(t) for t in lines[:2]) and bool(_PROACTIVE_COUNT.search(body))
            and bool(_REQUEST_COUNT.search(body)))


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
    overview = layout.section("overview")
    lines = [_compact(line.text) for line in (overview.lines if overview else [])]
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


def _overview_points(layout: Layout) -> int:
    """How many of the overview's lines open as a point ('一是…', '二是…')."""
    overview = layout.section("overview")
    return sum(1 for line in (overview.lines if overview else []) if _POINT.match(line.text))


def _outline_items(layout: Layout) -> list[str]:
    """Which of the overview's five items the overview section has as sub-headings: short lines, or
    run in before the item's first sentence ('（一）主动公开情况。2021年，某局…')."""
    overview = layout.section("overview")
    found: list[str] = []
    for line in overview.lines if overview else []:
        m = _SUB_MARK.match(line.text)
        item = re.split(r"[。：:]", line.text[m.end():], maxsplit=1)[0].strip() if m else ""
        if m and len(item) <= 20:
            found += [k for k, rx in _OUTLINE_ITEMS.items() if rx.match(item) and k not in found]
    return found


# A page's own title among its first lines, past a portal's chrome: a short line with a year that names
# something else ('2023年政务公开工作总结与2024年工作思路', '某镇2023年度工作总结和2024年工作'). Menus and
# breadcrumbs name no year, so they are not taken for it.
_TITLE_REACH = 8


def _other_year_title(layout: Layout) -> str | None:
    """What the first short line with a year says the page is, where it says it is no report."""
    lines = [_compact(line.text) for s in layout.sections[:1] for line in s.lines[:_TITLE_REACH]]
    for line in lines:
        if len(line) <= 40 and re.search(r"(?:19|20)\d{2}年", line) and not re.search(r"[，。；,;]", line) \
                and not _DATE_LINE.fullmatch(line) and not TITLE_WORDS.search(line):
            m = _NOT_REPORT_TITLE.search(line)
            if m:
                return f"{m.group(0)} ({line[:40]})"
    return None


@dataclass
class Detection:
    is_report: bool
    evidence: list[str] = field(default_factory=list)


# --- Pre-2019 reports (the old outline: 概述 / 主动公开 / 依申请公开 / … ) -------------------------------
# A notice that publishes the report it carries ("关于公布…年度报告的通知 … 现予公布", then the report).
_PUBLISHES = re.compile(r"(?:年度报告|年报)[》」]?[^。]{0,30}?(?:现予(?:以)?(?:公布|印发|发布)|予以(?:公布|印发|发布))"
                        r"|现(?:将|把)[^。]{0,60}?(?:年度报告|年报)[^。]{0,20}?(?:公布|印发|发布)")
# A portal's menu as a list above the page ("- 政策解读"): not the page's first words.
_MENU_ITEM = re.compile(r"^\s*[-•·*]\s*\S{1,10}\s*$")
_OLD_SELF = re.compile(r"本年报(?:根据|依据|是|由|中)|(?:编制|公布)(?:了)?本年报")


def _old_report(layout: Layout, head: str, evidence: list[str], against: list[str]) -> Detection | None:
    """A report in a pre-2019 outline: its old headings (or old table, or an intro listing the old
    parts) and sections, with what spoke against it set aside where that was a portal menu item or the
    notice publishing the report it carries. None where this branch has no answer."""
    if layout.outline != FORMAT_PRE_2019:
        return None
    marks = [e for e in layout.outline_evidence if not e.startswith(("the title's year", "its figures cover"))]
    lines = [line.text.strip() for s in layout.sections for line in s.lines]
    kept = []
    for a in against:
        if a.startswith("the first words") and lines and _MENU_ITEM.match(lines[0]):
            continue
        if "通知" in a and _PUBLISHES.search(head):
            evidence = evidence + ["a notice that publishes the report it carries"]
            continue
        kept.append(a)
    if kept:
        return None
    sections = layout.found_sections
    speaks = bool(_OLD_SELF.search(head)) or any(e.startswith(("speaks of itself", "states the report")) for e in evidence)
    if (marks or speaks) and (len(sections) >= 2 or (sections and (speaks or head.count("信息公开") >= 2))):
        return Detection(True, [f"a pre-2019 outline: {'; '.join(marks or ['it speaks of itself as the report'])}"]
                         + evidence + [f"(set aside: {a})" for a in against])
    return None


# An untitled pre-2019 report that never calls itself one: the page opens on its first numbered heading or item (or on
# one lead sentence ending '…如下' above it, or on one lead paragraph that is itself that dated sentence), a sentence opening on a year up to 2018 tells the body's 政府信息公开
# work that year ('2014年，我局…深入推进…政府信息公开工作', '2008年主要工作情况如下'), the beginning speaks of
# 政府信息公开 three times or more (or cites the 条例) and names no 总结 (a year-end 总结 laid out so says '总结如下' or keeps its title).
_FIRST_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(]一[)）])")  # '一、…', or the first item '（一）…'

_OLD_YEAR_WORK = re.compile(r"(?:^|[\n。；;：:])[ \t\u3000]*(?P<year>(?:19|20)\d{2})年度?(?:以来)?[，,][^。]{0,120}?(?:政府信息公开|政务公开)"
                            r"|(?P<told>(?:19|20)\d{2})年度?(?:主要)?工作情况如下")
_OLD_LAST_YEAR = 2018
_CHROME_LINE = re.compile(r"[^\d，。；：,.;:、（）()]{1,8}")
_BRIEFING = re.compile(r"汇报")
_CITES_ACT = re.compile(r"《(?:中华人民共和国)?(?:政府信息公开)?条例》")


def _untitled_old_account(layout: Layout, head: str, year: int | None) -> Detection | None:
    """A pre-2019 report cut from its title and preamble, opening at its first heading (see above), or None."""
    lines = [_compact(t) for s in layout.sections for t in [s.heading or ""] + [ln.text for ln in s.lines[:3]]]
    lines = [t for t in lines if t]
    # A site's search box above the text ('选择搜索类型', '请输入搜索'): short lines of chrome, no words of the report.
    while len(lines) > 1 and _CHROME_LINE.fullmatch(lines[0]) and not _FIRST_HEADING.match(lines[0]):
        lines = lines[1:]
    lines = lines[:4]
    if not lines or year is None or year > _OLD_LAST_YEAR or _SUMMARY.search(head):
        return None
    # A lead sentence or paragraph above the first heading is no report's where it names a 汇报 to the body's superiors.
    briefing = _BRIEFING.search(lines[0])
    opens = _FIRST_HEADING.match(lines[0]) or (
        len(lines) > 1 and len(lines[0]) <= 200 and re.search(r"如下[。：:]?$", lines[0]) and not briefing
        and _FIRST_HEADING.match(lines[1]))
    # A lead paragraph in the preamble's place ('2015年，我局认真贯彻落实《条例》…扎实推进政府信息公开工作…'), the
    # first heading right under it.
    lead = not opens and len(lines) > 1 and len(lines[0]) <= _LEAD_ROOM and bool(_FIRST_HEADING.match(lines[1])) \
        and bool(_OLD_YEAR_WORK.match(lines[0])) and not briefing
    told = _OLD_YEAR_WORK.search(layout.text()[:1200])
    told_year = int(told.group("year") or told.group("told")) if told else None
    # (a province's report of 2018 may speak of 政务公开 throughout: '2018年，某省全面…推进政务公开工作')
    if not (opens or lead) or told_year != year or (
            head.count("政府信息公开") + head.count("政务公开") < 3 and not _CITES_ACT.search(head)):
        return None
    if lead:
        return Detection(True, [f"opens on a lead paragraph on the body's {year} 政府信息公开 work ({lines[0][:20]}…), its "
                                f"first heading under it ({lines[1][:12]}…): a pre-2019 report cut from its title and preamble"])
    return Detection(True, [f"opens at its first heading ({lines[0][:20]}…) on the body's {year} 政府信息公开 work, a "
                            "pre-2019 report cut from its title and preamble"])


def _says_what(named: str) -> bool:
    """Whether a page's title says what the page is: a report's title, something else's, or a year."""
    return bool(named) and bool(TITLE_WORDS.search(named) or _NOT_REPORT_TITLE.search(named)
                                or re.search(r"(?:19|20)\d{2}", named))


def _compact(text: str | None) -> str:
    return re.sub(r"\s+", "", text or "")


def detect(title: str | None, layout: Layout, tables_found: int, year: int | None,
           page_title: str | None = None) -> Detection:
    """Whether the document is an annual report, and why (``evidence``, in the order it was weighed).

    ``title``: the report title layout found; ``page_title``: what the page calls itself otherwise
    (HTML <title>, a metadata block's 标题) when the body has no title line.
    """
    text = layout.text()
    head = _compact(text[:3000])
    named = _compact(title or page_title)
    evidence: list[str] = []
    against: list[str] = []

    if named:
        m = _NOT_REPORT_TITLE.search(named)
        if m:
            against.append(f"the title says it is something else: {m.group(0)} ({named[:40]})")
        elif TITLE_WORDS.search(named):
            evidence.append(f"report title: {named[:60]}")
    if not named or not evidence:
        # the first line, past a portal's date widget ('2019年12月3日星期二')
        lines = [_compact(line.text) for s in layout.sections[:1] for line in s.lines[:3]]
        lines = [t for t in lines if not _DATE_LINE.fullmatch(t)]
        first = lines[0] if lines else ""
        m = _NOT_REPORT_TITLE.search(first) if len(first) <= 40 and not re.search(r"[，。；]", first) else None
        if m and not TITLE_WORDS.search(first):
            against.append(f"the first words say it is something else: {m.group(0)}")
    other = _other_year_title(layout) if not evidence else None
    if other:
        against.append(f"a line above says it is something else: {other}")
    school = _SCHOOL_REPORT.search(head[:800])
    if school:
        evidence.append(f"a university's disclosure report under the 高等学校信息公开办法: {school.group(0)[:40]}")
    articles = _ARTICLE.findall(text[:3000])
    if len(articles) >= 2:
        against.append(f"articles of a set of rules ({len(articles)} lines opening 第…条): rules on the reports, not one")
    against += lookalike_signs(text, head, _speaks_of_itself(head) is not None)
    stated = [s for s in stated_report(head) if s[2] < 1500]
    if stated:
        agency, y, _ = stated[0]
        evidence.append(f"states the report: {agency or ''}{y}年…报告")
    speaks = _speaks_of_itself(head)
    if speaks:
        evidence.append(f"speaks of itself as the report: {speaks.group(0)}")
    evidence += translated_report(text) if not evidence else []
    if _PERIOD.search(head) and (statistics_year(head) or year):
        evidence.append("states the period its figures cover")
    if tables_found:
        evidence.append(f"{tables_found} of the standard tables")
    outline = _outline_items(layout)
    if len(outline) >= 4:
        evidence.append(f"the format's overview items as sub-headings: {', '.join(outline)}")
    sections = layout.found_sections
    if sections:
        evidence.append(f"{len(sections)} of the six sections: {', '.join(sections)}")

    # An untitled page that opens as a report's body and has no tables is cut: said whatever decides it.
    # A page title that says nothing of what the page is (a portal's or column's name such as '政府信息公开':
    # no year, no report words, nothing else) leaves the page as untitled as none does.
    body = _opens_as_body(layout) if not tables_found and not _says_what(named) else None
    if body:
        evidence.append(body)

    strong = tables_found >= 1 or any(e.startswith(("report title", "states the report", "speaks of itself")) for e in evidence)
    if tables_found >= 2:
        return Detection(True, evidence + [f"(not weighed: {a})" for a in against])
    if against:
        return _old_report(layout, head, evidence, against) or Detection(
            False, against + [f"(outweighed: {e})" for e in evidence])
    if strong and (sections or year is not None or len(evidence) >= 2):
        return Detection(True, evidence)
    if len(sections) >= 4 and year is not None:
        return Detection(True, evidence)
    if len(sections) >= 2 and len(outline) >= 4:
        return Detection(True, evidence)
    if len(sections) >= 2 and any(e.startswith("states the period") for e in evidence):
        return Detection(True, evidence)
    if body and (year is not None or strong):
        return Detection(True, evidence)
    if body and outline[:3] == ["proactive", "requests", "management"]:
        # the format's first three items in its order (a mirror may mask the year: '****年度'): a report
        return Detection(True, evidence + ["the format's first three overview items in order, no year stated"])
    return _old_report(layout, head, evidence, against) or (
        None if _says_what(named) else _untitled_old_account(layout, head, year)) or Detection(
        False, evidence or ["no report title, statement, sections or standard tables"])
