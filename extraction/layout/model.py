"""The pieces a layout is made of: a cleaned line of the report, and a section holding lines and tables."""

from __future__ import annotations

from dataclasses import dataclass, field

from nianbao.core.document import Origin, TableBlock


@dataclass
class Line:
    """A cleaned line of the report and where it came from."""

    text: str
    origin: Origin
    wraps: bool | None = None  # the reader's geometric word on whether the next line continues this one
    # In a table section: 'table' (a flattened table's text), 'paragraph' (prose, also a paragraph) or
    # 'unplaced' (neither: kept as a paragraph of the unplaced section). '' elsewhere.
    role: str = ""


@dataclass
class Section:
    """One of the six sections (or the preamble before them) with its content in reading order."""

    id: str
    heading: str | None
    items: list[Line | TableBlock] = field(default_factory=list)
    # The report left out this section's heading: its place was inferred from the content and the outline.
    inferred: bool = False

    @property
    def lines(self) -> list[Line]:
        return [i for i in self.items if isinstance(i, Line)]

    def text(self, with_tables: bool = True) -> str:
        """The section as text, tables written as ' | '-separated rows when ``with_tables``."""
        parts = [i.text if isinstance(i, Line) else i.as_text() for i in self.items if with_tables or isinstance(i, Line)]
        return "\n".join(parts)
