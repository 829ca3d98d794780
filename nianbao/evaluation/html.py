"""The HTML evaluation report: one self-contained page (plots as base64 PNG), summary tables, and a
per-document error list where each miss links to the span of the source it was read from."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

from nianbao.core import codebook
from nianbao.evaluation import plots
from nianbao.evaluation.markdown import _num

_STYLE = """body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse;margin:.5em 0 1.5em}
td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}td:first-child,th:first-child{text-align:left}
.span{background:#f6f6f0;border-left:4px solid #c93;padding:4px 8px;margin:4px 0;white-space:pre-wrap}
img{max-width:100%;display:block;margin:1em 0}"""
_LABELS = {c.id: c.label for c in codebook.PARAGRAPH_LABELS}


def _e(x: Any) -> str:
    return html.escape("–" if x is None else str(x))


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-")


def _table(head: list[str], rows: list[list[Any]], cls: str = "") -> str:
    out = [f'<table class="{cls}"><tr>' + "".join(f"<th>{_e(h)}</th>" for h in head) + "</tr>"]
    out += ["<tr>" + "".join(f"<td>{_e(_num(c))}</td>" for c in row) + "</tr>" for row in rows]
    return "".join(out) + "</table>"


def _img(alt: str, fig: Any) -> str:
    return f'<img class="plot" alt="{_e(alt)}" src="data:image/png;base64,{plots.png_base64(fig)}">'


def _accuracy_plot(title: str, scores: dict) -> str:
    names = list(scores)
    return _img(title, plots.bars(title, names, [scores[n]["accuracy"] for n in names], "accuracy"))


def _plots(data: dict) -> str:
    out = [
        _accuracy_plot("cell accuracy per table", data["cells"]),
        _accuracy_plot("cell accuracy per input format", data["cells_by_format"]),
    ]
    p = data["paragraphs"]
    if p is not None:
        labels = list(p["labels"])
        out.append(
            _img(
                "per-label F1",
                plots.bars(
                    "paragraph labels: F1 per label",
                    [f"{l} {_LABELS.get(l, '')}" for l in labels],
                    [p["labels"][l]["f1"] for l in labels],
                    "F1",
                ),
            )
        )
        rows = list(p["confusion"])
        cols = list(next(iter(p["confusion"].values())))
        out.append(
            _img(
                "confusion",
                plots.heatmap(
                    "close labels: gold × predicted",
                    [f"{r} {_LABELS.get(r, '')}" for r in rows],
                    [f"{c}\n{_LABELS.get(c, '')}".strip() for c in cols],
                    [[p["confusion"][r][c] for c in cols] for r in rows],
                ),
            )
        )
    return "".join(out)


def _file_link(source: dict | None, page: int | None = None) -> str:
    """A link to the input file itself, at the page for PDFs (``#page=N`` is what PDF viewers read)."""
    if not source or not source.get("path"):
        return ""
    path = Path(source["path"])
    href = path.resolve().as_uri() if path.exists() or path.is_absolute() else html.escape(source["path"])
    if page and source.get("format") == "pdf":
        href += f"#page={page}"
    return f'<a class="file" href="{_e(href)}">{_e(path.name)}{f" p.{page}" if page else ""}</a>'


def _span(miss: dict, doc_source: dict | None) -> str:
    src = miss.get("source") or {}
    parts = [f"{k} {src[k]}" for k in ("extractor", "page", "line", "row", "col", "paragraph") if k in src]
    if "bbox" in src:
        parts.append("bbox " + ", ".join(f"{x:.0f}" for x in src["bbox"]))
    text = src.get("snippet") or src.get("text")
    body = f"<div>{_e(' · '.join(parts))} {_file_link(doc_source, src.get('page'))}</div>"
    return body + (
        f'<div class="span">{_e(text)}</div>' if text else "<div><em>the prediction gives no span</em></div>"
    )


def _documents(data: dict) -> str:
    by_doc: dict[str, list[dict]] = {}
    for m in data["misses"]:
        by_doc.setdefault(m["doc_id"], []).append(m)
    for m in data["figures"]["misses"]:
        f = m["figure"]
        by_doc.setdefault(m["doc_id"], []).append(
            {
                "doc_id": m["doc_id"],
                "group": "figures",
                "item": f["id"],
                "gold": f if m["kind"] == "missed" else None,
                "predicted": f if m["kind"] == "spurious" else None,
                "source": {"text": f.get("text"), "paragraph_key": f.get("paragraph_key")},
            }
        )
    out = []
    for doc_id, misses in sorted(by_doc.items()):
        slug = _slug(doc_id)
        source = data["sources"].get(doc_id)
        rows, spans = [], []
        for i, m in enumerate(misses):
            anchor = f"{slug}-{i}"
            rows.append(
                f'<tr><td>{_e(m["group"])}</td><td><a href="#{anchor}">{_e(m["item"])}</a></td>'
                f"<td>{_e(m['gold'])}</td><td>{_e(m['predicted'])}</td></tr>"
            )
            spans.append(f'<div id="{anchor}"><b>{_e(m["item"])}</b> {_span(m, source)}</div>')
        out.append(
            f'<section class="document" id="doc-{slug}"><h3>{_e(doc_id)} {_file_link(source)}</h3>'
            f'<table class="misses"><tr><th>what</th><th>item</th><th>gold</th><th>predicted</th></tr>'
            + "".join(rows)
            + "</table><h4>source spans</h4>"
            + "".join(spans)
            + "</section>"
        )
    index = "".join(
        f'<li><a href="#doc-{_slug(d)}">{_e(d)}</a> ({len(m)})</li>' for d, m in sorted(by_doc.items())
    )
    return f"<ul>{index}</ul>" + "".join(out)


def html_report(data: dict) -> str:
    """A self-contained HTML page from ``Evaluation.to_dict()`` output."""
    acc = lambda s: [[k, v["correct"], v["total"], v["accuracy"]] for k, v in s.items()]  # noqa: E731
    head = ["", "correct", "total", "accuracy"]
    c = data["checks"]
    body = [
        f"<h1>nianbao evaluation — {data['documents']} documents</h1>",
        "<h2>Cells (exact match)</h2>",
        _table(head, acc(data["cells"]), "cells"),
        _table(head, acc(data["cells_by_format"]), "cells-by-format"),
        _table(head, acc(data["cells_by_extractor"]), "cells-by-extractor"),
        "<h2>Identity breaks</h2>",
        _table(
            ["documents", "exact", "precision", "recall", "tp", "fp", "fn"],
            [[c["documents"], c["exact"], c["precision"], c["recall"], c["tp"], c["fp"], c["fn"]]],
            "checks",
        ),
        "<h2>Metadata and status</h2>",
        _table(head, acc(data["metadata"] | {"status": data["status"]}), "metadata"),
    ]
    p = data["paragraphs"]
    if p is not None:
        rows = [[l, s["precision"], s["recall"], s["f1"], s["support"]] for l, s in p["labels"].items()]
        rows += [[n, p[n]["precision"], p[n]["recall"], p[n]["f1"], ""] for n in ("micro", "macro")]
        body += [
            f"<h2>Paragraph labels — {p['paragraphs']} paragraphs</h2>",
            _table(["label", "precision", "recall", "F1", "support"], rows, "paragraphs"),
        ]
    f = data["figures"]
    rows = [
        [k, s["tp"], s["fp"], s["fn"], s["precision"], s["recall"], s["f1"]]
        for k, s in list(f["by_id"].items()) + [("all", f["all"])]
    ]
    body += [
        f"<h2>Figures — {f['documents']} documents</h2>",
        _table(["figure id", "tp", "fp", "fn", "precision", "recall", "F1"], rows, "figures"),
        "<h2>Plots</h2>",
        _plots(data),
        "<h2>Errors by document</h2>",
        _documents(data),
    ]
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>nianbao evaluation</title>'
        f"<style>{_STYLE}</style></head><body>" + "\n".join(body) + "</body></html>\n"
    )
