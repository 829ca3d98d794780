"""A page's <title> joins the report's title and the site's name with a separator, in either order: the agency is
read from the part that names the report, whichever side of the separator it stands (an untitled body saying only
本局). Invented pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

_TITLE = "澜溪县卫生健康局2023年政府信息公开工作年度报告"
_SITE = "澜溪县人民政府门户网站"
_BODY = ("<p>根据《中华人民共和国政府信息公开条例》规定，现公布本局2023年政府信息公开工作年度报告。</p>"
         "<p>一、总体情况</p><p>2023年，本局持续推进政务公开，全年主动公开政府信息86条。</p><p>二、主动公开政府信息情况</p>")


@pytest.mark.parametrize("title", [f"{_SITE}-{_TITLE}", f"{_SITE} - {_TITLE}", f"{_SITE} | {_TITLE}",
                                   f"{_SITE}_{_TITLE}", f"{_TITLE}_{_SITE}", f"{_TITLE}—{_SITE}", _TITLE],
                         ids=["site-title", "site - title", "site | title", "site_title", "title_site", "title—site",
                              "title alone"])
def test_the_agency_comes_from_the_part_naming_the_report(tmp_path: Path, title: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{title}</title></head><body><div>{_BODY}</div></body></html>",
                    encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert record.metadata.agency == "澜溪县卫生健康局"
    assert record.metadata.sources["agency"] == "html"
