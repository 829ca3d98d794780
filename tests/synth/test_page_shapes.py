"""Page shapes and headless reports written by `nianbao synth` at volume: every document read back with the
pipeline against the gold and manifest the CLI wrote (status — partial for a report's page without tables —,
agency, year, each paragraph's section where headings were lost), `nianbao evaluate` scoring them, and the
same seed giving the same bytes."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.core.config import ExtractConfig
from nianbao.core.gold import load_gold
from nianbao.core.keys import paragraph_key
from nianbao.evaluation.evaluate import evaluate
from nianbao.evaluation.gold_check import check_dir
from nianbao.pipeline import extract
from nianbao.synth.detect_pages import OLD_LEAD_KINDS
from nianbao.synth.sample import sample_report
from nianbao.synth.shapes import SHAPES, shape_page, shapes_for
from nianbao.synth.unsaid_pages import OLD_OUTLINE_KINDS

N = 400
OPTIONS = ["--formats", "txt,html", "--seed", "shapes", "--page-shapes-rate", "0.5", "--headless-rate", "0.3"]


def _manifest(root: Path) -> list[dict]:
    return [json.loads(x) for x in (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict], dict[str, object]]:
    """(folder, manifest lines, records by doc_id) of N documents written by the CLI with both options."""
    root = tmp_path_factory.mktemp("shapes")
    result = CliRunner().invoke(app, ["synth", str(N), "-o", str(root), *OPTIONS])
    assert result.exit_code == 0, result.output
    lines = _manifest(root)
    config = ExtractConfig(tag=False)
    return root, lines, {line["doc_id"]: extract(root / line["file"], config) for line in lines}


def test_the_options_write_every_family_at_their_rates(corpus) -> None:
    root, lines, _ = corpus
    shaped = [line for line in lines if "shape" in line]
    headless = [line for line in lines if "headless" in line]
    # 0.5 of N, and 0.3 of the rest: a rate ignored or applied twice falls outside these bounds.
    assert 0.4 * N < len(shaped) < 0.6 * N, len(shaped)
    assert 0.2 * (N - len(shaped)) < len(headless) < 0.4 * (N - len(shaped)), len(headless)
    families = Counter(line["shape"].split(".", 1)[0] for line in shaped)
    # (cut and lead_cut are one shape each among some 260, drawn about half the time in N: that both can be drawn is
    # asked of shapes_for below; the families of many shapes are drawn every time)
    assert {"wild", "hidden", "not_report"} <= set(families) <= {"cut", "lead_cut", "wild", "hidden", "not_report"}, families
    # Drawn evenly, len(shaped) draws from K shapes show K·(1-(1-1/K)^draws) of them on average (~73% of 154 from ~200
    # draws): a fixed share of K fails as shapes are added though nothing is wrong; a draw skewed to a few shapes falls
    # far below nine tenths of that mean.
    drawn, k = len({line["shape"] for line in shaped}), len(SHAPES)
    assert drawn >= 0.9 * k * (1 - (1 - 1 / k) ** len(shaped)), (drawn, k, len(shaped))
    assert {line["format"] for line in shaped} == {"txt", "html"}
    # The pages cut short are written as HTML too (once text only: nianbao called them not_a_report there). With
    # ~100 shapes a sample of N draws each one about twice, so whether both come as HTML is chance: both are asked
    # of shapes_for, and one of the sample's HTML pages.
    assert {"cut", "lead_cut"} <= set(shapes_for(sample_report("shapes", 0, "html", 0.0), "html"))
    assert {"cut", "lead_cut"} & {line["shape"] for line in shaped if line["format"] == "html"}
    assert {line["headless"] for line in headless} == {"overview", "truncated", "all"}  # all: drawn by default
    assert all(line["inferred_sections"] == ["overview"] for line in headless if line["headless"] != "all")
    assert all(len(line["inferred_sections"]) == 6 and line["expected_status"] == "partial"
               for line in headless if line["headless"] == "all")
    assert check_dir(root / "gold") == (N, [])  # every gold file valid, breaks as the gold cells imply
    for line in shaped:
        gold = json.loads((root / line["gold"]).read_text(encoding="utf-8"))
        assert "cells" not in gold and "paragraphs" not in gold and not any(gold["tables_readable"].values())
        assert (gold["status"] == "ok") == line["states"]["report"]
        assert line["expected_status"] == ("partial" if line["states"]["report"] else "not_a_report")


def test_status_agency_and_year_on_every_shaped_page(corpus) -> None:
    _, lines, records = corpus
    misses, seen = [], Counter()
    for line in lines:
        if "shape" not in line:
            continue
        seen[line["shape"]] += 1
        record, states = records[line["doc_id"]], line["states"]
        got = (record.status.value, *((record.metadata.agency, record.metadata.year) if states["report"] else ()))
        want = (line["expected_status"], *((states["agency"], states["year"]) if states["report"] else ()))
        if got != want:
            misses.append((line["file"], line["shape"], got, want))
    assert sum(seen.values()) > 150
    assert not misses, misses


def test_headless_reports_keep_their_tables_and_every_paragraph_its_section(corpus) -> None:
    root, lines, records = corpus
    tally: Counter = Counter()
    for line in lines:
        if "headless" not in line:
            continue
        gold, record = json.loads((root / line["gold"]).read_text(encoding="utf-8")), records[line["doc_id"]]
        # ok, or partial where every heading was lost: the record warns its sections were inferred
        assert record.status.value == line["expected_status"], line["file"]
        codes = [w.code.value for w in record.warnings]
        assert ("sections_inferred" in codes) == (line["headless"] == "all"), (line["file"], codes)
        assert all(t.found for t in record.tables), line["file"]  # every table found, headings or none
        assert (record.metadata.agency, record.metadata.year) == (gold["metadata"]["agency"], gold["metadata"]["year"])
        got = {paragraph_key(p.text): p.section for p in record.paragraphs}
        for para in gold["paragraphs"]:
            tally["missing" if para["key"] not in got else got[para["key"]] == para["section"]] += 1
    # Measured 2026-12-05 (benchmarks/page_shapes.py, 2,000 documents, all three losses): 1 paragraph of 3,573
    # in a wrong section (an other matter naming none of the sixth part's topics, kept with the problems), none
    # missing (the preamble's first paragraph once joined to the frame line above it in text: 1–4 % missing).
    found = tally[True] + tally[False]
    assert tally[False] <= 0.005 * found, tally
    assert tally["missing"] <= 0.002 * sum(tally.values()), tally


def test_evaluate_scores_status_and_metadata_and_leaves_the_pages_tables_out(corpus) -> None:
    root, lines, records = corpus
    result = evaluate(load_gold(root / "gold"), records.values()).to_dict()
    assert result["documents"] == N
    assert result["status"]["correct"] == N
    for name in ("agency", "year"):
        # every report's gold states them, shaped pages that are reports included
        reports = sum(1 for line in lines if line.get("states", {}).get("report", True))
        assert result["metadata"][name]["total"] == reports and result["metadata"][name]["correct"] == reports, name
    for name in ("format_version", "region"):  # a shaped page's gold leaves them out: not scored there
        assert result["metadata"][name]["total"] == sum("shape" not in line for line in lines)
    assert result["cells"]["all"]["accuracy"] == 1.0  # the shaped pages add no cell; headless tables read whole


def test_same_seed_same_bytes_with_any_number_of_workers(tmp_path: Path) -> None:
    for workers, name in ((1, "a"), (2, "b"), (1, "c")):
        seed = "other" if name == "c" else "shapes"
        args = ["synth", "80", "-o", str(tmp_path / name), *OPTIONS[:2], "--seed", seed, *OPTIONS[4:]]
        assert CliRunner().invoke(app, [*args, "--workers", str(workers)]).exit_code == 0
    files = {name: {p.relative_to(tmp_path / name): p.read_bytes() for p in (tmp_path / name).rglob("*") if p.is_file()}
             for name in "abc"}
    assert files["a"] == files["b"]
    assert files["a"] != files["c"]
    assert any("shape" in line for line in _manifest(tmp_path / "a"))


def test_the_shapes_registry() -> None:
    """Every named shape writes a page stating its facts, in text and in HTML alike."""
    seen = set()
    for i in range(60):
        rep = sample_report("registry", i, "txt", 0.0)
        for shape in shapes_for(rep):
            page = shape_page(rep, shape)
            seen.add(shape)
            assert page.shape == shape and page.lines and any(line.strip() for line in page.lines)
            if page.is_report:
                assert page.partial and page.status == "partial"
                # Only a page that hides its body or year states none (a spam name, a masked year).
                assert (page.agency and page.year == rep.year) or page.family == "hidden"
                if page.year is not None:
                    # a pre-2019 report's page states its own year before 2019 (the sampler's years are 2019+)
                    old = page.shape.partition(".")[2] in (*OLD_OUTLINE_KINDS, *OLD_LEAD_KINDS) and page.year < 2019
                    assert (page.year == rep.year or old) and str(page.year) in "\n".join(page.lines)
            else:
                assert page.status == "not_a_report" and page.agency is None
        assert shapes_for(rep, "html") == shapes_for(rep)  # every shape in HTML too
        assert shapes_for(rep, "docx") == ()
    assert seen == set(SHAPES)
    with pytest.raises(ValueError, match="unknown page shape"):
        shape_page(sample_report("registry", 0, "txt", 0.0), "round8.zone_kind")


def test_an_unknown_heading_loss_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["synth", "3", "-o", str(tmp_path), "--headless-kinds", "overview,middle"])
    assert result.exit_code == 2 and "unknown heading losses" in result.output
