"""One frozen, picklable configuration for reading a report, passed from the CLI through a batch run to
the pipeline and written into a run's ``run.json``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Mapping


@dataclass(frozen=True)
class ExtractConfig:
    """How nianbao reads a report. Every field has the default a user gets from ``nianbao extract``.

    ``reader``: force a reader by registry name (``text``, ``markdown``, ``html``, ``docx``, ``pdf``);
    None picks one by the file's type.
    ``reader_options``: per-reader keyword arguments, e.g. ``{"html": {...}}``; the PDF reader's table
    extractors and OCR have their own fields below, which win over the same keys here.
    ``pdf_tables``: PDF table extractors by registry name, each page's candidates aligned and the best kept;
    empty: the PDF reader's default.
    ``aligners``: table aligners by registry name, each table's readings compared and the best kept;
    empty: the built-ins ``grid`` and ``text``.
    ``ocr``: OCR PDF pages that have no text layer (needs the ``ocr`` extra).
    ``tag``: label narrative paragraphs with the tagger.
    ``tagger_model``: a saved tagger folder; None: the model shipped inside the package.
    ``figure_readers``: figure readers by registry name that add to the grammar's figures (``learned``);
    None: the default (``nianbao.extraction.figures.DEFAULT_FIGURE_READERS``), empty: the grammar alone.
    """

    reader: str | None = None
    reader_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    pdf_tables: tuple[str, ...] = ()
    aligners: tuple[str, ...] = ()
    ocr: bool = True
    tag: bool = True
    tagger_model: str | None = None
    figure_readers: tuple[str, ...] | None = None

    def options_for(self, reader: str) -> dict[str, Any]:
        """Keyword arguments for the reader registered as ``reader``."""
        out = dict(self.reader_options.get(reader, {}))
        if reader == "pdf":
            out["use_ocr"] = self.ocr
            if self.pdf_tables:
                out["tables"] = list(self.pdf_tables)
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what ``run.json`` keeps)."""
        data = asdict(self)
        data["reader_options"] = {k: dict(v) for k, v in self.reader_options.items()}
        data["pdf_tables"] = list(self.pdf_tables)
        data["aligners"] = list(self.aligners)
        data["figure_readers"] = None if self.figure_readers is None else list(self.figure_readers)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ExtractConfig:
        """The config ``to_dict`` wrote; unknown keys (a newer nianbao's) are an error, not silently dropped."""
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown:
            raise ValueError(f"unknown ExtractConfig fields: {', '.join(sorted(unknown))}")
        data = dict(data)
        for key in ("pdf_tables", "aligners", "figure_readers"):
            if data.get(key) is not None:
                data[key] = tuple(data[key])
        return cls(**data)
