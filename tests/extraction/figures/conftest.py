from __future__ import annotations

from functools import lru_cache

from nianbao.pipeline import extract
from nianbao.core.record import Figure, Record
from tests.conftest import document_path, gold


@lru_cache(maxsize=None)
def record(doc_id: str) -> Record:
    """The record of a gold document (skipped where ../shared is absent), extracted once per run."""
    return extract(document_path(gold(doc_id).source))


def figures(doc_id: str, figure_id: str) -> list[Figure]:
    return [f for f in record(doc_id).figures if f.id == figure_id]
