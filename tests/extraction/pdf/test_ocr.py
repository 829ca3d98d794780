"""Scanned pages: the skew is measured from the table rules, so the page can be straightened."""

from __future__ import annotations

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image

from nianbao.extraction.pdf import ocr
from tests.extraction.pdf.drawing import Drawing

pytestmark = pytest.mark.skipif(not ocr.available(), reason="needs the OCR extra: pip install 'nianbao[ocr]'")


def _grey(d: Drawing, angle: float) -> np.ndarray:
    pdf = pdfium.PdfDocument(d.pdf())
    image = pdf[0].render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    return np.asarray(image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255))


@pytest.mark.parametrize("angle", [0.0, 0.4, -0.9, 1.6])
def test_skew_is_measured_from_the_rules(angle: float) -> None:
    d = Drawing()
    d.grid([60.0, 200.0, 330.0, 460.0, 535.0], [100.0 + 24 * i for i in range(12)])
    d.texts += [(70, 118 + 24 * i, f"row {i} 123") for i in range(11)]
    # PIL turns counter-clockwise for a positive angle; the skew says how far to turn back.
    assert ocr._skew(_grey(d, angle)) == pytest.approx(-angle, abs=0.1)


@pytest.mark.parametrize("angle", [0.6, -1.0])
def test_a_page_without_rules_is_measured_from_its_text_lines(angle: float) -> None:
    d = Drawing(texts=[(72, 100 + 20 * i, "words on a line without any rule " * 2) for i in range(20)])
    assert ocr._skew(_grey(d, angle)) == pytest.approx(-angle, abs=0.15)
