"""Stable keys that tie a record's parts to gold files and across runs."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=4096)  # the panel asks for each paragraph's key in up to three tables
def paragraph_key(text: str) -> str:
    """The id gold files give a paragraph: SHA-1 of its text with all whitespace removed, first 12 hex digits.

    Whitespace is dropped so a re-wrapped or re-indented copy of a paragraph keeps its key.
    """
    return hashlib.sha1(_SPACE.sub("", text).encode("utf-8")).hexdigest()[:12]
