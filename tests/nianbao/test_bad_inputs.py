"""Bad input never raises: each gives a record with a clear status and error, and a run goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.pipeline import extract
from nianbao.core.record import Status
from tests.conftest import SAMPLES

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
