"""The tidy panel, built from real records of the bundled samples, checked against the records and gold."""

from __future__ import annotations

import json
import random
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from nianbao.outputs.columns import TABLES, arrow_schema
from nianbao.outputs.panel import write_parquet, write_tables
from nianbao.pipeline import extract
from nianbao.core.serialize import to_dict
from nianbao.core.gold import UNSET
from tests.conftest import SAMPLES, gold, needs_cjk_font

# Text, HTML, DOCX in both table formats, and one PDF for the page column.
DOCS = ["sample-2020-district-office.txt", "sample-2022-city-government.html", "sample-2023-county-bureau.docx",
        "sample-2024-township.txt", "sample-2022-city-government-ruled.pdf"]
TEXTUAL = DOCS[:4]  # read exactly as gold says on every machine (the PDF needs a CJK font)


def write_jsonl(records: list[dict], path: Path) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [to_dict(extract(SAMPLES / name)) for name in DOCS]


@pytest.fixture(scope="module")
def run(records: list[dict], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("run")
    counts = write_tables(write_jsonl(records, out / "records.jsonl"), out, csv=True)
    assert counts["reports"] == len(DOCS)
    return out


def table(run: Path, name: str) -> list[dict]:
    return pq.read_table(run / f"{name}.parquet").to_pylist()


def by_doc(run: Path, records: list[dict]) -> dict[str, str]:
    """doc_id → sha256 as the records give it."""
    return {r["doc_id"]: r["source"]["sha256"] for r in records}


def test_row_counts_equal_the_records(run: Path, records: list[dict]) -> None:
    assert len(table(run, "reports")) == len(records)
    assert len(table(run, "cells")) == sum(len(t["cells"]) for r in records for t in r["tables"])
    assert len(table(run, "paragraphs")) == sum(len(r["paragraphs"]) for r in records)
    assert len(table(run, "figures")) == sum(len(r["figures"]) for r in records)
    assert len(table(run, "checks")) == sum(len(r["checks"]) for r in records)


def test_every_gold_cell_value_is_in_the_cells_table(run: Path, records: list[dict]) -> None:
    sha = by_doc(run, records)
    cells = {(c["sha256"], c["cell_id"]): c for c in table(run, "cells")}
    compared = 0
    for doc in TEXTUAL:
        for cid, want in gold(doc).cells.items():
            got = cells[(sha[doc], cid)]
            if isinstance(want, (int, float)):
                assert got["value"] == want and got["kind"] == "number", (doc, cid)
            else:
                assert got["kind"] == want.kind, (doc, cid)
                assert got["value"] == (None if want.value is UNSET else want.value), (doc, cid)  # null for blank, dash, 无
            compared += 1
    assert compared > 600


def test_rows_and_columns_come_from_the_codebook(run: Path) -> None:
    con = duckdb.connect(str(run / "nianbao.duckdb"), read_only=True)
    unmatched = con.execute("""SELECT count(*) FROM cells c WHERE NOT EXISTS (SELECT 1 FROM codebook k WHERE k.kind = 'cell'
        AND k.id = c.cell_id AND k.table_id = c.table_id AND k.row_id = c.row_id AND k.column_id = c.column_id)""").fetchone()
    assert unmatched == (0,)
    tables = {t for (t,) in con.execute("SELECT DISTINCT table_id FROM cells").fetchall()}
    assert tables == {"t2", "t2_2019", "t3", "t4"}  # the 2020 sample is in the 2019 trial format


def test_duckdb_join_gives_the_agencys_number(run: Path) -> None:
    con = duckdb.connect(str(run / "nianbao.duckdb"), read_only=True)
    for doc in TEXTUAL:
        g = gold(doc)
        got = con.execute("""SELECT c.value FROM reports r JOIN cells c USING (sha256)
                             WHERE r.agency = ? AND r.year = ? AND c.cell_id = 't3.new_received.total'
                             AND r.reader <> 'pdf'""",  # the ruled PDF is the HTML sample's report again
                          [g.metadata.agency, g.metadata.year]).fetchall()
        assert got == [(float(g.cells["t3.new_received.total"]),)], doc
    # The view answers the same question without the join.
    assert con.execute("SELECT count(*) FROM report_cells").fetchone() == con.execute("SELECT count(*) FROM cells").fetchone()


def test_reports_carry_metadata_and_problems(run: Path, records: list[dict]) -> None:
    rows = {r["doc_id"]: r for r in table(run, "reports")}
    for record in records:
        row = rows[record["doc_id"]]
        assert row["agency"] == record["metadata"]["agency"] and row["year"] == record["metadata"]["year"]
        assert row["contact_phone"] == record["metadata"]["contact"]["phone"]
        assert row["n_checks_failed"] == sum(c["status"] == "fail" for c in record["checks"])
        assert row["warnings"] == [w["code"] for w in record["warnings"]]
        assert row["path"] == record["source"]["path"] and row["duplicate_of"] is None
    assert [r["path"] for r in table(run, "reports")] == sorted(r["source"]["path"] for r in records)


def test_paragraph_keys_are_the_golds_and_scores_the_taggers(run: Path, records: list[dict]) -> None:
    sha = by_doc(run, records)
    paragraphs = table(run, "paragraphs")
    for doc in TEXTUAL:
        keys = {p["key"] for p in paragraphs if p["sha256"] == sha[doc]}
        assert {p.key for p in gold(doc).paragraphs} <= keys, doc
    record = records[DOCS.index("sample-2024-township.txt")]
    row = next(p for p in paragraphs if p["sha256"] == record["source"]["sha256"] and p["index"] == 3)
    source = record["paragraphs"][3]
    assert row["labels"] == source["labels"] and row["path"] == source["path"]
    # scores below the floor read as null, the same from full and compact records
    assert {k: row[f"score_{k}"] for k in source["scores"]} == {k: v if v >= 0.05 else None for k, v in source["scores"].items()}


def test_figures_point_to_their_paragraph_as_gold_does(run: Path, records: list[dict]) -> None:
    sha = by_doc(run, records)
    figures = table(run, "figures")
    matched = 0
    for doc in TEXTUAL:
        mine = [f for f in figures if f["sha256"] == sha[doc]]
        for want in gold(doc).figures:
            hits = [f for f in mine if f["id"] == want.id and f["value"] == want.value
                    and f["qualifier"] == want.qualifier and f["paragraph_key"] == want.paragraph_key]
            matched += bool(hits)
    assert matched >= 0.9 * sum(len(gold(d).figures) for d in TEXTUAL)
    con = duckdb.connect(str(run / "nianbao.duckdb"), read_only=True)
    wrong = con.execute("""SELECT count(*) FROM figures f JOIN paragraphs p ON p.sha256 = f.sha256
                           AND p.index = f.paragraph WHERE p.key <> f.paragraph_key""").fetchone()
    assert wrong == (0,)


def test_checks_keep_their_cells_and_evidence(run: Path, records: list[dict]) -> None:
    record = records[DOCS.index("sample-2022-city-government.html")]
    failed = [c for c in table(run, "checks") if c["sha256"] == record["source"]["sha256"] and c["status"] == "fail"]
    want = [c for c in record["checks"] if c["status"] == "fail"]
    assert failed and [(c["key"], c["cells"], c["lhs"], c["rhs"]) for c in failed] == [
        (f"{c['rule']}:{c['scope']}", c["cells"], c["lhs"], c["rhs"]) for c in want]


def test_pdf_cells_say_their_page(run: Path, records: list[dict]) -> None:
    needs_cjk_font()
    sha = by_doc(run, records)["sample-2022-city-government-ruled.pdf"]
    numbers = [c for c in table(run, "cells") if c["sha256"] == sha and c["kind"] == "number"]
    assert numbers and all(isinstance(c["page"], int) and c["page"] >= 1 for c in numbers)


def test_any_record_order_gives_identical_files(records: list[dict], tmp_path: Path) -> None:
    shuffled = records[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled != records
    one = tmp_path / "one"
    two = tmp_path / "two"
    write_parquet(write_jsonl(records, tmp_path / "a.jsonl"), one)
    write_parquet(write_jsonl(shuffled, tmp_path / "b.jsonl"), two)
    for name in TABLES:
        assert (one / f"{name}.parquet").read_bytes() == (two / f"{name}.parquet").read_bytes(), name


def test_a_copy_of_a_file_shares_its_rows(records: list[dict], tmp_path: Path) -> None:
    copy = json.loads(json.dumps(records[0]))
    copy["source"]["path"] = "zz/elsewhere/" + copy["doc_id"]
    counts = write_parquet(write_jsonl([copy] + records, tmp_path / "r.jsonl"), tmp_path)
    assert counts["reports"] == len(records) + 1
    assert counts["cells"] == sum(len(t["cells"]) for r in records for t in r["tables"])  # not counted twice
    reports = {r["path"]: r for r in table(tmp_path, "reports")}
    assert reports[copy["source"]["path"]]["duplicate_of"] == records[0]["source"]["path"]


def test_an_empty_run_writes_typed_empty_tables(tmp_path: Path) -> None:
    counts = write_tables(write_jsonl([], tmp_path / "records.jsonl"), tmp_path / "run", csv=True)
    assert {name: n for name, n in counts.items() if name != "codebook"} == dict.fromkeys(
        ["reports", "cells", "paragraphs", "figures", "checks", "statements", "proposals"], 0)
    for name in TABLES:
        written = pq.read_table(tmp_path / "run" / f"{name}.parquet")
        assert written.schema.equals(arrow_schema(name)), name
    con = duckdb.connect(str(tmp_path / "run" / "nianbao.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM cells").fetchone() == (0,)
    assert dict(con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'cells'").fetchall())[
        "value"] == "DOUBLE"
    assert counts["codebook"] > 400


def test_a_record_cut_short_by_a_kill_is_skipped_but_a_bad_line_is_an_error(records: list[dict], tmp_path: Path) -> None:
    jsonl = write_jsonl(records[:2], tmp_path / "records.jsonl")
    with jsonl.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(records[2], ensure_ascii=False)[:500])  # the last write never finished
    assert write_parquet(jsonl, tmp_path / "run")["reports"] == 2
    good = jsonl.read_text(encoding="utf-8")
    jsonl.write_text("{not json\n" + good, encoding="utf-8")
    with pytest.raises(ValueError, match="records.jsonl:1"):
        write_parquet(jsonl, tmp_path / "run")
    broken_tail = json.dumps(records[3], ensure_ascii=False)[:-40]  # whole head, cut-off tail, mid-file
    jsonl.write_text(broken_tail + "\n" + good, encoding="utf-8")
    with pytest.raises(ValueError, match="records.jsonl:1"):
        write_parquet(jsonl, tmp_path / "run")
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == sorted(f"{n}.parquet" for n in TABLES)


def test_csv_has_a_bom_and_reads_back_with_pandas(run: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas is in the test extra")
    raw = (run / "csv" / "reports.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    for name in TABLES:
        frame = pd.read_csv(run / "csv" / f"{name}.csv", encoding="utf-8-sig")
        assert list(frame.columns) == [c[0] for c in TABLES[name]]
        assert len(frame) == pq.ParquetFile(run / f"{name}.parquet").metadata.num_rows, name
    reports = pd.read_csv(run / "csv" / "reports.csv", encoding="utf-8-sig")
    assert "石桥镇人民政府" in set(reports["agency"])
    paragraphs = pd.read_csv(run / "csv" / "paragraphs.csv", encoding="utf-8-sig")
    assert all(isinstance(json.loads(v), list) for v in paragraphs["labels"])  # lists as JSON arrays


def test_rows_have_exactly_the_documented_columns(records: list[dict]) -> None:
    from nianbao.core.record import Record
    from nianbao.core.serialize import from_dict
    from nianbao.outputs.tidy import CONTENT_TABLES, codebook_rows, report_row

    record = from_dict(Record, records[0])
    assert list(report_row(record)) == [c[0] for c in TABLES["reports"]]
    for name, columns in CONTENT_TABLES.items():
        assert list(columns(record)) == [c[0] for c in TABLES[name]], name
    assert list(next(codebook_rows())) == [c[0] for c in TABLES["codebook"]]


def test_cells_are_read_in_the_order_of_the_cell_type() -> None:
    from nianbao.core.record import Cell
    from nianbao.outputs.tidy import CELL_FIELDS

    assert Cell.__struct_fields__ == CELL_FIELDS  # cell_columns unpacks msgspec's astuple in this order


def test_a_compact_cells_raw_text_is_rebuilt_from_its_value() -> None:
    from nianbao.core.compact import value_text
    from nianbao.core.record import Cell, CellKind, Record, SourceFile, Status, Table
    from nianbao.outputs.tidy import cell_columns

    numbers = [3, 0, 2.5, 1e20, 1e-7, 12345678901234567890]
    cells = [Cell(f"t3.x{i}", value=v) for i, v in enumerate(numbers)]
    cells += [Cell("t3.b", CellKind.BLANK), Cell("t3.d", CellKind.DASH, raw="—"), Cell("t3.n", value=None),
              Cell("t3.t", CellKind.TEXT), Cell("t3.r", value=7, raw="７")]
    record = Record("r.txt", SourceFile("r.txt", sha256="0" * 64), Status.OK,
                    tables=[Table("t3", "2021", True, cells, extractor="grid")])
    assert cell_columns(record)["raw"] == [value_text(v) for v in numbers] + ["", "—", None, None, "７"]


def test_readme_documents_every_column() -> None:
    from nianbao.outputs.columns import markdown

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown() in readme  # regenerate the README's column list from nianbao/columns.py


def test_the_panel_is_the_same_built_by_one_process_or_several_from_full_or_compact_records(
        records: list[dict], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from nianbao.core.compact import compact
    from nianbao.core.record import Record
    from nianbao.core.serialize import from_dict
    from nianbao.outputs import chunks

    copies = []
    for n in range(3):  # distinct files (path and content hash), so every copy writes its content rows
        for r in records:
            copy = json.loads(json.dumps(r))
            copy["source"]["path"] += f".{n}"
            copy["source"]["sha256"] = f"{n}{copy['source']['sha256'][1:]}"
            copies.append(copy)
    compacted = [to_dict(compact(from_dict(Record, r))) for r in copies]
    assert json.dumps(compacted) != json.dumps(copies)
    # Many small chunks, so that this process and a worker process (and three) really share the work.
    monkeypatch.setattr(chunks, "CHUNK", 1)
    monkeypatch.setattr(chunks, "MIN_CHUNKS_TO_SPREAD", 2)
    monkeypatch.setattr(chunks, "MIN_BYTES_TO_START_EARLY", 0)  # and the helpers' server started before indexing
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(chunks, "SPILL", str(spill))
    runs = {}
    for form, lines in (("full", copies), ("compact", compacted)):
        jsonl = write_jsonl(lines, tmp_path / f"{form}.jsonl")
        for workers in (1, 2, 4):
            runs[form, workers] = write_parquet(jsonl, tmp_path / f"{form}{workers}", workers=workers)
        # Without the shared-memory folder the helpers send their tables back pickled.
        monkeypatch.setattr(chunks, "SPILL", str(tmp_path / "missing"))
        runs[form, "pickled"] = write_parquet(jsonl, tmp_path / f"{form}pickled", workers=2)
        monkeypatch.setattr(chunks, "SPILL", str(spill))
    assert len(set(map(str, runs.values()))) == 1 and runs["full", 1]["cells"] > 2500
    for name in TABLES:
        want = (tmp_path / "full1" / f"{name}.parquet").read_bytes()
        for form, workers in runs:
            assert (tmp_path / f"{form}{workers}" / f"{name}.parquet").read_bytes() == want, (name, form, workers)
    assert not list(spill.iterdir())  # every helper's file read and removed


def test_a_bad_record_stops_a_spread_run_and_leaves_no_files(records: list[dict], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from nianbao.outputs import chunks

    monkeypatch.setattr(chunks, "CHUNK", 1)
    monkeypatch.setattr(chunks, "MIN_CHUNKS_TO_SPREAD", 2)
    spill = tmp_path / "spill"
    spill.mkdir()
    monkeypatch.setattr(chunks, "SPILL", str(spill))
    lines = [json.dumps(r, ensure_ascii=False) for r in records * 3]
    lines[7] = lines[7][:-40]  # a whole head, so it is indexed; a cut-off tail, so building its rows fails
    jsonl = tmp_path / "records.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="records.jsonl:8"):
        write_parquet(jsonl, tmp_path / "run", workers=2)
    assert not list(spill.iterdir())
    assert sorted(p.name for p in (tmp_path / "run").iterdir()) == []
