"""``nianbao themes``: what the statements of a corpus are about, by year, level and region."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator, Optional

import typer
from rich.console import Console
from rich.table import Table as RichTable

err = Console(stderr=True)


def read_records(path: Path) -> Iterator[dict]:
    """Records in their JSON form from a JSONL file, or from a run folder's records.jsonl."""
    from nianbao.batch.runner import RECORDS

    path = path / RECORDS if path.is_dir() else path
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                try:
                    yield json.loads(line)
                except ValueError:
                    continue  # a line cut short by a killed run


def themes(
    run: Path = typer.Argument(..., help="A run folder (with records.jsonl) or a JSONL file of records."),
    label: str = typer.Option("problems", "--label", help="Statements of which label: problems, improvements, "
                              "prior_rectification, innovation, or 'all'."),
    by: str = typer.Option("year,admin_level,region", "--by", help="Group the theme shares by these report fields."),
    n_themes: int = typer.Option(8, "--themes", "-k", help="How many themes to find."),
    seed: int = typer.Option(0, "--seed", help="Seed of the factorisation: the same seed gives the same themes."),
    model: Optional[Path] = typer.Option(None, "--model", help="Assign the statements to the themes of a model saved "
                                         "before (a folder with themes.json and themes.npz): no refit."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Where the tables, the model and themes.html "
                                          "go (default: the run folder, or the JSONL's folder)."),
) -> None:
    """Group statements into themes (NMF over TF-IDF of words); write assignments, shares and an HTML report."""
    from nianbao.analysis.statements import STATEMENT_LABELS, corpus_statements
    from nianbao.analysis.themes import ThemeModel, corpus_themes
    from nianbao.analysis.themes_report import write_report
    from nianbao.outputs.derived import write_derived

    if not run.exists():
        err.print(f"[red]no such run or file: {run}")
        raise typer.Exit(2)
    labels = STATEMENT_LABELS if label == "all" else tuple(label.split(","))
    unknown = set(labels) - set(STATEMENT_LABELS)
    groupings = tuple(g for g in by.split(",") if g)
    bad = set(groupings) - {"year", "admin_level", "region", "agency", "label"}
    if unknown or bad:
        err.print(f"[red]unknown {'label' if unknown else '--by field'}: {', '.join(sorted(unknown or bad))}")
        raise typer.Exit(2)
    out = output or (run if run.is_dir() else run.parent)
    statements = corpus_statements(read_records(run), labels)
    if len(statements) < 2:
        err.print(f"[red]{len(statements)} statements labelled {label}: too few to find themes")
        raise typer.Exit(1)
    fitted = ThemeModel.load(model) if model else None
    result = corpus_themes(statements, n_themes, seed, groupings, fitted)
    if fitted is None:
        result.model.save(out / "themes")
    write_derived(out, "themes", result.theme_rows())
    write_derived(out, "theme_assignments", result.assignment_rows())
    write_derived(out, "theme_shares", result.share_rows())
    report = write_report(result, out / "themes.html", f"nianbao themes — {label}")
    table = RichTable(title=f"{len(statements)} statements ({label}) in {len(result.model.themes)} themes"
                      + (" (assigned to a saved model)" if fitted else ""))
    for column in ("theme", "name", "statements", "share", "representative"):
        table.add_column(column, overflow="fold")
    for row in result.theme_rows():
        table.add_row(str(row["theme"]), row["name"], str(row["statements"]), f"{row['share']:.1%}",
                      (row["representatives"] or [""])[0])
    Console().print(table)
    err.print(f"themes, theme_assignments, theme_shares → {out}/ (*.parquet"
              + (", views in nianbao.duckdb" if (out / "nianbao.duckdb").is_file() else "") + f"); report {report}"
              + ("" if fitted else f"; model {out / 'themes'}/"))
