"""The one place records become JSON and JSON becomes records again (msgspec, typed, in C)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, TypeVar

import msgspec

from nianbao.core.compact import expand, is_compact
from nianbao.core.record import Record

T = TypeVar("T")

_ENCODER = msgspec.json.Encoder()
_DECODER = msgspec.json.Decoder(Record)
_ANY = msgspec.json.Decoder()


def to_dict(obj: Any) -> Any:
    """A record (or any part of one) as plain JSON-ready data: enums as values, empty cell fields left out."""
    return msgspec.to_builtins(obj)


def from_dict(cls: type[T], data: Any) -> T:
    """Rebuild a record (or a Cell, a Check …) from ``to_dict`` output; unknown keys are ignored."""
    return msgspec.convert(data, cls)


def loads(line: bytes | str) -> Record:
    """One record from its JSON (schema 1 or 2); unknown keys are ignored."""
    return _DECODER.decode(line)


_HEAD = '{"doc_id": '  # how ``dumps`` starts every record: lets ``record_head`` skip the full parse
_SOURCE = ', "source": '
_STATUS = ', "status": '


def dumps(record: Record, indent: int | None = None) -> str:
    """A record as one line of JSON (or indented with ``indent``).

    The body is msgspec's compact JSON, but the line starts ``{"doc_id": …, "source": …, "status": …``
    with spaces as records of schema 1 did, so ``record_head`` reads both alike.
    """
    body = _ENCODER.encode(record)
    if indent is not None:
        return msgspec.json.format(body, indent=indent).decode("utf-8")
    doc_id = _ENCODER.encode(record.doc_id)
    source = _ENCODER.encode(record.source)
    status = _ENCODER.encode(record.status)
    skip = len(b'{"doc_id":') + len(doc_id) + len(b',"source":') + len(source) + len(b',"status":') + len(status)
    head = b"".join([_HEAD.encode(), doc_id, _SOURCE.encode(), source, _STATUS.encode(), status])
    return (head + body[skip:]).decode("utf-8")


def record_head(line: bytes) -> tuple[Any, dict, Any]:
    """A record line's doc id, source and status, parsing only the start of the line where it can.

    Batch resume and the panel's sort read these from every line of runs of many gigabytes; a full
    parse of each record would cost more than the rest of the work.
    """
    if line.startswith(_HEAD.encode()):
        try:
            end = line.index(_SOURCE.encode())
            doc_id = _ANY.decode(line[len(_HEAD):end])
            stop = line.index(_STATUS.encode(), end)
            # a ', "status": ' inside the source's strings would cut it short: then the decode fails
            source = _ANY.decode(line[end + len(_SOURCE):stop])
            tail = line[stop + len(_STATUS):stop + len(_STATUS) + 64]
            status = _ANY.decode(tail[:tail.index(b",")] if b"," in tail else tail.rstrip(b"}\n"))
            if isinstance(source, dict):
                return doc_id, source, status
        except (ValueError, msgspec.DecodeError):
            pass  # another writer's key order, or a separator inside a string: parse it all
    record = _ANY.decode(line)
    if not isinstance(record, dict):
        raise ValueError("not a JSON record")
    return record.get("doc_id"), record.get("source") or {}, record.get("status")


def read_jsonl(path: str | Path, *, full: bool = True) -> Iterator[Record]:
    """Records from a JSONL file, one a line. With ``full``, a compact record (a run folder's default)
    comes back with what ``compact`` left out rebuilt, so code reading records sees one form."""
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                record = _DECODER.decode(line)
                yield expand(record) if full and is_compact(record) else record


def write_jsonl(records: Iterable[Record], path: str | Path) -> int:
    """Write records to ``path`` atomically: a reader never sees a half-written file. Returns the count."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            count = write_records(records, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def write_records(records: Iterable[Record], fh: IO[str]) -> int:
    """Write records to an open text file, one JSON line each; returns the count."""
    count = 0
    for record in records:
        fh.write(dumps(record) + "\n")
        count += 1
    return count


def record_schema() -> dict[str, Any]:
    """The JSON Schema of a record (schema 2), generated from the Struct types.

    A compact record (``nianbao.core.compact``) has the same types, with fewer fields filled, so it
    validates against the same schema.
    """
    return msgspec.json.schema(Record)
