"""Join lines that a converter broke mid-sentence back into the paragraphs they were."""

from __future__ import annotations

import re

from nianbao.extraction.layout.headings import ITEM, section_of_heading, sub_heading

_TERMINAL = tuple("。！？!?；;：:")
_ASCII_END = re.compile(r"[0-9A-Za-z%.]$")
_ASCII_START = re.compile(r"^[0-9A-Za-z%]")
# Lines shorter than this end a paragraph even without punctuation (titles, signatures, dates).
MIN_WRAPPED_CHARS = 16
# A line ending inside an opened bracket ("根据《"), or followed by one that opens with a document name
# a web page broke off before ("按照" / "《条例》规定，…"), goes on whatever its length.
_OPEN_END = tuple("《（(“‘【〈「『")
_NAME_START = "《"


def _starts_block(line: str) -> bool:
    return bool(section_of_heading(line) or sub_heading(line) or ITEM.match(line))


def _is_heading_only(line: str) -> bool:
    heading = sub_heading(line)
    return bool(section_of_heading(line) or (heading and not heading.run_in))


def join(a: str, b: str) -> str:
    """Join two pieces of one sentence: no space between CJK text, one between Latin words or digits."""
    a, b = a.rstrip(), b.lstrip()
    sep = " " if _ASCII_END.search(a) and _ASCII_START.search(b) else ""
    return a + sep + b


def dewrap(lines: list[str], wraps: list[bool | None] | None = None) -> list[list[int]]:
    """Group line indices into paragraphs: a line ending mid-sentence continues on the next line.

    ``wraps`` carries what page geometry says of each line (see TextBlock.wraps); where it is known
    it decides, except that a heading or a new item always starts a paragraph.
    """
    groups: list[list[int]] = []
    for i, line in enumerate(lines):
        if groups:
            last = groups[-1][-1]
            prev = lines[last].strip()
            geometry = wraps[last] if wraps else None
            if geometry is None:
                wrapped = not prev.endswith(_TERMINAL) and (
                    len(prev) >= MIN_WRAPPED_CHARS or prev.endswith(_OPEN_END) or line.lstrip().startswith(_NAME_START))
            else:
                wrapped = geometry
            wrapped = wrapped and not _is_heading_only(prev) and not _starts_block(line)
            if wrapped:
                groups[-1].append(i)
                continue
        groups.append([i])
    return groups
