"""Shared fixtures: the development corpus in ../shared (skipped where absent) and gold annotations."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
GOLD = ROOT / "corpus" / "gold"
SAMPLES = ROOT / "corpus" / "samples"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden from the current output")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def shared(relative: str) -> Path:
    """A file of the development corpus; the test is skipped where ../shared is not checked out."""
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"needs the development corpus: {path} is absent (clone with ../shared beside the repo)")
    return path


def gold(doc_id: str) -> dict:
    return json.loads((GOLD / f"{doc_id}.json").read_text(encoding="utf-8"))


def gold_documents() -> list[tuple[str, str]]:
    """(doc_id, source) of every gold file, source relative to the repo's parent folder."""
    out = []
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.append((data["doc_id"], data["source"]))
    return out


def document_path(source: str) -> Path:
    """The file a gold source names: 'shared/…' in the development corpus, 'corpus/…' in this repo."""
    if source.startswith("shared/"):
        return shared(source.removeprefix("shared/"))
    return ROOT / source
