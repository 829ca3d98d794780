"""The one place records become JSON and JSON becomes records again."""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
import types
import typing
from enum import Enum
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, TypeVar, get_args, get_origin, get_type_hints

from nianbao.core.record import Cell, CellSource, Figure, Record

T = TypeVar("T")
# Cells are most of a record: leave out their empty fields (and figures' too) to keep records readable.
_PRUNED = (Cell, CellSource, Figure)


def to_dict(obj: Any) -> Any:
    """A record (or any part of one) as plain JSON-ready data."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        out = {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        if isinstance(obj, _PRUNED):
            out = {k: v for k, v in out.items() if v is not None}
        return out
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, (list, tuple)):
        return [to_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_dict(v) for k, v in obj.items()}
    return obj


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in get_args(tp) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) or (isinstance(option, type) and issubclass(option, Enum)):
                return _build(option, data)
        return data
    if origin is list:
        (item,) = get_args(tp) or (Any,)
        return [_build(item, x) for x in data]
    if origin is dict:
        _, value = get_args(tp) or (Any, Any)
        return {k: _build(value, v) for k, v in data.items()}
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(data)
    if dataclasses.is_dataclass(tp):
        hints = get_type_hints(tp)
        names = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in data.items() if k in names})
    return data


def from_dict(cls: type[T], data: dict) -> T:
    """Rebuild a dataclass (a Record, a Cell, …) from ``to_dict`` output; unknown keys are ignored."""
    return _build(cls, data)


def dumps(record: Record, indent: int | None = None) -> str:
    return json.dumps(to_dict(record), ensure_ascii=False, indent=indent)


_HEAD = '{"doc_id": '  # how ``dumps`` starts every record: lets ``record_head`` skip the full parse
_SOURCE = ', "source": '
_STATUS = ', "status": '
_DECODER = json.JSONDecoder()


def record_head(line: bytes) -> tuple[Any, dict, Any]:
    """A record line's doc id, source and status, parsing only the start of the line where it can.

    Batch resume and the panel's sort read these from every line of runs of many gigabytes; a full
    parse of each record would cost more than the rest of the work.
    """
    text = line[:16384].decode("utf-8", "ignore")
    if text.startswith(_HEAD):
        try:
            doc_id, end = _DECODER.raw_decode(text, len(_HEAD))
            if text.startswith(_SOURCE, end):
                source, end = _DECODER.raw_decode(text, end + len(_SOURCE))
                if isinstance(source, dict) and text.startswith(_STATUS, end):
                    status, _ = _DECODER.raw_decode(text, end + len(_STATUS))
                    return doc_id, source, status
        except ValueError:
            pass  # a path longer than the slice, or another writer's key order: parse it all
    record = json.loads(line)
    return record.get("doc_id"), record.get("source") or {}, record.get("status")


def read_jsonl(path: str | Path) -> Iterator[Record]:
    """Records from a JSONL file, one a line."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield from_dict(Record, json.loads(line))


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
    count = 0
    for record in records:
        fh.write(dumps(record) + "\n")
        count += 1
    return count
