"""Paragraph scores drawn in the terminal: per-label P/R/F1, micro and macro, the close-label confusion."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from nianbao.classification.metrics import CLOSE_LABELS, NONE


def render_scores(console: Console, scores: dict, title: str) -> None:
    """Draw one ``ParagraphScores.to_dict()``."""
    table = Table(title=f"{title} — {scores['paragraphs']} paragraphs")
    for column in ("label", "precision", "recall", "F1", "support"):
        table.add_column(column, justify="left" if column == "label" else "right")
    for label, s in scores["labels"].items():
        table.add_row(label, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["support"]))
    for name in ("micro", "macro"):
        s = scores[name]
        table.add_row(f"[bold]{name}", f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"[bold]{s['f1']:.3f}", "")
    console.print(table)
    confusion = Table(title="close labels: gold (rows) × predicted (columns), paragraphs")
    confusion.add_column("gold")
    for label in (*CLOSE_LABELS, NONE):
        confusion.add_column(label, justify="right")
    for gold in CLOSE_LABELS:
        confusion.add_row(gold, *(str(scores["confusion"][gold][p]) for p in (*CLOSE_LABELS, NONE)))
    console.print(confusion)
