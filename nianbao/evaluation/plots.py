"""The evaluation report's plots (matplotlib, PNG), drawn with a font that has the Chinese glyphs
(``nianbao.core.figures_setup``)."""

from __future__ import annotations

from typing import Any

from nianbao.core.figures_setup import cjk_font, png_base64, pyplot

def _pyplot() -> Any:
    return pyplot("the evaluation plots")


def bars(title: str, labels: list[str], values: list[float | None], xlabel: str) -> Any:
    """Horizontal bars, one per label, values in [0, 1] (None drawn as 0 and marked n/a)."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(7, 0.35 * len(labels) + 1.2))
    shown = [v or 0.0 for v in values]
    ax.barh(range(len(labels)), shown, color="#3b6ea5")
    ax.set_yticks(range(len(labels)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.08)
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    for i, v in enumerate(values):
        ax.text((v or 0.0) + 0.01, i, "n/a" if v is None else f"{v:.3f}", va="center", fontsize=8)
    fig.tight_layout()
    return fig


def heatmap(title: str, rows: list[str], cols: list[str], matrix: list[list[int]]) -> Any:
    """A count matrix (gold rows × predicted columns) with the counts written in."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(1.6 * len(cols) + 2, 0.7 * len(rows) + 1.8))
    ax.imshow(matrix, cmap="Blues")
    ax.set_xticks(range(len(cols)), cols, rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), rows)
    ax.set_xlabel("predicted")
    ax.set_ylabel("gold")
    ax.set_title(title)
    top = max((v for row in matrix for v in row), default=0)
    for i, row in enumerate(matrix):
        for j, v in enumerate(row):
            ax.text(j, i, str(v), ha="center", va="center", color="white" if v > top / 2 else "black")
    fig.tight_layout()
    return fig


__all__ = ["bars", "cjk_font", "heatmap", "png_base64"]
