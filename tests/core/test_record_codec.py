"""The msgspec record: schema-1 records still load, every record validates against the published
schema, and compact records are small yet build the same tidy panel as full ones."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.core.compact import compact, expand
from nianbao.core.record import SCHEMA_VERSION, CellKind, CheckStatus, Record, Status
from nianbao.core.serialize import dumps, loads, read_jsonl, record_head, record_schema, to_dict, write_jsonl
from nianbao.outputs.columns import TABLES
from nianbao.outputs.panel import write_parquet
from nianbao.pipeline import extract
from tests.conftest import SAMPLES, needs_cjk_font

# A record written by nianbao's schema-1 serializer (json.dumps of the dataclasses) from the township sample.
OLD = Path(__file__).resolve().parents[1] / "data" / "record-schema1.jsonl"
DOCS = ["sample-2020-district-office.txt", "sample-2022-city-government.html", "sample-2023-county-bureau.docx",
        "sample-2024-township.txt", "sample-2022-city-government-ruled.pdf"]


@pytest.fixture(scope="module")
def records() -> list[Record]:
    needs_cjk_font()
    return [extract(SAMPLES / name) for name in DOCS]


def test_a_schema_1_record_loads_with_its_fields() -> None:
    line = OLD.read_bytes()
    raw = json.loads(line)
    (record,) = list(read_jsonl(OLD))
    assert raw["schema_version"] == record.schema_version == "1" != SCHEMA_VERSION
    assert record.doc_id == "sample-2024-township.txt" and record.status is Status.OK
    assert record.metadata.year == raw["metadata"]["year"] == 2024
    assert record.metadata.contact.phone == raw["metadata"]["contact"]["phone"]
    cell = record.cell("t3.new_received.total")
    want = next(c for t in raw["tables"] for c in t["cells"] if c["id"] == "t3.new_received.total")
    assert cell is not None and cell.kind is CellKind(want["kind"]) and cell.value == want["value"]
    assert cell.source is not None and cell.source.snippet == want["source"]["snippet"]
    assert [c.key for c in record.checks] == [f"{c['rule']}:{c['scope']}" for c in raw["checks"]]
    assert [p.text for p in record.paragraphs] == [p["text"] for p in raw["paragraphs"]]
    assert [f.value for f in record.figures] == [f["value"] for f in raw["figures"]]
    assert record_head(line)[:2] == (raw["doc_id"], raw["source"])
    # and it writes back as schema 2 that reads the same
    assert loads(dumps(record)) == record


def test_unknown_keys_are_ignored_on_load() -> None:
    data = json.loads(OLD.read_bytes())
    data["from_the_future"] = {"x": 1}
    data["tables"][0]["cells"][0]["shape"] = "round"
    assert loads(json.dumps(data, ensure_ascii=False)) == loads(OLD.read_bytes())


def test_lines_keep_the_head_record_head_reads(records: list[Record]) -> None:
    for record in records:
        for form in (record, compact(record)):
            line = dumps(form)
            assert line.startswith('{"doc_id": ') and ', "source": ' in line and ', "status": ' in line
            assert record_head(line.encode() + b"\n") == (record.doc_id, to_dict(record.source), record.status.value)


def test_every_record_validates_against_the_published_schema(records: list[Record]) -> None:
    schema = record_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for record in records:
        validator.validate(json.loads(dumps(record)))
        validator.validate(json.loads(dumps(compact(record))))
    validator.validate(json.loads(OLD.read_bytes()))
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**json.loads(OLD.read_bytes()), "status": "fine"})


def test_the_schema_command_prints_it() -> None:
    for args in (["schema"], ["schema", "--compact"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == record_schema()


def test_compact_keeps_what_a_study_needs_and_is_small(records: list[Record]) -> None:
    for record in records:
        small = loads(dumps(compact(record)))
        assert len(dumps(small).encode()) < len(dumps(record).encode()) / 2  # the samples break many checks on purpose
        for full_table, table in zip(record.tables, small.tables):
            assert [(c.id, c.kind, c.value, c.unit, c.note, c.candidates) for c in full_table.cells] == \
                   [(c.id, c.kind, c.value, c.unit, c.note, c.candidates) for c in table.cells]
        failed = [c for c in record.checks if c.status is not CheckStatus.PASS]
        assert [c for c in small.checks if c.status is not CheckStatus.PASS] == failed
        # passed H1–H4 checks are left out (rebuilt in the relations' order); every other check stays, in order
        kept = {c.key for c in small.checks}
        assert [c.key for c in small.checks] == [c.key for c in record.checks if c.key in kept]
        assert all(c.status is CheckStatus.PASS and c.rule in ('H1', 'H2', 'H3', 'H4')
                   for c in record.checks if c.key not in kept)
        assert [(p.text, p.path, p.labels) for p in small.paragraphs] == [(p.text, p.path, p.labels) for p in record.paragraphs]
        assert small.figures == record.figures and small.errors == record.errors and small.warnings == record.warnings
        assert small.metadata == record.metadata
        # everything but the source text and low scores comes back
        assert expand(small).checks == record.checks
        assert [c.raw for t in expand(small).tables for c in t.cells] == [c.raw for t in record.tables for c in t.cells]


def test_checks_compact_cannot_give_back_in_order_stay_as_they_were(records: list[Record]) -> None:
    """Passed identities are left out only where expanding puts them back exactly: checks in another order
    than the relations' (a record some other code built) keep their passed ones, bare."""
    from msgspec.structs import replace

    record = next(r for r in records if sum(c.status is CheckStatus.PASS for c in r.checks) > 10)
    assert len(compact(record).checks) < len(record.checks)
    shuffled = replace(record, checks=record.checks[::-1])
    small = compact(shuffled)
    assert len(small.checks) == len(shuffled.checks) and expand(small).checks == shuffled.checks


def test_the_panel_is_the_same_from_compact_and_full_records(records: list[Record], tmp_path: Path) -> None:
    write_jsonl(records, tmp_path / "full.jsonl")
    write_jsonl([compact(r) for r in records], tmp_path / "compact.jsonl")
    full = write_parquet(tmp_path / "full.jsonl", tmp_path / "full")
    small = write_parquet(tmp_path / "compact.jsonl", tmp_path / "compact")
    assert full == small and full["cells"] > 900 and full["checks"] > 100
    for name in TABLES:
        a, b = pq.read_table(tmp_path / "full" / f"{name}.parquet"), pq.read_table(tmp_path / "compact" / f"{name}.parquet")
        if name == "reports":  # the one column that tells the forms apart is none: both are schema 2
            assert a.column("schema_version").to_pylist() == [SCHEMA_VERSION] * len(records)
        assert a.equals(b), name


def test_reading_a_compact_run_gives_full_checks_back(tmp_path) -> None:
    from nianbao.core.compact import compact, is_compact
    from nianbao.core.serialize import read_jsonl, write_jsonl
    from nianbao.pipeline import extract

    record = extract(SAMPLES / "sample-2024-township.txt")
    write_jsonl([compact(record)], tmp_path / "r.jsonl")
    (raw,) = read_jsonl(tmp_path / "r.jsonl", full=False)
    (back,) = read_jsonl(tmp_path / "r.jsonl")
    assert is_compact(raw) and not is_compact(back) and not is_compact(record)
    assert back.checks == record.checks
