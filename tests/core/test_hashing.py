from __future__ import annotations

import hashlib
from pathlib import Path

from nianbao.core.hashing import file_sha256
from nianbao.pipeline import extract
from nianbao.core.config import ExtractConfig
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "sample-2023-county-bureau.docx"


def test_the_hash_is_the_files_sha256_and_none_when_unreadable(tmp_path: Path) -> None:
    assert file_sha256(SAMPLE, chunk=1000) == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert file_sha256(tmp_path / "missing.txt") is None


def test_a_record_carries_its_files_hash_or_the_one_it_is_given(tmp_path: Path) -> None:
    assert extract(SAMPLE, ExtractConfig(tag=False)).source.sha256 == hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert extract(SAMPLE, ExtractConfig(tag=False), sha256="ab" * 32).source.sha256 == "ab" * 32
    missing = extract(tmp_path / "gone.txt", ExtractConfig(tag=False))
    assert missing.status.value == "error" and missing.source.sha256 is None
