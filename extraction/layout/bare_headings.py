"""Which bare sub-headings (a numbered line with no sentence) are the report's narrative, not headings: one stating a
count or noting its text was left out, where it heads nothing; and a list's items one a line, a run of siblings
heading nothing. ``nianbao.extraction.layout`` asks while it builds a section's paragraphs."""

from __future__ import annotations

import re

from nianbao.extraction.layout import headings, run_on

_COUNT = re.compile(r"\d+\s*(?:余|多)?\s*[条件篇次个期场项人]")
_LIST_RUN = 3  # bare siblings in a row, none heading any text: a list's items


def list_runs(texts: list[str]) -> set[int]:
    """The lines that are a list's items though each reads as a bare sub-heading ('（2）市级部门及其主要职责',
    '（3）…', '（4）…' one a line): ``_LIST_RUN`` or more siblings in a row with no text under any of them. A
    heading always heads text; a run of them heading nothing is what the report lists, and kept as paragraphs."""
    found: set[int] = set()
    run: list[int] = []
    depth = None
    for g, text in enumerate([*texts, ""]):
        heading = headings.sub_heading(text) if text else None
        bare = heading is not None and not heading.run_in and len(run_on.split_run_on(text, False, None)) == 1
        if bare and heading.depth == depth:
            run.append(g)
            continue
        if len(run) >= _LIST_RUN:
            found.update(run)
        run, depth = ([g], heading.depth) if bare else ([], None)
    return found


# An editor's note that a part's text was left out: '（二）公开形式（略）', '3.其他情况(略)。'.
_OMITTED = re.compile(r"[（(]\s*略\s*[)）][。.]?\s*$")


def omitted(piece: str) -> bool:
    """A bare heading whose text the report left out ('（二）公开形式（略）'): the note is the part's whole
    narrative, kept as a paragraph where it heads nothing."""
    return _OMITTED.search(piece) is not None


def states_count(piece: str) -> bool:
    """A bare heading stating a count ('（一）2010年主动公开政府信息10余条'): narrative if it heads nothing."""
    heading = headings.sub_heading(piece)
    rest = headings.MARKERS[heading.depth][1].sub("", piece[headings.lost_prefix(piece):], count=1) if heading else piece
    return _COUNT.search(rest) is not None
