"""The gold file of a synthetic report, in the format of ``corpus/gold/README.md``."""

from __future__ import annotations

from typing import Any

from nianbao.core.codebook import TABLE_KEYS
from nianbao.core.keys import paragraph_key
from nianbao.synth.model import Report
from nianbao.synth.numbers import gold_number, identity_breaks
from nianbao.synth.portal import page_blocks
from nianbao.synth.shapes import ShapedPage

_FLATTENING = {"tsv": "one row a line, tab separated", "cells": "one cell a line", "spaces": "rows with cells two "
               "spaces apart"}


def _notes(rep: Report) -> str:
    style = rep.style
    parts = [f"Synthetic report written by nianbao synth (seed {rep.seed}), {rep.kind}, {rep.fmt} format."]
    if rep.kind == "txt":
        parts.append(f"Tables flattened {_FLATTENING[style.flatten]}.")
    parts.append({"0": "Zeros printed as 0.", "blank": "Zeros left blank.",
                  "dash": f"Zeros printed as '{style.dash}'."}[style.zeros])
    if rep.planted:
        parts.append("Planted break: " + "; ".join(rep.planted) + ".")
    return " ".join(parts)


def gold_record(rep: Report) -> dict[str, Any]:
    """Metadata, cells, identity breaks (recomputed from the gold cells), figures and paragraph labels."""
    a = rep.agency
    paragraphs = []
    # Text and HTML reports print on a portal page (with its lead sentence); the other renderers print the report's own blocks.
    for block in page_blocks(rep) if rep.kind in ("txt", "html") else rep.blocks:
        if block.kind == "para":
            paragraphs.append({"index": len(paragraphs), "key": paragraph_key(block.text), "section": block.section,
                               "labels": list(block.labels)})
    return {
        "doc_id": rep.doc_id,
        "source": f"synth/{rep.doc_id}",
        "status": "ok",
        "metadata": {"agency": a.name, "year": rep.year, "format_version": rep.fmt, "admin_level": a.level,
                     "region": a.region, "publication_date": rep.published, "contact": dict(a.contact)},
        "tables_readable": dict.fromkeys(TABLE_KEYS, True),
        "cells": rep.gold_cells,
        "identity_breaks": identity_breaks(rep.fmt, {cid: gold_number(g) for cid, g in rep.gold_cells.items()}),
        "figures": rep.figures,
        "paragraphs": paragraphs,
        "notes": _notes(rep),
    }


def shape_gold(page: ShapedPage, doc_id: str, seed: str) -> dict[str, Any]:
    """The gold of a page in a named shape (``nianbao.synth.shapes``): what the page holds, no more. A report's
    page states its agency and year (the other metadata fields are left out, so not scored); no table is on
    it (``tables_readable`` false, no cells, breaks, figures or paragraphs: none of those is scored). A page
    that is no report has status ``not_a_report`` and no metadata. That a report's record must be
    ``partial`` is in the notes and in the manifest's ``expected_status``."""
    gold: dict[str, Any] = {"doc_id": doc_id, "source": f"synth/{doc_id}",
                            "status": "ok" if page.is_report else "not_a_report"}
    if page.is_report:
        gold["metadata"] = {"agency": page.agency, "year": page.year}
    gold["tables_readable"] = dict.fromkeys(TABLE_KEYS, False)
    gold["notes"] = (f"Page shape {page.shape} written by nianbao synth (seed {seed}); nianbao must give status "
                     f"{page.status}. The page holds no table: only status and the stated agency and year are scored.")
    return gold
