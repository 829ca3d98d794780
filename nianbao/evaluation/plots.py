"""The evaluation report's plots (matplotlib, PNG), drawn with a font that has the Chinese glyphs.

matplotlib's default DejaVu Sans has no CJK glyphs: Chinese labels would draw as boxes. The font is
found among installed fonts (fontconfig's ``:lang=zh`` list first, then known CJK family names); where
none exists the plots still draw, with a warning that says what to install.
"""

from __future__ import annotations

import base64
import io
import logging
import subprocess
import warnings
from functools import lru_cache
from typing import Any

_KNOWN_CJK = (
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
    "Droid Sans Fallback",
)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed font with Chinese glyphs, registered with matplotlib; None if none."""
    from matplotlib import font_manager

    try:
        listing = subprocess.run(
            ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=60
        ).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    for line in listing.splitlines():
        path = line.split(":", 1)[0].strip()
        if path:
            try:
                font_manager.fontManager.addfont(path)
                return font_manager.FontProperties(fname=path).get_name()
            except (OSError, RuntimeError, ValueError):
                continue
    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((n for n in _KNOWN_CJK if n in names), None)


def _pyplot() -> Any:
    import matplotlib

    # A .ttc collection reports its weight as 500, and font_manager logs that on every lookup: noise.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font is None:
        warnings.warn(
            "no CJK font found (install fonts-wqy-zenhei or Noto Sans CJK): Chinese labels in the "
            "evaluation plots will draw as boxes",
            RuntimeWarning,
            stacklevel=3,
        )
    else:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
        plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212
    return plt


def png_base64(fig: Any) -> str:
    """A figure as a base64 PNG (for a self-contained HTML page); the figure is closed."""
    plt = _pyplot()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


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
