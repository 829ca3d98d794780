from __future__ import annotations

from nianbao.extraction.readers import read
from nianbao.extraction.readers.html import HtmlReader
from tests.conftest import SAMPLES, shared


def test_real_page_drops_chrome_and_keeps_three_expanded_tables() -> None:
    doc = read(shared("corpus/pingtan__pingtan-2022.html"))
    assert doc.properties["published"] == "2023-02-20 15:07"
    assert len(doc.tables) == 3
    text = "\n".join(b.text for b in doc.text_blocks)
    assert "一、总体情况" in text and "六、其他需要报告的事项" in text
    assert "当前位置" not in text and "版权所有" not in text
    t3 = doc.tables[1].grid
    assert all(len(row) == 10 for row in t3)  # 3 label columns + 7 values, spans expanded
    # 三、本年度办理结果 spans 22 rows: every covered position points back to its top-left cell
    assert t3[5][0].text == t3[26][0].text == "三、本年度办理结果"
    assert t3[26][0].origin == t3[5][0].origin == (5, 0)


def test_sample_page_with_site_chrome_and_script() -> None:
    doc = read(SAMPLES / "sample-2022-city-government.html")
    text = "\n".join(b.text for b in doc.text_blocks)
    assert "一、总体情况" in text and "六、其他需要报告的事项" in text
    assert "function" not in text and "document." not in text  # the script is gone
    assert len(doc.tables) == 3


def test_html_without_tables_reads_its_text() -> None:
    doc = HtmlReader().read("<html><body><p>某局2023年政府信息公开工作年度报告</p><div>一、总体情况</div></body></html>".encode(), "x.html")
    assert [b.text for b in doc.text_blocks] == ["某局2023年政府信息公开工作年度报告", "一、总体情况"]
    assert doc.tables == []


def test_a_title_heading_above_the_content_block_is_kept_first() -> None:
    # A portal page: the <h1> sits beside, not inside, the block that holds the six sections.
    sections = "".join(f"<p>{n}、{name}</p><p>正文。</p>" for n, name in
                       (("一", "总体情况"), ("二", "主动公开政府信息情况"), ("三", "收到和处理政府信息公开申请情况"),
                        ("四", "政府信息公开行政复议、行政诉讼情况"), ("五", "存在的主要问题及改进情况"),
                        ("六", "其他需要报告的事项")))
    page = (f"<html><body><article><h1>某县商务局2023年政府信息公开工作年度报告</h1><p>2024-01-20</p>"
            f"<section><p>按照《政府信息公开工作年度报告格式》的规定编制本报告。</p>{sections}</section>"
            f"</article><h3>相关报告</h3></body></html>")
    texts = [b.text for b in HtmlReader().read(page.encode(), "x.html").text_blocks]
    assert texts[0] == "某县商务局2023年政府信息公开工作年度报告" and texts[1].startswith("按照")
    assert "2024-01-20" not in texts and "相关报告" not in texts


def test_a_cut_page_whose_preamble_names_the_sections_keeps_every_paragraph() -> None:
    # The preamble names three sections and holds most of a short page's text: it is a paragraph, not the
    # article holding the report, so the text after it is read too (once only the preamble's container was).
    preamble = ("依照条例要求，某县某镇人民政府编制2020年度报告。报告包含总体情况、主动公开政府信息情况、"
                "收到和处理政府信息公开申请情况等六部分。本报告所列数据统计期限为2020年1月1日至2020年12月31日。")
    html = (f'<html><body><div class="article-content"><p>{preamble}</p><p>一、总体情况</p>'
            "<p>2020年，某镇持续推进政务公开。</p><p>（一）主动公开情况</p><p>全年公开信息18篇。</p></div></body></html>")
    doc = HtmlReader().read(html.encode("utf-8"), "cut.html")
    assert [b.text for b in doc.blocks] == [preamble, "一、总体情况", "2020年，某镇持续推进政务公开。", "（一）主动公开情况",
                                            "全年公开信息18篇。"]


def test_a_root_s_own_text_is_kept() -> None:
    html = "<html><body>某局2023年政府信息公开工作年度报告<p>一、总体情况</p>总体情况之后的文字</body></html>"
    doc = HtmlReader().read(html.encode("utf-8"), "bare.html")
    assert "总体情况之后的文字" in [b.text for b in doc.blocks]
