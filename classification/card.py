"""The model card written beside every saved model: data, labels, config, library versions, scores."""

from __future__ import annotations

import json
from pathlib import Path

from nianbao.classification.base import Tagger
from nianbao.core.codebook import PARAGRAPH_LABELS

CARD_FILE = "README.md"
_PROTOCOLS = {"report": "leave-one-report-out", "agency": "leave-one-agency-out", "format": "leave-one-format-out"}


def _scores_table(modes: dict) -> list[str]:
    lines = ["| mode | micro P | micro R | micro F1 | macro F1 | exact match |", "|---|---:|---:|---:|---:|---:|"]
    for mode, s in modes.items():
        m = s["micro"]
        lines.append(f"| {mode} | {m['precision']:.3f} | {m['recall']:.3f} | **{m['f1']:.3f}** | {s['macro']['f1']:.3f} "
                     f"| {s['exact_match']:.3f} |")
    labels = sorted({label for s in modes.values() for label in s["labels"]},
                    key=[c.id for c in PARAGRAPH_LABELS].index)
    lines += ["", "| label | " + " | ".join(f"F1 {m}" for m in modes) + " | support |",
              "|---|" + "---:|" * (len(modes) + 1)]
    for label in labels:
        cells = [f"{modes[m]['labels'].get(label, {}).get('f1', 0):.3f}" for m in modes]
        support = next(iter(modes.values()))["labels"].get(label, {}).get("support", 0)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {support} |")
    return lines


def write_card(directory: str | Path, tagger: Tagger) -> Path:
    """Write README.md into a saved model's folder from what the tagger recorded while training."""
    info = tagger.info
    docs = info.get("documents", {})
    lines = [f"# nianbao paragraph tagger — {tagger.name} backend", "",
             "Tags each narrative paragraph of a 政府信息公开工作年度报告 with the paragraph labels of "
             "`shared/spec/canonical-ids.md` (multi-label, a score per label). Load it with "
             "`nianbao.classification.registry.load(folder)`; nothing in this folder is unpickled.", "",
             f"Trained {info.get('trained', '?')}.", "", "## Training data", "",
             f"{len(docs)} real reports; paragraphs by source: "
             + ", ".join(f"{n} {s}" for s, n in sorted(info.get("paragraphs", {}).items())) + ". "
             "Gold labels come from `corpus/gold` (people reading the reports); weak labels from the reports' "
             "own headings; synthetic paragraphs from our own phrase banks (`classification/data/phrases.json`), "
             f"weight {info.get('synthetic', {}).get('weight', '?')} against a real one.", "",
             "| document | paragraphs |", "|---|---|"]
    lines += [f"| {doc} | " + ", ".join(f"{n} {s}" for s, n in sorted(c.items())) + " |" for doc, c in docs.items()]
    lines += ["", "## Labels", "", "| id | 中文 | training paragraphs |", "|---|---|---:|"]
    counts = info.get("label_counts", {})
    lines += [f"| {c.id} | {c.label} | {counts.get(c.id, 0)} |" for c in PARAGRAPH_LABELS]
    lines += ["", "## Config", "", "```json", json.dumps(tagger.config.to_dict(), ensure_ascii=False, indent=1), "```",
              "", "## Library versions", "", ", ".join(f"{k} {v}" for k, v in info.get("libraries", {}).items())]
    thresholds = tagger.config.to_dict()
    if info.get("thresholds_chosen_by"):
        own = thresholds.get("label_thresholds") or {}
        lines += ["", "## Decision thresholds", "",
                  f"Chosen on out-of-fold scores ({info['thresholds_chosen_by']}, both modes pooled): a label is given at "
                  f"{thresholds['threshold']}" + (", except " + ", ".join(f"{k} at {v}" for k, v in own.items()) if own else "")
                  + "; a paragraph always gets at least its best-scoring label."]
    runs = [(key, info[key]) for key in ("loro", "cv_agency", "cv_format") if info.get(key)]
    if runs:
        lines += ["", "## Scores", "",
                  "Each held-out group of reports is scored by a model trained on the others (plus their weak and the "
                  "synthetic paragraphs)" + (", its thresholds chosen on the training reports only (nested)"
                                             if info.get("threshold_chosen_by_cv") else "") + ". `structure`: with the "
                  "section and headings the layout found; `content`: the paragraph's text only. Micro F1 with a 95% "
                  "bootstrap interval over the held-out groups:", "",
                  "| protocol | held-out groups | structure: micro F1 (95% interval) | content: micro F1 (95% interval) |",
                  "|---|---:|---|---|"]
        for key, run in runs:
            boot = run.get("bootstrap_over_groups", {})
            cells = []
            for mode in ("structure", "content"):
                b = boot.get(mode, {})
                interval = b.get("f1_interval")
                cells.append(f"**{run['modes'][mode]['micro']['f1']:.3f}**"
                             + (f" ({interval[0]:.3f}–{interval[1]:.3f})" if interval else ""))
            lines.append(f"| {_PROTOCOLS[run.get('protocol', 'report')]} | {len(run.get('groups') or run['documents'])} | "
                         + " | ".join(cells) + " |")
        for key, run in runs:
            lines += ["", f"### {_PROTOCOLS[run.get('protocol', 'report')]}", "",
                      f"{len(run['documents'])} reports in {len(run.get('groups') or run['documents'])} groups.", ""]
            lines += _scores_table(run["modes"])
    path = Path(directory) / CARD_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
