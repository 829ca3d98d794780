"""A synthetic corpus is reproducible, and nianbao reads every format of it back to its gold."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import msgspec
import pytest

from nianbao.core.relations import relations
from nianbao.core.gold import cell_long, load_gold
from nianbao.evaluation.evaluate import Score, evaluate
from nianbao.core.keys import paragraph_key
from nianbao.pipeline import extract
from nianbao.core.record import CheckStatus
from nianbao.synth.corpus import generate
from nianbao.core.config import ExtractConfig
from tests.conftest import has_cjk_font


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_the_same_seed_gives_the_same_bytes_with_any_number_of_workers(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    generate(tmp_path / "a", 24, seed=5, break_rate=0.3, hostile_rate=0.1)
    generate(tmp_path / "b", 24, seed=5, break_rate=0.3, hostile_rate=0.1, workers=2)
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a == b
    assert any(name.endswith(".docx") for name in a) and any(name.endswith(".html") for name in a)
    generate(tmp_path / "c", 24, seed=6, break_rate=0.3, hostile_rate=0.1)
    assert _files(tmp_path / "c") != a


def _read_back(root: Path) -> tuple[dict, list, list[dict]]:
    manifest = [json.loads(line) for line in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    records = [extract(root / line["file"], ExtractConfig(tag=False)) for line in manifest]
    return load_gold(root / "gold"), records, manifest


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, list, list[dict]]:
    """40 reports in txt, HTML and DOCX and, where a CJK font lets PDFs be read, 4 PDFs; breaks in many."""
    root = tmp_path_factory.mktemp("synth")
    generate(root / "mixed", 40, ("txt", "html", "docx"), seed=11, break_rate=0.3)
    gold, records, manifest = _read_back(root / "mixed")
    if has_cjk_font():
        pytest.importorskip("reportlab")
        generate(root / "pdf", 4, ("pdf",), seed=11, break_rate=0.5)
        more = _read_back(root / "pdf")
        gold |= {f"pdf/{k}": msgspec.structs.replace(v, doc_id=f"pdf/{k}") for k, v in more[0].items()}
        for record in more[1]:
            record.doc_id = f"pdf/{record.doc_id}"
        records += more[1]
        manifest += [line | {"doc_id": f"pdf/{line['doc_id']}"} for line in more[2]]
    return gold, records, manifest


def test_every_format_is_read_back_to_its_gold_cells(corpus) -> None:
    gold, records, manifest = corpus
    result = evaluate(gold, records)
    assert not result.unscored and result.status.accuracy == 1.0
    per_format: dict[str, Score] = defaultdict(Score)
    missed = {m.doc_id for m in result.misses if "." in m.item and m.item.split(".")[0].startswith("t")}
    for line in manifest:
        cells = len(gold[line["doc_id"]].cells)
        wrong = sum(1 for m in result.misses if m.doc_id == line["doc_id"] and m.item.startswith("t"))
        per_format[line["format"]].correct += cells - wrong
        per_format[line["format"]].total += cells
    print({f: round(s.accuracy, 4) for f, s in per_format.items()}, "documents with a missed cell:", sorted(missed))
    assert {"txt", "html", "docx"} <= set(per_format)
    for fmt, score in per_format.items():
        assert score.accuracy >= 0.99, (fmt, score)
    assert all(r.status.value == "ok" for r in records), [(r.doc_id, r.warnings) for r in records if r.status.value != "ok"]


def test_prose_figures_and_paragraphs_are_found(corpus) -> None:
    gold, records, _ = corpus
    figures = evaluate(gold, records).figures.overall
    assert figures.tp > 100 and figures.recall >= 0.95 and figures.precision >= 0.95, figures
    keys = {r.doc_id: {paragraph_key(p.text) for p in r.paragraphs} for r in records}
    gold_keys = [(doc, p.key) for doc, g in gold.items() for p in g.paragraphs]
    found = sum(key in keys[doc] for doc, key in gold_keys)
    assert found / len(gold_keys) >= 0.95, (found, len(gold_keys))


def test_nianbao_reports_exactly_the_breaks_the_gold_lists(corpus) -> None:
    gold, records, manifest = corpus
    planted = [line for line in manifest if line["identity_breaks"]]
    assert len(planted) >= 8
    for record in records:
        failing = sorted(c.key for c in record.checks if c.status is CheckStatus.FAIL and c.rule in ("H1", "H2", "H3", "H4"))
        assert failing == sorted(gold[record.doc_id].identity_breaks), record.doc_id


def test_gold_breaks_are_what_the_gold_cells_break(corpus) -> None:
    gold, _, _ = corpus
    for doc_id, g in gold.items():
        values = {cid: cell_long(v).value or 0 for cid, v in g.cells.items()}
        broken = {f"{r.rule}:{r.scope}" for r in relations(g.metadata.format_version) if not r.holds(values)}
        assert broken == set(g.identity_breaks), doc_id
        assert ("Planted break" in g.notes) == bool(broken), doc_id
