"""One page's text reshaped as portals, crawlers and converters reshape a report, for metamorphic checks: the
same report in another shape must read as the same agency, year and detection (``benchmarks/dev_pages_morph.py``).

Each reshaping takes a page's text (paragraphs a line each, as the dev pages keep them) and a seed, and gives the
text in the new shape, or ``None`` where the shape cannot apply (a page with no title line to drop). The shapes
are the ones real pages show:

- ``s2t`` / ``s2hk`` / ``s2tw``: a repost in traditional characters (OpenCC's three traditional standards);
- ``one_line``: a crawler's text with every break lost — the page run together on one line;
- ``one_line_spaced``: a crawler's text keeping each break as a space, on one line;
- ``hard_wrap``: a PDF's text layer, each paragraph cut at the page's width (30–48 characters, one line under the
  other, as ``flowed_text.page_lines`` sets a page);
- ``portal``: the page inside a portal's chrome (a stale clock, accessibility bar, breadcrumb, a metadata block
  without the publisher, print tools above; share bar and footer below; ``portal``'s banks, no body named);
- ``untitled``: the title line dropped (the page's first line, when it names a report and is short);
- ``first_screen``: the page cut after its first screen (about 400 characters, mid-sentence);
- ``full_width_digits``: every ASCII digit written full width ('２０２３年');
- ``pdf_spaces``: a space between every two characters of each line, as some PDF text layers give them.

The paragraph shapes (``MORPHS``, ``benchmarks/dev_pages_paragraphs_morph.py``) take the page as lines and keep
every paragraph's words, so a gold paragraph keeps its key (``paragraph_as``: only ``traditional`` changes its
characters; the others change only whitespace, which ``paragraph_key`` drops):

- ``pdf_text``: a PDF's text layer — every line hard-wrapped at the page's width (``flowed_text.page_lines`` under the
  typesetter's line-breaking rule: no line opens on a closing mark or ends on an opening one), a
  paragraph's first line two characters narrower (its indent, which the layer keeps as no character), no blank
  line between paragraphs, and at every page break a page number as the footer ('- 3 -', '第3页 共8页',
  '— 3 —' or a bare '3'), so a paragraph may run across it;
- ``pdf_headers``: the same with a running header (the report's title) at the top of every page after the first,
  as marker writes a page break (``render_markdown``: the number, a blank line, the title);
- ``one_line``: a crawler's text that keeps its breaks as spaces: the first line, then everything else on one
  line a space apart (``flowed_text.spaced_text``);
- ``traditional``: every line in traditional characters (``s2t`` above), as a repost writes it;
- ``markdown``: a converter's Markdown — the first line '# ', a section heading '## ', a numbered sub-heading line
  '### ', a blank line between paragraphs;
- ``docx_dump``: a DOCX-to-text dump — a blank line after every paragraph, some opening on the two full-width
  spaces of a typed first-line indent.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from nianbao.extraction.readers.text import split_front_matter
from nianbao.synth.flowed_text import page_lines
from nianbao.synth.model import banks

Reshaping = Callable[[str, str], "str | None"]

# A first line that is a report's title: short and naming a report (年度报告, 年报, 工作报告, 报告).
_TITLE_LINE = re.compile(r"(?:报告|報告|年报|年報)")
FIRST_SCREEN_CHARS = 400


@lru_cache(maxsize=3)
def _converter(config: str):  # noqa: ANN202 — opencc has no type hints
    import opencc

    return opencc.OpenCC(config)


def _script(config: str) -> Reshaping:
    def convert(text: str, seed: str) -> str:
        return _converter(config).convert(text)

    convert.__doc__ = f"The page reposted in traditional characters (OpenCC {config})."
    return convert


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def one_line(text: str, seed: str) -> str:
    """The page's lines run together on one line (Latin and digits kept a space from what they meet)."""
    out = ""
    for line in _lines(text):
        sep = " " if out and (out[-1].isascii() and out[-1].isalnum() or line[0].isascii() and line[0].isalnum()) else ""
        out += sep + line
    return out + "\n"


def one_line_spaced(text: str, seed: str) -> str:
    """The page's lines on one line, a space where each break was."""
    return " ".join(_lines(text)) + "\n"


def hard_wrap(text: str, seed: str) -> str:
    """Each paragraph cut at a PDF page's width, the page 30 to 48 characters wide."""
    width = random.Random(f"{seed}:hard_wrap").randint(30, 48)
    return "\n".join(piece for line in _lines(text) for piece in page_lines(line, width)) + "\n"


def portal(text: str, seed: str) -> str:
    """The page inside a portal's chrome and a metadata block that names no body."""
    rng = random.Random(f"{seed}:portal")
    p = banks()["portal"]
    plain = lambda key: [s for s in p[key] if "{" not in s]  # noqa: E731 — chrome naming no owner
    code = f"{rng.randint(10**7, 10**8 - 1)}/{rng.randint(2015, 2025)}-{rng.randint(1, 99999):05d}"
    date = f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    meta = [f"索引号：{code}", f"成文日期：{date}", f"发布日期：{date}", f"主题分类：{rng.choice(p['topics'])}"]
    head = [rng.choice(p["clock"])] if rng.random() < 0.3 else []
    head += [rng.choice(plain("access")), rng.choice(plain("breadcrumb"))]
    head += ["  ".join(meta)] if rng.random() < 0.5 else meta
    head.append(rng.choice(plain("tools")))
    tail = [rng.choice(plain("share")), rng.choice(plain("footer"))]
    return "\n".join([*head, *_lines(text), *tail]) + "\n"


def untitled(text: str, seed: str) -> str | None:
    """The page without its title line; ``None`` when its first line is no title."""
    lines = _lines(text)
    if len(lines) < 2 or len(lines[0]) > 60 or not _TITLE_LINE.search(lines[0]):
        return None
    return "\n".join(lines[1:]) + "\n"


def first_screen(text: str, seed: str) -> str | None:
    """The page cut after its first screen, mid-sentence; ``None`` when the page is no longer than that."""
    kept, used = [], 0
    for line in _lines(text):
        if used + len(line) >= FIRST_SCREEN_CHARS:
            kept.append(line[: FIRST_SCREEN_CHARS - used])
            return "\n".join(kept) + "\n"
        kept.append(line)
        used += len(line)
    return None


_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def full_width_digits(text: str, seed: str) -> str:
    """Every ASCII digit written full width."""
    return text.translate(_FULL_WIDTH)


def pdf_spaces(text: str, seed: str) -> str:
    """A space between every two characters of each line."""
    return "\n".join(" ".join(line.replace(" ", "")) for line in _lines(text)) + "\n"


RESHAPINGS: dict[str, Reshaping] = {
    "s2t": _script("s2t"),
    "s2hk": _script("s2hk"),
    "s2tw": _script("s2tw"),
    "one_line": one_line,
    "one_line_spaced": one_line_spaced,
    "hard_wrap": hard_wrap,
    "portal": portal,
    "untitled": untitled,
    "first_screen": first_screen,
    "full_width_digits": full_width_digits,
    "pdf_spaces": pdf_spaces,
}


def reshape(name: str, text: str, seed: str) -> str | None:
    """``text`` in shape ``name`` (see ``RESHAPINGS``), drawn from ``seed``; ``None`` where the shape cannot apply."""
    return RESHAPINGS[name](text, seed)


MORPHS = ("as_crawled", "pdf_text", "pdf_headers", "one_line", "traditional", "markdown", "docx_dump")
_FOOTERS = ("- {n} -", "第{n}页 共{m}页", "— {n} —", "{n}")
_CN = "一二三四五六七八九十"
# A line that is a heading alone, as a converter sees it: short, numbered, with no sentence in it.
_SECTION_LINE = re.compile(rf"^[{_CN}]{{1,2}}[、.．][^。；;，,]{{2,30}}$")
_SUB_LINE = re.compile(rf"^[（(][{_CN}\d]{{1,3}}[)）][^。；;，,]{{2,30}}[。]?$")


@dataclass(frozen=True)
class Morphed:
    """A page's text in one shape and the file suffix a reader must see it under."""

    text: str
    suffix: str


# A report's paragraph opens on a first-line indent of two characters (the official document format, GB/T 9704):
# a text layer keeps no indent characters but its first line holds two characters fewer than a full line
# (a real PDF's text layer read by pdfminer or pdfium shows it: '2023 年，…坚持以…社会' two short of the lines under it).
FIRST_LINE_INDENT = 2


def indented_lines(text: str, width: int) -> list[str]:
    """A paragraph as a page sets it under a first-line indent: its first line ``FIRST_LINE_INDENT`` characters
    narrower than the others (``flowed_text.page_lines``)."""
    text = text.strip()
    first = page_lines(text, width - FIRST_LINE_INDENT, kinsoku=True)
    if len(first) <= 1 or not text.startswith(first[0]):
        return first
    return [first[0], *page_lines(text[len(first[0]):], width, kinsoku=True)]


def _wrapped_pages(lines: list[str], rng: random.Random) -> list[list[str]]:
    """The lines as a PDF sets them: hard-wrapped at one width under a first-line indent, cut into pages of
    one height."""
    width, height = rng.randint(28, 40), rng.randint(30, 42)
    flat = [piece for line in lines if line.strip() for piece in indented_lines(line, width)]
    return [flat[i:i + height] for i in range(0, len(flat), height)] or [[]]


def pdf_text(lines: list[str], seed: str, headers: bool = False) -> str:
    """The page as a PDF's text layer: wrapped lines, a page number after each page, with ``headers`` the
    title atop every page after the first. A scraper's front matter above the text ('标题: …' … '==== 正文 ===='),
    which a scraper writes above a PDF's text as above a page's, is kept as written: it is no part of the PDF's
    pages, and its title is the running header."""
    rng = random.Random(f"{seed}:pdf_text")
    props, start = split_front_matter(lines)
    front, body = lines[:start], lines[start:]
    pages = _wrapped_pages(body, rng)
    footer = rng.choice(_FOOTERS)
    title = props.get("title") or next((line.strip() for line in body if line.strip()), "")
    out: list[str] = [line.strip() for line in front]
    for n, page in enumerate(pages, 1):
        if headers and n > 1 and title:
            out.append(title)
        out += page
        out.append(footer.format(n=n, m=len(pages)))
    return "\n".join(out) + "\n"


def titled_one_line(lines: list[str]) -> str:
    """The first line, then every other line on one line, a space apart."""
    rest = [line.strip() for line in lines[1:] if line.strip()]
    return "\n".join([lines[0].strip(), " ".join(rest)] if lines else []) + "\n"


def markdown(lines: list[str]) -> str:
    """The page as a converter's Markdown: headings marked by level, a blank line between paragraphs."""
    out = []
    for i, line in enumerate(ln.strip() for ln in lines if ln.strip()):
        if i == 0:
            out.append(f"# {line}")
        elif _SECTION_LINE.match(line):
            out.append(f"## {line}")
        elif _SUB_LINE.match(line):
            out.append(f"### {line}")
        else:
            out.append(line)
    return "\n\n".join(out) + "\n"


def docx_dump(lines: list[str], seed: str) -> str:
    """The page as a DOCX dumped to text: a blank line after every paragraph, some indented by two
    full-width spaces."""
    rng = random.Random(f"{seed}:docx_dump")
    indent = rng.random() < 0.5
    out = [("\u3000\u3000" if indent and len(line.strip()) > 20 else "") + line.strip()
           for line in lines if line.strip()]
    return "\n\n".join(out) + "\n"


def morph(lines: list[str], kind: str, seed: str) -> Morphed:
    """The page's ``lines`` in the shape ``kind`` (one of ``MORPHS``), drawn from ``seed``."""
    if kind == "as_crawled":
        return Morphed("\n".join(lines) + "\n", ".txt")
    if kind in ("pdf_text", "pdf_headers"):
        return Morphed(pdf_text(lines, seed, headers=kind == "pdf_headers"), ".txt")
    if kind == "one_line":
        return Morphed(titled_one_line(lines), ".txt")
    if kind == "traditional":
        return Morphed("\n".join(_converter("s2t").convert(line) for line in lines) + "\n", ".txt")
    if kind == "markdown":
        return Morphed(markdown(lines), ".md")
    if kind == "docx_dump":
        return Morphed(docx_dump(lines, seed), ".txt")
    raise ValueError(f"unknown shape {kind!r}; known: {', '.join(MORPHS)}")


def paragraph_as(text: str, kind: str) -> str:
    """A gold paragraph's text as the shape ``kind`` writes it (its key compared after this)."""
    return _converter("s2t").convert(text) if kind == "traditional" else text
