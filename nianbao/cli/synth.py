"""The ``nianbao synth`` command (registered in ``nianbao/cli.py``)."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

from nianbao.synth.model import FORMATS

err = Console(stderr=True)


def synth(
    n: int = typer.Argument(..., help="How many documents to write."),
    output: Path = typer.Option(..., "-o", "--output", help="Folder to write reports/, gold/ and manifest.jsonl into."),
    formats: str = typer.Option(",".join(FORMATS), "--formats", help="Comma-separated: txt, html, docx, pdf "
                                "(all: txt and html 45% each, docx 7%, pdf 3%); also md (Markdown in the styles "
                                "of PDF converters: MinerU, marker, docling, pandoc)."),
    seed: str = typer.Option("0", "--seed", help="Same seed, same bytes."),
    break_rate: float = typer.Option(0.05, "--break-rate", help="Share of reports with one planted identity break."),
    hostile_rate: float = typer.Option(0.0, "--hostile-rate", help="Share of hostile files (truncated, encrypted, "
                                       "zero-byte, zip bomb, 200 MB text, GBK text, junk, 3000-page PDF)."),
    workers: int = typer.Option(1, "--workers", help="Processes writing in parallel (0: one per core)."),
    pre2019_rate: float = typer.Option(0.0, "--pre-2019-rate", help="Share of pre-2019 reports (old outline 概述 / "
                                       "主动公开 / 依申请公开 … and the old statistics table), as text lines, a "
                                       "crawler's one-line page text, or Markdown."),
    page_shapes_rate: float = typer.Option(0.0, "--page-shapes-rate", help="Share of txt and HTML documents written "
                                           "as one of the page shapes nianbao reads: cut short, untitled, the body "
                                           "named only in a metadata row, a desk or a citation, or what a portal "
                                           "publishes beside the reports (see nianbao.synth.shapes). Their gold "
                                           "holds status and the agency and year the page states, no tables (only "
                                           "those are scored); manifest.jsonl names the shape and expected_status "
                                           "(partial for a report's page without tables)."),
    headless_rate: float = typer.Option(0.0, "--headless-rate", help="Share of the other txt and HTML reports whose "
                                        "section headings are lost (--headless-kinds); the gold keeps each "
                                        "paragraph's true section, manifest.jsonl lists inferred_sections."),
    headless_kinds: str = typer.Option("overview,truncated,all", "--headless-kinds", help="Comma-separated heading "
                                       "losses to draw from: overview (its heading left out), truncated (cut "
                                       "away by a document site), all (every heading gone)."),
) -> None:
    """Write a synthetic corpus of realistic reports with their gold answers.

    Score it with `nianbao extract DIR/reports -o rec.jsonl && nianbao evaluate rec.jsonl --gold DIR/gold`;
    page-shape documents count in status and metadata (agency, year) only. `python benchmarks/page_shapes.py`
    scores them by shape, partial status and inferred sections included."""
    from nianbao.synth.corpus import generate  # the generator pulls in the phrase banks: only when used

    chosen = [f.strip() for f in formats.split(",") if f.strip()]
    try:
        summary = generate(output, n, chosen, seed, break_rate, hostile_rate, workers or os.cpu_count() or 1,
                           pre2019_rate, page_shapes_rate, headless_rate,
                           [k.strip() for k in headless_kinds.split(",") if k.strip()])
    except (ValueError, ImportError) as exc:
        err.print(f"[red]{exc}")
        raise typer.Exit(2) from exc
    rates = ", ".join(f"{k} {c} ({summary.rate(k):.0f}/s per worker)" for k, c in sorted(summary.counts.items()))
    err.print(f"{summary.documents} documents in {summary.seconds:.1f} s "
              f"({summary.documents / max(summary.seconds, 1e-9):.0f}/s): {rates}; "
              f"{summary.breaks} with identity breaks, {summary.shapes} in page shapes, {summary.headless} "
              f"headless; manifest {output / 'manifest.jsonl'}")
