from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nianbao.batch.inputs import discover
from tests.conftest import SAMPLES

NAMES = ("sample-2020-district-office.txt", "sample-2022-city-government.html", "sample-2023-county-bureau.docx")


def folder(root: Path) -> Path:
    for sub in (root, root / "deeper"):
        sub.mkdir(parents=True, exist_ok=True)
        for name in NAMES:
            shutil.copy(SAMPLES / name, sub / name)
    (root / "notes.json").write_text("{}")
    return root


def test_folders_are_walked_filtered_and_each_file_listed_once(tmp_path: Path) -> None:
    root = folder(tmp_path / "a")
    named = root / "deeper" / NAMES[0]
    everything = discover([root, named])
    assert len(everything) == 6  # notes.json is no report type; the file named twice counts once
    assert everything == sorted(everything)
    assert sorted(p.suffix for p in discover([root], types=["html", "docx"])) == [".docx", ".docx", ".html", ".html"]
    assert discover([root], globs=["deeper/*.txt"]) == [root / "deeper" / NAMES[0]]
    assert discover([root / "notes.json"]) == [root / "notes.json"]  # named: always an input
    with pytest.raises(ValueError, match="unknown file types .xls"):
        discover([root], types=["xls"])
