"""A pre-2019 page whose text opens on its part 一 about 主动公开政府信息 (the old outline with no 概述; the 2019
formats open on 总体情况 and put 主动公开 second) is flagged pre-2019, even without its title, table or year —
and a later report whose own outline heads a part 一、主动公开情况, that names 总体情况 or a year since 2019, is not. Fixtures
are paraphrased, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

_OLD_PAGE = ["一、政府信息主动公开情况", "（一）依法主动公开，提升服务水平",
             "本厅依托门户网站和公开栏发布政策信息，坚持应公开尽公开，及时更新机构职能和办事指南。"]


@pytest.mark.parametrize("heading", ["一、政府信息主动公开情况", "一、主动公开政府信息的情况", "一、主动公开政府信息工作情况"])
def test_an_old_first_part_flags_the_page(tmp_path: Path, heading: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([heading, *_OLD_PAGE[1:]]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.format_version == "pre-2019", record.metadata.format_evidence
    assert any(p.text == _OLD_PAGE[2] and p.section == "proactive" for p in record.paragraphs)


@pytest.mark.parametrize("lines", [
    ["一、主动公开情况", "本院通过网站公开院务信息，全年发布各类信息210条。"],  # a later body's own outline
    ["本报告由总体情况、主动公开政府信息情况等六部分组成。", "一、主动公开政府信息情况", "全年发布信息210条。"],
    # a later year's work summary opening on the same part
    ["2023年，本局认真做好政务公开，现将本年度工作总结如下：", "一、主动公开政府信息情况", "全年发布信息210条。"],
])
def test_a_later_outline_is_not_flagged(tmp_path: Path, lines: list[str]) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert extract(path, ExtractConfig(tag=False)).metadata.format_version != "pre-2019"
