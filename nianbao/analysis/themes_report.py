"""The themes as one HTML page: each theme's words and representative statements, and plots of its share
by year and by administrative level (matplotlib, PNG inline).

Chinese labels need a font with CJK glyphs (``nianbao.core.figures_setup``); where none is installed the
plots still draw, with a warning.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path
from typing import Any

from nianbao.analysis.themes import ThemeResult
from nianbao.core.figures_setup import png_base64, pyplot

LEVELS = ("provincial", "prefectural", "county", "township")


def _pyplot() -> Any:
    return pyplot("the themes report")


def share_plot(result: ThemeResult, grouping: str, order: tuple[str, ...] | None = None) -> str | None:
    """A PNG (base64) of each theme's share by ``grouping``: lines over years, stacked bars otherwise."""
    rows = [r for r in result.share_rows() if r["grouping"] == grouping and r["group"] is not None]
    if not rows:
        return None
    plt = _pyplot()
    names = {t.id: f"{t.id}: {t.name}" for t in result.model.themes} | {-1: "-1: (none)"}
    groups = sorted({r["group"] for r in rows}, key=lambda g: (order.index(g) if order and g in order else 99, g))
    shares: dict[int, dict[str, float]] = defaultdict(dict)
    for r in rows:
        shares[r["theme"]][r["group"]] = r["share"]
    fig, ax = plt.subplots(figsize=(8, 4.2))
    if grouping == "year":
        for theme in sorted(shares):
            ax.plot(groups, [shares[theme].get(g, 0.0) for g in groups], marker="o", label=names.get(theme, str(theme)))
    else:
        bottom = [0.0] * len(groups)
        for theme in sorted(shares):
            values = [shares[theme].get(g, 0.0) for g in groups]
            ax.bar(groups, values, bottom=bottom, label=names.get(theme, str(theme)))
            bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("share of statements")
    ax.set_title(f"themes by {grouping}")
    ax.legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return png_base64(fig)


def write_report(result: ThemeResult, path: str | Path, title: str = "nianbao themes") -> Path:
    """Write the HTML report of ``result`` to ``path``."""
    path = Path(path)
    parts = [f"<!doctype html><html lang='zh'><head><meta charset='utf-8'><title>{html.escape(title)}</title>",
             "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}</style></head><body>",
             f"<h1>{html.escape(title)}</h1>",
             f"<p>{len(result.statements)} statements, {len(result.model.themes)} themes "
             f"(NMF over TF-IDF of rjieba words, seed {result.model.seed}).</p>",
             "<table><tr><th>theme</th><th>name</th><th>statements</th><th>share</th><th>top terms</th>"
             "<th>representative statements</th></tr>"]
    for row in result.theme_rows():
        reps = "<br>".join(html.escape(r) for r in row["representatives"])
        parts.append(f"<tr><td>{row['theme']}</td><td>{html.escape(row['name'])}</td><td>{row['statements']}</td>"
                     f"<td>{row['share']:.1%}</td><td>{html.escape(' '.join(row['terms']))}</td><td>{reps}</td></tr>")
    parts.append("</table>")
    for grouping, order in (("year", None), ("admin_level", LEVELS)):
        if grouping in result.by:
            png = share_plot(result, grouping, order)
            if png:
                parts.append(f"<h2>share by {grouping}</h2><img alt='theme share by {grouping}' "
                             f"src='data:image/png;base64,{png}'>")
    parts.append("</body></html>")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(parts), encoding="utf-8")
    return path
