"""A report's title wrapped over two lines where the layout took no title: a school's academic year on the
first line ('某大学关于2022-2023学年度' / '信息公开工作的报告'), or a cover's year and body over the bare
report name ('2010年某区某局' / '政府信息公开年度报告', a document site's copy of the report's cover)."""

from __future__ import annotations

import re

from nianbao.core.document import Document, TableBlock
from nianbao.extraction.metadata import ACADEMIC_YEAR, YEAR, parse_title, plausible_agency

# A title that is the report's name alone, without agency or year.
TITLE_ONLY = re.compile(r"^(?:政府信息公开|政务公开|政务信息公开|信息公开)(?:工作)?(?:年度报告|工作报告|年报)$")
# A cover's first line: the year and the body, nothing else ('2010年某区某局').
_YEAR_AND_BODY = re.compile(rf"^{YEAR}年度?[^\d，,。；;：:、《》“”]{{2,40}}$")
_FIRST_LINES = 12  # a document site prints its notice lines (how to buy, report abuse) above the cover


def wrapped_title(doc: Document) -> tuple[str | None, int | None]:
    """(agency, year) of a title wrapped over two of the page's first lines, the layout having taken no
    title; the year is None for a school's academic year. (None, None) where no such title opens the page."""
    lines = [re.sub(r"\s+", "", ln) for b in doc.blocks[:12] if not isinstance(b, TableBlock)
             for ln in b.text.splitlines()]
    lines = [ln for ln in lines if ln][:_FIRST_LINES]
    for first, second in zip(lines, lines[1:]):
        school = bool(re.search(ACADEMIC_YEAR + "$", first)) and first in lines[:6]
        if school or (_YEAR_AND_BODY.match(first) and TITLE_ONLY.match(second)):
            agency, year = parse_title(first + second)
            if agency and plausible_agency(agency):
                return agency, None if school else year
    return None, None
