"""Synthetic portal pages at volume: nianbao reads the true agency and year off every page, whatever
its chrome, metadata block, title (late, missing, wrapped, a variant name) or script; and what a
portal publishes beside the reports (图解, a half-year bulletin, a 绩效自评) is rejected with evidence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.core.config import ExtractConfig
from nianbao.core.record import Status
from nianbao.pipeline import extract
from nianbao.synth.corpus import generate
from nianbao.synth.cut_pages import cut_page, lead_cut_page
from nianbao.synth.hidden_body import HIDDEN_BODY_KINDS, hidden_body_page
from nianbao.synth.portal import (CHROME, META_STYLES, NOT_REPORT_KINDS, TITLE_PLACES, UNTITLED_SOURCES, VARIANT_SOURCES,
                                  sample_page)
from nianbao.synth.render_html import render_not_report_html
from nianbao.synth.render_text import render_not_report_text
from nianbao.synth.sample import sample_report
from nianbao.synth.wild_pages import WILD_KINDS, wild_kinds, wild_page

N = 200


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[dict, dict, object, object]]:
    """(manifest line, gold, page, record) of N synthetic reports in txt and HTML."""
    root = tmp_path_factory.mktemp("portal")
    generate(root, N, ("txt", "html"), seed="portal", break_rate=0.0)
    out = []
    for line in map(json.loads, (root / "manifest.jsonl").read_text(encoding="utf-8").splitlines()):
        seed, index = line["seed"].rsplit(":", 1)
        page = sample_page(sample_report(seed, int(index), line["format"], 0.0))
        gold = json.loads((root / line["gold"]).read_text(encoding="utf-8"))
        out.append((line, gold, page, extract(root / line["file"], ExtractConfig(tag=False))))
    return out


def test_every_pattern_is_drawn(pages) -> None:
    seen = set().union(*(page.patterns for _, _, page, _ in pages))
    wanted = ({f"chrome:{c}" for c in CHROME} | {f"meta:{m}" for m in META_STYLES} | {f"title:{t}" for t in TITLE_PLACES}
              | {f"stated:{s}" for s in UNTITLED_SOURCES + VARIANT_SOURCES}
              | {"title:wrapped", "title:wrapped_after_year", "contact:office", "script:traditional", "chrome:clock"})
    assert wanted <= seen, wanted - seen
    assert {line["format"] for line, *_ in pages} == {"txt", "html"}
    titles = {"".join(page.title) for _, _, page, _ in pages if page.title}
    for name in ("信息公开年度报告", "政府信息公开工作报告", "政务公开工作年度报告", "年报", "年度）"):
        assert any(name in t for t in titles), name
    assert any(t.count(str(y)) == 2 for t in titles for y in range(2019, 2026))  # the year twice


def test_agency_year_and_detection_on_every_page(pages) -> None:
    misses = []
    for line, gold, page, record in pages:
        m = record.metadata
        want = (gold["metadata"]["agency"], gold["metadata"]["year"], gold["status"] == "ok")
        got = (m.agency, m.year, record.status is not Status.NOT_A_REPORT)
        if got != want:
            misses.append((line["file"], sorted(page.patterns), got, want))
        assert m.report_evidence
    assert not misses, misses
    traditional = [r for _, _, page, r in pages if page.traditional]
    assert traditional and all(r.metadata.script == "traditional" for r in traditional)


def test_where_the_agency_was_read(pages) -> None:
    """The agency comes from the title where the page has one, else from where the page states it."""
    expected = {"announce": "preamble", "to_public": "preamble", "compiled": "preamble", "signature": "preamble",
                "metadata": "preamble", "contact": "contact", "narrative": "body", "government_desk": "contact",
                "party_subject": "body"}
    for line, _, page, record in pages:
        source = record.metadata.sources.get("agency")
        if page.title and line["format"] == "html" and "报告" not in "".join(page.title):
            # nianbao's HTML reader keeps a heading above the article only when it says 报告 ('…年报'
            # is left out): the page's <title> or its preamble tells the agency then
            assert source in ("title", "html", "preamble"), (line["file"], source)
        elif page.title:
            assert source == "title", (line["file"], source)
        else:  # the prose's own preamble says who compiled the report, except on a contact-only page
            assert source == expected[page.stated_by], (line["file"], page.stated_by, source)


@pytest.mark.parametrize("what", NOT_REPORT_KINDS)
def test_what_a_portal_publishes_beside_the_reports_is_rejected(tmp_path: Path, what: str) -> None:
    for i in range(12):
        kind = ("txt", "html")[i % 2]
        rep = sample_report("beside", i, kind, 0.0)
        data = render_not_report_text(rep, what) if kind == "txt" else render_not_report_html(rep, what)
        path = tmp_path / f"{what}-{i}.{kind}"
        path.write_bytes(data)
        record = extract(path, ExtractConfig(tag=False))
        assert record.status is Status.NOT_A_REPORT, (path.name, record.metadata.report_evidence)
        assert record.metadata.report_evidence and "something else" in record.metadata.report_evidence[0], (
            path.name, record.metadata.report_evidence)


def test_a_page_cut_after_the_first_items_is_a_partial_report(tmp_path: Path) -> None:
    """Untitled pages cut after the overview's first one or two items, with or without the preamble's
    stock sentence: each a report whose status is partial, the evidence saying it is cut, the agency and
    year read off its opening sentence."""
    misses = []
    for i in range(60):
        rep = sample_report("cut", i, "txt", 0.0)
        path = tmp_path / f"cut-{i}.txt"
        path.write_text("\n".join(cut_page(rep)) + "\n", encoding="utf-8")
        record = extract(path, ExtractConfig(tag=False))
        got = (record.status, record.metadata.agency, record.metadata.year,
               any("cut after" in e for e in record.metadata.report_evidence))
        if got != (Status.PARTIAL, rep.agency.name, rep.year, True):
            misses.append((path.name, got, rep.agency.name, rep.year))
    assert not misses, misses


def test_a_lead_paragraph_page_cut_after_its_points_is_a_partial_report(tmp_path: Path) -> None:
    """Untitled pages opening on a lead paragraph on the year's disclosure work, then 一、总体情况 and
    points written 一是/二是 (some in traditional characters): reports whose status is partial, the
    agency and year read off the lead paragraph."""
    misses, scripts = [], set()
    for i in range(60):
        rep = sample_report("lead-cut", i, "txt", 0.0)
        lines, trad = lead_cut_page(rep)
        scripts.add(trad)
        path = tmp_path / f"lead-{i}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        record = extract(path, ExtractConfig(tag=False))
        got = (record.status, record.metadata.agency, record.metadata.year,
               any("cut after" in e for e in record.metadata.report_evidence))
        if got != (Status.PARTIAL, rep.agency.name, rep.year, True):
            misses.append((path.name, got, rep.agency.name, rep.year))
    assert scripts == {True, False}
    assert not misses, misses


def test_page_shapes_of_later_rounds(tmp_path: Path) -> None:
    """Each of ``WILD_KINDS`` at volume: a banner naming the body a preamble calls by a generic place, the
    year inside the report's name, a township naming itself only in its requests sentence; and round 7's
    classes — a preamble naming the body's year of disclosure work, a disclosure leading group's office as
    the desk, titles with 关于 or no year, a metadata key above its value, the body's work as the overview's
    subject — nianbao reads the true agency and year and takes each page for a report."""
    misses, seen = [], {k: 0 for k in WILD_KINDS}
    for i in range(150):
        rep = sample_report("wild", i, "txt", 0.0)
        for kind in wild_kinds(rep):
            seen[kind] += 1
            path = tmp_path / f"wild-{i}-{kind}.txt"
            path.write_text("\n".join(wild_page(rep, kind)) + "\n", encoding="utf-8")
            record = extract(path, ExtractConfig(tag=False))
            got = (record.metadata.agency, record.metadata.year, record.status is not Status.NOT_A_REPORT)
            if got != (rep.agency.name, rep.year, True):
                misses.append((path.name, got, rep.agency.name, rep.year))
    assert all(n >= 10 for n in seen.values()), seen
    assert not misses, misses


def test_pages_stating_their_body_where_a_reader_must_look(tmp_path: Path) -> None:
    """Each of ``HIDDEN_BODY_KINDS`` (first met in round 8) at volume — the title only in a metadata row keyed
    at its line's start, a development zone saying only 开发区 but in its 标题 row, 本单位's address as the body's
    office, a national
    body's division at the desk, a 社区, a title with a bracketed second name, last year's report cited,
    a pinyin-glossed traditional mirror calling itself 本年报, a period missing its 年; and a later round's (a bare year
    before the title, a desk's 信息公开办公室, an office that compiled 《…报告》, a 气象部门 title, a zone's kind
    with the zone named at the desk, the body's name under a bare report name, a casino's name for the body's, a
    mirror masking its year, a 作者 field; heldout15's: a 调查队 after the year, 编制YEAR年度报告, a page opening on
    总体情况 with the year's figures, 汇报我镇YEAR年…工作, an institute named in full only in its rules' title): nianbao reads the body and year the page states (none where it
    states none) and takes each page for a (partial) report."""
    misses, seen = [], {k: 0 for k in HIDDEN_BODY_KINDS}
    for i in range(40):
        rep = sample_report("round8", i, "txt", 0.0)
        for kind in HIDDEN_BODY_KINDS:
            lines, agency, year = hidden_body_page(rep, kind)
            seen[kind] += 1
            path = tmp_path / f"r8-{i}-{kind}.txt"
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            record = extract(path, ExtractConfig(tag=False))
            got = (record.metadata.agency, record.metadata.year, record.status)
            if got != (agency, year, Status.PARTIAL):
                misses.append((path.name, got, agency, year))
    assert all(n >= 40 for n in seen.values()), seen
    assert not misses, misses
