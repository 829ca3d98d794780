"""The reshaped texts of a page (nianbao/synth/reshape.py): each shape does what the document kind does to a
page's text, changes a paragraph only in whitespace (but for ``traditional``), and is the same for the same
seed (at volume through the pipeline: test_reshaped_paragraph_pages.py)."""

from __future__ import annotations

import re

import pytest

from nianbao.core.keys import paragraph_key
from nianbao.synth.reshape import MORPHS, morph, paragraph_as

# A short page of our own words: a title, a preamble, a heading, a sub-heading and two paragraphs.
PAGE = [
    "某县某局2023年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2023年1月1日起至2023年12月31日止。",
    "一、总体情况",
    "（一）主动公开",
    "2023年，某局在县政府门户网站主动公开各类信息三百余条，及时回应群众关切，并通过政务新媒体同步发布重点信息，公开质量进一步提升。",
    "全年未收到政府信息公开申请，未发生因政府信息公开引起的行政复议和行政诉讼。",
]
_KEYS = {paragraph_key(line) for line in PAGE}


def _paragraph_keys_survive(text: str, lines: list[str]) -> bool:
    """Every line's key is the key of some run of the text's non-blank lines, or of a part of one line."""
    squashed = re.sub(r"\s+", "", text)
    return all(re.sub(r"\s+", "", line) in squashed for line in lines)


@pytest.mark.parametrize("kind", [k for k in MORPHS if k != "traditional"])
def test_a_shape_changes_only_whitespace_of_the_paragraphs(kind: str) -> None:
    shaped = morph(PAGE, kind, seed="p")
    text = re.sub(r"^#+ ", "", shaped.text, flags=re.M)  # Markdown's heading marks
    text = re.sub(r"^(?:- \d+ -|— \d+ —|第\d+页 共\d+页|\d+)$", "", text, flags=re.M)  # page numbers
    text = "\n".join(line for line in text.splitlines() if line.strip() != PAGE[0]) + "\n"  # running headers
    assert _paragraph_keys_survive(text, PAGE[1:])
    assert all(paragraph_as(line, kind) == line for line in PAGE)


def test_the_shapes_are_seeded() -> None:
    assert all(morph(PAGE, k, "s1") == morph(PAGE, k, "s1") for k in MORPHS)
    assert morph(PAGE * 20, "pdf_text", "s1") != morph(PAGE * 20, "pdf_text", "s2")


def test_pdf_text_wraps_lines_and_numbers_its_pages() -> None:
    text = morph(PAGE * 12, "pdf_text", seed="p").text
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 41  # hard-wrapped at the page's width
    assert "" not in lines  # no blank line between paragraphs
    footers = [line for line in lines if re.fullmatch(r"- \d+ -|— \d+ —|第\d+页 共\d+页|\d+", line)]
    assert len(footers) >= 2 and lines[-1] in footers
    assert sum(line == PAGE[0] for line in lines) == 12  # no running header without ``pdf_headers``
    headed = morph(PAGE * 12, "pdf_headers", seed="p").text.splitlines()
    assert sum(line == PAGE[0] for line in headed) == 12 + len(footers) - 1


def test_one_line_keeps_the_first_line_and_runs_the_rest_together() -> None:
    lines = morph(PAGE, "one_line", seed="p").text.splitlines()
    assert lines == [PAGE[0], " ".join(PAGE[1:])]


def test_markdown_marks_headings_by_level_and_blank_lines_between_paragraphs() -> None:
    shaped = morph(PAGE, "markdown", seed="p")
    assert shaped.suffix == ".md"
    blocks = shaped.text.strip().split("\n\n")
    assert blocks[0] == f"# {PAGE[0]}" and blocks[2] == "## 一、总体情况" and blocks[3] == "### （一）主动公开"
    assert blocks[4] == PAGE[4]


def test_traditional_converts_every_line_and_its_gold() -> None:
    shaped = morph(PAGE, "traditional", seed="p").text
    assert "報告" in shaped and "总体" not in shaped
    assert paragraph_as(PAGE[2], "traditional") == "一、總體情況"


def test_docx_dump_puts_a_blank_line_after_every_paragraph() -> None:
    lines = morph(PAGE, "docx_dump", seed="p").text.splitlines()
    assert lines[1::2] == [""] * (len(PAGE) - 1)
    assert {paragraph_key(line) for line in lines[::2]} <= _KEYS or any(line.startswith("\u3000\u3000")
                                                                        for line in lines)


def test_an_unknown_shape_is_refused() -> None:
    with pytest.raises(ValueError):
        morph(PAGE, "fax", seed="p")
