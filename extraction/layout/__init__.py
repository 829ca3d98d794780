"""Layout: from a Document's blocks to the report's title, six sections and narrative paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from nianbao.core.codebook import (FORMAT_PRE_2019, PREAMBLE_SECTION, SECTIONS, STATISTICS_TABLE_SECTION,
                                   UNPLACED_SECTION)
from nianbao.core.document import Document, Origin, TableBlock
from nianbao.extraction.layout import headings, run_on
from nianbao.extraction.layout.bare_headings import list_runs, omitted, states_count
from nianbao.extraction.layout.clean import clean_line, web_chrome
from nianbao.extraction.readers.folios import bare_page_numbers, is_folio, running_headers
from nianbao.extraction.layout.crawled import crawled_pieces, is_caption
from nianbao.extraction.layout.dewrap import dewrap, join
from nianbao.extraction.layout.flattened import flattened_sections
from nianbao.extraction.layout.flowed import flowed_width, mend_cut_headings, runs_on
from nianbao.extraction.layout.inference import L1_LINE, TRUNCATION, infer_sections, is_stock, overflow_start
from nianbao.extraction.layout.model import Line, Section
from nianbao.extraction.layout.placement import (Tally, chars, is_cut_sentence, is_prose, is_table_row, is_table_text,
                                                 names_table_label, old_statistics_table, outline_evidence,
                                                 running_footers)
from nianbao.extraction.layout.title import FIRST_SCREEN, TITLE_WORDS, is_chrome, take_frame, take_title

__all__ = ["FIRST_SCREEN", "NARRATIVE_SECTIONS", "TITLE_WORDS", "Layout", "Line", "Paragraph", "Section", "analyse",
           "is_chrome", "old_statistics_table"]

# The sections whose text is narrative (the others hold the tables; in a pre-2019 report all six do).
NARRATIVE_SECTIONS = ("preamble", "overview", "problems", "other_matters")
TABLE_SECTIONS = ("proactive", "requests", "review_litigation")
UNPLACED = UNPLACED_SECTION.id
STATISTICS = STATISTICS_TABLE_SECTION.id
_SECTION_LABELS = {s.id: s.label for s in (*SECTIONS, PREAMBLE_SECTION, UNPLACED_SECTION, STATISTICS_TABLE_SECTION)}


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
    # Sections placed without their heading (the report left it out): what was inferred, for a warning.
    inferred: list[str] = field(default_factory=list)

    def section(self, sid: str) -> Section | None:
        return next((s for s in self.sections if s.id == sid), None)

    @property
    def found_sections(self) -> list[str]:
        """The sections whose heading was found (not those inferred where the report left it out)."""
        return [s.id for s in self.sections if s.id not in (PREAMBLE_SECTION.id, UNPLACED, STATISTICS) and not s.inferred]

    @property
    def coverage(self) -> float:
        """The share of the body's characters placed as title, heading, paragraph, table or chrome."""
        return self.tally.coverage

    def text(self) -> str:
        """The report's text; the unplaced section's lines stand in their own sections already."""
        return "\n".join(s.text() for s in self.sections if s.id != UNPLACED)


def _lines(doc: Document, old: bool, tally: Tally, flowed: float | None = None) -> list[Line | TableBlock]:
    """The document's lines (split at the section headings run into them) and tables. ``flowed``: the text
    is a flattened run wrapped again, its lines' full width (``flowed.flowed_width``): a line as wide was
    wrapped, which its last piece carries as page geometry would."""
    items: list[Line | TableBlock] = []
    footers = running_footers([clean_line(b.text) for b in doc.blocks if not isinstance(b, TableBlock)])
    kept: set[str] = set()
    texts = [clean_line(b.text) for b in doc.blocks if not isinstance(b, TableBlock)]
    folios = bare_page_numbers(texts)  # a PDF's text layer's bare page numbers: page furniture
    raw = [b.text for b in doc.blocks if not isinstance(b, TableBlock)]
    # ... and its running headers under each page's number (bare, or told by its own marks: '— 3 —')
    breaks = folios | {k for k, t in enumerate(raw) if is_folio(t)}
    folios |= running_headers(texts, breaks, (doc.properties.get("title", ""),))
    texts = ["" if k in folios else t for k, t in enumerate(texts)]
    mended = iter(mend_cut_headings(texts, old))
    for k, block in enumerate(doc.blocks):
        if isinstance(block, TableBlock):
            tally.body += chars(block.as_text())
            tally.add("table", block.as_text())
            items.append(block)
            continue
        tally.body += chars(block.text)
        text = next(mended)
        if text and text.strip() in footers:
            if k < 5 and text.strip() not in kept:
                kept.add(text.strip())  # the title, not yet a running header
            else:
                text = ""
        # A crawler's one-line page breaks at its paragraphs' edges first (``crawled``); a caption between them goes.
        # A pre-2019 one only after its sentences' ends: the old outline cuts its headings, date and table (``headings``).
        pieces = [q for p in (crawled_pieces(text, old) if text else []) if not is_caption(p)
                  for q in headings.split_at_section_headings(p, old)]
        if not pieces and web_chrome(block.text) and items and isinstance(items[-1], Line) and items[-1].wraps is None:
            # A line of a page's chrome ('【打印本页】【关闭窗口】') stood between: no sentence runs across it.
            items[-1].wraps = False
        tally.chrome += chars(block.text) - sum(chars(p) for p in pieces)
        wraps = block.wraps
        if flowed and wraps is None and runs_on(text, flowed, prose=False):
            wraps = True
        for k, piece in enumerate(pieces):
            items.append(Line(piece, block.origin, wraps if k == len(pieces) - 1 else False))
    return items



_OLD_TABLE_HEADER = re.compile(r"^\s*指标名称.{0,6}计量单位")


def _split_sections(items: list[Line | TableBlock], old: bool, tally: Tally) -> list[Section]:
    sections = [Section(PREAMBLE_SECTION.id, None)]
    for k, item in enumerate(items):
        if isinstance(item, Line):
            sid = headings.section_of_heading(item.text, old)
            if not sid and k == len(items) - 1:
                sid = headings.cut_section_heading(item.text, sections[-1].id)  # the excerpt ends inside it
            implicit = None if sid else headings.implicit_section(item.text, sections[-1].id)
            if old and not sid and not implicit:
                sid = headings.demoted_section(item.text, sections[-1].id)
            if implicit is None and sid is None and sections[-1].id != STATISTICS and _OLD_TABLE_HEADER.match(item.text):
                implicit = STATISTICS  # the old table's header row where its heading is missing
            if sid or implicit:
                sections.append(Section(sid or implicit, item.text.strip() if sid else None))
                if sid:
                    tally.add("heading", item.text)
                    continue
        sections[-1].items.append(item)
    return sections


# How a paragraph's path marks a section whose heading the report left out.
INFERRED_MARK = "（标题缺失，按内容归入）"


def _cut_at_truncations(groups: list[list[int]], lines: list[Line]) -> list[list[int]]:
    """Paragraph groups split at a site's truncation marker, which stands between two paragraphs' pieces."""
    out: list[list[int]] = []
    for group in groups:
        piece: list[int] = []
        for i in group:
            if TRUNCATION.search(lines[i].text):
                out += [p for p in (piece, [i]) if p]
                piece = []
            else:
                piece.append(i)
        if piece:
            out.append(piece)
    return out


_LATER_PART = re.compile(r"^\s*(?:[二三四五六七八九十]|十[一二三四五六七八九])\s*[、.．]")


def _rehome_preamble(sections: list[Section], old: bool, tally: Tally) -> list[str]:
    """Move the narrative the preamble holds past its stock sentences into the section the outline puts
    it in, where the report left out the overview's heading (or every heading). Returns notes for a
    warning where the sections were guessed from topics (no heading at all), none where the outline says."""
    found = [s.id for s in sections[1:] if s.id != STATISTICS]  # the old table's heading heads no narrative
    if found[:1] == ["overview"] and not _LATER_PART.match(next(s for s in sections[1:] if s.id == "overview").heading or ""):
        return []
    # A later overview heading is an extra old part mapped to it ("二、组织领导和制度建设情况"), not 一.
    preamble = sections[0]
    lines = preamble.lines
    groups = _cut_at_truncations(dewrap([line.text for line in lines], [line.wraps for line in lines]), lines)
    if old and not found:
        groups = [[i] for i in range(len(lines))]  # no heading at all: a web page flattened to lines, each a paragraph
    texts = ["".join(lines[i].text.strip() for i in group) for group in groups]
    start = overflow_start(texts)
    if not old and not found:
        parts = flattened_sections(preamble, groups, start)
        if parts is not None:
            # No heading at all, but tables the labels tell: narrative placed by the outline around them.
            sections[1:1] = parts
            return [f"no section heading found: tables told by their labels and the narrative placed by the "
                    f"outline around them in {', '.join(p.id for p in parts)}"]
    if start is None or (not old and not found and not any(is_stock(t, k == 0) for k, t in enumerate(texts[:start]))):
        return []  # no heading and no report's intro either: a page that is no report keeps its lines as they are
    first = next(i for i, item in enumerate(preamble.items) if item is lines[groups[start][0]])
    moved, preamble.items[first:] = preamble.items[first:], []
    if old and not found:
        # No heading at all: each paragraph goes where its topic falls in the old outline's order.
        where = {id(lines[i]): sid for group, sid in zip(groups[start:], infer_sections(texts[start:])) for i in group}
        parts: list[Section] = []
        for item in moved:
            sid = where.get(id(item), parts[-1].id if parts else "overview")
            if not parts or parts[-1].id != sid:
                parts.append(Section(sid, None, inferred=True))
            parts[-1].items.append(item)
        sections[1:1] = parts
        return [f"no section heading found: {len(texts) - start} paragraph(s) placed by topic in "
                + ", ".join(dict.fromkeys(p.id for p in parts))]
    heading = None
    if isinstance(moved[0], Line) and L1_LINE.match(moved[0].text) and len(moved) > 1:
        heading = moved.pop(0).text.strip()  # "一、总体概述": the section's own heading, in a wording not known
        tally.add("heading", heading)
    section = Section("overview", heading, moved, inferred=heading is None)
    sections.insert(1, section)
    return []  # the outline leaves no doubt: what follows the preamble and precedes 二 is 一


def _narrative_heading(text: str) -> bool:
    """A sub-heading on its own line that names no part of a table ("1．主要问题", "（二）改进措施")."""
    heading = headings.sub_heading(text)
    if heading is None or heading.run_in:
        return False
    rest = headings.MARKERS[heading.depth][1].sub("", text[headings.lost_prefix(text):], count=1).strip()
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
        groups = dewrap([line.text for line in lines], [line.wraps for line in lines])
        for group in groups:
            texts = [lines[i].text for i in group]
            joined = "".join(t.strip() for t in texts)
            ends_text = k == len(sections) - 1 and group is groups[-1]
            if (is_prose(joined) or is_cut_sentence(joined, ends_text)) and not any(is_table_row(t) for t in texts):
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
                lines: list[Line] | None = None, ends_text: bool = False, flowed: float | None = None) -> list[Paragraph]:
    """The section's paragraphs under their heading paths. ``ends_text``: the section ends the text, so a
    heading-like last line heads nothing: the text was cut there ("3.深化认识政府信"), and it is a paragraph.
    ``flowed``: the report is a flattened run of text wrapped again, its lines' full width (``flowed.flowed_width``)."""
    lines = section.lines if lines is None else lines
    root = section.heading or _SECTION_LABELS[section.id]
    if section.inferred:
        root = f"{root}{INFERRED_MARK}"
    kind = "unplaced" if section.id == UNPLACED else "paragraph"
    stack: list[tuple[int, str]] = []
    out: list[Paragraph] = []
    groups = dewrap([line.text for line in lines], [line.wraps for line in lines], flowed)
    # A flowed text's run is its section's text, as the line it was (``flowed``).
    run_chars = sum(len(line.text.strip()) for line in lines) if flowed else None
    # A bare heading that states a count ('（一）2010年主动公开政府信息10余条') until it heads something: one that
    # heads nothing (a sibling heading or the section's end comes next) is narrative, kept as a paragraph.
    pending: tuple[int, str, tuple[str, ...], str] | None = None  # (depth, text, path, origin)

    def settle(as_paragraph: bool) -> None:
        nonlocal pending
        if pending is not None:
            depth, piece, path, origin = pending
            if as_paragraph:
                tally.add(kind, piece)
                out.append(Paragraph(start + len(out), piece, section.id, path, origin))
            else:
                tally.add("unplaced" if kind == "unplaced" else "heading", piece)
            pending = None

    texts = []
    for group in groups:
        text = lines[group[0]].text.strip()
        for i in group[1:]:
            text = join(text, lines[i].text)
        texts.append(text)
    # (not among a table section's prose lines nor the unplaced: rows set as text, '3.危及… / / /', run so)
    listed = list_runs(texts) if section.id in NARRATIVE_SECTIONS or (old and section.id in TABLE_SECTIONS) else set()
    for g, group in enumerate(groups):
        text = texts[g]
        pieces = run_on.split_run_on(text, old, run_chars)
        for p, piece in enumerate(pieces):
            heading = None if g in listed else headings.sub_heading(piece)
            if ends_text and g == len(groups) - 1 and p == len(pieces) - 1 and heading is not None \
                    and not heading.run_in:
                # The cut-off last line of a page ('3.深化认识政府信', '（一）公'): a heading there heads nothing.
                heading = None
            if heading is not None:
                settle(as_paragraph=pending is not None and pending[0] >= heading.depth)
                while stack and stack[-1][0] >= heading.depth:
                    stack.pop()
                parent = (root, *(t for _, t in stack))
                stack.append((heading.depth, heading.text))
                if not heading.run_in:
                    if states_count(piece) or omitted(piece):
                        pending = (heading.depth, piece, parent, lines[group[0]].origin)
                    else:
                        tally.add("unplaced" if kind == "unplaced" else "heading", piece)
                    continue
            settle(as_paragraph=False)
            path = (root, *(t for _, t in stack))
            tally.add(kind, piece)
            out.append(Paragraph(start + len(out), piece, section.id, path, lines[group[0]].origin))
    settle(as_paragraph=True)
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
    # Judged on the lines whose wraps no page geometry tells (a text's, a converter's Markdown).
    flowed = flowed_width([clean_line(b.text) for b in doc.blocks
                                            if not isinstance(b, TableBlock) and b.wraps is None])
    items = _lines(doc, old, tally, flowed)
    before = sum(chars(i.text) for i in items if isinstance(i, Line))
    title = take_title(items)
    tally.add("title", "x" * (before - sum(chars(i.text) for i in items if isinstance(i, Line))))
    tally.add("chrome", take_frame(items))
    sections = _split_sections(items, old, tally)
    inferred = _rehome_preamble(sections, old, tally)
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
            paragraphs.extend(_paragraphs(section, len(paragraphs), tally, old, ends_text=section is last,
                                          flowed=flowed))
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
    return Layout(title, sections, paragraphs, FORMAT_PRE_2019 if old else None, evidence, tally, inferred)
