"""At volume: Markdown in four PDF converters' styles (table 三 split at page breaks, a lost 五 heading)
and pre-2019 reports (old outlines and statistics table; lines, a crawler's one-line page, Markdown),
written by ``nianbao synth`` and read back against their gold."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import msgspec

from nianbao.core.config import ExtractConfig
from nianbao.core.gold import CellValue
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.evaluate import cell_matches
from nianbao.pipeline import extract
from nianbao.synth.corpus import generate
from nianbao.synth.legacy import sample_legacy
from nianbao.synth.sample import sample_report
from nianbao.synth.table_damage import DAMAGES

SIX = {"overview", "proactive", "requests", "review_litigation", "problems", "other_matters"}


def _typed(cell: object) -> CellValue:
    """A gold cell as the evaluator reads it (a bare number, or a typed cell with its kind)."""
    return msgspec.convert(cell, CellValue)


def _documents(out: Path):
    for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        gold = json.loads((out / entry["gold"]).read_text(encoding="utf-8"))
        yield entry, gold, extract(out / entry["file"], ExtractConfig(tag=False))


def _paragraphs_found(gold: dict, record) -> tuple[int, int]:
    got = {paragraph_key(p.text): p.section for p in record.paragraphs}
    return sum(got.get(p["key"]) == p["section"] for p in gold["paragraphs"]), len(gold["paragraphs"])


def test_converter_markdown_at_volume(tmp_path: Path) -> None:
    """Each converter's style, and what converters further do to table 三's fragments (a repeated header,
    a dropped empty column, labels floated out of the rows, a wrapped label): every kind occurs, and at
    least 95% of table 三's cells are read in every report (99% over all)."""
    generate(tmp_path, 100, ["md"], seed="converters")
    tally: Counter = Counter()
    damages: Counter = Counter()
    for entry, gold, record in _documents(tmp_path):
        name = entry["doc_id"]
        damages[sample_report("converters", entry["index"], "md", 0.05).style.t3_damage] += 1
        assert record.status.value in ("ok", "partial"), name
        assert set(record.sections) == SIX, (name, record.sections)
        assert record.coverage >= 0.98, (name, record.coverage)
        found, total = _paragraphs_found(gold, record)
        assert found == total, (name, found, total)
        t3 = [cid for cid in gold["cells"] if cid.startswith("t3.")]
        ok3 = sum(cell_matches(_typed(gold["cells"][cid]), record.cell(cid)) for cid in t3)
        assert ok3 >= 0.95 * len(t3), (name, ok3, len(t3))
        tally["t3"] += len(t3)
        tally["t3 ok"] += ok3
        tally["cells"] += len(gold["cells"])
        tally["ok"] += sum(cell_matches(_typed(v), record.cell(cid)) for cid, v in gold["cells"].items())
        tally[record.metadata.format_version == gold["metadata"]["format_version"]] += 1
    assert tally["ok"] >= 0.99 * tally["cells"] and tally[True] == 100
    assert tally["t3 ok"] >= 0.99 * tally["t3"]
    assert set(damages) == set(DAMAGES), damages


def test_pre2019_reports_at_volume(tmp_path: Path) -> None:
    generate(tmp_path, 90, ["txt", "md"], seed="old", pre2019_rate=1.0)
    renderings: Counter = Counter()
    for entry, gold, record in _documents(tmp_path):
        name = entry["doc_id"]
        old = sample_legacy("old", entry["index"], "md" if entry["format"] == "md" else None)
        renderings[old.rendering] += 1
        assert record.metadata.format_version == "pre-2019", name
        assert set(old.sections) <= set(record.sections), (name, record.sections)
        assert record.coverage >= 0.98, (name, record.coverage)
        found, total = _paragraphs_found(gold, record)
        assert found == total, (name, found, total)
        assert [t.id for t in record.tables] == ["legacy"]
        wrong = [cid for cid, v in old.expected_cells().items() if not cell_matches(_typed(v), record.cell(cid))]
        assert not wrong, (name, wrong[:4])
    assert set(renderings) == {"lines", "crawler", "md"}


def test_pre2019_page_styles_at_volume(tmp_path: Path) -> None:
    """Other agencies' wordings of the old outline (headings ending in "。", an intro closing on "现结合…
    总结如下：" in place of 概述) and the damage their pages carry (pinyin of mirror sites, a menu or a
    publishing notice above the report, lines broken at 《, indentation, a page cut off in its last item,
    an untitled page whose intro says 本年报, a content system's cut-off fields and credit line): every one
    read back whole."""
    generate(tmp_path, 120, ["txt", "md"], seed="old-pages", pre2019_rate=1.0)
    damages: Counter = Counter()
    worded = stops = summaries = 0
    for entry, gold, record in _documents(tmp_path):
        name = entry["doc_id"]
        old = sample_legacy("old-pages", entry["index"], "md" if entry["format"] == "md" else None)
        damages[old.style.damage] += 1
        worded += bool(old.style.wording or old.style.extras or old.style.split_problems or old.style.run_in)
        stops += old.style.full_stop
        summaries += old.style.summary_intro
        assert record.status.value != "not_a_report", (name, old.style, record.metadata.report_evidence)
        assert record.metadata.format_version == "pre-2019", (name, old.style)
        assert set(old.sections) <= set(record.sections), (name, old.style, record.sections)
        assert record.coverage >= 0.98, (name, record.coverage)
        found, total = _paragraphs_found(gold, record)
        assert found == total, (name, old.style, found, total)
        wrong = [cid for cid, v in old.expected_cells().items() if not cell_matches(_typed(v), record.cell(cid))]
        assert not wrong, (name, wrong[:4])
    assert set(damages) == {"none", "pinyin", "menu", "notice", "cut", "indent", "bracket", "bare", "cms"}, damages
    assert worded >= 40 and stops >= 8 and summaries >= 4, (stops, summaries)
