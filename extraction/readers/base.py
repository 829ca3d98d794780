"""The reader interface: bytes of one input file in, a Document out."""

from __future__ import annotations

from typing import ClassVar, Protocol

from nianbao.core.document import Document


class ReadError(Exception):
    """An input that cannot be read; ``code`` is stable and goes into the record's errors."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Reader(Protocol):
    """A plug-in that turns the bytes of one file type into the document model."""

    name: ClassVar[str]
    suffixes: ClassVar[tuple[str, ...]]

    def read(self, data: bytes, path: str) -> Document: ...
