"""Readers are plug-ins chosen by name or by file type; each turns bytes into a Document."""

from __future__ import annotations

from pathlib import Path
from nianbao.core.config import ExtractConfig
from nianbao.core.document import Document
from nianbao.extraction.readers.base import Reader, ReadError
from nianbao.extraction.readers.docx import DocxReader
from nianbao.extraction.readers.html import HtmlReader
from nianbao.extraction.readers.pdf import PdfReader
from nianbao.extraction.readers.markdown import MarkdownReader
from nianbao.extraction.readers.text import TextReader

READERS: dict[str, type[Reader]] = {
    cls.name: cls for cls in (TextReader, MarkdownReader, HtmlReader, DocxReader, PdfReader)
}
# Real reports are at most a few MB (scanned PDFs more: a reader may set its own max_bytes); a
# larger input is refused with a clear error, not read.
MAX_INPUT_BYTES = 25 * 1024 * 1024


def supported_suffixes() -> set[str]:
    return {s for cls in READERS.values() for s in cls.suffixes}


def reader_class(path: str | Path, head: bytes = b"") -> type[Reader]:
    """The reader for a file: by its suffix, else by sniffing its first bytes."""
    suffix = Path(path).suffix.lower()
    for cls in READERS.values():
        if suffix in cls.suffixes:
            return cls
    lowered = head[:2048].lstrip().lower()
    if head.startswith(b"PK\x03\x04"):
        return DocxReader
    if head.startswith(b"%PDF"):
        return PdfReader
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return HtmlReader
    return TextReader


def read(path: str | Path, config: ExtractConfig | None = None) -> Document:
    """Read one file into a Document with the reader ``config`` names, or the one its type calls for,
    constructed with that reader's options from ``config``."""
    path, config = Path(path), config or ExtractConfig()
    reader = config.reader
    if reader is not None and reader not in READERS:
        raise ReadError("unknown_reader", f"no reader named {reader!r}; known: {', '.join(READERS)}")
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
        cls = READERS[reader] if reader else reader_class(path, head)
        limit = getattr(cls, "max_bytes", MAX_INPUT_BYTES)
        size = path.stat().st_size
        if size > limit:
            raise ReadError("too_large", f"the file is {size / 2**20:.1f} MiB; the limit is {limit / 2**20:.0f} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError("unreadable_file", f"cannot read the file: {exc.strerror or exc}") from exc
    return cls(**config.options_for(cls.name)).read(data, str(path))


__all__ = ["READERS", "ReadError", "Reader", "read", "reader_class", "supported_suffixes"]
