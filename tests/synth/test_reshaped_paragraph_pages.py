"""At volume: synthetic reports reshaped (nianbao/synth/reshape.py) must read as the report a part a line, in the
shapes the layout rules were written for: a crawler's line with the site's frame run in before the preamble
(``crawled._PREAMBLE_AT_SPACE``), a paragraph opening on a year after a sentence's end on a line that runs its
numbers into its text (``crawled._STOP_THEN_NUMBER``), a PDF's text of an untitled report whose wrapped preamble
names the report (``title._body_runs_on``). Each test fails without its rule."""

from __future__ import annotations

import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction.layout import analyse
from nianbao.extraction.layout.headings import ITEM
from nianbao.extraction.readers.full_lines import width
from nianbao.extraction.readers import read
from nianbao.pipeline import extract
from nianbao.synth.flowed_text import lined_text
from nianbao.synth.reshape import indented_lines, morph
from nianbao.synth.sample import sample_report

REPORTS = 40
FRAME = ("发布机构：某某局办公室   信息来源：本局   栏目：政府信息公开年报   主题分类：综合政务   发布日期：2024-01-15   "
         "浏览次数：388   【打印本页】【关闭窗口】")


def _paragraphs(path: Path) -> list[str]:
    return [re.sub(r"\s+", "", p.text) for p in extract(path, ExtractConfig(tag=False)).paragraphs]


def _narrative(rep) -> list[str]:  # noqa: ANN001  (a synth Report)
    return [re.sub(r"\s+", "", b.text) for b in rep.blocks if b.kind == "para"]


def test_a_crawled_line_with_the_sites_frame_run_in_keeps_the_preamble_whole(tmp_path: Path) -> None:
    """The site's frame (a field block with an empty field, longer than a title) runs into the line before the
    title and the preamble: the preamble still opens a paragraph of its own (``crawled._PREAMBLE_AT_SPACE``)."""
    compared = 0
    for index in range(REPORTS):
        rep = sample_report("morph-frame", index, "txt", 0.0)
        lines = lined_text(rep).splitlines()
        first = next((b.text for b in rep.blocks if b.kind == "para"), "")
        if not first.startswith(("根据《中华人民共和国政府信息公开条例》", "本报告", "本年度报告")):
            continue
        compared += 1
        page = tmp_path / f"{index}.txt"
        page.write_text(morph(["某某县人民政府门户网站", FRAME, *lines], "one_line", str(index)).text, encoding="utf-8")
        assert re.sub(r"\s+", "", first) in _paragraphs(page), index
    assert compared >= REPORTS // 4


def test_a_crawled_line_whose_numbers_run_into_the_text_breaks_before_a_year_after_a_stop(tmp_path: Path) -> None:
    """Reports with a paragraph opening on a number after a sentence's end (skipped by test_spaced_text: a
    space before a number tells nothing on a page that spaces its numbers) read as their lines when the page
    runs its numbers into its text (``crawled._STOP_THEN_NUMBER``)."""
    compared = 0
    for index in range(REPORTS * 2):
        rep = sample_report("morph-year", index, "txt", 0.0)
        texts = [b.text for b in rep.blocks if b.kind != "table"]
        if not any(a[-1:] in "。！？" and b[:1].isdigit() and b[:1].isascii() for a, b in zip(texts, texts[1:])):
            continue
        compared += 1
        page = tmp_path / f"{index}.txt"
        page.write_text(morph(lined_text(rep).splitlines(), "one_line", str(index)).text, encoding="utf-8")
        got = _paragraphs(page)
        missing = [p for p in _narrative(rep) if p not in got]
        assert not missing, (index, missing[:1])
    assert compared >= 5


def test_a_pdf_text_of_an_untitled_report_takes_no_title_from_its_preamble(tmp_path: Path) -> None:
    """A report without its title line, as a PDF's text layer: the preamble wrapped at the page's width names
    the report ('…编制并公布《某局2023年…年度' / '报告》…') — that wrapped line is no title
    (``title._body_runs_on``), and the preamble keeps its opening."""
    compared = 0
    for index in range(REPORTS):
        rep = sample_report("morph-untitled", index, "txt", 0.0)
        first = (f"按照《中华人民共和国政府信息公开条例》和上级工作要点要求，结合本单位工作实际，编制并向社会公布《{rep.title}》。"
                 f"本报告所列数据的统计期限自{rep.year}年1月1日起至{rep.year}年12月31日止。")
        compared += 1
        page = tmp_path / f"{index}.txt"
        page.write_text(morph([first, *lined_text(rep).splitlines()[1:]], "pdf_text", str(index)).text, encoding="utf-8")
        layout = analyse(read(page))
        assert layout.title is None, (index, layout.title)
        # (whole but for a sentence's end at a wrapped line's end: dewrap's to judge, not this rule's)
        assert any(re.sub(r"\s+", "", p.text).startswith(re.sub(r"\s+", "", first)[:40]) for p in layout.paragraphs)
    assert compared >= 5


PDF_WIDTH, PDF_HEIGHT = 30, 36
PDF_REPORTS = 500  # a few in four have a paragraph that needs the layer's evidence


def _pdf_text_layer(lines: list[str]) -> tuple[list[str], set[str]]:
    """A report's lines as a PDF's text layer (``reshape.indented_lines`` at one width, a bare page number after
    every page), and the paragraphs whose reading needs the text layer's evidence and has it: a wrapped line ending
    a sentence at the full width with a full line under it, or a page number between two of its lines — and no
    wrapped line ending a sentence that nothing tells from a paragraph's end (a shorter line, an item or digits
    under it: a paragraph's last line or one of its own, ``dewrap``'s to judge)."""
    flat: list[tuple[str, str]] = [(piece, line) for line in lines if line.strip()
                                   for piece in indented_lines(line, PDF_WIDTH)]
    out, hard, unclear = [], set(), set()
    for k, (piece, line) in enumerate(flat):
        out.append(piece)
        same = k + 1 < len(flat) and flat[k + 1][1] == line
        if same and piece.endswith(("。", "！", "？")):
            under = flat[k + 1][0]  # full, no item's marker, no digit or Latin letter to blur its width
            told = min(width(piece), width(under)) >= PDF_WIDTH and not ITEM.match(under) and not re.search(r"[0-9A-Za-z]", under)
            (hard if told else unclear).add(line)
        if (k + 1) % PDF_HEIGHT == 0:
            out.append(str((k + 1) // PDF_HEIGHT))
            if same:
                hard.add(line)
    return out, hard - unclear


def test_a_pdf_text_layer_keeps_paragraphs_whole_across_full_lines_and_bare_page_numbers(tmp_path: Path) -> None:
    """At volume: a sentence ending at a full line's end with a full line under it goes on (``full_lines``, the
    first line of a paragraph two characters narrower), and a bare page number between a paragraph's lines is the
    page's footer (``folios``): the paragraph reads whole, no number in it. (A few stay cut where another rule
    judges a line's end: a contact field's colon before its value, a site's address cut at its dot.)"""
    wanted = found = 0
    for index in range(PDF_REPORTS):
        rep = sample_report("morph-pdf-layer", index, "txt", 0.0)
        out, hard = _pdf_text_layer(lined_text(rep).splitlines())
        paragraphs = [p for p in _narrative(rep) if any(re.sub(r"\s+", "", h) == p for h in hard)]
        if not paragraphs:
            continue
        page = tmp_path / f"{index}.txt"
        page.write_text("\n".join(out) + "\n", encoding="utf-8")
        got = set(_paragraphs(page))
        wanted += len(paragraphs)
        found += sum(p in got for p in paragraphs)
    assert wanted >= 100
    assert found >= 0.97 * wanted, (found, wanted)
