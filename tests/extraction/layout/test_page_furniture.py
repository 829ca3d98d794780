"""A page's furniture and a look-alike document's title stay out of the first paragraph below them: a
font-size and share bar, a document site's or a forum's bar, a view count, a site or mail address ending a
line, a site's menu, a copyright line, the title of a summary / work points / guide / plan on its own line
(with a document site's decorations), a bare word heading ('引言') — while a sentence wrapped at a title-like
end still joins. Fixtures are paraphrased, in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout.dewrap import dewrap, frame_line
from nianbao.pipeline import extract

_FIRST = "根据《中华人民共和国政府信息公开条例》规定，现公布澜溪县水利局2023年政府信息公开工作年度报告。"
_BODY = ["一、总体情况", "2023年，本局持续推进政务公开，全年主动公开政府信息86条。"]

FURNITURE = {
    "font-size and share bar": "字体大小：A+ A A-  分享： 打印",
    "document site bar": "2024-03-02 09:15:40   某文档网   [ 字体： ] [ 阅读： ] [ 文档下载 ]",
    "forum bar": "发表于 2024-3-2 09:15:40 | 只看该作者 | 显示全部楼层 |阅读模式",
    "view count": "作者：办公室   发布日期：2024年01月29日   浏览：73次",
    "site address": "澜溪县人民政府网 www.lanxi.gov.cn 选择阅读",
    "mail address": "电子邮箱：office@lanxi.gov.cn",
    "site menu": "首  页  走进澜溪  新闻中心  政府信息公开  政务服务  互动交流",
    "a bare word heading": "引言",
}

LOOK_ALIKE_TITLES = [
    "澜溪镇2024年政务公开工作总结",
    "澜溪县2024年政务公开工作要点",
    "澜溪县水利局政府信息公开指南",
    "澜溪镇人民政府2024年政务公开工作实施方案",
    "澜溪县2023年度法治政府建设情况报告",
    "澜溪乡2023年政府工作报告-8篇(第3/12页)",
    "街道政务公开工作总结1500字（篇2）",
    "2024年政务公开工作总结【某镇政务公开工作总结】.docx",
    "澜溪镇2024年度政务公开工作总结——以公开促规范",
    "澜溪镇2023年政府信息公开工作总结和2024年工作思路",
]


@pytest.mark.parametrize("kind", list(FURNITURE), ids=list(FURNITURE))
def test_the_first_paragraph_stays_whole_below_furniture(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "page.txt"
    path.write_text("\n".join(["澜溪县水利局2023年政府信息公开工作年度报告", FURNITURE[kind], _FIRST, *_BODY]),
                    encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert any(p.text == _FIRST for p in record.paragraphs), [p.text for p in record.paragraphs]


@pytest.mark.parametrize("title", LOOK_ALIKE_TITLES)
def test_a_look_alike_title_stays_off_its_first_paragraph(tmp_path: Path, title: str) -> None:
    first = "2024年，澜溪镇认真贯彻落实上级关于政务公开的工作部署，扎实推进各项公开工作，现将有关情况总结如下："
    path = tmp_path / "page.txt"
    path.write_text("\n".join([title, first, "一、主要做法", "全年通过镇政府网站公开信息120条。"]), encoding="utf-8")
    record = extract(path, ExtractConfig(tag=False))
    assert any(p.text == first for p in record.paragraphs), [p.text for p in record.paragraphs]


@pytest.mark.parametrize("line", [*FURNITURE.values(), *LOOK_ALIKE_TITLES])
def test_furniture_and_titles_are_frame(line: str) -> None:
    assert frame_line(line)


@pytest.mark.parametrize("line", [
    "2023年，本局严格落实政务公开工作要点，加强组织领导和统筹",  # a sentence with a comma, wrapped
    "为贯彻落实2024年政务公开工作要点",  # a purpose clause
    "认真学习《2024年政务公开工作要点》部署",  # a document cited inside a sentence
    "本局全年在门户网站发布政务信息和新闻共计"])
def test_sentences_are_still_no_frame(line: str) -> None:
    assert not frame_line(line)


def test_a_line_continuing_a_title_like_end_still_joins() -> None:
    lines = ["我镇现将2023年度政务公开工作总结", "如下：", "全年公开信息120条，办理申请2件。"]
    assert dewrap(lines) == [[0, 1], [2]]
