"""Training a tagger on a corpus, with the facts a model card needs recorded in ``tagger.info``."""

from __future__ import annotations

import platform
from collections import Counter
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable, Iterable

from nianbao.classification.base import Tagger

from nianbao.classification.items import LABELS
from nianbao.classification.cv import CVResult, choose_threshold, leave_one_group_out
from nianbao.classification.data import GOLD, SYNTHETIC, arrays, corpus_examples
from nianbao.classification.registry import backend_class
from nianbao.classification.synthetic import synthetic_examples

LIBRARIES = {"sklearn": ("scikit-learn", "rjieba", "jieba", "numpy"), "spacy": ("spacy", "jieba"),
             "transformers": ("transformers", "torch", "safetensors")}


def library_versions(backend: str) -> dict[str, str]:
    out = {"python": platform.python_version()}
    for name in ("nianbao", *LIBRARIES.get(backend, ())):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "not installed"
    return out


def train_tagger(records: Iterable, backend: str, settings: dict[str, Any], gold_dir: Path | None,
                 synthetic: int = 2000, synthetic_weight: float = 0.3, loro: bool = False,
                 progress: Callable[[str], None] | None = None, tune_threshold: bool = False,
                 cv: str | None = None, group: Callable[[Any], str] | None = None
                 ) -> tuple[Tagger, CVResult | None]:
    """Fit a ``backend`` tagger on the paragraphs of ``records`` (untagged pipeline records; gold labels where ``gold_dir`` has them, weak labels from
    headings elsewhere) plus ``synthetic`` phrase-bank paragraphs; optionally score it leave-one-report-out.

    ``tune_threshold``: choose the decision threshold by leave-one-report-out on the gold reports (and,
    with ``loro``, score that choice nested, each fold choosing on the other reports only).
    ``cv``: the cross-validation protocol, ``report`` (what ``loro`` means), ``agency`` or ``format``;
    ``group(record)`` names a record's group for it (its normalised agency, its file format).
    """
    cls = backend_class(backend)
    cv = cv or ("report" if loro else None)
    groups: dict[str, str] = {}

    def grouped(rs: Iterable) -> Iterable:
        for r in rs:
            if group is not None:
                groups[r.doc_id] = group(r)
            yield r

    examples = corpus_examples(grouped(records), gold_dir)
    extra = synthetic_examples(synthetic, seed=settings.get("seed", 0)) if synthetic else []
    weights = {SYNTHETIC: synthetic_weight}
    result = None
    gold = [e for e in examples if e.source == GOLD]
    weak = [e for e in examples if e.source != GOLD]
    needed = 3 if tune_threshold else 2  # a nested choice needs two reports left inside each fold
    if (cv or tune_threshold) and len({e.doc_id for e in gold}) < needed:
        raise ValueError(f"{'choosing the threshold' if tune_threshold else 'leave-one-report-out'} needs gold "
                         f"paragraph labels for at least {needed} reports")
    if cv:
        result = leave_one_group_out(gold, lambda: cls(**settings), [*weak, *extra], weights, backend, settings,
                                     progress, tune_threshold, groups if cv != "report" else None, cv)
    if tune_threshold:
        default = cls(**settings).config.threshold
        settings = {**settings, "threshold": choose_threshold(gold, lambda: cls(**settings), [*weak, *extra], weights,
                                                              default=default)}
        if progress:
            progress(f"threshold chosen leave-one-report-out: {settings['threshold']}")
    tagger = cls(**settings)
    items, y, w = arrays([*examples, *extra], weights)
    tagger.fit(items, y, sample_weight=w)
    by_doc: dict[str, Counter] = {}
    for e in examples:
        by_doc.setdefault(e.doc_id, Counter())[e.source] += 1
    tagger.info |= {
        "trained": date.today().isoformat(),
        "documents": {doc: dict(c) for doc, c in sorted(by_doc.items())},
        "paragraphs": dict(Counter(e.source for e in [*examples, *extra])),
        "label_counts": {label: int(n) for label, n in zip(LABELS, y.sum(axis=0))},
        "synthetic": {"paragraphs": len(extra), "weight": synthetic_weight},
        "threshold_chosen_by_cv": tune_threshold,
        "libraries": library_versions(backend),
    }
    if result is not None:
        tagger.info["loro" if cv == "report" else f"cv_{cv}"] = result.to_dict()
    return tagger, result
