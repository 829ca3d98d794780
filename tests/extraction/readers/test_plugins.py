"""A third party's reader, installed as a real distribution with a ``nianbao.readers`` entry point, reads a
report through ``nianbao.pipeline.extract`` by name and by its file suffix; nianbao is not edited."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Status
from nianbao.extraction.readers import readers, supported_suffixes
from nianbao.pipeline import extract
from tests.conftest import SAMPLES
from tests.plugins import install_plugin

# The README's example plug-in: gzip-compressed text reports, read by nianbao's own text reader once inflated.
READER = '''
from __future__ import annotations

import gzip
from typing import ClassVar

from nianbao.core.document import Document
from nianbao.extraction.readers import ReadError
from nianbao.extraction.readers.text import TextReader


class GzipTextReader:
    name: ClassVar[str] = "gztext"
    suffixes: ClassVar[tuple[str, ...]] = (".gz",)

    def __init__(self, level_hint: str = "") -> None:
        self.level_hint = level_hint

    def read(self, data: bytes, path: str) -> Document:
        try:
            text = gzip.decompress(data)
        except OSError as exc:
            raise ReadError("not_gzip", f"not a gzip file: {exc}") from exc
        doc = TextReader().read(text, path)
        doc.reader = self.name
        return doc
'''

REPORT = SAMPLES / "sample-2024-township.txt"


@pytest.fixture(scope="module")
def gz_site(tmp_path_factory) -> Path:
    return install_plugin(tmp_path_factory.mktemp("gzreader"), "nianbao-gzip-reader",
                          {"nianbao.readers": {"gztext": "nianbao_gzip_reader:GzipTextReader"}},
                          {"nianbao_gzip_reader": READER})


@pytest.fixture
def gz_report(tmp_path, gz_site, monkeypatch) -> Path:
    monkeypatch.syspath_prepend(str(gz_site))
    path = tmp_path / "sample-2024-township.txt.gz"
    path.write_bytes(gzip.compress(REPORT.read_bytes()))
    return path


def test_an_installed_reader_reads_a_report_by_name_through_the_pipeline(gz_report) -> None:
    assert "gztext" in readers.names()
    record = extract(gz_report, ExtractConfig(reader="gztext", tag=False))
    plain = extract(REPORT, ExtractConfig(tag=False))
    assert record.status is plain.status and record.status in (Status.OK, Status.PARTIAL)
    assert record.source.reader == "gztext"
    assert all(t.found for t in record.tables)
    assert record.tables == plain.tables  # cell for cell, with their sources


def test_an_installed_reader_is_chosen_by_its_suffix_and_gets_its_options(gz_report) -> None:
    assert ".gz" in supported_suffixes()  # a batch run's input scan finds .gz files
    assert extract(gz_report, ExtractConfig(tag=False)).source.reader == "gztext"
    # Options are keyed by the registered name, as for nianbao's own readers.
    config = ExtractConfig(reader="gztext", reader_options={"gztext": {"level_hint": "township"}}, tag=False)
    assert extract(gz_report, config).status is not Status.ERROR
    bad = ExtractConfig(reader="gztext", reader_options={"gztext": {"no_such_option": 1}}, tag=False)
    assert extract(gz_report, bad).status is Status.ERROR


def test_the_plugin_s_own_read_error_reaches_the_record(gz_site, tmp_path, monkeypatch) -> None:
    monkeypatch.syspath_prepend(str(gz_site))
    path = tmp_path / "not-really.gz"
    path.write_bytes(b"plain bytes")
    record = extract(path, ExtractConfig(tag=False))
    assert record.status is Status.ERROR and record.errors[0].code == "not_gzip"


def test_an_unknown_reader_is_an_error_record_that_lists_the_known_ones(tmp_path) -> None:
    record = extract(REPORT, ExtractConfig(reader="nope", tag=False))
    assert record.status is Status.ERROR and record.errors[0].code == "unknown_reader"
    assert all(name in record.errors[0].message for name in ("text", "markdown", "html", "docx", "pdf"))


def test_an_unknown_pdf_table_extractor_is_an_error_record_that_lists_the_known_ones() -> None:
    record = extract(SAMPLES / "sample-2022-city-government-ruled.pdf", ExtractConfig(pdf_tables=("nope",), tag=False))
    assert record.status is Status.ERROR and record.errors[0].code == "unknown_table_extractor"
    assert "geometry" in record.errors[0].message and "camelot" in record.errors[0].message
