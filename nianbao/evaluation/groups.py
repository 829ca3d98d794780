"""Documents grouped for evaluation: by report, by agency, by source format.

Seven of the thirteen real reports with gold paragraph labels are one agency's (平潭) consecutive
years, so scores pooled or resampled by report flatter: a model (or a grammar) that learned one
agency's wording is scored many times on it. Grouping by agency — the gold metadata's agency name,
normalised by ``nianbao.extraction.agency`` so that 淄博市临淄区… and 临淄区… are one — says how a score
holds on agencies not seen; grouping by source format (txt, html, md, docx, pdf) how it holds on a
kind of input not seen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping

from nianbao.core.gold import UNSET, load_gold, to_builtins
from nianbao.core.record import Record
from nianbao.extraction.agency import normalise

PROTOCOLS = ("report", "agency", "format")


def agency_of(doc_id: str, metadata: Mapping[str, Any] | None) -> str:
    """The agency key of a document (``AgencyKey`` as text); the doc_id where no agency is named."""
    key = normalise((metadata or {}).get("agency"))
    return str(key) if key is not None else f"(no agency: {doc_id})"


def format_of(doc_id: str) -> str:
    return Path(doc_id).suffix.lower().lstrip(".") or "unknown"


def group_of(protocol: str, doc_id: str, metadata: Mapping[str, Any] | None = None) -> str:
    """The group a document falls in under ``protocol`` (report, agency or format)."""
    if protocol == "report":
        return doc_id
    if protocol == "agency":
        return agency_of(doc_id, metadata)
    if protocol == "format":
        return format_of(doc_id)
    raise ValueError(f"no grouping {protocol!r}: choose one of {', '.join(PROTOCOLS)}")


def grouping(cv: str | None, gold_dir: Path | None) -> Callable[[Record], str] | None:
    """The group of a record under protocol ``cv``, for cross-validation by group; None for ``report`` (or no ``cv``),
    which is leave-one-report-out.

    The agency comes from the gold metadata of the document in ``gold_dir`` where a gold file names it, else
    from the record's own metadata (then normalised, ``agency_of``); ``format`` is the input format.
    """
    if cv in (None, "report"):
        return None
    if cv not in PROTOCOLS:
        raise ValueError(f"no grouping {cv!r}: choose one of {', '.join(PROTOCOLS)}")
    golds = load_gold(gold_dir) if gold_dir and Path(gold_dir).is_dir() else {}
    meta = {doc: to_builtins(g.metadata) for doc, g in golds.items() if g.metadata is not UNSET}

    def group(record: Record) -> str:
        metadata = meta.get(record.doc_id) or {"agency": record.metadata.agency}
        return group_of(cv, record.doc_id, metadata)

    return group
