"""What one cell's raw text says: a number, a blank, a dash, 无, an annotated number, or text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nianbao.core.record import CellKind

# '---' is an em dash as pandoc's Markdown writer writes it (its smart typography: — is ---, – is --).
_DASHES = {"—", "——", "–", "-", "－", "―", "/", "／", "\\", "--", "---", "—-"}
_UNITS = r"万元|元|件|个|项|条|次|人次|篇"
_NUMBER = r"[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CELL = re.compile(rf"^({_NUMBER})\s*({_UNITS})?\s*(?:[（(]\s*(.*?)\s*[)）])?$")
# A value inside flattened table text: a number (with its unit and note), a dash, or a lone 无. A note is
# on the number's line, and a group's marker after it ('0 （四）无法提供') is the next row's label, no note.
VALUE_TOKEN = re.compile(
    rf"(?P<num>{_NUMBER})\s*(?P<unit>{_UNITS})?"
    r"(?P<note>[^\S\n]*[（(](?![一二三四五六七八九十]{1,3}[)）])[^（）()\n]{0,40}[)）])?"
    r"|(?P<dash>(?<![\u4e00-\u9fff\w])(?:——|—|－|―|-|/|／)(?![\u4e00-\u9fff\w]))"
    r"|(?P<none>(?<![\u4e00-\u9fff])无(?![\u4e00-\u9fff]))"
)


@dataclass(frozen=True)
class ParsedCell:
    kind: CellKind
    value: int | float | None = None
    unit: str | None = None
    note: str | None = None


def to_number(text: str) -> int | float:
    """'1,234' → 1234, '9116.36' → 9116.36, '−3' → -3."""
    text = text.replace(",", "").replace("−", "-")
    return float(text) if "." in text else int(text)


@lru_cache(maxsize=1 << 16)  # a corpus writes the same few thousand cell texts over and over
def parse_cell(raw: str) -> ParsedCell:
    """Classify a cell's raw text without changing what it says."""
    text = re.sub(r"\s+", "", raw or "").replace("（", "(").replace("）", ")")
    if not text:
        return ParsedCell(CellKind.BLANK)
    if text in _DASHES:
        return ParsedCell(CellKind.DASH)
    if text == "无":
        return ParsedCell(CellKind.NONE_WORD)
    m = _CELL.match(text)
    if not m:
        return ParsedCell(CellKind.TEXT)
    note = m.group(3) or None
    kind = CellKind.ANNOTATED if note else CellKind.NUMBER
    return ParsedCell(kind, to_number(m.group(1)), m.group(2), note)


def is_valid_number(text: str) -> bool:
    """A digit string as a table cell writes it: no leading zeros except 0 itself and 0.x decimals."""
    return bool(re.fullmatch(r"(?:0|[1-9]\d*)(?:\.\d+)?", text))
