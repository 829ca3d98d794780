"""A list whose items stand one a line, each numbered like a sub-heading and none heading any text
(extraction/layout ``_list_runs``): its items are the report's narrative, kept as paragraphs, never taken for
headings that head nothing and so vanish from every paragraph's path. Invented text."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

_ITEMS = ("市政府机构设置及其主要职责", "市政府规章和规范性文件", "国民经济和社会发展规划", "重大建设项目的批准和实施情况")
_AFTER = "（二）依申请公开情况\n全年共收到政府信息公开申请12件，均已按期答复。\n"


def _paragraphs(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return [p.text.strip() for p in extract(path, ExtractConfig(tag=False)).paragraphs]


@pytest.mark.parametrize("mark", ["({})", "（{}）", "{}."])
def test_a_lists_items_one_a_line_are_paragraphs(tmp_path: Path, mark: str) -> None:
    items = [mark.format(k) + item for k, item in enumerate(_ITEMS, 1)]
    text = ("一、概述\n2012年，云泽市认真贯彻《条例》。\n（一）主动公开情况\n全年主动公开的政府信息主要包括：\n"
            + "\n".join(items) + "\n" + _AFTER)
    found = _paragraphs(tmp_path, text)
    assert all(item in found for item in items), found


def test_two_bare_sub_headings_in_a_row_are_no_list(tmp_path: Path) -> None:
    # (fewer than three: a heading above a table the page dropped, then the next part's heading)
    text = ("一、概述\n2012年，云泽市认真贯彻《条例》。\n（一）主动公开情况\n（二）依申请公开情况\n"
            "全年共收到政府信息公开申请12件，均已按期答复。\n")
    assert "（一）主动公开情况" not in _paragraphs(tmp_path, text)
