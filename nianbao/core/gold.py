"""The gold file of one document as types: what ``corpus/gold/README.md`` describes, checked by decoding.

The types are the format: ``load_gold`` decodes every file into them (a wrong type fails with the
file and the path of the bad field), ``schema()`` derives the JSON Schema from them, so no separate
schema can drift from what the loader accepts. Enumerations (cell ids, paragraph labels, figure ids)
come from the codebook.

A section that is absent from a file is ``UNSET`` (not annotated: not scored), which is different from
an empty list or ``null`` (annotated: the document has none / does not state it).
"""

import json
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import msgspec
from msgspec import UNSET, Meta, UnsetType

from nianbao.core import codebook

__all__ = [
    "UNSET", "Cell", "CellValue", "Contact", "Figure", "Gold", "GoldError", "Metadata", "Paragraph",
    "all_cell_ids", "cell_long", "decode_gold", "encode_gold", "gold_files", "load_gold", "read_gold", "schema",
    "to_builtins",
]


def all_cell_ids() -> list[str]:
    """Every cell id of every format (the 2019 and 2021 tables share their t3/t4 ids)."""
    return sorted({cid for fmt in ("2021", "2019") for cid in codebook.all_cell_ids(fmt)})


# Literal types built from the codebook at import: the codebook is the one list of ids, and a Literal
# makes msgspec reject an unknown id by name and put the ids into the schema as an enum.
CellId = Literal[tuple(all_cell_ids())]  # type: ignore[valid-type]
ParagraphLabel = Literal[tuple(c.id for c in codebook.PARAGRAPH_LABELS)]  # type: ignore[valid-type]
FigureId = Literal[tuple(sorted(codebook.FIGURE_IDS))]  # type: ignore[valid-type]
TableKey = Literal[codebook.TABLE_KEYS]  # type: ignore[valid-type]

Key = Annotated[str, Meta(pattern=r"^[0-9a-f]{12}$", description="SHA-1 of the whitespace-free text, 12 hex digits")]
IsoDate = Annotated[str, Meta(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Year = Annotated[int, Meta(ge=1990, le=2100)]
Break = Annotated[str, Meta(pattern=r"^(H[1-4]:[a-z_]+|H5:t[234](_2019)?\.[a-z_]+\.[a-z0-9_]+)$")]
Number = Union[int, float]
Status = Literal["ok", "not_a_report", "error"]
FormatVersion = Literal["2021", "2019", "pre-2019", "unknown"]
AdminLevel = Literal["provincial", "prefectural", "county", "township"]
CellKind = Literal["number", "blank", "dash", "none_word", "annotated", "ambiguous"]
Scope = Literal["收到", "新收", "受理", "接收", "共需办理", "办结"]


class _Strict(msgspec.Struct, forbid_unknown_fields=True):
    """A misspelt field is an error, not a silently ignored key.

    Fields are declared in the order the gold files write them, so ``encode_gold`` gives back a file
    byte for byte (a test holds every file in ``corpus/gold`` to it).
    """


class Cell(_Strict, kw_only=True):
    """A gold cell in its long form; a bare number in the file is a plain numeric cell."""

    kind: CellKind
    value: Number | UnsetType = UNSET  # required for number and annotated (a semantic check)
    unit: str | UnsetType = UNSET
    raw: str | UnsetType = UNSET
    candidates: list[Number] | UnsetType = UNSET  # readings of an ambiguous cell
    note: str | UnsetType = UNSET


CellValue = Union[Number, Cell]


class Contact(_Strict, kw_only=True):
    """Contact details as the document states them (``null`` where it does not)."""

    address: str | None = None
    postcode: str | None = None
    phone: str | None = None
    email: str | None = None


class Metadata(_Strict, kw_only=True):
    """Each field ``null`` where the document does not state it; absent where it was not annotated."""

    agency: str | None | UnsetType = UNSET
    year: Year | None | UnsetType = UNSET
    format_version: FormatVersion | UnsetType = UNSET
    admin_level: AdminLevel | None | UnsetType = UNSET
    region: str | None | UnsetType = UNSET
    publication_date: IsoDate | None | UnsetType = UNSET
    contact: Contact | UnsetType = UNSET


class Figure(_Strict, kw_only=True):
    """One figure the prose states (README, "Figures")."""

    id: FigureId
    value: Number
    unit: str | None = None
    approx: bool = False
    scope: Scope | None = None  # requests.* only
    qualifier: str | None = None
    listed: int | None | UnsetType = UNSET  # counted lists only
    paragraph_key: Key | None = None
    session: str | None | UnsetType = UNSET
    note: str | None = None


class Paragraph(_Strict, kw_only=True):
    """The labels a reader gave one of the layout's paragraphs, matched by ``key``."""

    index: Annotated[int, Meta(ge=0)] | UnsetType = UNSET  # for orientation only
    key: Key
    section: str | UnsetType = UNSET
    labels: Annotated[list[ParagraphLabel], Meta(min_length=1)]
    note: str | None | UnsetType = UNSET


class Gold(_Strict, kw_only=True):
    """The gold annotation of one document (``corpus/gold/README.md``)."""

    doc_id: Annotated[str, Meta(min_length=1)]
    source: str
    status: Status
    error: str | None | UnsetType = UNSET  # synthetic hostile files: the reader's expected error code
    hostile: str | UnsetType = UNSET  # synthetic hostile files: the kind of file
    metadata: Metadata | UnsetType = UNSET
    tables_readable: dict[TableKey, bool] | UnsetType = UNSET
    cells: dict[CellId, CellValue] | UnsetType = UNSET
    identity_breaks: list[Break] | UnsetType = UNSET
    notes: str | UnsetType = UNSET
    figures: list[Figure] | UnsetType = UNSET
    figures_note: str | UnsetType = UNSET
    paragraphs: list[Paragraph] | UnsetType = UNSET
    paragraphs_note: str | UnsetType = UNSET

    @property
    def format_version(self) -> str:
        """The stated format, ``unknown`` where metadata does not give one."""
        fmt = self.metadata.format_version if self.metadata else UNSET
        return fmt if isinstance(fmt, str) else "unknown"


def cell_long(value: CellValue) -> Cell:
    """A gold cell in its long form (a bare number is ``kind: number``)."""
    return value if isinstance(value, Cell) else Cell(kind="number", value=value)


class GoldError(ValueError):
    """A gold file that is not valid JSON or does not fit the types: its file and the bad field's path."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path, self.message = Path(path), message
        super().__init__(f"{self.path.name}: {message}")


_DECODER = msgspec.json.Decoder(Gold)


def decode_gold(data: bytes | str, path: Path | str = "<gold>") -> Gold:
    """One gold file's JSON text decoded; ``GoldError`` names ``path`` and the field where it goes wrong."""
    try:
        return _DECODER.decode(data)
    except msgspec.DecodeError as exc:  # ValidationError included: msgspec gives '… - at `$.path`'
        raise GoldError(path, str(exc)) from exc


def read_gold(path: Path | str) -> Gold:
    """The gold file at ``path``, decoded."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise GoldError(path, f"not readable: {exc}") from exc
    return decode_gold(data, path)


def gold_files(directory: Path | str) -> list[Path]:
    """Every ``*.json`` under ``directory`` (recursively: the synthetic corpus shards its gold), sorted."""
    return sorted(Path(directory).rglob("*.json"))


def load_gold(directory: Path | str) -> dict[str, Gold]:
    """Gold annotations by ``doc_id`` from every ``*.json`` under ``directory``; ``GoldError`` on a bad file."""
    return {g.doc_id: g for g in map(read_gold, gold_files(directory))}


def encode_gold(gold: Gold) -> str:
    """A gold file's text: indented, Chinese kept as written (the layout the gold files use)."""
    # The two-space indented layout is json's (msgspec indents by its own rule); msgspec gives the
    # builtins in field order.
    return json.dumps(msgspec.to_builtins(gold), ensure_ascii=False, indent=2) + "\n"


def to_builtins(value: Any) -> Any:
    """Gold values as plain JSON data (for reports that serialize misses)."""
    return msgspec.to_builtins(value)


def schema() -> dict[str, Any]:
    """The JSON Schema of a gold file, derived from the types (what ``nianbao gold schema`` prints)."""
    out = msgspec.json.schema(Gold)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "nianbao gold annotation of one document (see corpus/gold/README.md)"} | out
