"""Scanned pages and tables pasted as images: render with pdfium, straighten, OCR with rapidocr.

The result is an ordinary PageContent — glyphs (one per recognised character, with its confidence)
and ruling lines found in the image — so the lattice, the line builder and the label aligner treat a
scan exactly like a text PDF. rapidocr 3.x ships its models inside the wheel: nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import math
from functools import lru_cache

import numpy as np
import pypdfium2 as pdfium

from nianbao.extraction.pdf.page import Glyph, PageContent, Ruling

DPI = 200
# Glyphs recognised with less confidence than this make their cell 'low confidence' in the record.
LOW_CONFIDENCE = 0.9


def available() -> bool:
    """Whether the OCR extra (rapidocr + onnxruntime + OpenCV) is installed."""
    return all(importlib.util.find_spec(m) is not None for m in ("rapidocr", "onnxruntime", "cv2"))


@lru_cache(maxsize=1)
def _engine():
    from rapidocr import RapidOCR

    # One thread: batch runs use one process per core.
    return RapidOCR(params={"Global.log_level": "error", "EngineConfig.onnxruntime.intra_op_num_threads": 1,
                            "EngineConfig.onnxruntime.inter_op_num_threads": 1})


def _line_masks(gray: np.ndarray):
    import cv2

    binary = cv2.adaptiveThreshold(~gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)
    h, w = binary.shape
    horizontal = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(w // 30, 10), 1)))
    vertical = cv2.morphologyEx(binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(h // 60, 10))))
    return horizontal, vertical


def _skew(gray: np.ndarray) -> float:
    """The page's rotation in degrees, from its long straight lines (table rules); 0 if none."""
    import cv2

    # A line fitted to each long horizontal stroke of the line mask: milliseconds, where a Hough
    # transform of a noisy scan's edges takes seconds a page. Hough remains for pages without one.
    w = gray.shape[1]
    contours, _ = cv2.findContours(_line_masks(gray)[0], cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    fitted = []
    for contour in contours:
        if cv2.boundingRect(contour)[2] >= w // 4:
            vx, vy = cv2.fitLine(contour, cv2.DIST_L2, 0, 0.01, 0.01).ravel()[:2]
            fitted.append(math.degrees(math.atan(vy / vx)) if vx else 90.0)
    fitted = [a for a in fitted if abs(a) < 5]
    if fitted:
        return float(np.median(fitted))
    edges = cv2.Canny(gray, 50, 150)
    lines = cv2.HoughLinesP(edges, 1, math.pi / 1800, threshold=200, minLineLength=w // 4, maxLineGap=10)
    if lines is None:
        return 0.0
    angles = [math.degrees(math.atan2(y2 - y1, x2 - x1)) for x1, y1, x2, y2 in lines.reshape(-1, 4)]
    angles = [a for a in angles if abs(a) < 5]
    return float(np.median(angles)) if angles else 0.0


def _straighten(image: np.ndarray) -> np.ndarray:
    import cv2

    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    angle = _skew(gray)
    if abs(angle) < 0.05:
        return image
    h, w = gray.shape
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255))


def _rulings(gray: np.ndarray, scale: float) -> list[Ruling]:
    import cv2

    horizontal, vertical = _line_masks(gray)
    out = []
    for mask, orientation in ((horizontal, "h"), (vertical, "v")):
        contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        for contour in contours:
            x, y, w, h = cv2.boundingRect(contour)
            if orientation == "h":
                out.append(Ruling("h", (y + h / 2) / scale, x / scale, (x + w) / scale))
            else:
                out.append(Ruling("v", (x + w / 2) / scale, y / scale, (y + h) / scale))
    return out


def ocr_page(page: pdfium.PdfPage, index: int) -> PageContent:
    """A page read from its image: straightened, ruling lines found, every character recognised."""
    import cv2

    width, height = page.get_size()
    scale = DPI / 72
    image = _straighten(page.render(scale=scale).to_numpy()[:, :, :3].copy())
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    result = _engine()(image, return_word_box=True, return_single_char_box=True)
    glyphs = []
    for line in result.word_results or ():
        for text, score, quad in line or ():
            if not text or not text.strip():
                continue
            xs = [p[0] / scale for p in quad]
            ys = [p[1] / scale for p in quad]
            glyphs.append(Glyph(text.strip(), min(xs), min(ys), max(xs), max(ys), float(score)))
    return PageContent(index, width, height, glyphs, _rulings(gray, scale), source="ocr")
