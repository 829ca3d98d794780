"""Content hashes of input files: the identity a record carries and a batch run resumes by."""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_sha256(path: Path, chunk: int = 2**20) -> str | None:
    """The SHA-256 of a file's bytes, read in chunks (any size), or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            while block := fh.read(chunk):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()
