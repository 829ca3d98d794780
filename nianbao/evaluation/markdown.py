"""The Markdown summary of an evaluation: the headline tables of ``Evaluation.to_dict()``."""

from __future__ import annotations

from typing import Any


def _num(x: Any) -> str:
    return "–" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def _table(head: list[str], rows: list[list[Any]]) -> list[str]:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return out + ["| " + " | ".join(_num(c) for c in row) + " |" for row in rows] + [""]


def _accuracy(title: str, scores: dict) -> list[str]:
    rows = [[name, s["correct"], s["total"], s["accuracy"]] for name, s in scores.items()]
    return [f"### {title}", ""] + _table(["", "correct", "total", "accuracy"], rows)


def markdown_summary(data: dict) -> str:
    """A Markdown page from ``Evaluation.to_dict()`` output."""
    lines = [f"# nianbao evaluation — {data['documents']} documents", ""]
    if data["unscored"]:
        lines += [f"Gold documents without a prediction: {', '.join(data['unscored'])}", ""]
    lines += ["## Cells (exact match)", ""]
    lines += _accuracy("per table", data["cells"])
    lines += _accuracy("per input format", data["cells_by_format"])
    lines += _accuracy("per extractor", data["cells_by_extractor"])
    c = data["checks"]
    lines += ["## Identity breaks (H1–H5)", ""]
    lines += _table(
        ["documents", "exact", "precision", "recall", "tp", "fp", "fn"],
        [[c["documents"], c["exact"], c["precision"], c["recall"], c["tp"], c["fp"], c["fn"]]],
    )
    wrong = [d for d in c["by_document"] if not d["exact"]]
    lines += [f"- {d['doc_id']}: missed {d['missed']}, spurious {d['spurious']}" for d in wrong] + (
        [""] if wrong else []
    )
    lines += ["## Metadata and status", ""]
    lines += _accuracy("metadata per field", data["metadata"] | {"status (report or not)": data["status"]})
    p = data["paragraphs"]
    if p is not None:
        lines += [f"## Paragraph labels — {p['paragraphs']} paragraphs", ""]
        rows = [
            [label, s["precision"], s["recall"], s["f1"], s["support"]] for label, s in p["labels"].items()
        ]
        rows += [
            [name, p[name]["precision"], p[name]["recall"], p[name]["f1"], ""] for name in ("micro", "macro")
        ]
        lines += _table(["label", "precision", "recall", "F1", "support"], rows)
        lines += [f"Exact label sets: {_num(p['exact_match'])}", ""]
    f = data["figures"]
    lines += [f"## Figures — {f['documents']} documents", ""]
    rows = [
        [k, s["tp"], s["fp"], s["fn"], s["precision"], s["recall"], s["f1"]]
        for k, s in list(f["by_id"].items()) + [("all", f["all"])]
    ]
    lines += _table(["figure id", "tp", "fp", "fn", "precision", "recall", "F1"], rows)
    groups: dict[str, int] = {}
    for m in data["misses"]:
        groups[m["group"]] = groups.get(m["group"], 0) + 1
    lines += [
        "## Misses",
        "",
        ", ".join(f"{n} {g}" for g, n in sorted(groups.items())) or "none",
        f"; {len(f['misses'])} figures" if f["misses"] else "",
        "",
    ]
    return "\n".join(lines)
