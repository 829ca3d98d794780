"""``nianbao extract``: one report, or a corpus of a hundred thousand, into records (and the tidy panel)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from nianbao.batch.inputs import discover
from nianbao.batch.runner import RECORDS, BatchOptions, RunSummary, run_batch
from nianbao.core.config import ExtractConfig

err = Console(stderr=True)

TABLES_HELP = ("PDF table extractors, comma-separated, e.g. 'geometry,camelot': each page's candidates "
               "are aligned and the best reading kept (geometry, camelot, camelot-raster).")


ALIGNERS_HELP = ("Table aligners, comma-separated (default 'grid,text'): each table's readings compared and the "
                 "best kept; installed plug-ins (entry-point group nianbao.aligners) by their names.")


FIGURE_READERS_HELP = ("Figure readers added beside the grammar, comma-separated (default 'learned'; 'none': the "
                       "grammar alone); installed plug-ins (entry-point group nianbao.figure_readers) by their names.")


def _names(text: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in (text or "").split(",") if name.strip())


def extract_config(reader: str | None = None, tables: str | None = None, ocr: bool = True, tag: bool = True,
                   model: Path | None = None, aligners: str | None = None,
                   figure_readers: str | None = None) -> ExtractConfig:
    """The ExtractConfig the command line asks for."""
    figures = None if figure_readers is None else tuple(n for n in _names(figure_readers) if n != "none")
    return ExtractConfig(reader=reader, pdf_tables=_names(tables), aligners=_names(aligners), ocr=ocr, tag=tag,
                         tagger_model=str(model) if model else None, figure_readers=figures)


def check_plugins(config: ExtractConfig) -> str | None:
    """Why the plug-ins ``config`` names cannot be used (unknown, or an extra missing), or None: said once
    before a run, not in every record of it."""
    from nianbao.extraction.pdf.tables import table_extractors
    from nianbao.extraction.readers import readers
    from nianbao.extraction.figures import figure_readers
    from nianbao.extraction.tables import aligners

    wanted = [(readers, config.reader)] if config.reader else []
    wanted += [(table_extractors, name) for name in config.pdf_tables]
    wanted += [(aligners, name) for name in config.aligners]
    wanted += [(figure_readers, name) for name in config.figure_readers or ()]
    for registry, name in wanted:
        try:
            registry.get(name)
        except (ValueError, ImportError) as exc:
            return str(exc)
    return None


def extract(
    paths: list[Path] = typer.Argument(..., help="Report files or folders of them (txt, md, html, docx, pdf), walked recursively."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="A run folder (records.jsonl, run.json, the Parquet "
                                          "tables and nianbao.duckdb), or a .jsonl file; default: standard output."),
    workers: int = typer.Option(os.cpu_count() or 1, "--workers", "-j",
                                help="Worker processes (default: the cores); 0 runs in this process without limits."),
    engine: str = typer.Option("local", help="local (processes on this machine) or dask (a Dask cluster)."),
    scheduler: Optional[str] = typer.Option(None, help="With --engine dask: an existing scheduler's address "
                                            "(default: a LocalCluster of --workers processes)."),
    glob: list[str] = typer.Option([], "--glob", help="Only files under the folders whose relative path matches "
                                   "(repeatable), e.g. '2023/*.pdf'."),
    types: Optional[str] = typer.Option(None, "--types", help="Only these file types under folders, e.g. 'txt,html'."),
    timeout: float = typer.Option(300, help="Seconds a document may take; past it, it is recorded as 'timeout'."),
    max_memory: float = typer.Option(2000, "--max-memory", help="MB of memory a worker may hold; past it, the "
                                     "document is recorded as 'memory_limit'."),
    retry_errors: bool = typer.Option(False, "--retry-errors", help="Run again the inputs whose record in the run is an error."),
    compact: Optional[bool] = typer.Option(None, "--compact/--full", help="Compact records (~20 KB, what can be "
                                           "recomputed left out, same panel) or full ones; default: compact in run "
                                           "folders, full in a .jsonl or on standard output."),
    csv: bool = typer.Option(False, "--csv", help="Also write the tidy tables as CSV (run folders only)."),
    panel: bool = typer.Option(True, "--panel/--no-panel", help="Write the tidy Parquet tables and DuckDB file at the "
                               "end (run folders only)."),
    reader: Optional[str] = typer.Option(None, help="Force a reader by name (text, markdown, html, docx, pdf, or an installed plug-in's)."),
    tables: Optional[str] = typer.Option(None, "--tables", help=TABLES_HELP),
    aligners: Optional[str] = typer.Option(None, "--aligners", help=ALIGNERS_HELP),
    figure_readers: Optional[str] = typer.Option(None, "--figure-readers", help=FIGURE_READERS_HELP),
    ocr: bool = typer.Option(True, "--ocr/--no-ocr", help="OCR PDF pages that have no text layer (needs nianbao[ocr])."),
    tag: bool = typer.Option(True, "--tag/--no-tag", help="Label the narrative paragraphs with the tagger."),
    model: Optional[Path] = typer.Option(None, "--model", help="A saved tagger folder (`nianbao train -o`); "
                                         "default: the model shipped with nianbao."),
) -> None:
    """Extract one record per report: in parallel, resumable, every input accounted for."""
    config = extract_config(reader, tables, ocr, tag, model, aligners, figure_readers)
    if problem := check_plugins(config):
        err.print(f"[red]{problem}")
        raise typer.Exit(2)
    try:
        files = discover(paths, glob, types.split(",") if types else None)
    except ValueError as exc:
        err.print(f"[red]{exc}")
        raise typer.Exit(2) from exc
    options = BatchOptions(workers=workers, engine=engine, scheduler=scheduler, timeout=timeout or None,
                           max_memory_mb=max_memory or None, retry_errors=retry_errors, compact=compact,
                           config=config)
    bar = Progress(TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                   TextColumn("[red]{task.fields[errors]} errors"), TextColumn("{task.fields[skipped]} skipped"),
                   TimeElapsedColumn(), TimeRemainingColumn(), console=err, disable=not err.is_terminal)
    task = bar.add_task("extract", total=len(files), rate="", errors=0, skipped=0)

    def progress(summary: RunSummary, name: str) -> None:
        ran = summary.records + summary.errors
        rate = f"{ran / summary.seconds:.1f} docs/s" if summary.seconds else ""
        bar.update(task, completed=ran + summary.skipped, rate=rate, errors=summary.errors, skipped=summary.skipped)

    folder = output is not None and output.suffix != ".jsonl"
    try:
        with bar:
            summary = run_batch(files, output, options, progress=progress, stream=sys.stdout)
    except ValueError as exc:
        err.print(f"[red]{exc}")
        raise typer.Exit(2) from exc
    err.print(summary.line() + (f"; records in {output}" if output else ""))
    if summary.error_codes:
        err.print("errors: " + ", ".join(f"{code} ×{n}" for code, n in sorted(summary.error_codes.items())))
    if folder and panel:
        from nianbao.cli.panel import write_reuse
        from nianbao.outputs.panel import write_tables

        counts = write_tables(output / RECORDS, output, csv=csv, workers=max(1, workers))
        counts["reuse"] = write_reuse([output / RECORDS], output)  # across years: computed by nianbao.analysis
        err.print("tables: " + ", ".join(f"{name} {n:,}" for name, n in counts.items()) + f" in {output}")
