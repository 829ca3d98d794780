"""Training a tagger on a corpus, with the facts a model card needs recorded in ``tagger.info``."""

from __future__ import annotations

import platform
from collections import Counter
from datetime import date
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from nianbao.classification.base import Tagger

from nianbao.classification.items import LABELS
from nianbao.classification.cv import CVResult, FoldScores, fold_groups, choose_thresholds, leave_one_group_out
from nianbao.classification.examples import GOLD, SYNTHETIC, arrays, corpus_examples
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
                 cv: str | Sequence[str] | None = None, group: Callable[[Any], str] | None = None,
                 groupings: dict[str, Callable[[Any], str]] | None = None
                 ) -> tuple[Tagger, CVResult | None]:
    """Fit a ``backend`` tagger on the paragraphs of ``records`` (untagged pipeline records; gold labels where ``gold_dir`` has them, weak labels from
    headings elsewhere) plus ``synthetic`` phrase-bank paragraphs; optionally score it leave-one-group-out.

    ``tune_threshold``: choose the decision thresholds (a common one, and a label's own where that scores
    better) on out-of-fold scores of the gold reports, leave-one-agency-out where ``groupings["agency"]``
    names the agencies (else leave-one-report-out); with ``cv``, each fold makes that choice on its
    training reports only (nested).
    ``cv``: the cross-validation protocol(s), ``report`` (what ``loro`` means), ``agency`` or ``format``;
    ``group(record)`` names a record's group for a single protocol, ``groupings`` by protocol. The first
    protocol's result is returned; every one is kept in ``tagger.info``.
    """
    cls = backend_class(backend)
    protocols = [cv] if isinstance(cv, str) else list(cv or (["report"] if loro else []))
    groupings = dict(groupings or {})
    if group is not None and len(protocols) == 1:
        groupings.setdefault(protocols[0], group)
    groups: dict[str, dict[str, str]] = {name: {} for name in groupings}

    def grouped(rs: Iterable) -> Iterable:
        for r in rs:
            for name, of in groupings.items():
                groups[name][r.doc_id] = of(r)
            yield r

    examples = corpus_examples(grouped(records), gold_dir)
    extra = synthetic_examples(synthetic, seed=settings.get("seed", 0)) if synthetic else []
    weights = {SYNTHETIC: synthetic_weight}
    gold = [e for e in examples if e.source == GOLD]
    weak = [e for e in examples if e.source != GOLD]
    needed = 3 if tune_threshold else 2  # a nested choice needs two reports left inside each fold
    if (protocols or tune_threshold) and len({e.doc_id for e in gold}) < needed:
        raise ValueError(f"{'choosing the threshold' if tune_threshold else 'leave-one-report-out'} needs gold "
                         f"paragraph labels for at least {needed} reports")
    make = lambda: cls(**settings)
    fold_scores = FoldScores(gold, make, [*weak, *extra], weights)  # one fit per set of reports left out
    agencies = groups.get("agency")
    results: dict[str, CVResult] = {}
    for protocol in protocols:
        results[protocol] = leave_one_group_out(gold, make, [*weak, *extra], weights, backend, settings, progress,
                                                tune_threshold, groups.get(protocol) if protocol != "report" else None,
                                                protocol, agencies, fold_scores)
    if tune_threshold:
        default = cls(**settings).config.threshold
        docs = {e.doc_id for e in gold}
        by = (lambda d: agencies.get(d, d)) if agencies else (lambda d: d)
        common, own = choose_thresholds(fold_scores.out_of_fold(docs, fold_groups(docs, by)), default)
        settings = {**settings, "threshold": common, "label_thresholds": own or None}
        if progress:
            progress(f"thresholds chosen leave-one-{'agency' if agencies else 'report'}-out: {common}, per label {own}")
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
        "thresholds_chosen_by": ("leave-one-agency-out" if agencies else "leave-one-report-out") if tune_threshold else None,
        "libraries": library_versions(backend),
    }
    for protocol, result in results.items():
        tagger.info["loro" if protocol == "report" else f"cv_{protocol}"] = result.to_dict()
    return tagger, next(iter(results.values()), None)
