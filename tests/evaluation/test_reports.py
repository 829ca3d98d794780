"""nianbao evaluate over everything a record holds, its stable JSON keys, another tool's predictions,
and the Markdown and HTML reports (plots drawn with the Chinese glyphs)."""

from __future__ import annotations

import json
import warnings
from msgspec.structs import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.evaluation.evaluate import evaluate
from nianbao.evaluation.checks import record_breaks
from nianbao.evaluation.html import html_report
from nianbao.evaluation.markdown import markdown_summary
from tests.conftest import GOLD

pytest.importorskip("matplotlib", reason="needs nianbao[eval] (matplotlib) for the plots")

TOP_KEYS = {
    "documents",
    "cells",
    "cells_by_format",
    "cells_by_extractor",
    "checks",
    "metadata",
    "status",
    "paragraphs",
    "figures",
    "misses",
    "unscored",
    "sources",
    "groups",
}
CHECK_KEYS = {"documents", "exact", "exact_rate", "tp", "fp", "fn", "precision", "recall", "by_document"}
MISS_KEYS = {"doc_id", "item", "gold", "predicted", "group", "source"}


def test_metric_keys_are_stable(gold_records, gold) -> None:
    data = evaluate(gold, gold_records).to_dict()
    assert set(data) == TOP_KEYS
    assert set(data["checks"]) == CHECK_KEYS
    assert set(data["paragraphs"]) == {"paragraphs", "exact_match", "micro", "macro", "labels", "confusion"}
    assert set(data["figures"]) == {"documents", "by_id", "all", "not_in_gold", "other_subjects", "misses"}
    assert set(data["groups"]) == {"report", "agency", "format"}
    assert all(set(g) == {"figures", "paragraphs", "by_group"} for g in data["groups"].values())
    assert all(set(m) == MISS_KEYS for m in data["misses"])
    assert set(data["cells_by_format"]) <= {"txt", "md", "html", "docx", "pdf"}
    # every cell scored is counted once per table, per format and per extractor
    totals = [
        sum(s["total"] for k, s in data[g].items() if k != "all")
        for g in ("cells", "cells_by_format", "cells_by_extractor")
    ]
    assert totals[0] == totals[1] == totals[2] > 0


def test_identity_breaks_are_scored_against_gold(gold_records, gold) -> None:
    data = evaluate(gold, gold_records).to_dict()["checks"]
    html = next(d for d in data["by_document"] if d["doc_id"] == "sample-2022-city-government.html")
    assert html["gold"] == ["H2:natural_person", "H2:total"] and html["exact"]
    # a record that stops reporting one break: a miss, the document no longer exact
    record = next(r for r in gold_records if r.doc_id == "sample-2022-city-government.html")
    quiet = replace(record, checks=[c for c in record.checks if c.key != "H2:total"])
    assert record_breaks(quiet) == ["H2:natural_person"]
    one = evaluate({record.doc_id: gold[record.doc_id]}, [quiet]).to_dict()["checks"]
    assert (one["tp"], one["fn"], one["exact"], one["recall"]) == (1, 1, 0, 0.5)
    assert one["by_document"][0]["missed"] == ["H2:total"]


def test_a_cell_miss_points_at_its_source(gold_records, gold) -> None:
    record = next(r for r in gold_records if r.doc_id == "sample-2024-township.txt")
    cell = record.cell("t3.new_received.total")
    broken = replace(
        record,
        tables=[
            replace(t, cells=[replace(c, value=c.value + 1) if c is cell else c for c in t.cells])
            for t in record.tables
        ],
    )
    data = evaluate({record.doc_id: gold[record.doc_id]}, [broken]).to_dict()
    miss = next(m for m in data["misses"] if m["item"] == "t3.new_received.total")
    assert miss["group"] == "cells" and miss["source"]["extractor"] == cell.source.extractor
    assert miss["source"].get("snippet") or miss["source"].get("line") is not None
    assert data["cells_by_format"]["txt"]["correct"] == data["cells_by_format"]["txt"]["total"] - 1


def test_predictions_from_another_tool_score(tmp_path: Path, gold) -> None:
    """The minimal record JSON a third-party tool writes (README: doc_id, status, tables[].id/cells[].id/kind/value)."""
    want = gold["sample-2024-township.txt"]
    cells = [
        {"id": cid, "kind": "number", "value": v}
        for cid, v in want.cells.items()
        if cid.startswith("t3.") and isinstance(v, int)
    ]
    cells[0]["value"] += 5
    line = {
        "doc_id": "sample-2024-township.txt",
        "source": {"path": "township.txt"},
        "status": "ok",
        "tables": [{"id": "t3", "format": "2021", "found": True, "cells": cells}],
        "checks": [{"rule": "H1", "scope": "total", "status": "fail", "cells": []}],
        "paragraphs": [],
        "figures": [],
    }
    preds = tmp_path / "other-tool.jsonl"
    preds.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "m.json"
    result = CliRunner().invoke(app, ["evaluate", str(preds), "--gold", str(GOLD), "--json", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["documents"] == 1
    assert data["cells"]["t3"]["correct"] == len(cells) - 1
    assert data["cells_by_extractor"]["(none)"]["total"] == data["cells"]["all"]["total"]
    assert data["checks"]["fp"] == 1 and data["checks"]["by_document"][0]["spurious"] == ["H1:total"]


def test_markdown_and_html_reports_draw_chinese_without_missing_glyphs(gold_records, gold) -> None:
    data = evaluate(gold, gold_records).to_dict()
    md = markdown_summary(data)
    assert "## Cells (exact match)" in md and "| t3 |" in md and "## Paragraph labels" in md
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        page = html_report(data)
    glyphs = [str(w.message) for w in caught if "Glyph" in str(w.message) or "CJK" in str(w.message)]
    assert not glyphs, glyphs[:3]
    assert page.count('<img class="plot"') == 4


def test_the_plot_font_has_the_chinese_glyphs() -> None:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    from nianbao.core import codebook
    from nianbao.evaluation import plots

    family = plots.cjk_font()
    if family is None:
        pytest.skip("no CJK font installed (fonts-wqy-zenhei; .ci/run installs it)")
    font = FT2Font(font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False))
    text = "".join(c.label for c in codebook.PARAGRAPH_LABELS)
    missing = {ch for ch in text if not ch.isspace() and font.get_char_index(ord(ch)) == 0}
    assert not missing, f"{family} lacks {sorted(missing)}"


def test_scores_by_agency_pool_an_agencys_years(gold_records, gold) -> None:
    groups = evaluate(gold, gold_records).to_dict()["groups"]
    reports, agencies = groups["report"]["by_group"], groups["agency"]["by_group"]
    assert sum(len(g["documents"]) for g in agencies.values()) == len(reports)
    assert len(agencies) < len(reports)  # the samples (and 平潭's years) are one agency each
    pooled = groups["agency"]["figures"]
    assert (pooled["tp"], pooled["fp"], pooled["fn"]) == (
        groups["report"]["figures"]["tp"], groups["report"]["figures"]["fp"], groups["report"]["figures"]["fn"])
    low, high = pooled["f1_interval"]
    assert low <= pooled["f1"] <= high
