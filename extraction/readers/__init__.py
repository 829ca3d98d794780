"""Readers are plug-ins chosen by name or by file type; each turns bytes into a Document."""

from __future__ import annotations

from pathlib import Path

from extraction.document import Document
from extraction.readers.base import Reader, ReadError
from extraction.readers.docx import DocxReader
from extraction.readers.html import HtmlReader
from extraction.readers.text import MarkdownReader, TextReader

READERS: dict[str, type[Reader]] = {
    cls.name: cls for cls in (TextReader, MarkdownReader, HtmlReader, DocxReader)
}
# Real reports are at most a few MB; a larger input is refused with a clear error, not read.
MAX_INPUT_BYTES = 25 * 1024 * 1024


def supported_suffixes() -> set[str]:
    return {s for cls in READERS.values() for s in cls.suffixes}


def reader_for(path: str | Path, data: bytes = b"") -> Reader:
    """The reader for a file: by its suffix, else by sniffing its first bytes."""
    suffix = Path(path).suffix.lower()
    for cls in READERS.values():
        if suffix in cls.suffixes:
            return cls()
    head = data[:2048].lstrip().lower()
    if data.startswith(b"PK\x03\x04"):
        return DocxReader()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return HtmlReader()
    if data.startswith(b"%PDF"):
        raise ReadError("unsupported_format", "PDF input is not supported yet")
    return TextReader()


def read(path: str | Path, reader: str | None = None, max_bytes: int = MAX_INPUT_BYTES) -> Document:
    """Read one file into a Document with the named reader, or the one its type calls for."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ReadError("too_large", f"the file is {size / 2**20:.1f} MiB; the limit is {max_bytes / 2**20:.0f} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError("unreadable_file", f"cannot read the file: {exc.strerror or exc}") from exc
    if reader is not None:
        if reader not in READERS:
            raise ReadError("unknown_reader", f"no reader named {reader!r}; known: {', '.join(READERS)}")
        return READERS[reader]().read(data, str(path))
    return reader_for(path, data).read(data, str(path))


__all__ = ["READERS", "ReadError", "Reader", "read", "reader_for", "supported_suffixes"]
