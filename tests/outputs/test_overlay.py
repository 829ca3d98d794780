"""`nianbao show FILE.pdf --overlay`: the detected cells drawn where they are on the page."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.outputs.overlay import DPI, draw_overlay
from nianbao.pipeline import extract
from tests.conftest import SAMPLES, shared

runner = CliRunner()
HONGZE = "corpus/kirogov__huaian-hongze-2023.pdf"


def _edge_colours(image: Image.Image, record, cell_id: str, page_offsets: dict[int, int]) -> list[tuple[int, int, int]]:
    """The overlay's colours along the top edge of a cell's box, at the middle of the cell."""
    cell = record.cell(cell_id)
    scale = DPI / 72
    x0, top, x1, _ = (v * scale for v in cell.source.bbox)
    y = int(top) + page_offsets[cell.source.page]
    return [image.getpixel((int((x0 + x1) / 2), y + dy)) for dy in range(6)]


def test_overlay_boxes_cells_green_and_the_failing_check_red(tmp_path: Path) -> None:
    pdf = shared(HONGZE)
    out = tmp_path / "overlay.png"
    result = runner.invoke(app, ["show", str(pdf), "--overlay", str(out)])
    assert result.exit_code == 0, result.output
    assert "186 cells drawn" in result.output
    record = extract(pdf)
    image = Image.open(out).convert("RGB")
    # Tables sit on pages 2, 3 and 4 (A4 at the overlay's resolution): three pages stacked.
    page_height = round(842 * DPI / 72)
    assert abs(image.height - 3 * page_height) <= 3
    offsets = {2: 0, 3: page_height, 4: 2 * page_height}
    red = _edge_colours(image, record, "t4.review.total", offsets)
    green = _edge_colours(image, record, "t3.granted.total", offsets)
    assert any(r > 150 and g < 100 for r, g, _ in red), red  # H4:review fails: its total is boxed red
    assert any(g > 120 and r < 100 for r, g, _ in green), green


def test_overlay_needs_a_pdf(tmp_path: Path) -> None:
    result = runner.invoke(app, ["show", str(SAMPLES / "sample-2024-township.txt"), "--overlay", str(tmp_path / "x.png")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.png").exists()


def test_overlay_refuses_a_record_without_page_boxes(tmp_path: Path) -> None:
    record = extract(SAMPLES / "sample-2024-township.txt")
    try:
        draw_overlay(record, shared(HONGZE), tmp_path / "x.png")
    except ValueError as exc:
        assert "no table cell has a place" in str(exc)
    else:
        raise AssertionError("a record read from text has no page boxes to draw")
