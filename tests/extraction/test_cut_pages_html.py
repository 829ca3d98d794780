"""Untitled pages cut short, as HTML: a report's beginning under a <title> that says nothing of what the page
is (a portal's or column's name) is a report whose status is ``partial``, bare or inside a portal's frame
(site name above, metadata table, signature, share bar and footer below the cut); a <title> that says the
page is something else still decides. Every agency, place and sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Record
from nianbao.pipeline import extract

_CUT = ["一、总体情况", "2023年，澜溪县水利局在县委县政府领导下，持续深化政务公开，各项工作稳步推进。",
        "（一）主动公开情况", "全年通过门户网站主动公开各类信息312条，其中"]
_LEAD = ["2023年，澜溪县水利局围绕中心工作，扎实做好政府信息公开各项工作，公开质量稳步提升。", "一、总体情况",
         "一是抓好政策发布。全年在门户网站发布规范性文件和政策文件41件。",
         "二是做好解读回应。围绕重点工作开展图文解读6次。"]
_STOCK = ["根据《中华人民共和国政府信息公开条例》，按照年度报告格式的要求编制本报告，统计期限为2023年1月1日至2023年12月31日。",
          *_CUT]


def _bare(title: str, lines: list[str]) -> str:
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><div id='zoom'>{body}</div></body></html>"


def _portal(title: str, lines: list[str]) -> str:
    body = "\n".join(f"<p>{line}</p>" for line in lines)
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            "<div class='logo'>澜溪县水利局</div><div class='nav'><a>首页</a><a>政务公开</a><a>互动交流</a></div>"
            "<table class='meta'><tr><td>索引号</td><td>11330000/2024-00012</td><td>发布机构</td><td>澜溪县水利局</td></tr>"
            "<tr><td>成文日期</td><td>2024-01-20</td><td>发布日期</td><td>2024-01-22</td></tr></table>"
            f"<div class='content'>{body}</div>"
            "<p style='text-align:right'>澜溪县水利局</p><p style='text-align:right'>2024年1月20日</p>"
            "<div class='bar'><span>分享到：</span></div>"
            "<div class='footer'><p>澜溪县水利局主办 网站标识码1100000012</p></div></body></html>")


def _run(tmp_path: Path, page: str) -> Record:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return extract(path, ExtractConfig(tag=False))


@pytest.mark.parametrize("lines", [_CUT, _LEAD, _STOCK], ids=["cut", "lead", "stock"])
@pytest.mark.parametrize("title", ["政府信息公开", "澜溪县水利局", "澜溪县水利局-信息公开"])
@pytest.mark.parametrize("frame", [_bare, _portal], ids=["bare", "portal"])
def test_a_cut_page_under_a_title_that_says_nothing_is_a_partial_report(tmp_path: Path, lines, title, frame) -> None:
    record = _run(tmp_path, frame(title, lines))
    assert record.status.value == "partial", record.metadata.report_evidence
    assert (record.metadata.agency, record.metadata.year) == ("澜溪县水利局", 2023)
    assert any("a report's beginning" in e for e in record.metadata.report_evidence)


@pytest.mark.parametrize("title", ["澜溪县水利局2023年政务公开工作总结", "2023年政务公开工作要点的通知"])
def test_a_title_that_says_the_page_is_something_else_still_decides(tmp_path: Path, title: str) -> None:
    assert _run(tmp_path, _bare(title, _CUT)).status.value == "not_a_report"


def test_a_news_item_under_a_neutral_title_is_no_report(tmp_path: Path) -> None:
    news = ["澜溪县水利局召开全县水利系统安全生产工作会议。", "会议传达了上级有关会议精神，部署了下一阶段重点工作。",
            "会议要求，各单位要压实责任，抓好汛期各项准备。"]
    assert _run(tmp_path, _bare("政府信息公开", news)).status.value == "not_a_report"
