"""Records of every gold document that is at hand (the OCR'd scan left out: seconds a page)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.gold import load_gold
from nianbao.pipeline import extract
from nianbao.core.record import Record
from nianbao.core.config import ExtractConfig
from tests.conftest import GOLD, ROOT, SHARED, gold_documents, has_cjk_font, is_scan


def _path(source: str) -> Path:
    return SHARED / source.removeprefix("shared/") if source.startswith("shared/") else ROOT / source


@pytest.fixture(scope="session")
def gold_records() -> list[Record]:
    """Real records of the gold documents (PDF samples only with a CJK font, which their text needs)."""
    out = []
    for _, source in gold_documents():
        path = _path(source)
        if (
            not path.exists()
            or is_scan(path)
            or (source.startswith("corpus/") and path.suffix == ".pdf" and not has_cjk_font())
        ):
            continue
        out.append(extract(path, ExtractConfig(ocr=False)))
    if not out:
        pytest.skip("no gold document is at hand")
    return out


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    return load_gold(GOLD)
