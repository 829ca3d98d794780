"""Shared fixtures: the development corpus in ../shared (skipped where absent) and gold annotations."""

from __future__ import annotations

import os
import subprocess
from functools import lru_cache
from pathlib import Path

import pytest

from nianbao.core.gold import Gold, load_gold, read_gold

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))
GOLD = ROOT / "corpus" / "gold"
SAMPLES = ROOT / "corpus" / "samples"


def sample_reports() -> list[Path]:
    """The bundled sample reports in every format (PDFs included), not the scripts that build them."""
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.suffix != ".py")


def is_scan(path: Path) -> bool:
    """Whether a bundled sample is an image-only PDF (read only by OCR, seconds a page)."""
    return path.name.endswith("-scanned.pdf")


@lru_cache(maxsize=1)
def has_cjk_font() -> bool:
    """Whether fontconfig knows a font covering Chinese."""
    try:
        listing = subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(listing.strip())


def needs_cjk_font() -> None:
    """Skip unless a CJK system font is installed: the generated PDFs' STSong-Light is not embedded,
    and pdfium measures and draws it with a system font (without one it drops characters)."""
    if not has_cjk_font():
        pytest.skip("needs a CJK system font for the generated PDFs' non-embedded STSong-Light "
                    "(`fc-list :lang=zh` lists none; install fonts-wqy-zenhei)")


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


def gold(doc_id: str) -> Gold:
    """The gold of one document of ``corpus/gold``."""
    return read_gold(GOLD / f"{doc_id}.json")


def gold_documents() -> list[tuple[str, str]]:
    """(doc_id, source) of every gold file, source relative to the repo's parent folder."""
    return [(doc_id, g.source) for doc_id, g in load_gold(GOLD).items()]


def document_path(source: str) -> Path:
    """The file a gold source names: 'shared/…' in the development corpus, 'corpus/…' in this repo."""
    if source.startswith("shared/"):
        return shared(source.removeprefix("shared/"))
    return ROOT / source
