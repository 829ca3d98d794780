"""Readers are plug-ins chosen by name or by file type; each turns bytes into a Document.

``readers`` is their registry: nianbao's own five, imported only when used, and any third party's
installed under the entry-point group ``nianbao.readers`` (a class with ``name``, ``suffixes`` and
``read(data, path) -> Document``; see the README's "Plug-ins").
"""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.document import Document
from nianbao.core.problems import ProblemCode
from nianbao.core.registry import Registry, UnknownNameError
from nianbao.extraction.readers.base import Reader, ReadError

readers: Registry[type[Reader]] = Registry("reader", "nianbao.readers", {
    "text": "nianbao.extraction.readers.text:TextReader",
    "markdown": "nianbao.extraction.readers.markdown:MarkdownReader",
    "html": "nianbao.extraction.readers.html:HtmlReader",
    "docx": "nianbao.extraction.readers.docx:DocxReader",
    "pdf": "nianbao.extraction.readers.pdf:PdfReader",
})
# Real reports are at most a few MB (scanned PDFs more: a reader may set its own max_bytes); a
# larger input is refused with a clear error, not read.
MAX_INPUT_BYTES = 25 * 1024 * 1024


def supported_suffixes() -> set[str]:
    """Every file suffix some reader, built-in or installed plug-in, reads."""
    return {s for _, cls in readers.available() for s in getattr(cls, "suffixes", ())}


def reader_class(path: str | Path, head: bytes = b"") -> type[Reader]:
    """The reader for a file: by its suffix (built-ins first, then plug-ins), else by sniffing its first bytes."""
    suffix = Path(path).suffix.lower()
    # available() imports readers one by one in preference order, so a .txt never imports the PDF stack.
    for _, cls in readers.available():
        if suffix in getattr(cls, "suffixes", ()):
            return cls
    lowered = head[:2048].lstrip().lower()
    if head.startswith(b"PK\x03\x04"):
        return readers.get("docx")
    if head.startswith(b"%PDF"):
        return readers.get("pdf")
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<body" in lowered:
        return readers.get("html")
    return readers.get("text")


def read(path: str | Path, config: ExtractConfig | None = None) -> Document:
    """Read one file into a Document with the reader ``config`` names, or the one its type calls for,
    constructed with that reader's options from ``config``."""
    path, config = Path(path), config or ExtractConfig()
    forced: type[Reader] | None = None
    if config.reader is not None:
        try:
            forced = readers.get(config.reader)
        except UnknownNameError as exc:
            raise ReadError(ProblemCode.UNKNOWN_READER, str(exc)) from exc
        except ImportError as exc:
            raise ReadError(ProblemCode.READER_UNAVAILABLE, str(exc)) from exc
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
        cls = forced or reader_class(path, head)
        limit = getattr(cls, "max_bytes", MAX_INPUT_BYTES)
        size = path.stat().st_size
        if size > limit:
            raise ReadError(ProblemCode.TOO_LARGE, f"the file is {size / 2**20:.1f} MiB; the limit is {limit / 2**20:.0f} MiB")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(ProblemCode.UNREADABLE_FILE, f"cannot read the file: {exc.strerror or exc}") from exc
    # Options are keyed by the name the config used (a plug-in's registered name), else the class's own.
    name = config.reader or getattr(cls, "name", "")
    return cls(**config.options_for(name)).read(data, str(path))


__all__ = ["MAX_INPUT_BYTES", "ReadError", "Reader", "read", "reader_class", "readers", "supported_suffixes"]
