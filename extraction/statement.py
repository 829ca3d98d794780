"""One statement a page makes about a metadata field: its value and the kind of place it was read from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Statement:
    """One statement of a metadata field: its value and the kind of place it was read from."""

    field: str  # agency | year | title | publication_date
    value: str
    source: str  # title | metadata_block | preamble | signature | html | contact | body | period
