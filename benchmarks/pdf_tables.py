"""PDF tables: speed per page and cell accuracy of nianbao against the floor and the peers, one process.

    .venv/bin/python benchmarks/pdf_tables.py [--repeat 3]

Rows:
- pypdfium2 text: open, text page, full text — the floor for a text PDF;
- camelot lattice (default engine, renders every page), camelot lattice engine="vector", and
  pdfplumber extract_tables: each run on every page, as a user of those tools would;
- nianbao: the full record (text, layout, tables from the pages with table markers, checks).
Cell accuracy is exact match against corpus/gold over every gold cell of the PDFs; for the peers it
is their grids put through nianbao's label aligner (the only way to name their cells), so it measures
what each extractor's grids let the aligner recover. Scanned PDFs (names containing 'scanned') are
timed separately: OCR dominates them.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "OPENCV_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core, as in a batch worker

import argparse  # noqa: E402
import io  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable, ClassVar  # noqa: E402

import pypdfium2 as pdfium  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.extraction.pdf import tables as pdf_tables  # noqa: E402
from nianbao.extraction.pdf.lattice import Lattice, LatticeCell  # noqa: E402
from nianbao.extraction.pdf.page import PageContent  # noqa: E402
from nianbao.core.gold import load_gold  # noqa: E402
from nianbao.evaluation.evaluate import evaluate  # noqa: E402
from nianbao.core.config import ExtractConfig  # noqa: E402
from nianbao.pipeline import extract  # noqa: E402

SHARED = Path(os.environ.get("NIANBAO_SHARED", ROOT.parent / "shared"))


class PdfplumberExtractor:
    """pdfplumber's extract_tables grids as lattices, so the aligner can name their cells (benchmark only)."""

    name: ClassVar[str] = "pdfplumber"

    def extract(self, pdf: bytes, page: PageContent) -> list[Lattice]:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(pdf)) as document:
            out = []
            for table in document.pages[page.index].find_tables():
                rows = []
                for i, (row, texts) in enumerate(zip(table.rows, table.extract())):
                    rows.append([LatticeCell((text or "").replace("\n", ""), (i, j), box or table.bbox)
                                 for j, (box, text) in enumerate(zip(row.cells, texts))])
                if rows and all(len(r) == len(rows[0]) for r in rows):
                    out.append(Lattice(rows, table.bbox, []))
            return out


pdf_tables.table_extractors.register("pdfplumber", PdfplumberExtractor)


def _pages(path: Path) -> int:
    document = pdfium.PdfDocument(str(path))
    try:
        return len(document)
    finally:
        document.close()


def floor(path: Path) -> None:
    document = pdfium.PdfDocument(str(path))
    for page in document:
        page.get_textpage().get_text_range()
    document.close()


def camelot_default(path: Path) -> None:
    import camelot

    camelot.read_pdf(str(path), pages="all", flavor="lattice", suppress_stdout=True)


def camelot_vector(path: Path) -> None:
    import camelot

    camelot.read_pdf(str(path), pages="all", flavor="lattice", engine="vector", split_text=True, suppress_stdout=True)


def pdfplumber_tables(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(str(path)) as document:
        for page in document.pages:
            page.extract_tables()


def _timed(run: Callable[[Path], object], pdfs: list[Path], repeat: int) -> float:
    """Best-of-``repeat`` milliseconds per page over all the PDFs."""
    pages = sum(_pages(p) for p in pdfs)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for path in pdfs:
            run(path)
        best = min(best, time.perf_counter() - start)
    return 1000 * best / pages


def _accuracy(pdfs: list[Path], extractors: list[str] | None) -> tuple[float, int, int]:
    options = ExtractConfig(pdf_tables=tuple(extractors or ()))
    records = [extract(p, options) for p in pdfs]
    result = evaluate(load_gold(ROOT / "corpus" / "gold"), records)
    correct = sum(s.correct for s in result.cells.values())
    total = sum(s.total for s in result.cells.values())
    return (correct / total if total else float("nan")), correct, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    candidates = [SHARED / "corpus" / "kirogov__huaian-hongze-2023.pdf", *sorted((ROOT / "corpus" / "samples").glob("*.pdf"))]
    pdfs = [p for p in candidates if p.exists()]
    text_pdfs = [p for p in pdfs if "scanned" not in p.name]
    scans = [p for p in pdfs if "scanned" in p.name]
    pages = sum(_pages(p) for p in text_pdfs)
    print(f"# PDF tables — {len(text_pdfs)} text PDFs, {pages} pages; {platform.processor() or platform.machine()}, "
          f"{os.cpu_count()} CPUs, Python {platform.python_version()}, one thread")
    for p in text_pdfs:
        print(f"#   {p.name} ({_pages(p)} pages)")
    extract(text_pdfs[0])  # warm imports and caches
    rows = [
        ("pypdfium2 text (floor)", floor, None),
        ("camelot lattice, default engine", camelot_default, ["camelot-raster"]),
        ("camelot lattice, engine=vector", camelot_vector, ["camelot"]),
        ("pdfplumber extract_tables", pdfplumber_tables, ["pdfplumber"]),
        ("nianbao full record (geometry)", lambda p: extract(p), []),
    ]
    results = {}
    print("\n| method | ms/page | × floor | cell accuracy |\n|---|---:|---:|---:|")
    for name, run, extractors in rows:
        ms = _timed(run, text_pdfs, args.repeat)
        results[name] = ms
        if extractors is None:
            acc = "—"
        else:
            a, c, t = _accuracy(text_pdfs, extractors or None)
            acc = f"{a:.4f} ({c}/{t})"
        print(f"| {name} | {ms:.1f} | {ms / results['pypdfium2 text (floor)']:.1f} | {acc} |")
    ours, camelot = results["nianbao full record (geometry)"], results["camelot lattice, default engine"]
    print(f"\nnianbao vs floor: {ours / results['pypdfium2 text (floor)']:.1f}× (target ≤ 10×); "
          f"camelot default vs nianbao: {camelot / ours:.1f}× slower (target ≥ 10×)")
    if scans:
        pages = sum(_pages(p) for p in scans)
        start = time.perf_counter()
        a, c, t = _accuracy(scans, None)
        seconds = (time.perf_counter() - start) / pages
        print(f"\nOCR ({len(scans)} scanned PDFs, {pages} pages): {seconds:.1f} s/page, cell accuracy {a:.4f} ({c}/{t})")


if __name__ == "__main__":
    main()
