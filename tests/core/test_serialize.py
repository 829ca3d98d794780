from __future__ import annotations

import json

from nianbao.pipeline import extract
from nianbao.core.record import Record
from nianbao.core.serialize import dumps, from_dict, read_jsonl, to_dict, write_jsonl
from tests.conftest import SAMPLES, is_scan, sample_reports


def test_record_round_trips_through_json(tmp_path) -> None:
    # The scan's OCR takes seconds a page: its record's round trip is tested with the PDF reader's tests.
    records = [extract(p) for p in sample_reports() if not is_scan(p)]
    path = tmp_path / "r.jsonl"
    assert write_jsonl(records, path) == len(records)
    back = list(read_jsonl(path))
    assert back == records
    assert all(r.figures for r in back) and any(f.approx for r in back for f in r.figures)
    assert any(c.assumption for r in back for c in r.checks)  # the checks' evidence comes back too
    assert from_dict(Record, json.loads(dumps(records[0]))) == records[0]


def test_json_uses_canonical_ids_and_plain_values() -> None:
    data = to_dict(extract(SAMPLES / "sample-2023-county-bureau.docx"))
    cell = data["tables"][1]["cells"][0]
    # "number", the kind of most cells, is the schema's default and left out of the JSON; other kinds are written.
    assert cell["id"] == "t3.new_received.natural_person" and "kind" not in cell and isinstance(cell["value"], int)
    assert {c.get("kind", "number") for t in data["tables"] for c in t["cells"]} >= {"number", "blank"}
    assert from_dict(Record, data).tables[1].cells[0].kind.value == "number"
    assert data["status"] == "ok" and data["checks"][0]["status"] in ("pass", "fail", "skipped")
