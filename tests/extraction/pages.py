"""Reading a page of our own text as a user's saved page: the helpers the page-level tests share."""

from __future__ import annotations

from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Record
from nianbao.pipeline import extract

# The first items of 一、总体情况 and the next sections' headings: a page cut there is a report by its outline.
ITEMS = "（一）主动公开\n全年主动公开政府信息52条。\n（二）依申请公开\n全年新收政府信息公开申请2件。\n"
REST = "二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"


def read_page(tmp_path: Path, text: str) -> Record:
    """The record of ``text`` saved as a plain-text page (untagged: these tests read metadata and layout)."""
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))
