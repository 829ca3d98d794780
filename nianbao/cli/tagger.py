"""The ``nianbao tag`` and ``nianbao train`` commands (registered on the app in ``nianbao.cli.app``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Iterator, Optional

import typer
from rich.console import Console

from nianbao.batch.inputs import discover
from nianbao.classification.items import Item
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.groups import grouping
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

err = Console(stderr=True)


def _parse_settings(pairs: list[str]) -> dict[str, Any]:
    """``key=value`` pairs; values read as JSON where they parse (numbers, lists, null), else as text."""
    out: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise typer.BadParameter(f"--set takes key=value, not {pair!r}")
        key, value = pair.split("=", 1)
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            parsed = value
        out[key.strip()] = tuple(parsed) if isinstance(parsed, list) else parsed
    return out


def _jsonl_paragraphs(path: Path) -> Iterator[tuple[str, int, dict]]:
    """(doc_id, index, paragraph dict) from a JSONL of records (``nianbao extract``) or of paragraphs."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh):
            if not line.strip():
                continue
            data = json.loads(line)
            if "paragraphs" in data:
                for p in data["paragraphs"]:
                    yield data.get("doc_id", path.name), p.get("index", 0), p
            elif "text" in data:
                yield data.get("doc_id", path.name), data.get("index", n), data
            else:
                raise typer.BadParameter(f"{path}:{n + 1} is neither a record nor a paragraph (no 'text')")


def _report_paragraphs(paths: list[Path]) -> Iterator[tuple[str, int, dict]]:
    for path in discover(paths):
        record = extract(path, ExtractConfig(tag=False))
        for p in record.paragraphs:
            yield record.doc_id, p.index, {"text": p.text, "section": p.section, "path": p.path}


def tag(
    inputs: list[Path] = typer.Argument(..., help="Reports (or folders of them), or JSONL of records or of paragraphs "
                                                  "({\"text\": …, \"section\": …, \"path\": […]})."),
    model: Optional[Path] = typer.Option(None, "-m", "--model", help="A saved tagger (default: the shipped model)."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="JSONL to write (default: standard output)."),
    content_only: bool = typer.Option(False, "--content-only", help="Ignore sections and headings."),
    threshold: Optional[float] = typer.Option(None, help="Score at which a label is given, for every label (default: the model's, per label)."),
) -> None:
    """Tag paragraphs with labels and a score per label: one JSON line per paragraph."""
    from nianbao.classification.items import LABELS, decide
    from nianbao.classification.default import shipped_model_dir
    from nianbao.classification.registry import load

    try:
        tagger = load(model or shipped_model_dir())
    except (OSError, ValueError, ImportError) as exc:
        err.print(f"[red]cannot load the tagger: {exc}")
        raise typer.Exit(2) from exc
    jsonl = [p for p in inputs if p.suffix == ".jsonl"]
    rows = [*(r for p in jsonl for r in _jsonl_paragraphs(p)), *_report_paragraphs([p for p in inputs if p not in jsonl])]
    items = [Item(p["text"], p.get("section") or "", tuple(p.get("path") or ())) for _, _, p in rows]
    if content_only:
        items = [item.content_only() for item in items]
    scores = tagger.predict_scores(items)
    labels = decide(scores, tagger.config.thresholds() if threshold is None else threshold)
    out = open(output, "w", encoding="utf-8") if output else sys.stdout
    try:
        for (doc_id, index, p), chosen, row in zip(rows, labels, scores):
            line = {"doc_id": doc_id, "index": index, "key": paragraph_key(p["text"]), "section": p.get("section"),
                    "labels": chosen, "scores": {k: round(float(v), 4) for k, v in zip(LABELS, row)}, "text": p["text"]}
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    finally:
        if output:
            out.close()
    err.print(f"{len(rows)} paragraphs tagged by the {tagger.name} model" + (f"; written to {output}" if output else ""))


def train(
    corpus: list[Path] = typer.Option(..., "--corpus", help="Reports (or folders of them) to learn from."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Folder to save the model in."),
    backend: str = typer.Option("sklearn", help="sklearn, spacy or transformers."),
    gold: Optional[Path] = typer.Option(Path("corpus/gold"), "--gold", help="Gold files; their paragraph labels "
                                        "replace weak labels for their documents (missing folder: weak labels only)."),
    settings: list[str] = typer.Option([], "--set", help="Backend setting as key=value (repeatable), e.g. C=0.1."),
    synthetic: int = typer.Option(2000, help="Synthetic paragraphs from the phrase banks to add (0: none)."),
    synthetic_weight: float = typer.Option(0.3, help="Weight of a synthetic paragraph against a real one."),
    loro: bool = typer.Option(False, "--loro", help="Also score leave-one-report-out on the gold documents."),
    cv: Optional[str] = typer.Option(None, "--cv", help="Also score leave-one-group-out: report (= --loro), agency "
                                     "(an agency's reports held out together; agency from the gold metadata, "
                                     "normalised) or format (the input format)."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Write the cross-validation scores here."),
    tune_threshold: bool = typer.Option(False, "--tune-threshold", help="Choose the decision thresholds (a common "
                                        "one, and per label) on leave-one-agency-out scores of the gold reports "
                                        "(nested inside --loro / --cv)."),
) -> None:
    """Train a tagger on a corpus: gold paragraph labels where given, weak labels from headings elsewhere."""
    from nianbao.classification.training import train_tagger

    from nianbao.evaluation.groups import PROTOCOLS

    if cv is not None and cv not in PROTOCOLS:
        raise typer.BadParameter(f"--cv takes one of {', '.join(PROTOCOLS)}, not {cv!r}")
    cv = cv or ("report" if loro else None)
    if output is None and not cv:
        raise typer.BadParameter("give -o/--output to save the model, or --loro / --cv to score it")
    files = discover(corpus)
    if not files:
        err.print("[red]no reports found in --corpus")
        raise typer.Exit(2)
    try:
        tagger, result = train_tagger((extract(f, ExtractConfig(tag=False)) for f in files), backend, _parse_settings(settings), gold, synthetic, synthetic_weight,
                                      bool(cv), progress=err.print, tune_threshold=tune_threshold, cv=cv,
                                      group=grouping(cv, gold),
                                      groupings={"agency": grouping("agency", gold)} if tune_threshold else None)
    except (ValueError, ImportError) as exc:  # a wrong backend, setting or missing extra: say so, no traceback
        err.print(f"[red]{exc}")
        raise typer.Exit(2) from exc
    if result is not None:
        from nianbao.classification.report import render_scores

        data = result.to_dict()
        for mode, scores in data["modes"].items():
            render_scores(Console(), scores, f"{backend}, leave-one-{cv}-out, {mode}")
        for mode, s in data["bootstrap_over_groups"].items():
            interval = s["f1_interval"]
            err.print(f"{mode}: micro F1 {s['f1']} over {s['groups']} held-out {cv} groups; 95% bootstrap interval "
                      + (f"{interval[0]:.3f}–{interval[1]:.3f}" if interval else "-"))
        if json_out:
            json_out.write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    if output:
        from nianbao.classification.card import write_card

        tagger.save(output)
        write_card(output, tagger)
        err.print(f"model saved to {output}")
