"""Bad input never raises: each gives a record with a clear status and error, and a run goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.pipeline import extract
from nianbao.core.record import Status
from nianbao.core.config import ExtractConfig
from tests.conftest import SAMPLES, shared

NEWS = "本报讯 昨日，某市举行春季招聘会，吸引三千余名求职者到场。主办方表示，今年岗位数量比去年增加两成。\n" * 20


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "name,data,status,code",
    [
        ("empty.txt", b"", Status.ERROR, "empty"),
        ("junk.txt", bytes(range(256)) * 64, Status.ERROR, "not_text"),
        ("junk.bin", b"\x00\xff\xfe\x01" * 4000, Status.ERROR, "not_text"),
        ("news.txt", NEWS.encode(), Status.NOT_A_REPORT, "not_a_report"),
        ("news.html", f"<html><body><p>{NEWS}</p></body></html>".encode(), Status.NOT_A_REPORT, "not_a_report"),
        ("empty.docx", b"", Status.ERROR, "empty"),
        ("fake.docx", b"this is no zip", Status.ERROR, "corrupt_docx"),
    ],
)
def test_bad_input_gives_a_clear_status(tmp_path: Path, name: str, data: bytes, status: Status, code: str) -> None:
    record = extract(_write(tmp_path, name, data))
    assert record.status is status
    assert [e.code for e in record.errors] == [code] and record.errors[0].message


def test_a_page_taken_for_no_report_keeps_its_narrative(tmp_path: Path) -> None:
    """A wrong call must not cost a report its text: the paragraphs stay, with no tables or figures."""
    record = extract(_write(tmp_path, "news.txt", NEWS.encode()))
    assert record.status is Status.NOT_A_REPORT
    assert record.paragraphs and all("招聘会" in p.text for p in record.paragraphs)
    assert not record.tables and not record.figures


def test_truncated_docx(tmp_path: Path) -> None:
    data = (SAMPLES / "sample-2023-county-bureau.docx").read_bytes()
    record = extract(_write(tmp_path, "cut.docx", data[:5000]))
    assert record.status is Status.ERROR and record.errors[0].code == "corrupt_docx"


def test_txt_that_is_really_gbk_is_read(tmp_path: Path) -> None:
    text = (SAMPLES / "sample-2024-township.txt").read_text(encoding="utf-8")
    record = extract(_write(tmp_path, "gbk.txt", text.encode("gbk")))
    assert record.status is Status.OK and record.metadata.agency == "石桥镇人民政府"
    assert record.source.encoding in ("gb18030", "gbk")


def test_html_report_without_tables_is_partial_with_warnings(tmp_path: Path) -> None:
    text = (SAMPLES / "sample-2024-township.txt").read_text(encoding="utf-8")
    prose = [line for line in text.split("\n") if len(line) > 8 and not line.startswith(("\t", "第二十条"))]
    html = "<html><body>" + "".join(f"<p>{line}</p>" for line in prose) + "</body></html>"
    record = extract(_write(tmp_path, "no-tables.html", html.encode()))
    assert record.status is Status.PARTIAL
    assert [w.code for w in record.warnings] == ["table_not_found"] * 3
    assert record.metadata.year == 2024 and record.paragraphs


def test_fifty_megabyte_text_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        line = ("一、总体情况 本年度主动公开信息。" * 10 + "\n").encode()
        for _ in range(50 * 2**20 // len(line) + 1):
            fh.write(line)
    record = extract(path)
    assert record.status is Status.ERROR and record.errors[0].code == "too_large"
    assert "MiB" in record.errors[0].message


def test_missing_file(tmp_path: Path) -> None:
    record = extract(tmp_path / "nope.txt")
    assert record.status is Status.ERROR and record.errors[0].code == "unreadable_file"


def _cells(record) -> dict[str, object]:
    return {c.id: c.value for t in record.tables for c in t.cells if c.value is not None}


@pytest.mark.parametrize("doc", ["seeds/001_b395b0c0cfd9da48.txt", "corpus/pingtan__pingtan-2023.txt",
                                 "corpus/pingtan__pingtan-2022.html", "samples/sample-2020-district-office.txt"])
@pytest.mark.parametrize("damage", ["bad_bytes", "cut_character"])
def test_a_damaged_utf8_report_keeps_its_cells_and_counts_the_bad_bytes(tmp_path: Path, doc: str, damage: str) -> None:
    path = SAMPLES / doc.split("/")[1] if doc.startswith("samples/") else shared(doc)  # the sample is GBK
    data = path.read_bytes()
    clean = extract(path, ExtractConfig(tag=False))
    if damage == "bad_bytes":  # ten invalid bytes spread through the file, before bytes that start a character
        starts = [i for i, b in enumerate(data) if b < 0x40 and i]
        cuts = starts[:: len(starts) // 10][1:11]
        data = b"\xff".join(data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)]))
        expected = 10
    else:  # a download cut inside the last (three-byte) character
        data = data.rstrip()
        data = data[:-1] if data[-1] >= 0x80 else data + "。".encode("utf-8")[:2]
        expected = 1
    record = extract(_write(tmp_path, path.name, data), ExtractConfig(tag=False))
    assert record.status is not Status.ERROR
    (warning,) = [w for w in record.warnings if w.code == "bytes_replaced"]
    assert warning.stage == "read" and warning.message.startswith(f"{expected} byte")
    want, got = _cells(clean), _cells(record)
    kept = sum(got.get(k) == v for k, v in want.items())
    assert want and kept >= 0.95 * len(want)
