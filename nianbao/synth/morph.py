"""The same report text in the other shapes users feed nianbao (metamorphic variants of a page's text).

Each variant takes a page's text as lines (its title or first line first, one paragraph a line) and writes it
back as one kind of document would hold it; it is seeded, so a page and a seed give the same text every time:

- ``pdf_text``: a PDF's text layer — every line hard-wrapped at the page's width (``flowed_text.page_lines``),
  no blank line between paragraphs, and at every page break a page number as the footer ('- 3 -', '第3页 共8页',
  '— 3 —' or a bare '3'), so a paragraph may run across it;
- ``pdf_headers``: the same with a running header (the report's title) at the top of every page after the first,
  as marker writes a page break (``render_markdown``: the number, a blank line, the title);
- ``one_line``: a crawler's text that keeps its breaks as spaces: the first line, then everything else on one
  line a space apart (``flowed_text.spaced_text``);
- ``traditional``: every line in traditional characters (``portal.traditional``), as a repost writes it;
- ``markdown``: a converter's Markdown — the first line '# ', a section heading '## ', a numbered sub-heading line
  '### ', a blank line between paragraphs;
- ``docx_dump``: a DOCX-to-text dump — a blank line after every paragraph, some opening on the two full-width
  spaces of a typed first-line indent.

What a variant does to a gold paragraph's own text is ``paragraph_as``: only ``traditional`` changes its
characters; every other variant changes only whitespace, which ``paragraph_key`` drops, so a paragraph keeps
its key.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from nianbao.synth.flowed_text import page_lines
from nianbao.synth.portal import traditional

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


def _wrapped_pages(lines: list[str], rng: random.Random) -> list[list[str]]:
    """The lines as a PDF sets them: hard-wrapped at one width, cut into pages of one height."""
    width, height = rng.randint(28, 40), rng.randint(30, 42)
    flat = [piece for line in lines if line.strip() for piece in page_lines(line.strip(), width)]
    return [flat[i:i + height] for i in range(0, len(flat), height)] or [[]]


def pdf_text(lines: list[str], seed: str, headers: bool = False) -> str:
    """The page as a PDF's text layer: wrapped lines, a page number after each page, with ``headers`` the
    title atop every page after the first."""
    rng = random.Random(f"{seed}:pdf_text")
    pages = _wrapped_pages(lines, rng)
    footer = rng.choice(_FOOTERS)
    out: list[str] = []
    for n, page in enumerate(pages, 1):
        if headers and n > 1 and lines:
            out.append(lines[0].strip())
        out += page
        out.append(footer.format(n=n, m=len(pages)))
    return "\n".join(out) + "\n"


def one_line(lines: list[str]) -> str:
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
        return Morphed(one_line(lines), ".txt")
    if kind == "traditional":
        return Morphed("\n".join(traditional(line) for line in lines) + "\n", ".txt")
    if kind == "markdown":
        return Morphed(markdown(lines), ".md")
    if kind == "docx_dump":
        return Morphed(docx_dump(lines, seed), ".txt")
    raise ValueError(f"unknown shape {kind!r}; known: {', '.join(MORPHS)}")


def paragraph_as(text: str, kind: str) -> str:
    """A gold paragraph's text as the shape ``kind`` writes it (its key compared after this)."""
    return traditional(text) if kind == "traditional" else text
