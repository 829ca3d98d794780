"""The sampler: planted breaks at the asked rate, numbers that obey the format, text of our own."""

from __future__ import annotations

import re

from nianbao.core.relations import relations
from nianbao.batch.inputs import discover
from nianbao.core.codebook import all_cell_ids
from nianbao.synth.gold import gold_record
from nianbao.synth.model import banks
from nianbao.synth.prose import usable_sentences
from nianbao.synth.portal import sample_page, traditional
from nianbao.synth.render_text import render_text
from nianbao.synth.sample import sample_report
from tests.conftest import shared


def test_breaks_come_at_the_asked_rate_and_only_where_planted() -> None:
    reports = [sample_report("rate", i, "txt", 0.25) for i in range(400)]
    planted = [r for r in reports if r.planted]
    assert 70 <= len(planted) <= 130  # 100 expected; 3.5 standard deviations either side
    for rep in reports:
        breaks = gold_record(rep)["identity_breaks"]
        assert bool(breaks) == bool(rep.planted), (rep.doc_id, rep.planted)
        if not rep.planted:
            assert all(rel.holds(rep.values) for rel in relations(rep.fmt))


def test_every_cell_of_the_format_is_in_the_gold_and_the_formats_follow_the_years() -> None:
    for i in range(60):
        rep = sample_report("cells", i, "html", 0.0)
        assert list(rep.gold_cells) == all_cell_ids(rep.fmt) or set(rep.gold_cells) == set(all_cell_ids(rep.fmt))
        assert rep.fmt == ("2019" if rep.year <= 2020 else "2021")
    years = {sample_report("cells", i, "txt", 0.0).year for i in range(60)}
    levels = {sample_report("cells", i, "txt", 0.0).agency.level for i in range(60)}
    assert years == set(range(2019, 2026)) and levels == {"provincial", "prefectural", "county", "township"}


def test_text_reports_never_print_a_blank_cell() -> None:
    for i in range(100):
        rep = sample_report("blank", i, "txt", 0.0)
        assert all(text for text in rep.printed.values())
        page = sample_page(rep)
        text = render_text(rep).decode("utf-8")
        if page.title:  # on its portal page: the title where the page puts it, in the page's script
            lines = [traditional(t) if page.traditional else t for t in page.title]
            assert "\n".join(lines) in text


def test_paragraph_sentences_state_no_figure() -> None:
    for label, sentences in usable_sentences().items():
        assert sentences or label in banks()["figures"], label  # those paragraphs state a figure of ours
        assert not any(re.search(r"\d|未收取|没有收取|未收到", s) for s in sentences), label


# Shared vocabulary, not any report's prose: titles in 《》, document numbers, the official section titles,
# the report's own name.
_SET = re.compile(r"《[^》]*》|（?国办公开办函〔\d+〕\d+号）?(?:文件)?|\{\w+\}|"
                  r"年?度?(?:政府信息公开|政务公开)(?:工作)?(?:年度)?报告")


def test_no_bank_text_is_copied_from_a_real_report() -> None:
    reports = "".join(re.sub(r"\s+", "", p.read_text(encoding="utf-8", errors="ignore"))
                      for p in discover([shared("seeds"), shared("corpus")]) if p.suffix in (".txt", ".md", ".html"))
    b = banks()
    templates = b["preamble"] + b["period"] + b["contact"] + [f["text"] for fs in b["figures"].values() for f in fs]
    portal = b["portal"]  # the portal pages' own sentences too
    templates += [t for ts in portal["leads"].values() for t in ts] + portal["contact_sentence"]
    templates += [t for kind in portal["not_reports"].values() for t in kind["body"]]
    for template in templates:
        for piece in _SET.split(template):
            for i in range(max(0, len(piece) - 13)):
                assert piece[i:i + 14] not in reports, f"{piece[i:i + 14]!r} is a report's wording"
