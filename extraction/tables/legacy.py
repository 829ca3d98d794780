"""The statistics table of a pre-2019 report (指标名称 | 计量单位 | 2017年度 | 历年累计), read as a generic
label → value table: ``Table(id="legacy", format="pre-2019")`` with cells ``legacy.<row label>.<column>``.

Its rows differ from report to report (主动公开信息数, 其中：1.网站公开, 受理依申请公开信息总数,
行政复议数 …), so they are kept as the report labels them, never forced into tables 二, 三, 四. A row
under "其中：" is keyed by its own label (its parent's label goes first where the label repeats).
Columns: ``year`` (本年度, "2017年度") and ``cumulative`` (历年累计); others keep their header as written.

Crawled page text runs the cells together: "主动公开信息数条4251516其中：1.网站公开条41815092.政府公报…".
A row ends where the next row's label starts; the next row's ordinal ("2.") is split off the digits
before it. Two columns run together ("4251516") cannot be split with certainty: such cells are
``ambiguous`` with the readings that keep 历年累计 ≥ 本年度 as candidates.
"""

from __future__ import annotations

import re

from nianbao.core.codebook import FORMAT_PRE_2019, LEGACY_TABLE_ID
from nianbao.core.document import TableBlock
from nianbao.core.record import Cell, CellKind, CellSource, Table
from nianbao.extraction.tables.cells import parse_cell

_HEADER = re.compile(r"指标名称\s*计量单位\s*((?:(?:\d{4}\s*年度?|本年度?|上年度?|历年累计|累计)\s*)+)")
_COLUMN = re.compile(r"\d{4}\s*年度?|本年度?|上年度?|历年累计|累计")
_UNIT = r"(?:人次|万元|条|件|个|次|项|份|元|篇|期|人)"
# A row: its label (optionally "其中：" and an ordinal), its unit, then its values.
_ROW = re.compile(
    rf"(?P<sub>其中\s*[:：]\s*)?(?P<ord>\d{{1,2}}\s*[.、．]\s*)?(?P<label>[^\d\s.、．:：][^\d]*?)\s*(?P<unit>{_UNIT})\s*"
    rf"(?P<values>\d[\d\s]*)"
)
MAX_TEXT = 4000


def _column_id(header: str) -> str:
    header = re.sub(r"\s+", "", header)
    if header in ("历年累计", "累计"):
        return "cumulative"
    if re.fullmatch(r"\d{4}年度?|本年度?", header):
        return "year"
    return header


def _splits(digits: str, n: int) -> list[tuple[int, ...]]:
    """Every way to cut a digit string into n numbers without leading zeros."""
    if n == 1:
        return [(int(digits),)] if digits and (digits == "0" or not digits.startswith("0")) else []
    out = []
    for k in range(1, len(digits) - n + 2):
        head = digits[:k]
        if head != "0" and head.startswith("0"):
            continue
        out += [(int(head), *rest) for rest in _splits(digits[k:], n - 1)]
    return out


def _values(raw: str, columns: list[str]) -> list[tuple[CellKind, int | None, list[int] | None]]:
    """(kind, value, candidates) per column from the digits a row holds."""
    parts = raw.split()
    n = len(columns)
    if len(parts) == n:
        return [(CellKind.NUMBER, int(p), None) for p in parts]
    digits = "".join(parts)
    readings = _splits(digits, n)
    if "cumulative" in columns and "year" in columns:
        y, c = columns.index("year"), columns.index("cumulative")
        readings = [r for r in readings if r[c] >= r[y]] or readings
    if len(readings) == 1:
        return [(CellKind.NUMBER, v, None) for v in readings[0]]
    return [(CellKind.AMBIGUOUS, None, sorted({r[i] for r in readings})[:12]) for i in range(n)]


def read_legacy_text(text: str) -> Table | None:
    """The old statistics table in flattened text, or None where the text holds no such table."""
    m = _HEADER.search(text[:MAX_TEXT])
    if not m:
        return None
    columns = [_column_id(c) for c in _COLUMN.findall(m.group(1))]
    columns = columns or ["year"]
    body = text[m.end(): m.end() + MAX_TEXT]
    cells: list[Cell] = []
    seen: set[str] = set()
    parent = ""
    next_ordinal = 0
    pos = 0
    pending_sub = False
    while (row := _ROW.search(body, pos)) is not None:
        pos = row.end()
        label = re.sub(r"\s+", "", row.group("label"))
        raw = row.group("values").strip()
        sub = bool(row.group("sub") or row.group("ord")) or pending_sub
        pending_sub = False
        if not sub:
            parent, next_ordinal = label, 1
        # The next row's ordinal run into this row's digits: "41815092." = 418 | 1509 | "2.".
        after = body[row.end(): row.end() + 3]
        if re.match(r"\s*[.、．]", after) and raw:
            ordinal = str(next_ordinal + 1 if sub else 1)
            if raw.endswith(ordinal) and len(raw) > len(ordinal):
                raw = raw[: -len(ordinal)].rstrip()
                pending_sub = True
        if sub:
            next_ordinal += 1
        key = label if label not in seen else f"{parent}/{label}"
        seen.add(key)
        snippet = body[row.start(): row.end()].strip()[:160]
        for col, (kind, value, candidates) in zip(columns, _values(raw, columns)):
            cells.append(Cell(f"{LEGACY_TABLE_ID}.{key}.{col}", kind, value, raw if kind is CellKind.AMBIGUOUS else str(value),
                              row.group("unit"), None, candidates, CellSource("text", snippet=snippet)))
    if not cells:
        return None
    return Table(LEGACY_TABLE_ID, FORMAT_PRE_2019, True, cells, "text",
                 [f"pre-2019 statistics table: {len(cells) // max(len(columns), 1)} rows, columns {', '.join(columns)}"])


def read_legacy_grid(block: TableBlock) -> Table | None:
    """The old statistics table as a real grid (HTML, DOCX, Markdown): a header row with 计量单位."""
    grid = block.grid
    head = next((r for r, row in enumerate(grid) if any("计量单位" in c.text for c in row)), None)
    if head is None:
        return None
    header = [c.text.strip() for c in grid[head]]
    unit_col = next(j for j, t in enumerate(header) if "计量单位" in t)
    value_cols = [(j, _column_id(t)) for j, t in enumerate(header) if j > unit_col and t]
    cells: list[Cell] = []
    seen: set[str] = set()
    parent = ""
    for r in range(head + 1, len(grid)):
        row = grid[r]
        raw_label = "".join(dict.fromkeys(c.text.strip() for c in row[:unit_col] if c.text.strip()))
        sub = bool(re.match(r"\s*(?:其中\s*[:：])?\s*\d{1,2}\s*[.、．]", raw_label)) or raw_label.startswith("其中")
        label = re.sub(r"^(?:其中\s*[:：]\s*)?(?:\d{1,2}\s*[.、．]\s*)?", "", re.sub(r"\s+", "", raw_label))
        if not label:
            continue
        if not sub:
            parent = label
        key = label if label not in seen else f"{parent}/{label}"
        seen.add(key)
        for j, col in value_cols:
            text = row[j].text if j < len(row) else ""
            parsed = parse_cell(text)
            cells.append(Cell(f"{LEGACY_TABLE_ID}.{key}.{col}", parsed.kind, parsed.value, text,
                              row[unit_col].text.strip() or parsed.unit, parsed.note,
                              source=CellSource(block.extractor, block=block.origin.block, line=block.origin.line,
                                                row=r, col=j, snippet=text or None)))
    if not cells:
        return None
    return Table(LEGACY_TABLE_ID, FORMAT_PRE_2019, True, cells, block.extractor,
                 [f"pre-2019 statistics table: columns {', '.join(c for _, c in value_cols)}"])
