"""Corpora for batch tests, built from the bundled sample reports (real layouts, our own text)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLES

TEXT_SAMPLES = ("sample-2020-district-office.txt", "sample-2024-township.txt", "sample-2022-city-government.html")


def copies(folder: Path, n: int) -> list[Path]:
    """``n`` distinct reports: the text samples, each copy with its own trailing blank lines (another hash)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        source = SAMPLES / TEXT_SAMPLES[i % len(TEXT_SAMPLES)]
        target = folder / f"{i:04d}-{source.name}"
        target.write_bytes(source.read_bytes() + b"\n" * (i + 1))
        out.append(target)
    return out


def mixed(folder: Path) -> dict[str, Path]:
    """Sample reports in every format, a broken DOCX, and a copy of one sample under another name."""
    folder.mkdir(parents=True, exist_ok=True)
    names = ("sample-2023-county-bureau.docx", "sample-2022-city-government.html", "sample-2024-township.txt",
             "sample-2020-district-office.txt")
    files = {name: shutil.copy(SAMPLES / name, folder / name) for name in names}
    files["broken.docx"] = folder / "broken.docx"
    files["broken.docx"].write_bytes(b"PK\x03\x04 not really a docx")
    (folder / "copies").mkdir()
    files["copy"] = shutil.copy(SAMPLES / "sample-2024-township.txt", folder / "copies" / "township-again.txt")
    return {k: Path(v) for k, v in files.items()}
