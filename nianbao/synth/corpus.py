"""Write a synthetic corpus: N reports (and hostile files) with their gold and a manifest.

Layout of ``DIR``: ``reports/<shard>/<doc_id>``, ``gold/<shard>/<doc_id>.json`` (shards of 1000, so
that no folder holds 100,000 files) and ``manifest.jsonl`` (one line per file, in index order).
Document ``i`` depends only on ``(seed, i)``: any number of workers writes the same bytes.
"""

from __future__ import annotations

import json
import random
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from nianbao.synth.gold import gold_record, shape_gold
from nianbao.synth.headless import HEADLESS, headless_report
from nianbao.synth.hostile import KINDS, write_hostile
from nianbao.synth.model import EXTRA_FORMATS, FORMATS, Report
from nianbao.synth.render_html import render_html
from nianbao.synth.render_text import render_text
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import render_shape, shape_page, shapes_for

# Shares of the formats when all are asked for: DOCX and PDF are 30–100× slower to write.
FORMAT_WEIGHTS = {"txt": 0.45, "html": 0.45, "docx": 0.07, "pdf": 0.03, "md": 0.45}
SHARD = 1000
_CHUNK = 100
_MADE: set[tuple[Path, Path]] = set()  # shard folders this process has made


def _render(rep: Report) -> bytes:
    if rep.kind == "txt":
        return render_text(rep)
    if rep.kind == "html":
        return render_html(rep)
    if rep.kind == "md":
        from nianbao.synth.render_markdown import render_markdown

        return render_markdown(rep)
    if rep.kind == "docx":
        from nianbao.synth.render_docx import render_docx

        return render_docx(rep)
    from nianbao.synth.render_pdf import render_pdf

    return render_pdf(rep)


@dataclass(frozen=True)
class Plan:
    """What to write: the corpus's parameters, shared by every worker."""

    out: Path
    seed: str
    formats: tuple[str, ...]
    break_rate: float
    hostile_rate: float
    hostile_kinds: tuple[str, ...] = tuple(KINDS)
    pre2019_rate: float = 0.0
    page_shapes_rate: float = 0.0
    headless_rate: float = 0.0
    headless_kinds: tuple[str, ...] = HEADLESS

    def shape_of(self, rep: Report) -> str | None:
        """The page shape a txt or HTML report is written in, or None (drawn from its own stream, so that
        the other documents stay as they were)."""
        rng = random.Random(f"{self.seed}:{rep.index}:shape")
        if self.page_shapes_rate <= 0 or rng.random() >= self.page_shapes_rate:
            return None
        shapes = shapes_for(rep, rep.kind)
        return rng.choice(shapes) if shapes else None

    def headless_of(self, rep: Report) -> str | None:
        """How a txt or HTML report (2019 formats) loses its headings (``nianbao.synth.headless``), or None."""
        rng = random.Random(f"{self.seed}:{rep.index}:headless")
        if self.headless_rate <= 0 or rep.kind not in ("txt", "html") or rng.random() >= self.headless_rate:
            return None
        return rng.choice(self.headless_kinds)

    def is_pre2019(self, index: int) -> bool:
        """Whether document ``index`` is a pre-2019 report (old outline and statistics table)."""
        return self.pre2019_rate > 0 and random.Random(f"{self.seed}:{index}:outline").random() < self.pre2019_rate

    def kind_of(self, index: int) -> tuple[str, str | None]:
        """(format, hostile kind or None) of document ``index``."""
        rng = random.Random(f"{self.seed}:{index}:kind")
        hostile = rng.choice(self.hostile_kinds) if rng.random() < self.hostile_rate else None
        weights = [FORMAT_WEIGHTS[f] for f in self.formats]
        return rng.choices(self.formats, weights)[0], hostile


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def write_document(plan: Plan, index: int) -> tuple[dict[str, Any], float]:
    """Write document ``index`` and its gold; its manifest line and the seconds it took."""
    start = time.perf_counter()
    kind, hostile = plan.kind_of(index)
    shard = f"{index // SHARD:03d}"
    reports, golds = plan.out / "reports" / shard, plan.out / "gold" / shard
    if (reports, golds) not in _MADE:  # a mkdir per document costs as much as writing it
        reports.mkdir(parents=True, exist_ok=True)
        golds.mkdir(parents=True, exist_ok=True)
        _MADE.add((reports, golds))
    if hostile is None and plan.is_pre2019(index):
        from nianbao.synth.legacy import legacy_gold, render_legacy, sample_legacy

        old = sample_legacy(plan.seed, index, "md" if kind == "md" else None)
        path = reports / old.doc_id
        path.write_bytes(render_legacy(old))
        gold_path = golds / f"{path.name}.json"
        _write_json(gold_path, legacy_gold(old))
        return ({"index": index, "seed": old.seed, "hostile": None, "format": path.suffix.lstrip("."),
                 "expected_status": "ok", "expected_error": None, "identity_breaks": [], "outline": "pre-2019",
                 "doc_id": path.name, "file": str(path.relative_to(plan.out)),
                 "gold": str(gold_path.relative_to(plan.out))}, time.perf_counter() - start)
    if hostile is not None:
        kind = "pdf" if hostile in ("truncated_pdf", "encrypted_pdf") else "txt"
    rep = sample_report(plan.seed, index, kind, plan.break_rate)
    line: dict[str, Any] = {"index": index, "seed": rep.seed, "hostile": hostile}
    shape = plan.shape_of(rep) if hostile is None else None
    headless = plan.headless_of(rep) if hostile is None and shape is None else None
    if shape is not None:
        page = shape_page(rep, shape)
        path = reports / rep.doc_id
        path.write_bytes(render_shape(rep, page, kind))
        gold = shape_gold(page, path.name, rep.seed)
        line |= {"format": kind, "expected_status": page.status, "expected_error": None, "identity_breaks": [],
                 "shape": shape, "states": {"agency": page.agency, "year": page.year, "report": page.is_report,
                                            "partial": page.partial}}
    elif hostile is None:
        inferred: list[str] = []
        if headless is not None:
            rep, inferred = headless_report(rep, headless)
        path = reports / rep.doc_id
        path.write_bytes(_render(rep))
        gold = gold_record(rep)
        line |= {"format": kind, "expected_status": "ok", "expected_error": None,
                 "identity_breaks": gold["identity_breaks"]}
        if headless is not None:
            gold["notes"] += (f" Headings dropped ({headless}): the paragraphs of {', '.join(inferred)} keep their "
                              "true section, which a reader must infer.")
            line |= {"headless": headless, "inferred_sections": inferred}
            if headless == "all":
                # Every heading gone: sections placed by the outline and topic, which the record warns of
                # (sections_inferred), so it is partial; the gold's status stays ok (it is a report).
                line["expected_status"] = "partial"
    else:
        stem = reports / f"hostile-{index:06d}-{hostile}"
        path, spec = write_hostile(hostile, stem, rep, random.Random(f"{rep.seed}:hostile"))
        if spec.status == "ok":  # a valid report in an awkward encoding: full gold
            rep.doc_id = path.name
            gold = gold_record(rep)
            gold["notes"] += f" Encoded in {rep.style.encoding} (hostile kind {hostile})."
        else:
            gold = {"doc_id": path.name, "source": f"synth/{path.name}", "status": "error", "error": spec.error,
                    "hostile": hostile, "notes": f"Hostile file ({hostile}) written by nianbao synth; nianbao must "
                                                 f"give status error with code {spec.error} and go on."}
        line |= {"format": path.suffix.lstrip("."), "expected_status": spec.status, "expected_error": spec.error,
                 "identity_breaks": gold.get("identity_breaks", [])}
    gold_path = golds / f"{path.name}.json"
    _write_json(gold_path, gold)
    line |= {"doc_id": path.name, "file": str(path.relative_to(plan.out)), "gold": str(gold_path.relative_to(plan.out))}
    return line, time.perf_counter() - start


def _write_chunk(args: tuple[Plan, Sequence[int]]) -> list[tuple[dict[str, Any], float]]:
    plan, indices = args
    return [write_document(plan, i) for i in indices]


@dataclass
class Summary:
    """What was written: counts and seconds per format (hostile files under ``hostile``)."""

    documents: int = 0
    seconds: float = 0.0
    counts: Counter = field(default_factory=Counter)
    busy: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # worker-seconds per format
    breaks: int = 0
    shapes: int = 0  # documents written in a page shape
    headless: int = 0  # reports written with headings lost

    def rate(self, fmt: str) -> float:
        """Documents per worker-second for one format."""
        return self.counts[fmt] / self.busy[fmt] if self.busy.get(fmt) else 0.0


def _chunks(n: int, size: int) -> Iterator[range]:
    for start in range(0, n, size):
        yield range(start, min(n, start + size))


def generate(out: str | Path, n: int, formats: Sequence[str] = FORMATS, seed: int | str = 0, break_rate: float = 0.05,
             hostile_rate: float = 0.0, workers: int = 1, pre2019_rate: float = 0.0, page_shapes_rate: float = 0.0,
             headless_rate: float = 0.0, headless_kinds: Sequence[str] = HEADLESS) -> Summary:
    """Write ``n`` documents under ``out`` with their gold and ``manifest.jsonl``; returns a summary.
    ``pre2019_rate``: the share written as pre-2019 reports (``nianbao.synth.legacy``: old outlines and
    statistics table, as text lines, a crawler's one-line page, or Markdown where ``md`` is chosen).
    ``page_shapes_rate``: the share of txt and HTML reports written as one of the page shapes
    (``nianbao.synth.shapes``: cut, untitled, body hidden, not a report), their gold what the page states.
    ``headless_rate``: the share of the other txt and HTML reports (2019 formats) whose headings are lost as
    one of ``headless_kinds`` says (``nianbao.synth.headless``)."""
    if not set(headless_kinds) <= set(HEADLESS) or not headless_kinds:
        raise ValueError(f"unknown heading losses {sorted(set(headless_kinds) - set(HEADLESS))}; "
                         f"choose from {', '.join(HEADLESS)}")
    unknown = set(formats) - set(FORMATS) - set(EXTRA_FORMATS)
    if unknown or not formats:
        raise ValueError(f"unknown formats {sorted(unknown)}; choose from {', '.join(FORMATS + EXTRA_FORMATS)}")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    plan = Plan(out, str(seed), tuple(formats), break_rate, hostile_rate, pre2019_rate=pre2019_rate,
                page_shapes_rate=page_shapes_rate, headless_rate=headless_rate, headless_kinds=tuple(headless_kinds))
    summary = Summary()
    start = time.perf_counter()
    jobs = ((plan, chunk) for chunk in _chunks(n, _CHUNK))
    manifest = out / "manifest.jsonl"
    tmp = manifest.with_suffix(".jsonl.tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        if workers > 1:
            with get_context("fork").Pool(workers) as pool:
                results: Iterator = pool.imap(_write_chunk, jobs)
                _collect(results, handle, summary)
        else:
            _collect(map(_write_chunk, jobs), handle, summary)
    tmp.replace(manifest)
    summary.seconds = time.perf_counter() - start
    return summary


def _collect(results: Iterator, handle: Any, summary: Summary) -> None:
    for chunk in results:
        for line, seconds in chunk:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
            key = "hostile" if line["hostile"] else line["format"]
            summary.shapes += "shape" in line
            summary.headless += "headless" in line
            summary.documents += 1
            summary.counts[key] += 1
            summary.busy[key] += seconds
            summary.breaks += bool(line["identity_breaks"])
