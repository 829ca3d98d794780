"""An old report's title names the work it reports on with 关于 and 的: '某州人民政府关于2011年政府信息公开工作的
年度报告', '…工作情况的报告'. Such a line is the page's title, and it states the agency and the year, with a
salutation to the body it was sent to under it. A notice about the work (…工作的通知) is no report's title.
Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.title import TITLE_WORDS
from nianbao.pipeline import extract

_TITLES = ["澜溪州人民政府关于2011年政府信息公开工作的年度报告", "澜溪州人民政府关于2011年度政府信息公开工作情况的报告",
           "澜溪州人民政府关于2011年政府信息公开工作的报告"]


@pytest.mark.parametrize("title", _TITLES)
def test_an_old_title_about_the_work_states_agency_and_year(tmp_path: Path, title: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join([
        "澜溪州人民政府", "政府信息公开", title, "省经信委：",
        "根据《中华人民共和国政府信息公开条例》的规定和省里的通知要求，编制本报告。",
        "一、概述", "2011年，州政府成立了政府信息公开工作领导小组，明确了各成员单位的职责。"]), encoding="utf-8")
    meta = extract(path, ExtractConfig(tag=False)).metadata
    assert (meta.title, meta.agency, meta.year) == (title, "澜溪州人民政府", 2011)


@pytest.mark.parametrize("line", ["关于做好2023年政府信息公开工作的通知", "关于2023年政府信息公开工作的意见"])
def test_a_notice_about_the_work_is_no_report_title(line: str) -> None:
    assert not TITLE_WORDS.search(line)
