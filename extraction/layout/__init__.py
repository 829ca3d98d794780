"""Layout: from a Document's blocks to the report's title, six sections and narrative paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.core.codebook import (FORMAT_PRE_2019, PREAMBLE_SECTION, SECTIONS, STATISTICS_TABLE_SECTION,
                                   UNPLACED_SECTION)
from nianbao.core.document import Document, Origin, TableBlock
from nianbao.extraction.layout import headings
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.layout.dewrap import dewrap, join
from nianbao.extraction.layout.placement import (Tally, chars, is_prose, is_table_row, is_table_text, names_table_label,
                                                 outline_evidence,
                                                 running_footers)

# The sections whose text is narrative (the others hold the tables; in a pre-2019 report all six do).
NARRATIVE_SECTIONS = ("preamble", "overview", "problems", "other_matters")
TABLE_SECTIONS = ("proactive", "requests", "review_litigation")
UNPLACED = UNPLACED_SECTION.id
STATISTICS = STATISTICS_TABLE_SECTION.id
# A title run into the first line. Not a sentence that cites the format (按照《政府信息公开工作年度报告格式》).
_TITLE = re.compile(r"^(?!按照|根据|依据|依照|现公布|现将|现予|特向|本报告|本年度)([^《》]{2,60}?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告)")
_RUN_ON_BODY = 10  # characters after 报告 on a title line that are the body's start, not the title's end
_SECTION_LABELS = {s.id: s.label for s in (*SECTIONS, PREAMBLE_SECTION, UNPLACED_SECTION, STATISTICS_TABLE_SECTION)}


@dataclass
class Line:
    """A cleaned line of the report and where it came from."""

    text: str
    origin: Origin
    wraps: bool | None = None  # the reader's geometric word on whether the next line continues this one
    # In a table section: 'table' (a flattened table's text), 'paragraph' (prose, also a paragraph) or
    # 'unplaced' (neither: kept as a paragraph of the unplaced section). '' elsewhere.
    role: str = ""


@dataclass
class Section:
    """One of the six sections (or the preamble before them) with its content in reading order."""

    id: str
    heading: str | None
    items: list[Line | TableBlock] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return [i for i in self.items if isinstance(i, Line)]

    def text(self, with_tables: bool = True) -> str:
        """The section as text, tables written as ' | '-separated rows when ``with_tables``."""
        parts = [i.text if isinstance(i, Line) else i.as_text() for i in self.items if with_tables or isinstance(i, Line)]
        return "\n".join(parts)


@dataclass
class Paragraph:
    """A narrative paragraph with the headings above it, outermost first."""

    index: int
    text: str
    section: str
    path: tuple[str, ...]
    origin: Origin


@dataclass
class Layout:
    title: str | None
    sections: list[Section]
    paragraphs: list[Paragraph]
    # FORMAT_PRE_2019 where the report follows a pre-2019 outline (概述 … 统计表), with the evidence.
    outline: str | None = None
    outline_evidence: list[str] = field(default_factory=list)
    # Characters of the body (whitespace aside) by where they went: title, heading, paragraph, table,
    # chrome, unplaced; ``body`` is all of them.
    tally: Tally = field(default_factory=Tally)

    def section(self, sid: str) -> Section | None:
        return next((s for s in self.sections if s.id == sid), None)

    @property
    def found_sections(self) -> list[str]:
        return [s.id for s in self.sections if s.id not in (PREAMBLE_SECTION.id, UNPLACED, STATISTICS)]

    @property
    def coverage(self) -> float:
        """The share of the body's characters placed as title, heading, paragraph, table or chrome."""
        return self.tally.coverage

    def text(self) -> str:
        """The report's text; the unplaced section's lines stand in their own sections already."""
        return "\n".join(s.text() for s in self.sections if s.id != UNPLACED)


def _lines(doc: Document, old: bool, tally: Tally) -> list[Line | TableBlock]:
    items: list[Line | TableBlock] = []
    footers = running_footers([clean_line(b.text) for b in doc.blocks if not isinstance(b, TableBlock)])
    kept: set[str] = set()
    for k, block in enumerate(doc.blocks):
        if isinstance(block, TableBlock):
            tally.body += chars(block.as_text())
            tally.add("table", block.as_text())
            items.append(block)
            continue
        tally.body += chars(block.text)
        text = clean_line(block.text)
        if text and text.strip() in footers:
            if k < 5 and text.strip() not in kept:
                kept.add(text.strip())  # the title, not yet a running header
            else:
                text = ""
        pieces = headings.split_at_section_headings(text, old) if text else []
        tally.chrome += chars(block.text) - sum(chars(p) for p in pieces)
        for k, piece in enumerate(pieces):
            items.append(Line(piece, block.origin, block.wraps if k == len(pieces) - 1 else False))
    return items


# The first screen of a page: where a portal's title, chrome and metadata block sit above the report.
FIRST_SCREEN = 40
# A report title: agency and year (or either, or neither) and one of the names reports go by.
TITLE_WORDS = re.compile(
    r"(?:政府信息公开|政务公开|信息公开|政务信息公开)(?:工作)?(?:年度)?(?:工作)?(?:报告|年报)"
    r"|(?:政府信息公开|政务公开|信息公开)年报"
)
_NOT_TITLE = re.compile(r"^(?:按照|根据|依据|依照|现将|现公布|本报告|为)|[。；;]")
_TITLE_TAIL = re.compile(r"^[（(]?\s*(?:\d{4}\s*年度?|[〇○零一二三四五六七八九]{4}年度?)?\s*[）)]?$")


def is_chrome(text: str) -> bool:
    """A line of portal chrome: breadcrumb, share or accessibility bar, a metadata-block line, a
    date/source/visits line. Such a line is never a title or an agency (a metadata block's values are
    read from the document's blocks by nianbao.extraction.metadata)."""
    t = text.strip().strip("|").strip()
    if not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", t):
        return True  # what a cleaned share bar leaves: '：', '| |'

    return bool(_CHROME_LINE.search(t)) and len(t) <= 120


_CHROME_LINE = re.compile(
    "|".join((
        r"^(?:当前位置|您当前所在位置|您的位置|您所在的位置|所在位置|当前所在位置)",
        r"首页\s*(?:>|＞|»|›|/|\\|-&gt;|→)",
        r"^[>＞»›]|(?:[>＞»›][^>＞»›]{1,20}){2,}$",  # a breadcrumb whose 当前位置：首页 the line cleaner took
        r"^(?:首页|网站首页)$",
        r"^(?:网站)?首页(?![>＞»›/\\-])[^，,。；;：:>＞]{0,40}$",  # a menu: '首页政务公开政务服务互动交流'

        r"分享到|扫一扫|^(?:微信|微博|QQ空间|QQ)(?:\s+(?:微信|微博|QQ空间|QQ|朋友圈))+$",
        r"无障碍|长者模式|关怀版|适老化|老年模式|读屏|简体版|繁体版|繁體|^English$",
        r"^(?:【\s*)?(?:打印本页|关闭窗口|打印|关闭|收藏|字号|字体)",
        r"^(?:索\s*引\s*号|发布机构|发文机关|发文单位|成文日期|发布日期|生成日期|主题分类|信息分类|公开方式|公开范围|"
        r"文\s*号|有效性|时\s*效|标\s*题|名\s*称|体裁分类|组配分类|信息来源|来\s*源|日\s*期|发布时间|更新时间|"
        r"访问量|浏览次数|阅读次数|点击数|归档时间)\s*[:：|｜]",
        r"(?:访问量|浏览次数|阅读次数|点击数|访问次数)\s*[:：]",
    ))
)


_TITLE_YEAR = re.compile(r"(?:19|20)\d{2}\s*年度?")


def _complete_title(text: str) -> bool:
    """A line that is a title on its own: the report's name, a year and an agency."""
    m = TITLE_WORDS.search(text)
    if not m or not _TITLE_YEAR.search(text):
        return False
    rest = _TITLE_YEAR.sub("", text[: m.start()] + text[m.end():])
    return len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 2


# How the first line of a wrapped title ends: the agency's name (a body or a place), or a year.
_HEAD_END = re.compile(r"(?:局|委|会|厅|部|办|处|府|室|院|署|中心|站|所|馆|队|镇|乡|街道|区|县|市|州|盟|旗|省)$")


def _opens_title(text: str) -> bool:
    text = text.strip()
    return bool(_HEAD_END.search(text) or _TITLE_YEAR.search(text) or re.search(r"公开|政务|报告|年度", text))


def _title_at(lines: list[Line], k: int) -> tuple[str, int, str] | None:
    """A report title starting at line ``k`` (one line, or wrapped over two or three), its last line,
    and the body text run on after it in that line (a title wrapped inside 报告: "…年度报" / "告根据…")."""
    joined = ""
    for j in range(k, min(k + 3, len(lines))):
        text = lines[j].text.strip()
        if (j == k and len(text) > 60) or (j > k and (is_chrome(text) or headings.section_of_heading(text))):
            return None
        if j > k and _complete_title(text):
            return None  # a site's name above the page's own title: the title starts on the next line
        if j == k + 1 and not _opens_title(joined):
            return None  # a menu word ('办事服务') is no title's first line
        if j == k + 2 and _HEAD_END.search(lines[k + 1].text.strip()) and not _TITLE_YEAR.search(joined):
            return None  # a site's name, then the agency line of a title wrapped after it
        joined += text
        m = TITLE_WORDS.search(joined)
        if m and not _NOT_TITLE.search(joined[: m.end()]):
            tail = joined[m.end():]
            if not tail or _TITLE_TAIL.match(tail) or (len(tail) < _RUN_ON_BODY and not re.search(r"[，,：:]", tail)):
                return joined, j, ""  # a short tail ("格式模板", "（2023年度）") still belongs to the title
            if j > k and len(tail) >= _RUN_ON_BODY and len(joined) - len(tail) > len(joined) - len(text):
                return joined[: m.end()], j, tail.strip()
            return None
        if len(text) > 60:
            return None
    return None


def _take_title(items: list[Line | TableBlock]) -> str | None:
    """Remove the title lines (agency + year + 年度报告, possibly over several lines) and return them.

    The title is looked for in the first screen of lines, past portal chrome (breadcrumbs, share and
    accessibility bars, metadata-block lines), which is dropped from the first screen too; a title
    repeated there (a metadata block's 标题 line, then the page heading) is dropped with it.
    """
    screen = [i for i in items[:FIRST_SCREEN] if isinstance(i, Line)]
    chrome: list[Line] = []
    title: str | None = None
    for k, line in enumerate(screen):
        text = line.text.strip()
        if headings.section_of_heading(text):
            break
        if is_chrome(text):
            chrome.append(line)
            continue
        found = _title_at(screen, k)
        if found:
            title, last, rest = found
            if rest:
                idx = items.index(screen[last])
                items[idx] = screen[last] = Line(rest, screen[last].origin)
                last -= 1
            taken = set(map(id, screen[k : last + 1]))
            for later in screen[last + 1 :]:
                text = later.text.strip()
                if headings.section_of_heading(text, True):
                    break
                # The title repeated, or the report's own title under the notice that publishes it.
                if re.sub(r"\s+", "", text) == re.sub(r"\s+", "", title) or (
                        title.endswith("通知") and len(text) <= 60 and not re.search(r"[，,。；;：:]", text)
                        and _complete_title(text)):
                    taken.add(id(later))
            items[:] = [i for i in items if id(i) not in taken]
            break
        if title is None and k == 0:
            m = _TITLE.match(text)
            # "…年度报告（以下简称“年报”）根据…编制": the report's name is the subject of a sentence.
            if m and not re.match(r"\s*(?:[（(]以下简称|是根据|是依据|是按照)", text[m.end():]):
                rest = text[m.end():].strip()
                if len(rest) >= _RUN_ON_BODY:
                    idx = items.index(line)
                    items[idx : idx + 1] = [Line(rest, line.origin)]
                    title = m.group(1)
                    break
        if len(text) > 60:
            # Body text has begun: a title further down would be a sentence's, not the page's.
            break
    if chrome:
        gone = set(map(id, chrome))
        items[:] = [i for i in items if id(i) not in gone]
    return title


_OLD_TABLE_HEADER = re.compile(r"^\s*指标名称.{0,6}计量单位")


def _split_sections(items: list[Line | TableBlock], old: bool, tally: Tally) -> list[Section]:
    sections = [Section(PREAMBLE_SECTION.id, None)]
    for item in items:
        if isinstance(item, Line):
            sid = headings.section_of_heading(item.text, old)
            implicit = None if sid else headings.implicit_section(item.text, sections[-1].id)
            if implicit is None and sid is None and sections[-1].id != STATISTICS and _OLD_TABLE_HEADER.match(item.text):
                implicit = STATISTICS  # the old table's header row where its heading is missing
            if sid or implicit:
                sections.append(Section(sid or implicit, item.text.strip() if sid else None))
                if sid:
                    tally.add("heading", item.text)
                    continue
        sections[-1].items.append(item)
    return sections


def _narrative_heading(text: str) -> bool:
    """A sub-heading on its own line that names no part of a table ("1．主要问题", "（二）改进措施")."""
    heading = headings.sub_heading(text)
    if heading is None or heading.run_in:
        return False
    rest = headings.MARKERS[heading.depth][1].sub("", text, count=1).strip()
    return len(rest) >= 2 and not re.search(r"\d", rest) and not names_table_label(rest)


def _place_table_sections(sections: list[Section]) -> list[Section]:
    """Give every line of a table section a role (table text, prose, or neither), and move prose that
    follows table 四 into 五 when the report left out 五's heading (the outline puts it there)."""
    out: list[Section] = []
    for k, section in enumerate(sections):
        out.append(section)
        if section.id == STATISTICS:
            for line in section.lines:
                line.role = "table"
            continue
        if section.id not in TABLE_SECTIONS:
            continue
        lines = section.lines
        # A sentence wrapped over lines (a PDF's) is judged whole; a group holding a table row is table text.
        for group in dewrap([line.text for line in lines], [line.wraps for line in lines]):
            texts = [lines[i].text for i in group]
            joined = "".join(t.strip() for t in texts)
            if is_prose(joined) and not any(is_table_row(t) for t in texts):
                roles = ["paragraph"] * len(texts)
            elif len(texts) == 1 and _narrative_heading(texts[0]):
                roles = ["paragraph"]  # a sub-heading of narrative ("1．主要问题"): it heads the prose below
            else:
                roles = ["table" if is_table_text(t) else "unplaced" for t in texts]
            for i, role in zip(group, roles):
                lines[i].role = role
        later = {s.id for s in sections[k + 1 :]}
        if section.id != "review_litigation" or "problems" in later:
            continue
        table_at = [i for i, it in enumerate(section.items) if isinstance(it, TableBlock) or it.role == "table"]
        tail_from = next((i for i, it in enumerate(section.items)
                          if i > (table_at[-1] if table_at else -1) and isinstance(it, Line) and it.role == "paragraph"),
                         None)
        if table_at and tail_from is not None:
            moved = section.items[tail_from:]
            del section.items[tail_from:]
            for line in moved:
                if isinstance(line, Line):
                    line.role = ""
            out.append(Section("problems", None, moved))
    return out


def _paragraphs(section: Section, start: int, tally: Tally, old: bool = False,
                lines: list[Line] | None = None, ends_text: bool = False) -> list[Paragraph]:
    """The section's paragraphs under their heading paths. ``ends_text``: the section ends the text, so a
    heading-like last line heads nothing: the text was cut there ("3.深化认识政府信"), and it is a paragraph."""
    lines = section.lines if lines is None else lines
    root = section.heading or _SECTION_LABELS[section.id]
    kind = "unplaced" if section.id == UNPLACED else "paragraph"
    stack: list[tuple[int, str]] = []
    out: list[Paragraph] = []
    groups = dewrap([line.text for line in lines], [line.wraps for line in lines])
    for g, group in enumerate(groups):
        text = lines[group[0]].text.strip()
        for i in group[1:]:
            text = join(text, lines[i].text)
        pieces = headings.split_run_on(text, old)
        for p, piece in enumerate(pieces):
            heading = headings.sub_heading(piece)
            if ends_text and g == len(groups) - 1 and p == len(pieces) - 1 and heading is not None \
                    and not heading.run_in and out:
                heading = None  # the cut-off last line of a page under paragraphs of its own level
            if heading is not None:
                while stack and stack[-1][0] >= heading.depth:
                    stack.pop()
                stack.append((heading.depth, heading.text))
                if not heading.run_in:
                    tally.add("unplaced" if kind == "unplaced" else "heading", piece)
                    continue
            path = (root, *(t for _, t in stack))
            tally.add(kind, piece)
            out.append(Paragraph(start + len(out), piece, section.id, path, lines[group[0]].origin))
    return out


def analyse(doc: Document) -> Layout:
    """Find the title, the six sections and the narrative paragraphs of a read document.

    Every character of the body ends up somewhere, counted in ``Layout.tally``: the title, a heading,
    a paragraph, a table, chrome (page furniture, site chrome, running footers), or the ``unplaced``
    section, whose lines are kept as paragraphs.
    """
    tally = Tally()
    evidence = outline_evidence(doc)
    old = bool(evidence)
    items = _lines(doc, old, tally)
    before = sum(chars(i.text) for i in items if isinstance(i, Line))
    title = _take_title(items)
    tally.add("title", "x" * (before - sum(chars(i.text) for i in items if isinstance(i, Line))))
    sections = _split_sections(items, old, tally)
    if not old:
        sections = _place_table_sections(sections)
    else:
        for section in sections:
            for line in section.lines:
                line.role = "table" if section.id == STATISTICS else "paragraph" if section.id in TABLE_SECTIONS else ""
    paragraphs: list[Paragraph] = []
    unplaced: list[Line] = []
    last = sections[-1] if sections and sections[-1].items and isinstance(sections[-1].items[-1], Line) else None
    for section in sections:
        if section.id == STATISTICS:
            tally.add("table", section.text(with_tables=False))
        elif section.id in NARRATIVE_SECTIONS or (old and section.id in TABLE_SECTIONS):
            paragraphs.extend(_paragraphs(section, len(paragraphs), tally, old, ends_text=section is last))
        else:
            prose = [line for line in section.lines if line.role == "paragraph"]
            paragraphs.extend(_paragraphs(section, len(paragraphs), tally, lines=prose))
            tally.add("table", "\n".join(line.text for line in section.lines if line.role == "table"))
            # Kept in their section too: the table aligner reads the section's whole text.
            unplaced += [line for line in section.lines if line.role == "unplaced"]
    if unplaced:
        rest = Section(UNPLACED, None, list(unplaced))
        # Listed after the preamble, not last: the report's last lines stay its signature.
        sections.insert(1, rest)
        paragraphs.extend(_paragraphs(rest, len(paragraphs), tally))
    return Layout(title, sections, paragraphs, FORMAT_PRE_2019 if old else None, evidence, tally)
