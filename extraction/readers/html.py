"""HTML pages: drop scripts and site chrome, keep the report's blocks and its real tables."""

from __future__ import annotations

import re
from typing import ClassVar

import lxml.html
from lxml import etree
from lxml_html_clean import Cleaner

from nianbao.core.problems import ProblemCode
from nianbao.core.record import Problem
from nianbao.core.document import Document, Origin, TableBlock, TextBlock, expand_spans
from nianbao.extraction.readers.base import ReadError
from nianbao.extraction.readers.text import decode_text, decode_warnings

# Only text is read, never rendered or followed: <script> elements go, but the javascript pass (which
# rewrites every link and attribute, a third of the cleaning time) is not needed.
_CLEANER = Cleaner(
    scripts=True,
    javascript=False,
    comments=True,
    style=True,
    inline_style=False,
    links=True,
    meta=False,
    page_structure=False,
    processing_instructions=True,
    embedded=True,
    frames=True,
    forms=True,
    annoying_tags=True,
    remove_unknown_tags=False,
    safe_attrs_only=False,
)
# Site chrome that government CMS pages wrap around an article.
_CHROME_TAGS = ("nav", "header", "footer", "aside", "noscript", "select", "button", "iframe")
_CHROME_ATTR = re.compile(
    r"(^|[\s_-])(nav|menu|header|footer|breadcrumb|crumb|share|sidebar|toolbar|copyright|search|login|"
    r"topbar|bottom|position|location|print|fontsize|related)", re.I
)
_BLOCK_TAGS = {
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "dd", "dt", "dl", "center", "form", "body", "td", "th", "tr", "tbody", "thead",
}
# Headings of the six sections: the element whose text holds most of them is the report body.
_SECTION_MARKS = re.compile(r"总体情况|主动公开政府信息|收到和处理政府信息公开申请|行政复议|存在的主要问题|其他需要报告")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SPACE = re.compile(r"[ \t\r\n\u00a0\u3000]+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _is_data_table(table: etree._Element) -> bool:
    """A real table holds no nested table (layout tables do) and has at least two rows."""
    return not table.xpath(".//table") and len(table.xpath(".//tr")) >= 2


def _table_grid(table: etree._Element, warnings: list[Problem]) -> list:
    rows = []
    trs = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    for r, tr in enumerate(trs):
        cells = []
        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            # As browsers do: a row span ends at the table's last row, a column span at 1,000.
            cells.append((_norm(td.text_content()), min(_span(td.get("rowspan")), len(trs) - r), _span(td.get("colspan"))))
        rows.append(cells)
    area = sum(rowspan * colspan for row in rows for _, rowspan, colspan in row)
    if area > sum(map(len, rows)) + MAX_SPAN_CELLS:  # spans that would fill a grid of millions of cells
        warnings.append(Problem(ProblemCode.TABLE_TRUNCATED, f"a table's row and column spans would expand to "
                                f"{area:,} cells; each cell was read unspanned", "read"))
        rows = [[(text, 1, 1) for text, _, _ in row] for row in rows]
    return expand_spans(rows)


# Cells that row and column spans may add to a table's own: a real report's tables add a few dozen.
MAX_SPAN_CELLS = 100_000


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(str(value).strip() or 1), 1000))
    except ValueError:
        return 1


def _content_root(body: etree._Element) -> etree._Element:
    """The smallest element that still holds most of the report: its section headings and its text.

    A preamble that names all six sections is small; the article holding them is not, so a child is
    only taken when it keeps most of its parent's text as well as the headings.
    """
    total = len(set(_SECTION_MARKS.findall(body.text_content())))
    if total < 3:
        return body
    node = body
    while True:
        size = len(node.text_content())
        best = None
        for child in node:
            if not isinstance(child.tag, str):
                continue
            text = child.text_content()
            # (a paragraph is no container: a cut page's preamble naming the sections may hold most of its text)
            holds_blocks = any(isinstance(g.tag, str) and g.tag in _BLOCK_TAGS for g in child)
            if holds_blocks and len(set(_SECTION_MARKS.findall(text))) >= total - 1 and len(text) >= size * 0.5:
                best = child
                break
        if best is None:
            return node
        node = best


def _title_heading(body: etree._Element, root: etree._Element) -> etree._Element | None:
    """The report-title heading above the content root, which left it out: portals often put the
    article's <h1> above the block that holds its text."""
    for el in body.iter():
        if el is root:
            return None
        if el.tag in ("h1", "h2", "h3") and "报告" in el.text_content():
            return el
    return None


class HtmlReader:
    """HTML (.html, .htm): text blocks in reading order, leaf <table>s as expanded grids."""

    name: ClassVar[str] = "html"
    suffixes: ClassVar[tuple[str, ...]] = (".html", ".htm", ".xhtml", ".shtml")

    def read(self, data: bytes, path: str) -> Document:
        text, encoding, replaced = decode_text(data)
        # Control characters mean nothing in HTML, and lxml refuses them when it rejoins text around a
        # dropped element: they become spaces.
        text = _CONTROL.sub(" ", text)
        parser = lxml.html.HTMLParser()
        try:
            tree = lxml.html.document_fromstring(text, parser=parser)
        except (etree.ParserError, ValueError) as exc:
            raise ReadError(ProblemCode.BAD_HTML, f"the HTML cannot be parsed: {exc}") from exc
        if any("Excessive depth" in e.message for e in parser.error_log):  # libxml2 stops at 256 levels
            raise ReadError(ProblemCode.TOO_COMPLEX, "the HTML nests elements more than 256 deep (no report does); "
                            "its text past that depth cannot be read")
        self._warnings: list[Problem] = []
        props = self._properties(tree)
        tree = _CLEANER.clean_html(tree)
        for el in tree.xpath("//*"):
            if el.getparent() is None or not isinstance(el.tag, str):
                continue
            attrs = f"{el.get('class', '')} {el.get('id', '')}"
            if el.tag in _CHROME_TAGS or (el.tag not in ("table", "td", "tr") and _CHROME_ATTR.search(attrs)
                                           and not _SECTION_MARKS.search(el.text_content())):
                el.drop_tree()
        body = tree.find("body")
        root = _content_root(body if body is not None else tree)
        blocks: list[TextBlock | TableBlock] = []
        title = _title_heading(body if body is not None else tree, root)
        if title is not None:
            self._flush(blocks, [title.text_content()], int(title.tag[1]), title)
        rest: list[str] = []  # the root's own text, flushed after its blocks
        self._walk(root, blocks, rest)
        self._flush(blocks, rest, None)
        return Document(path, self.name, blocks, encoding, props, decode_warnings(replaced) + self._warnings)

    @staticmethod
    def _properties(tree: etree._Element) -> dict[str, str]:
        props: dict[str, str] = {}
        title = tree.findtext(".//title")
        if title and title.strip():
            props["title"] = _norm(title)
        for name, key in (("ArticleTitle", "title"), ("PubDate", "published"), ("Author", "publisher")):
            for meta in tree.xpath(f"//meta[@name='{name}']"):
                if meta.get("content", "").strip():
                    props[key] = _norm(meta.get("content"))
        return props

    def _walk(self, el: etree._Element, blocks: list, buf: list[str]) -> None:
        if el.text:
            buf.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                if child.tail:
                    buf.append(child.tail)
                continue
            if child.tag == "table" and _is_data_table(child):
                self._flush(blocks, buf, None)
                grid = _table_grid(child, self._warnings)
                if grid:
                    blocks.append(TableBlock(grid, Origin(self.name, len(blocks), element=child.getroottree().getpath(child))))
            elif child.tag == "br":
                buf.append("\n")
            elif child.tag in _BLOCK_TAGS or child.tag == "table":
                self._flush(blocks, buf, None)
                level = int(child.tag[1]) if re.fullmatch(r"h[1-6]", child.tag) else None
                inner: list[str] = []
                self._walk(child, blocks, inner)
                self._flush(blocks, inner, level, child)
            else:
                self._walk(child, blocks, buf)
            if child.tail:
                buf.append(child.tail)

    def _flush(self, blocks: list, buf: list[str], level: int | None, el: etree._Element | None = None) -> None:
        for line in "".join(buf).split("\n"):
            line = _norm(line)
            if line:
                where = el.getroottree().getpath(el) if el is not None else None
                blocks.append(TextBlock(line, Origin(self.name, len(blocks), element=where), level))
        buf.clear()
