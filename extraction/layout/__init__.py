"""Layout: from a Document's blocks to the report's title, six sections and narrative paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.core.document import Document, Origin, TableBlock
from nianbao.extraction.layout import headings
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.layout.dewrap import dewrap, join
from nianbao.core.codebook import PREAMBLE_SECTION, SECTIONS

# The sections whose text is narrative (the others hold the tables).
NARRATIVE_SECTIONS = ("preamble", "overview", "problems", "other_matters")
# A title run into the first line. Not a sentence that cites the format (按照《政府信息公开工作年度报告格式》).
_TITLE = re.compile(r"^(?!按照|根据|依据|依照)([^《》]{2,60}?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?(?:工作)?报告)")
_RUN_ON_BODY = 10  # characters after 报告 on a title line that are the body's start, not the title's end
_SECTION_LABELS = {s.id: s.label for s in SECTIONS} | {PREAMBLE_SECTION.id: PREAMBLE_SECTION.label}


@dataclass
class Line:
    """A cleaned line of the report and where it came from."""

    text: str
    origin: Origin
    wraps: bool | None = None  # the reader's geometric word on whether the next line continues this one


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

    def section(self, sid: str) -> Section | None:
        return next((s for s in self.sections if s.id == sid), None)

    @property
    def found_sections(self) -> list[str]:
        return [s.id for s in self.sections if s.id != PREAMBLE_SECTION.id]

    def text(self) -> str:
        return "\n".join(s.text() for s in self.sections)


def _lines(doc: Document) -> list[Line | TableBlock]:
    items: list[Line | TableBlock] = []
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            items.append(block)
            continue
        text = clean_line(block.text)
        pieces = headings.split_at_section_headings(text) if text else []
        for k, piece in enumerate(pieces):
            items.append(Line(piece, block.origin, block.wraps if k == len(pieces) - 1 else False))
    return items


def _take_title(items: list[Line | TableBlock]) -> str | None:
    """Remove the title lines (agency + year + 年度报告, possibly over several lines) and return them."""
    head = [i for i in items[:4] if isinstance(i, Line)]
    joined = ""
    for line in head:
        if len(line.text) > 60 or headings.section_of_heading(line.text):
            break
        # 报告 itself may wrap ("…年度报" / "告"): look for it in the lines so far, not in one line.
        joined += line.text.strip()
        end = joined.find("报告")
        if end >= 0:
            title, rest = joined[: end + 2], joined[end + 2 :].strip()
            if len(rest) < _RUN_ON_BODY:  # a short tail ("（2023年度）") still belongs to the title
                title, rest = joined, ""
            idx = items.index(line)
            items[: idx + 1] = [Line(rest, line.origin)] if rest else []
            return title
    if head:
        m = _TITLE.match(head[0].text.strip())
        if m:
            first = head[0]
            rest = first.text.strip()[m.end():].strip()
            idx = items.index(first)
            items[idx : idx + 1] = [Line(rest, first.origin)] if rest else []
            return m.group(1)
    return None


def _split_sections(items: list[Line | TableBlock]) -> list[Section]:
    sections = [Section(PREAMBLE_SECTION.id, None)]
    for item in items:
        if isinstance(item, Line):
            sid = headings.section_of_heading(item.text)
            implicit = None if sid else headings.implicit_section(item.text, sections[-1].id)
            if sid or implicit:
                sections.append(Section(sid or implicit, item.text.strip() if sid else None))
                if sid:
                    continue
        sections[-1].items.append(item)
    return sections


def _paragraphs(section: Section, start: int) -> list[Paragraph]:
    lines = section.lines
    root = section.heading or _SECTION_LABELS[section.id]
    stack: list[tuple[int, str]] = []
    out: list[Paragraph] = []
    for group in dewrap([line.text for line in lines], [line.wraps for line in lines]):
        text = lines[group[0]].text.strip()
        for i in group[1:]:
            text = join(text, lines[i].text)
        for piece in headings.split_run_on(text):
            heading = headings.sub_heading(piece)
            if heading is not None:
                while stack and stack[-1][0] >= heading.depth:
                    stack.pop()
                stack.append((heading.depth, heading.text))
                if not heading.run_in:
                    continue
            path = (root, *(t for _, t in stack))
            out.append(Paragraph(start + len(out), piece, section.id, path, lines[group[0]].origin))
    return out


def analyse(doc: Document) -> Layout:
    """Find the title, the six sections and the narrative paragraphs of a read document."""
    items = _lines(doc)
    title = _take_title(items)
    sections = _split_sections(items)
    paragraphs: list[Paragraph] = []
    for section in sections:
        if section.id in NARRATIVE_SECTIONS:
            paragraphs.extend(_paragraphs(section, len(paragraphs)))
    return Layout(title, sections, paragraphs)
