"""The model card written beside every saved model: data, labels, config, library versions, scores."""

from __future__ import annotations

import json
from pathlib import Path

from nianbao.classification.base import Tagger
from nianbao.core.codebook import PARAGRAPH_LABELS

CARD_FILE = "README.md"


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
    loro = info.get("loro")
    if loro:
        lines += ["", "## Scores: leave-one-report-out on the gold reports", "",
                  f"{len(loro['documents'])} reports, each scored by a model trained on the others (plus their weak "
                  "and the synthetic paragraphs). `structure`: with the section and headings the layout found; "
                  "`content`: the paragraph's text only.", ""] + _scores_table(loro["modes"])
    path = Path(directory) / CARD_FILE
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
