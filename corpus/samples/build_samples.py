"""Build nianbao's bundled sample corpus: four fictional annual reports and their gold files.

The agencies, prose and numbers (in ``sample_reports.py``) are the project's own writing. Each report is data (agency,
year, format, paragraphs per section, table values); the script renders it in one of four shapes —
a Word file with merged-cell tables, a web page wrapped in site chrome, text with tab-separated table
rows (GBK) and text with one table cell per line — and writes its gold file
(``corpus/gold/<file name>.json``, see ``corpus/gold/README.md``) from the same data.
Identity breaks are recomputed from the values and must match the ones each report declares.

    .venv/bin/python corpus/samples/build_samples.py
"""
# ruff: noqa: E501
# (the report prose below is kept one paragraph a line)

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path
from string import Template
from typing import Callable

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from nianbao.core import codebook as cb  # noqa: E402
from nianbao.synth.grids import grids as synth_grids  # noqa: E402
from nianbao.synth.grids import place, slots  # noqa: E402,F401  (build_pdfs uses place from here)
from nianbao.synth.render_docx import add_table  # noqa: E402
from nianbao.synth.render_html import html_table  # noqa: E402
from nianbao.synth.render_text import cell_lines, tsv_rows  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_reports import BLANK, REPORTS, Cell, Grid, Report  # noqa: E402,F401  (build_pdfs uses them from here)

SAMPLES = ROOT / "corpus" / "samples"
GOLD = ROOT / "corpus" / "gold"
AMOUNT_CELLS = {"t2.admin_fees.amount_10k_yuan", "t2_2019.procurement.procurement_amount"}
TABLE_AFTER = {1: "t2", 2: "t3", 3: "t4"}  # section index -> the table printed after its paragraphs


def contact_sentence(c: dict[str, str]) -> str:
    return f"（地址：{c['address']}；邮编：{c['postcode']}；电话：{c['phone']}；电子邮箱：{c['email']}）。"


# --- Table values and layout --------------------------------------------------------------------
def table_cells(rep: Report) -> dict[str, str]:
    """Every cell id of the report's format -> the text printed in that cell."""
    out: dict[str, str] = {}
    for key, data in (("t2", rep.t2), ("t3", rep.t3), ("t4", rep.t4)):
        spec = cb.table_spec(key, rep.fmt)
        for row in spec.rows:
            tokens = data.get(row.id, " ".join("0" * len(row.columns))).split()
            assert len(tokens) == len(row.columns), (rep.file, row.id)
            out.update({spec.cell_id(row.id, c): "" if t == BLANK else t for c, t in zip(row.columns, tokens)})
    return out


def grids(rep: Report) -> dict[str, Grid]:
    return synth_grids(rep.fmt, table_cells(rep))


# --- Renderers ----------------------------------------------------------------------------------
def blocks(rep: Report) -> list[str | Grid]:
    """The report in reading order: paragraphs (str) and tables (Grid), without title and closing."""
    tables = grids(rep)
    out: list[str | Grid] = [p.replace("{contact}", contact_sentence(rep.contact)) for p in rep.preamble]
    for i, (section, paragraphs) in enumerate(zip(cb.SECTIONS, rep.sections, strict=True)):
        out += [section.label, *paragraphs]
        if i in TABLE_AFTER:
            out.append(tables[TABLE_AFTER[i]])
    return out


def write_docx(rep: Report, path: Path) -> None:
    doc = docx.Document()
    normal = doc.styles["Normal"]
    normal.font.name = "仿宋_GB2312"
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(rep.title).bold = True
    headings = {section.label for section in cb.SECTIONS}
    for block in blocks(rep):
        if isinstance(block, str):
            doc.add_paragraph().add_run(block).bold = block in headings
            continue
        add_table(doc, block)
    for line in (rep.agency, rep.date_line):
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(path)


def write_html(rep: Report, path: Path) -> None:
    body = [f'<p style="text-indent:2em">{html.escape(b)}</p>' if isinstance(b, str) else html_table(b)
            for b in blocks(rep)]
    body += [f'<p style="text-align:right">{html.escape(line)}</p>' for line in (rep.agency, rep.date_line)]
    page = Template(HTML_PAGE).substitute(title=html.escape(rep.title), agency=html.escape(rep.agency),
                                          date=rep.published, article="\n".join(body))
    path.write_text(page, encoding="utf-8")


def write_text(rep: Report, path: Path, flatten: Callable[[Grid], list[str]]) -> None:
    lines = [rep.title, ""]
    for block in blocks(rep):
        lines += [block, ""] if isinstance(block, str) else [*flatten(block), ""]
    lines += [rep.agency, rep.date_line, ""]
    path.write_bytes("\n".join(lines).encode(rep.encoding))


WRITERS: dict[str, Callable[[Report, Path], None]] = {
    "docx": write_docx,
    "html": write_html,
    "tsv": lambda rep, path: write_text(rep, path, tsv_rows),
    "cells": lambda rep, path: write_text(rep, path, cell_lines),
}


# --- Gold -------------------------------------------------------------------------------------
NUMBER = re.compile(r"\d+(?:\.\d+)?")
UNITS = {"元", "万元"}


def gold_value(text: str) -> int | float | dict:
    if not text:
        return {"kind": "blank"}
    lead = NUMBER.match(text)
    assert lead, text
    value = float(lead.group()) if "." in lead.group() else int(lead.group())
    rest = text[lead.end():]
    if not rest:
        return value
    if rest in UNITS:  # a unit is not a note: the cell is a number, its unit kept beside it
        return {"kind": "number", "value": value, "unit": rest, "raw": text}
    return {"kind": "annotated", "value": value, "raw": text}


def identity_breaks(fmt: cb.FormatVersion, gold: dict[str, int | float | dict]) -> list[str]:
    """H1–H5 as defined in shared/spec/report-format.md, computed from the gold cells (blank = 0)."""

    def v(cid: str) -> float:
        g = gold[cid]
        return g if isinstance(g, (int, float)) else g.get("value", 0)

    t3 = cb.table_spec("t3", fmt)

    def x(row: str, col: str) -> float:
        return v(t3.cell_id(row, col))

    def off(a: float, b: float) -> bool:
        return abs(a - b) > 1e-9

    out = [f"H1:{c}" for c in cb.T3_COLS
           if off(x("new_received", c) + x("carried_over", c), x("total_processed", c) + x("carried_forward", c))]
    out += [f"H2:{c}" for c in cb.T3_COLS
            if off(x("total_processed", c), sum(x(r, c) for r in cb.T3_OUTCOME_ROWS[fmt]))]
    out += [f"H3:{r.id}" for r in t3.rows if off(x(r.id, "total"), sum(x(r.id, c) for c in cb.T3_APPLICANT_COLS))]
    out += [f"H4:{b}" for b in cb.T4_BLOCKS
            if off(v(f"t4.{b}.total"), sum(v(f"t4.{b}.{c}") for c in cb.T4_COLS[:-1]))]
    out += [f"H5:{cid}" for cid in gold if v(cid) < 0 or (cid not in AMOUNT_CELLS and v(cid) != int(v(cid)))]
    return out


def gold_record(rep: Report) -> dict:
    cells = table_cells(rep)
    gold = {cid: gold_value(cells[cid]) for cid in cb.all_cell_ids(rep.fmt)}
    breaks = identity_breaks(rep.fmt, gold)
    assert breaks == list(rep.breaks), (rep.file, breaks)
    return {
        "doc_id": rep.file,
        "source": f"corpus/samples/{rep.file}",
        "status": "ok",
        "metadata": {
            "agency": rep.agency, "year": rep.year, "format_version": rep.fmt, "admin_level": rep.admin_level,
            "region": rep.region, "publication_date": rep.published, "contact": rep.contact,
        },
        "tables_readable": {key: True for key in cb.TABLE_KEYS},
        "cells": gold,
        "identity_breaks": breaks,
        "notes": rep.notes,
    }


HTML_PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}_澄川市人民政府</title>
<meta name="SiteName" content="澄川市人民政府">
<meta name="PubDate" content="${date}">
<style>body{font-family:"Microsoft YaHei",sans-serif;margin:0}.header{background:#a61b1b;color:#fff;padding:12px}
.nav a{margin:0 14px}.article{width:1000px;margin:0 auto}.article-content td{border:1px solid #000}</style>
</head>
<body>
<div class="header"><div class="logo">澄川市人民政府</div>
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjcc/">走进澄川</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="article">
<h1 class="article-title">${title}</h1>
<div class="article-info">发布时间：${date}　来源：${agency}办公室　浏览次数：<span id="visits"></span>
　字号：<a href="javascript:fontSize(2)">大</a> <a href="javascript:fontSize(-2)">小</a>　<a href="javascript:window.print()">打印</a></div>
<div class="article-content" id="zoom">
${article}
</div>
<div class="share">分享到：微信　微博　QQ空间</div>
</div>
<div class="footer"><p>主办单位：澄川市人民政府办公室　承办单位：澄川市大数据中心</p>
<p>网站标识码：4399000001　澄ICP备20180001号　<a href="/sitemap/">网站地图</a>　<a href="/contact/">联系我们</a></p></div>
<script type="text/javascript">
  var current = 16;
  function fontSize(step) {
    current = Math.max(12, Math.min(24, current + step));
    document.getElementById("zoom").style.fontSize = current + "px";
  }
  document.getElementById("visits").textContent = "3217";
</script>
</body>
</html>
"""


def main() -> None:
    for rep in REPORTS:
        WRITERS[rep.render](rep, SAMPLES / rep.file)
        path = GOLD / f"{rep.file}.json"
        # Annotators add keys this script does not know (figures, paragraph labels): keep them.
        kept = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items()} if path.exists() else {}
        record = json.dumps(kept | gold_record(rep), ensure_ascii=False, indent=2)
        path.write_text(record + "\n", encoding="utf-8")
        print(f"wrote {rep.file} and its gold ({rep.fmt} format, breaks: {', '.join(rep.breaks) or 'none'})")


if __name__ == "__main__":
    main()
