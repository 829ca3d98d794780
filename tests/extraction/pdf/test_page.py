"""Glyphs as the PDF reader sees them: boxes that make lines, whatever the character's ink."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from nianbao.extraction.pdf.lines import text_lines
from tests.conftest import needs_cjk_font
from tests.extraction.pdf.drawing import Drawing


def test_quotes_and_punctuation_stay_on_their_line() -> None:
    """“ is a speck at the top of the line and 。 one at its foot: their boxes are the line's all the same."""
    needs_cjk_font()
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    sentence = "严格执行“先审后发”制度，落实“三审三校”。"
    d = Drawing(font=("STSong-Light", 12), texts=[(72, 100, sentence), (72, 120, "第二行")])
    page = d.page()
    lines = text_lines(page.glyphs)
    assert [line.text for line in lines] == [sentence, "第二行"]
    first = lines[0].glyphs
    assert max(g.top for g in first) - min(g.top for g in first) < 1.5
    assert max(g.bottom for g in first) - min(g.bottom for g in first) < 1.5

