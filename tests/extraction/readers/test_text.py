from __future__ import annotations

import pytest

from nianbao.core.document import TableBlock
from nianbao.extraction.readers import ReadError, read
from nianbao.extraction.readers.markdown import MarkdownReader
from nianbao.extraction.readers.text import TextReader
from tests.conftest import SAMPLES, shared

REPORT = "临淄区某局2024年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开信息61条。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "utf-16-le", "utf-16-be"])
def test_text_reader_decodes_every_encoding_reports_come_in(encoding: str) -> None:
    doc = TextReader().read(REPORT.encode(encoding), "r.txt")
    assert [b.text for b in doc.blocks] == REPORT.strip().split("\n")


def test_gbk_sample_is_read_as_gbk_not_mojibake() -> None:
    path = SAMPLES / "sample-2020-district-office.txt"
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    doc = read(path)
    assert doc.encoding in ("gb18030", "gbk", "gb2312")
    assert doc.text_blocks[0].text.startswith("澄川市柳溪区人民政府办公室")


@pytest.mark.parametrize("data,code", [(b"", "empty"), (b"   \n\n", "empty"), (bytes(range(256)) * 40, "not_text")])
def test_text_reader_refuses_empty_and_binary_input(data: bytes, code: str) -> None:
    with pytest.raises(ReadError) as info:
        TextReader().read(data, "x.txt")
    assert info.value.code == code


def test_scraper_front_matter_becomes_properties_not_text() -> None:
    doc = read(shared("corpus/pingtan__pingtan-2019.txt"))
    assert doc.properties["published"] == "2020-01-20 15:22"
    assert doc.properties["title"] == "平潭综合实验区2019年度政府信息公开工作年度报告"
    assert not any("原文链接" in b.text or "====" in b.text for b in doc.text_blocks)


def test_markdown_pipe_tables_become_grids() -> None:
    doc = read(shared("corpus/kirogov__shanghai-kewei-2024.md"))
    assert doc.reader == MarkdownReader.name
    grids = [b for b in doc.blocks if isinstance(b, TableBlock)]
    assert len(grids) == 8
    first_rows = [[c.text for c in row] for row in grids[0].grid]
    assert first_rows[0] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert first_rows[2] == ["规范性文件", "13", "0", "55"]
    assert doc.text_blocks[0].text.startswith("2024 年上海市科委")  # the lone "正文" line is dropped
