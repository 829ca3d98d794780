"""Year-over-year reuse: copied sentences (numbers changed) count as reused, new ones do not, per section;
the 平潭 reports are one agency's consecutive years; the panel and nianbao crossyear carry it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.analysis.reuse import pair_reuse, text_reuse, top_reusers
from nianbao.analysis.statements import corpus_statements
from tests.conftest import shared

KEPT = ["本报告根据《中华人民共和国政府信息公开条例》要求编制，统计期限自2022年1月1日起至2022年12月31日止",
        "全年主动公开政府信息1654条，其中规范性文件77件",
        "进一步规范信息发布审核流程，严格落实三审三校制度"]
NEW = ["开设台湾地区标准题录数据库等特色专题专栏",
       "组织各片区、区直单位围绕热点民生主题录制在线访谈栏目"]


def _record(year: int, overview: list[str], problems: list[str], agency: str = "某某县人民政府") -> dict:
    return {"doc_id": f"{agency}{year}", "status": "ok", "source": {"path": f"{year}.txt", "sha256": f"h{year}"},
            "metadata": {"agency": agency, "year": year}, "sections": ["overview", "problems"],
            "paragraphs": [{"index": 0, "section": "overview", "path": [], "text": "。".join(overview) + "。"},
                           {"index": 1, "section": "problems", "path": [], "text": "。".join(problems) + "。"}]}


def test_copied_sentences_count_with_their_numbers_changed() -> None:
    before = _record(2022, KEPT, ["政策解读形式较为单一，图解和音视频解读偏少"])
    after_overview = [s.replace("2022", "2023").replace("1654", "1721") for s in KEPT] + NEW
    after = _record(2023, after_overview, ["政策解读形式较为单一，图解及音视频解读偏少"])
    rows = {r.section: r for r in pair_reuse("某某县·人民政府", before, after)}
    assert (rows["overview"].sentences, rows["overview"].reused_sentences) == (5, 3)
    assert rows["problems"].share == 1.0  # one character changed: a near duplicate
    assert rows["all"].reused_sentences == 4 and 0 < rows["all"].share < 1


def test_only_consecutive_years_of_one_agency_are_compared() -> None:
    records = [_record(2020, KEPT, NEW), _record(2022, KEPT, NEW), _record(2023, KEPT, NEW),
               _record(2023, KEPT, NEW, agency="另一县人民政府")]
    rows = text_reuse(records)
    assert {(r.previous_year, r.year) for r in rows} == {(2022, 2023)}
    assert top_reusers(rows)[0][1] == 1.0


@pytest.mark.shared
def test_pingtan_consecutive_years(tmp_path: Path) -> None:
    from nianbao.core.config import ExtractConfig
    from nianbao.pipeline import extract

    records = [extract(shared(f"corpus/pingtan__pingtan-{y}.txt"), ExtractConfig(tag=False)) for y in (2017, 2018, 2019)]
    rows = text_reuse(records)
    pairs = {(r.previous_year, r.year) for r in rows}
    assert pairs == {(2017, 2018), (2018, 2019)}
    assert all(r.agency.startswith("平潭综合实验区") for r in rows)
    assert all(0 <= r.share <= 1 for r in rows)


def test_panel_and_crossyear_carry_reuse(tmp_path: Path) -> None:
    import duckdb
    from typer.testing import CliRunner

    from nianbao.cli.app import app

    after = _record(2023, [s.replace("2022", "2023") for s in KEPT] + NEW, ["政策解读形式较为单一"])
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (_record(2022, KEPT, NEW), after)) + "\n",
                       encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["panel", str(records), "-o", str(tmp_path / "run")]).exit_code == 0
    con = duckdb.connect(str(tmp_path / "run" / "nianbao.duckdb"), read_only=True)
    (share,) = con.execute("SELECT share FROM reuse WHERE section = 'all'").fetchone()
    assert 0.3 < share < 1
    result = runner.invoke(app, ["crossyear", str(records), "--json", str(tmp_path / "cy.json")])
    assert result.exit_code == 0, result.output
    assert "reuses most" in result.output
    assert {r["section"] for r in json.loads((tmp_path / "cy.json").read_text())["reuse"]} == {"overview", "problems", "all"}


def test_statements_of_records() -> None:
    record = _record(2022, KEPT, NEW)
    record["paragraphs"][1]["labels"] = ["problems"]
    statements = corpus_statements([record])
    assert [s.text for s in statements] == NEW and {s.year for s in statements} == {2022}
