from __future__ import annotations

import re

import pytest

from nianbao.core import codebook
from tests.conftest import shared


def test_cell_counts_match_the_format() -> None:
    assert [len(codebook.table_spec(t, "2021").cell_ids()) for t in ("t2", "t3", "t4")] == [10, 175, 15]
    assert [len(codebook.table_spec(t, "2019").cell_ids()) for t in ("t2", "t3", "t4")] == [22, 161, 15]


def test_ids_are_the_specs() -> None:
    spec = shared("spec/canonical-ids.md").read_text(encoding="utf-8")
    t3_rows = re.findall(r"^\| (\w+) \| [（一二四]", spec, re.M)
    assert [r.id for r in codebook.T3_2021.rows] == [r for r in t3_rows if r != "row"]
    t2_rows = re.findall(r"^\| (\w+) \| [^|]+ \| (?:issued|decisions|amount)", spec, re.M)
    assert [r.id for r in codebook.T2_2021.rows] == t2_rows
    labels = re.findall(r"^\| (\w+) \| [^|]+ \|[^|]*\|$", spec.split("## Paragraph labels")[1].split("##")[0], re.M)
    assert [c.id for c in codebook.PARAGRAPH_LABELS] == [x for x in labels if x != "id"]
    figures = re.findall(r"^\| (\w+\.\w+) \|", spec, re.M)
    assert [c.id for c in codebook.FIGURES_SPEC] == figures
    assert [c.id for c in codebook.FIGURES[: len(figures)]] == figures  # the spec's ids first, more after


def test_figure_ids_are_checked_against_the_codebook() -> None:
    assert codebook.figure("requests.received") == "requests.received"
    assert "proactive.items_by_channel.wechat" in codebook.FIGURE_IDS
    with pytest.raises(KeyError):
        codebook.figure("requests.recieved")


def test_export_round_trips_every_code() -> None:
    rows = list(codebook.rows())
    assert len({(r["kind"], r["format"], r["id"]) for r in rows}) == len(rows)
    assert sum(r["kind"] == "cell" for r in rows) == 200 + 198
