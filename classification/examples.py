"""Training and test examples: paragraphs of real reports with gold labels where a gold file gives
them and weak labels from structure elsewhere."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np

from nianbao.classification.items import Example, Item, label_matrix
from nianbao.classification.weak import weak_labels
from nianbao.core.gold import UNSET, load_gold

GOLD, WEAK, SYNTHETIC = "gold", "weak", "synthetic"


def gold_paragraphs(directory: str | Path | None) -> dict[str, dict[str, list[str]]]:
    """Gold paragraph labels by doc_id, then by paragraph key, from the ``paragraphs`` of gold files
    (``nianbao.core.gold.load_gold``); none where ``directory`` is not given or not there."""
    if directory is None or not Path(directory).is_dir():
        return {}
    return {doc_id: {p.key: list(p.labels) for p in g.paragraphs}
            for doc_id, g in load_gold(directory).items() if g.paragraphs is not UNSET}


def record_examples(record, gold: dict[str, list[str]] | None = None, weak: bool = True) -> list[Example]:
    """A record's paragraphs as examples: gold labels where ``gold`` has the paragraph's key.

    A document with gold is taken as gold only: its paragraphs without a gold entry are not narrative
    paragraphs the annotator labelled, so they are left out rather than given weak labels.
    """
    out = []
    for paragraph in record.paragraphs:
        item = Item.of(paragraph)
        example = Example(item, [], record.doc_id)
        if gold is not None:
            if example.key in gold and gold[example.key]:
                example.labels = gold[example.key]
                out.append(example)
            continue
        labels = weak_labels(item) if weak else None
        if labels:
            example.labels, example.source = labels, WEAK
            out.append(example)
    return out


def corpus_examples(records: Iterable, gold_dir: str | Path | None = None, weak: bool = True) -> list[Example]:
    """Examples from the records of reports (untagged ``nianbao.pipeline.extract`` output), labelled from gold
    (if any) or from structure. The caller extracts: the tagger sits below the pipeline and never runs it."""
    gold = gold_paragraphs(gold_dir)
    examples = []
    for record in records:
        examples.extend(record_examples(record, gold.get(record.doc_id), weak))
    return examples


def arrays(examples: list[Example], weights: dict[str, float] | None = None) -> tuple[list[Item], np.ndarray, np.ndarray]:
    """Items, label matrix and sample weights (by source: gold, weak, synthetic) of examples."""
    weights = weights or {}
    items = [e.item for e in examples]
    y = label_matrix(e.labels for e in examples)
    w = np.array([weights.get(e.source, 1.0) for e in examples], dtype=np.float64)
    return items, y, w
