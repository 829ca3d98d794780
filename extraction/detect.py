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
from nianbao.extraction.cut_opening import PROACTIVE_COUNT, REQUEST_COUNT, opens_as_body, outline_items
from nianbao.extraction.layout import TITLE_WORDS, Layout
from nianbao.extraction.lookalikes import NOT_REPORT_TITLE as _NOT_REPORT_TITLE
from nianbao.extraction.lookalikes import (inside_citation, lookalike_signs, run_on_title_signs, translated_report,
                                          unbalanced_brackets)
from nianbao.extraction.metadata import parse_title, plausible_agency
from nianbao.extraction.told_years import statistics_year
from nianbao.extraction.report_words import ACADEMIC_PERIOD, DATE_LINE, LEAD_ROOM, PERIOD, SUMMARY, compact, speaks_of_itself
from nianbao.extraction.naming_sentences import stated_report

# A university's report under the 高等学校信息公开办法, over an academic year ('2023-2024学年', 9月1日 to 8月31日):
# another regulation and outline than the 条例's, but a public body's disclosure report all the same.
# (or the 教育部's notice on the universities' reports: '按照《教育部办公厅关于…高校信息公开…年度报告工作的通知》要求')
_SCHOOL_REPORT = re.compile(r"(?:根据|依据|按照|贯彻落实|是按照)[^。]{0,30}(?:《高等学校信息公开办法》|"
                            r"《教育部[^》]{0,20}高校信息公开[^》]{0,30}》)")
# Articles of a set of rules at lines' starts ('第一条 为…', '第三条 各部门负责编制…年度报告'): rules on the
# reports (a 制度 or 办法), not one. (A report's tables head rows '第二十条第（一）项': an article of the 条例
# followed by its item, which is no article line.)
_ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百]+条(?!\s*第)(?!\s*[（(])", re.MULTILINE)


# A page's own title among its first lines, past a portal's chrome: a short line with a year that names
# something else ('2023年政务公开工作总结与2024年工作思路', '某镇2023年度工作总结和2024年工作'). Menus and
# breadcrumbs name no year, so they are not taken for it.
_TITLE_REACH = 8


def _other_year_title(layout: Layout, text: str) -> str | None:
    """What the first short line with a year says the page is, where it says it is no report (``text``: the
    layout's)."""
    raws = [line.text for s in layout.sections[:1] for line in s.lines[:_TITLE_REACH]]
    for raw, line in zip(raws, map(compact, raws)):
        if len(line) <= 40 and re.search(r"(?:19|20)\d{2}年", line) and not re.search(r"[，。；,;]", line) \
                and not DATE_LINE.fullmatch(line) and not TITLE_WORDS.search(line):
            m = _NOT_REPORT_TITLE.search(line)
            if m and not inside_citation(text, raw, m.group(0)):
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
_MENU_REACH = 16  # lines of a page's first section a menu above its text may take
# A year-end 总结 laid out in the old outline closes on what it was ('以上是我县…工作总结'): no report does.
_SUMMARY_CLOSING = re.compile(r"以上(?:是|为|就是)[^。]{0,30}总结")
_OLD_SELF = re.compile(r"本年报(?:根据|依据|是|由|中)|(?:编制|公布)(?:了)?本年报")


def _old_report(layout: Layout, text: str, head: str, evidence: list[str], against: list[str]) -> Detection | None:
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
    if kept or _SUMMARY_CLOSING.search(text):
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
_YEAR_HEADING = re.compile(r"^(?:一[、.．]|[（(]一[)）])(?P<year>(?:19|20)\d{2})年度?(?:政府信息公开|政务公开)工作(?:的)?(?:基本|主要|开展)?情况$")
_CITES_ACT = re.compile(r"《(?:中华人民共和国)?(?:政府信息公开)?条例》")
# The old report's first part headed without its number, as a wiki's repost or a converter leaves it ('工作开展情况',
# '概述', '基本情况'): the same opening as '一、…' where the year's 政府信息公开 work follows it.
_FIRST_PART = re.compile(r"(?:政府信息公开)?(?:工作)?(?:开展|主要工作|基本|总体)?情况|(?:工作)?概述|主要工作(?:开展)?情况")


def _untitled_old_account(layout: Layout, head: str, year: int | None) -> Detection | None:
    """A pre-2019 report cut from its title and preamble, opening at its first heading (see above), or None."""
    lines = [compact(t) for s in layout.sections for t in [s.heading or ""] + [ln.text for ln in s.lines[:3]]]
    lines = [t for t in lines if t]
    # A site's search box above the text ('选择搜索类型', '请输入搜索'): short lines of chrome, no words of the report.
    while len(lines) > 1 and _CHROME_LINE.fullmatch(lines[0]) and not _FIRST_HEADING.match(lines[0]) \
            and not _FIRST_PART.fullmatch(lines[0]):
        lines = lines[1:]
    lines = lines[:4]
    # A lead paragraph citing the 条例, then a first heading on the year's disclosure work ('一、2016年度政府信息公开工作
    # 基本情况'): the old report's preamble and first part, its year in that heading where nothing else states it.
    named_year = _YEAR_HEADING.match(lines[1]) if len(lines) > 1 else None
    cited = named_year is not None and len(lines[0]) <= LEAD_ROOM and bool(_CITES_ACT.search(lines[0])) \
        and not _BRIEFING.search(lines[0]) and (year is None or year == int(named_year.group("year")))
    if cited and named_year is not None and not SUMMARY.search(head) and int(named_year.group("year")) <= _OLD_LAST_YEAR:
        return Detection(True, [f"a lead paragraph citing the 条例 ({lines[0][:16]}…), then a first heading on the body's "
                                f"{named_year.group('year')} 政府信息公开 work ({lines[1][:20]}…): a pre-2019 report cut from its title"])
    if not lines or year is None or year > _OLD_LAST_YEAR or SUMMARY.search(head):
        return None
    # A lead sentence or paragraph above the first heading is no report's where it names a 汇报 to the body's superiors.
    briefing = _BRIEFING.search(lines[0])
    opens = _FIRST_HEADING.match(lines[0]) or _FIRST_PART.fullmatch(lines[0]) or (
        len(lines) > 1 and len(lines[0]) <= 200 and re.search(r"如下[。：:]?$", lines[0]) and not briefing
        and _FIRST_HEADING.match(lines[1]))
    # A lead paragraph in the preamble's place ('2015年，我局认真贯彻落实《条例》…扎实推进政府信息公开工作…'), the
    # first heading right under it.
    lead = not opens and len(lines) > 1 and len(lines[0]) <= LEAD_ROOM and bool(_FIRST_HEADING.match(lines[1])) \
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


# A pre-2019 report's middle, its title, preamble and overview on another page (a portal splitting the report over
# pages, a news site keeping only part): the page opens at a numbered item, one of its lines is an item of the old
# outline's 主动公开 or 依申请公开 parts ('（一）公开的主要内容', '（二）公开形式', '（二）依申请公开政府信息情况'), and
# it tells the year's figures the old tables count ('主动公开政府信息1192条', '受理政府信息公开申请287件').
# (its sub-items numbered too, '2、公开形式'; the words turned round, '（二）依申请公开的政府信息情况')
_OLD_ITEM = re.compile(r"^(?:[（(][一二三四五六七八九十][)）]|\d[、.．])(?:主动公开(?:政府信息)?的?(?:主要)?(?:情况|内容)|公开的?主要内容"
                       r"|公开(?:的)?(?:形式|方式|渠道)|依申请公开(?:的)?(?:政府信息)?的?(?:情况|办理情况)"
                       r"|政府信息公开申请(?:的)?(?:受理|办理|答复)?情况)$")
# The old tables' figures told in words the overview's patterns miss: '共收到申请政府信息公开26件', '发布政府信息662条'.
_OLD_COUNT = re.compile(r"(?:收到|受理)(?:申请)?(?:政府)?信息公开(?:申请)?\d+\s*件|发布政府信息\d+\s*条")
_ITEM_OPENING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[、.．])")
_MIDDLE_ROOM = 1500


def _old_middle(layout: Layout, head: str, year: int | None) -> Detection | None:
    """A pre-2019 report's middle (see ``_OLD_ITEM``), or None; a year-end 总结's middle is left alone where its
    beginning says what it is (no 总结 or 汇报 in what the page keeps)."""
    lines = [compact(line.text) for s in layout.sections for line in s.lines]
    lines = [t for t in lines if t.strip("|｜")]
    if year is None or year > _OLD_LAST_YEAR or not lines or not _ITEM_OPENING.match(lines[0]) \
            or SUMMARY.search(head) or _BRIEFING.search(head):
        return None
    items = [t for t in lines if _OLD_ITEM.match(t)]
    text = "".join(lines)[:_MIDDLE_ROOM]
    counts = PROACTIVE_COUNT.search(text) or REQUEST_COUNT.search(text) or _OLD_COUNT.search(text)
    if not items or not counts:
        return None
    return Detection(True, [f"opens at an item ({lines[0][:12]}…), has the old outline's item {items[0][:14]} and tells the "
                            f"year's figures ({counts.group(0)[:20]}): a pre-2019 report's middle cut from its beginning"])


# An old report cut from its title and preamble that states no year: it opens (past a site's chrome) at its first part's
# heading on the body's 政府信息公开 work ('一、政府信息公开总体工作情况', '一、概述') and that part's items are the old
# outline's overview, which the reports under the 2008 条例 gave in the same few subjects: the body's organisation for
# the work, its 指南 and 目录, its rules and mechanisms, its reading rooms, its publicity and training. Two of them, one
# the 条例's own tools (指南, 目录, 查阅场所), are that outline; a year-end 总结 (or 汇报) so laid out says what it is.
_OLD_FIRST_PART = re.compile(r"^一[、.．](?:政府信息公开(?:工作)?(?:的)?(?:总体|基本|主要)?(?:工作)?(?:开展)?情况|概述)$")
_OLD_OVERVIEW_ITEM = re.compile(r"^[（(][一二三四五六七八九十][)）][^。]{0,12}?(?P<what>组织机构|机构建设|领导机构|指南|目录|查阅场所|查阅点"
                                r"|宣传培训|培训宣传|宣传和培训|工作机制|制度建设|制度规范)")
_OWN_TOOLS = ("指南", "目录", "查阅场所", "查阅点")


def _old_overview_cut(layout: Layout, head: str) -> Detection | None:
    """An old report opening at its first part whose items are the old outline's overview (see above), or None."""
    lines = [compact(t) for s in layout.sections for t in [s.heading or ""] + [line.text for line in s.lines]]
    lines = [t for t in lines if t]
    while len(lines) > 1 and _CHROME_LINE.fullmatch(lines[0]) and not _FIRST_HEADING.match(lines[0]):
        lines = lines[1:]
    if not lines or not _OLD_FIRST_PART.match(lines[0]) or SUMMARY.search(head) or _BRIEFING.search(head):
        return None
    items = {m.group("what") for t in lines[1:12] if (m := _OLD_OVERVIEW_ITEM.match(t))}
    if len(items) < 2 or not items & set(_OWN_TOOLS):
        return None
    return Detection(True, [f"opens at its first part ({lines[0][:16]}) whose items are the old outline's overview "
                            f"({', '.join(sorted(items))}): a pre-2019 report cut from its title and preamble"])


_ONE_LINE = 3  # lines a page laid out of a crawler's one line of text keeps at most (a title split off, a section or two)


# A portal's column names (政府信息公开 › 法定主动公开内容 › 政府信息公开年报) taken together for a title: report words
# with no year and no body. Such a title names the column the page sits in, not the page.
_COLUMN_WORDS = re.compile(r"政府信息公开|政务信息公开|政务公开|信息公开|法定主动公开内容|主动公开|依申请公开|工作|年度报告|年报"
                           r"|专栏|栏目|目录|首页|当前位置|[>›»/|:：\s-]")


def _column_name(named: str) -> bool:
    """Whether a title is only column names of a portal's menu (report words, no year, no body)."""
    return bool(named) and not _COLUMN_WORDS.sub("", named)


def _says_what(named: str) -> bool:
    """Whether a page's title says what the page is: a report's title, something else's, or a year."""
    return bool(named) and bool(TITLE_WORDS.search(named) or _NOT_REPORT_TITLE.search(named)
                                or re.search(r"(?:19|20)\d{2}", named))


_LEAD_MARKS = re.compile(r"^[\s【\[（(《<“\"'：:]+")


def _past_body(named: str) -> str:
    """A title without the body it names: a body's own name may hold a look-alike's word (新闻办公室, 预算评审中心,
    规划展示馆), which says what the body is, not what the page is. A name read as opening on a look-alike's word
    ('一图读懂某乡人民政府', '解读：某县…') is the look-alike's lead run onto the body's name: no body's own."""
    agency, _ = parse_title(named)
    if not agency or not plausible_agency(agency) or _NOT_REPORT_TITLE.match(_LEAD_MARKS.sub("", agency)):
        return named
    return named.replace(agency, "", 1)


def _name_left_open(layout: Layout) -> bool:
    """Whether the page's first line opens a document's name it does not close ('本报告依据《某市人民政府办公室'): the
    line the layout took for a title, a name without brackets, is that name's rest wrapped onto a line of its own."""
    first = next((line.text for s in layout.sections for line in s.lines if line.text.strip()), "")
    return unbalanced_brackets(first) and first.count("《") + first.count("〈") > first.count("》") + first.count("〉")


def detect(title: str | None, layout: Layout, tables_found: int, year: int | None,
           page_title: str | None = None) -> Detection:
    """Whether the document is an annual report, and why (``evidence``, in the order it was weighed).

    ``title``: the report title layout found; ``page_title``: what the page calls itself otherwise
    (HTML <title>, a metadata block's 标题) when the body has no title line.
    """
    text = layout.text()
    head = compact(text[:3000])
    named = compact(title or page_title)
    evidence: list[str] = []
    against: list[str] = []

    if named:
        m = _NOT_REPORT_TITLE.search(_past_body(named))
        if m and title and (unbalanced_brackets(named) or inside_citation(text, title.strip(), m.group(0))
                            or _name_left_open(layout)):
            named = ""  # a cited document's name wrapped onto a line of its own: no title of the page's
        elif m:
            against.append(f"the title says it is something else: {m.group(0)} ({named[:40]})")
        elif TITLE_WORDS.search(named) and _column_name(named):
            named = ""  # a menu's column names: the page is as untitled as one without a title line
        elif TITLE_WORDS.search(named):
            evidence.append(f"report title: {named[:60]}")
    if not named or not evidence:
        # the first line, past a portal's date widget ('2019年12月3日星期二')
        # (and past a portal's menu laid out as a list, '- 政策解读': the menu's words are not the page's)
        raws = [line.text for s in layout.sections[:1] for line in s.lines[:_MENU_REACH]
                if not _MENU_ITEM.match(line.text)][:3]
        raws = [t for t in raws if not DATE_LINE.fullmatch(compact(t))]
        first = compact(raws[0]) if raws else ""
        # (a sentence's words, its commas ASCII or not, are no title: '…我局组织召开…会议,制定了' wrapped at a width)
        m = _NOT_REPORT_TITLE.search(first) if len(first) <= 40 and not re.search(r"[，。；,;]", first) else None
        if m and not TITLE_WORDS.search(first) and not inside_citation(text, raws[0], m.group(0)):
            against.append(f"the first words say it is something else: {m.group(0)}")
    other = _other_year_title(layout, text) if not evidence else None
    if other:
        against.append(f"a line above says it is something else: {other}")
    school = _SCHOOL_REPORT.search(head[:800])
    if school:
        evidence.append(f"a university's disclosure report under the 高等学校信息公开办法: {school.group(0)[:40]}")
    articles = _ARTICLE.findall(text[:3000])
    if len(articles) >= 2:
        against.append(f"articles of a set of rules ({len(articles)} lines opening 第…条): rules on the reports, not one")
    against += lookalike_signs(text, head, speaks_of_itself(head) is not None)
    if sum(len(s.lines) for s in layout.sections) <= _ONE_LINE:  # a crawler's one-line page: its title runs on
        against += run_on_title_signs(compact(title or "") + compact(text[:200]))
    stated = [s for s in stated_report(head) if s[2] < 1500]
    if stated:
        agency, y, _ = stated[0]
        evidence.append(f"states the report: {agency or ''}{y}年…报告")
    speaks = speaks_of_itself(head)
    if speaks:
        evidence.append(f"speaks of itself as the report: {speaks.group(0)[:60]}")
    evidence += translated_report(text) if not evidence else []
    academic = ACADEMIC_PERIOD.search(head[:1500])
    if academic and "信息公开" in head[:1500]:
        evidence.append(f"states the academic year its figures cover: {academic.group(0)}")
    if PERIOD.search(head) and (statistics_year(head) or year):
        evidence.append("states the period its figures cover")
    if tables_found:
        evidence.append(f"{tables_found} of the standard tables")
    outline = outline_items(layout)
    if len(outline) < 4 and not tables_found:
        outline = outline_items(layout, run_on=True)  # a crawler's one-line page: its overview's run-on items
    if len(outline) >= 4:
        evidence.append(f"the format's overview items as sub-headings: {', '.join(outline)}")
    sections = layout.found_sections
    if sections:
        evidence.append(f"{len(sections)} of the six sections: {', '.join(sections)}")

    # An untitled page that opens as a report's body and has no tables is cut: said whatever decides it.
    # A page title that says nothing of what the page is (a portal's or column's name such as '政府信息公开':
    # no year, no report words, nothing else) leaves the page as untitled as none does.
    body = opens_as_body(layout) if not tables_found and not _says_what(named) else None
    if body:
        evidence.append(body)

    strong = tables_found >= 1 or any(e.startswith(("report title", "states the report", "speaks of itself",
                                                    "states the academic year")) for e in evidence)
    if tables_found >= 2:
        return Detection(True, evidence + [f"(not weighed: {a})" for a in against])
    if against:
        return _old_report(layout, text, head, evidence, against) or Detection(
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
    if body and outline[:2] == ["proactive", "requests"] and not SUMMARY.search(head) and not _BRIEFING.search(head):
        # the format's first items in its order (a mirror may mask the year, '****年度', or the page never state it);
        # a 总结 or 汇报 may head its items so, but says what it is
        return Detection(True, evidence + ["the format's first overview items in order, no year stated"])
    untitled = None if _says_what(named) else (_untitled_old_account(layout, head, year) or _old_middle(layout, head, year)
                                               or _old_overview_cut(layout, head))
    return _old_report(layout, text, head, evidence, against) or untitled or Detection(
        False, evidence or ["no report title, statement, sections or standard tables"])
