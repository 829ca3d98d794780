"""`nianbao panel` and `nianbao query` on real records, and the panel of documents from ../shared."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.outputs.panel import write_tables
from nianbao.pipeline import extract
from nianbao.core.serialize import to_dict
from tests.conftest import SAMPLES, gold, shared

runner = CliRunner()
SQL_DENIED = """SELECT year, agency,
    sum(value) FILTER (WHERE row_id LIKE 'denied_%' AND column_id = 'total') AS denied,
    sum(value) FILTER (WHERE row_id = 'total_processed' AND column_id = 'total') AS processed
    FROM report_cells GROUP BY year, agency ORDER BY year"""


def extract_to_panel(tmp_path: Path, *files: Path) -> Path:
    records = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["extract", *map(str, files), "-o", str(records), "--no-ocr"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "run"
    result = runner.invoke(app, ["panel", str(records), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "2 reports" in result.output and (out / "nianbao.duckdb").is_file()
    return out


def gold_denied(doc: str) -> int:
    cells = gold(doc).cells
    return sum(v for k, v in cells.items() if k.startswith("t3.denied_") and k.endswith(".total"))


def test_query_answers_a_researchers_question(tmp_path: Path) -> None:
    docs = ["sample-2023-county-bureau.docx", "sample-2024-township.txt"]
    out = extract_to_panel(tmp_path, *(SAMPLES / d for d in docs))
    result = runner.invoke(app, ["query", SQL_DENIED, "--run", str(out), "--csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(int(r["year"]), r["agency"], int(r["denied"]), int(r["processed"])) for r in rows] == [
        (gold(d).metadata.year, gold(d).metadata.agency, gold_denied(d),
         gold(d).cells["t3.total_processed.total"]) for d in docs]
    drawn = runner.invoke(app, ["query", SQL_DENIED, "--run", str(out)])
    assert drawn.exit_code == 0 and gold(docs[1]).metadata.agency in drawn.output
    as_json = runner.invoke(app, ["query", "SELECT path, warnings FROM reports ORDER BY path", "--run", str(out), "--json"])
    assert [json.loads(line)["path"] for line in as_json.output.splitlines()] == sorted(str(SAMPLES / d) for d in docs)


def test_query_over_parquet_alone_gives_the_same_answer(tmp_path: Path) -> None:
    out = extract_to_panel(tmp_path, SAMPLES / "sample-2020-district-office.txt", SAMPLES / "sample-2024-township.txt")
    with_db = runner.invoke(app, ["query", SQL_DENIED, "--run", str(out), "--csv"]).output
    (out / "nianbao.duckdb").unlink()
    without = runner.invoke(app, ["query", SQL_DENIED, "--run", str(out), "--csv"])
    assert without.exit_code == 0 and without.output == with_db and "澄川市柳溪区人民政府办公室" in with_db


def test_query_without_a_run_says_so(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "SELECT 1", "--run", str(tmp_path)])
    assert result.exit_code == 2 and "no nianbao run" in result.output
    out = extract_to_panel(tmp_path, SAMPLES / "sample-2020-district-office.txt", SAMPLES / "sample-2024-township.txt")
    bad = runner.invoke(app, ["query", "SELECT nope FROM cells", "--run", str(out)])
    assert bad.exit_code == 1 and "nope" in bad.output
    readonly = runner.invoke(app, ["query", "DELETE FROM cells", "--run", str(out)])
    assert readonly.exit_code == 1 and pq.ParquetFile(out / "cells.parquet").metadata.num_rows > 0


def test_panel_of_real_reports_from_shared(tmp_path: Path) -> None:
    docs = ["corpus/pingtan__pingtan-2021.txt", "corpus/kirogov__shanghai-kewei-2024.md", "seeds/000_163e1b7d224b13dc.txt"]
    records = [to_dict(extract(shared(d))) for d in docs]
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    counts = write_tables(jsonl, tmp_path / "run")
    assert counts["cells"] == sum(len(t["cells"]) for r in records for t in r["tables"])
    cells = {(c["sha256"], c["cell_id"]): c for c in pq.read_table(tmp_path / "run" / "cells.parquet").to_pylist()}
    for record in records:
        for t in record["tables"]:
            for cell in t["cells"]:  # the panel says exactly what the record says, ambiguous cells too
                row = cells[(record["source"]["sha256"], cell["id"])]
                assert (row["kind"], row["value"], row["raw"]) == (cell.get("kind", "number"), cell.get("value"), cell.get("raw"))
                assert row["candidates"] == cell.get("candidates")
        keys = {p["key"] for p in pq.read_table(tmp_path / "run" / "paragraphs.parquet").to_pylist()
                if p["sha256"] == record["source"]["sha256"]}
        assert {p.key for p in gold(record["doc_id"]).paragraphs} <= keys
