"""The record: msgspec Structs for everything nianbao extracts from one report.

Structs rather than dataclasses: msgspec encodes and decodes them in C, typed, which is what lets a
corpus of 100,000 records be read back in seconds. They construct like the dataclasses they replaced
(positionally or by keyword, same field order and defaults). Serialisation lives in
``nianbao.core.serialize``; ids come from ``nianbao.core.codebook``.
"""

from __future__ import annotations

from enum import Enum

import msgspec
from msgspec import field

# 2: msgspec Structs; records of schema 1 (same field names) load unchanged.
SCHEMA_VERSION = "2"


class CellKind(str, Enum):
    """What a cell held, kept distinct because a blank, a 0, a dash and 无 are different statements."""

    NUMBER = "number"
    BLANK = "blank"
    DASH = "dash"  # —, -, /
    NONE_WORD = "none_word"  # 无
    ANNOTATED = "annotated"  # a number with a note, e.g. 22（其中修订16件）
    TEXT = "text"  # something that is no number
    AMBIGUOUS = "ambiguous"  # the text cannot decide the value
    MISSING = "missing"  # the table or row was found but this cell was not


class Status(str, Enum):
    OK = "ok"  # a report, all three tables read
    PARTIAL = "partial"  # a report, but something could not be read
    NOT_A_REPORT = "not_a_report"
    ERROR = "error"  # the input could not be read at all


class CheckStatus(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    SKIPPED = "skipped"  # a cell involved is missing or ambiguous


class CellSource(msgspec.Struct, omit_defaults=True):
    """Where a cell's value came from: the extractor and its place in the document."""

    # 'grid' (a markup table), 'text' (a flattened table), 'text-split' (run-together digits), or the
    # PDF table extractor: 'geometry', 'camelot', 'camelot-raster'; '+ocr' where the page was OCR'd.
    # Empty in a compact record where it is the table's own extractor (``Table.extractor``).
    extractor: str = ""
    block: int | None = None
    line: int | None = None
    row: int | None = None  # grid position, for real tables
    col: int | None = None
    snippet: str | None = None  # the text the value was read from
    page: int | None = None  # 1-based page of a PDF
    bbox: list[float] | None = None  # x0, top, x1, bottom in PDF points from the page's top-left
    confidence: float | None = None  # least OCR confidence of the cell's characters (scanned pages)


class Cell(msgspec.Struct, omit_defaults=True):
    """One cell of a standard table, aligned to its canonical id."""

    id: str
    # Most cells are numbers: as the default, "number" is left out of the JSON (a fifth of a compact record).
    kind: CellKind = CellKind.NUMBER
    value: int | float | None = None
    raw: str | None = None
    unit: str | None = None  # a unit written in the cell, e.g. 元 in a 万元 column (never converted)
    note: str | None = None  # an annotation, e.g. 其中修订16件
    candidates: list[int | float] | None = None  # the values an ambiguous cell could hold
    source: CellSource | None = None


class Table(msgspec.Struct):
    """Table 二, 三 or 四 of a report, every template cell present (missing ones say so)."""

    id: str  # t2, t2_2019, t3, t4
    format: str
    found: bool
    cells: list[Cell]
    extractor: str | None = None
    notes: list[str] = field(default_factory=list)

    def cell(self, cell_id: str) -> Cell | None:
        return next((c for c in self.cells if c.id == cell_id), None)


# omit_defaults: most checks have no figures, assumption or zeros, and a compact record keeps a passed
# H-check as rule, scope, status and sums only (its cells and message follow from the relation).
class Check(msgspec.Struct, omit_defaults=True):
    """One relation of the spec applied to one scope (a column, a row, a block), with its evidence."""

    rule: str  # H1 … H5
    scope: str  # e.g. 'natural_person' for H1/H2, a row id for H3, a block for H4, a table for H5
    status: CheckStatus
    cells: list[str] = field(default_factory=list)
    lhs: float | None = None
    rhs: float | None = None
    message: str = ""
    assumed_zero: list[str] = field(default_factory=list)  # blank / dash / 无 cells counted as 0
    figures: list[int] = field(default_factory=list)  # R…: indexes into Record.figures compared with the cells
    assumption: str | None = None  # R…: how the prose's scope word was read, e.g. 收到 = 一 + 二

    @property
    def key(self) -> str:
        return f"{self.rule}:{self.scope}"


class Proposal(msgspec.Struct, omit_defaults=True):
    """A correction nianbao proposes, never applies: the one cell whose change makes every failing identity hold.

    ``slip`` names the misprint that turns ``proposed`` into what the report prints: ``transposition``
    (two adjacent digits swapped), ``dropped_digit`` / ``extra_digit``, ``ocr_confusion`` (0↔8, 1↔7, 5↔6 …),
    ``typo`` (one other digit), ``blank`` (an empty cell that should hold a number) or ``other``.
    Proposals of one record are ranked (1 = most likely); ``score`` is the ranking's weight in (0, 1].
    """

    cell: str  # canonical cell id
    current: float | None  # the value read (None for a blank, dash or 无 counted as 0)
    proposed: float
    raw: str | None = None  # the text read in the cell
    slip: str = "other"
    rank: int = 1
    score: float = 0.0
    fixes: list[str] = field(default_factory=list)  # keys of the failing checks the change makes hold
    evidence: str = ""  # the argument in words: which identities cross there, what the prose says


class Contact(msgspec.Struct):
    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None


class Metadata(msgspec.Struct):
    agency: str | None = None
    year: int | None = None
    format_version: str = "unknown"
    format_evidence: list[str] = field(default_factory=list)
    admin_level: str | None = None
    region: str | None = None
    publication_date: str | None = None
    title: str | None = None
    contact: Contact = field(default_factory=Contact)
    # Where each field was read: title | metadata_block | preamble | signature | html | contact | body (the overview's opening subject) | period | narrative | mention (the learned ranker).
    sources: dict[str, str] = field(default_factory=dict)
    # Other statements of a field that differ from the chosen one, by the source that made them.
    candidates: dict[str, dict[str, str]] = field(default_factory=dict)
    # Why the document was (or was not) taken for an annual report.
    report_evidence: list[str] = field(default_factory=list)
    script: str | None = None  # 'traditional' where the page was read through a simplified view


class Paragraph(msgspec.Struct, omit_defaults=True):
    """A narrative paragraph with its section and heading path."""

    index: int
    text: str
    section: str
    path: list[str]
    block: int | None = None
    line: int | None = None
    labels: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    original: str | None = None  # the text in the page's own script where ``text`` was converted to simplified


class Figure(msgspec.Struct, omit_defaults=True):
    """A number the prose states, typed by a codebook figure id, with the span it was read from."""

    id: str  # a codebook figure id, e.g. 'requests.received'
    value: int | float
    unit: str | None = None  # as written: 件, 条, %, 元 …
    approx: bool = False  # "460余件", "30多篇", "近百": the text gives no exact number
    scope: str | None = None  # the scope word for requests (新收, 收到, 受理, 共需办理 …)
    qualifier: str | None = None  # a part of a split figure: 主办, 协办 …
    paragraph: int | None = None  # Paragraph.index; None for a sentence outside the narrative paragraphs
    section: str | None = None  # the section the figure was read in
    start: int | None = None  # span in the paragraph's text
    end: int | None = None
    text: str | None = None  # the span itself
    listed: int | None = None  # how many numbered items the text lists for this count, where it lists them
    session: str | None = None  # the congress session a proposal count belongs to, e.g. 区十九届人大三次会议
    note: str | None = None
    # Whose count it is: "self" (the reporting agency) or the other body the prose names for it
    # (全县, 县直各部门, 各级行政机关 …). Only the agency's own figures are reconciled with its tables.
    subject: str = "self"
    # How it was read: "grammar" (the rules of extraction/figures/grammar.py) or the name of the figure
    # reader that added it where the grammar read nothing ("learned"): a researcher may keep the rules' only.
    read_by: str = "grammar"


class Problem(msgspec.Struct):
    """An error or warning with a stable code, the stage that raised it, and a plain message."""

    code: str
    message: str
    stage: str


class SourceFile(msgspec.Struct):
    path: str
    sha256: str | None = None
    size: int | None = None
    reader: str | None = None
    encoding: str | None = None


class Record(msgspec.Struct):
    """Everything nianbao read from one input file."""

    doc_id: str
    source: SourceFile
    status: Status
    metadata: Metadata = field(default_factory=Metadata)
    sections: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)  # corrections proposed for broken identities
    paragraphs: list[Paragraph] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION
    nianbao_version: str = ""
    # The share of the body's characters (whitespace aside) the layout placed as title, heading,
    # paragraph, table, chrome or signature; text it could not place is kept in the unplaced section.
    coverage: float = 0.0

    def table(self, key: str) -> Table | None:
        """Table by id (``t2`` also finds the 2019 ``t2_2019``)."""
        return next((t for t in self.tables if t.id == key or t.id.split("_")[0] == key), None)

    def cell(self, cell_id: str) -> Cell | None:
        for table in self.tables:
            if cell_id.startswith(table.id + "."):
                return table.cell(cell_id)
        return None
