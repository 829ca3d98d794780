from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from nianbao.batch import BatchOptions, run_batch
from nianbao.batch.inputs import discover
from nianbao.core.hashing import file_sha256
from nianbao.batch.runner import RECORDS, RUN_FILE, SKIPPED
from nianbao.core.serialize import read_jsonl
from tests.conftest import ROOT
from nianbao.core.config import ExtractConfig
from tests.batch.corpora import copies, mixed

OPTIONS = BatchOptions(workers=2, config=ExtractConfig(ocr=False))


def hashes(run: Path) -> list[str]:
    return [r.source.sha256 for r in read_jsonl(run / RECORDS)]


def test_every_input_is_accounted_for(tmp_path: Path) -> None:
    files = mixed(tmp_path / "in")
    run = tmp_path / "run"
    summary = run_batch(discover([tmp_path / "in"]), run, OPTIONS)
    assert summary.inputs == 6 and summary.balanced
    assert (summary.records, summary.errors, summary.skipped_duplicate) == (4, 1, 1)
    records = {Path(r.source.path).name: r for r in read_jsonl(run / RECORDS)}
    assert records["broken.docx"].status.value == "error"
    assert all(r.source.sha256 == file_sha256(Path(r.source.path)) for r in records.values())
    # The copy is not read twice; the listing says which input it repeats.
    (skipped,) = [json.loads(line) for line in (run / SKIPPED).read_text().splitlines()]
    assert skipped["reason"] == "duplicate"
    assert {skipped["path"], skipped["duplicate_of"]} == {str(files["copy"]), str(files["sample-2024-township.txt"])}
    accounting = json.loads((run / RUN_FILE).read_text())["accounting"]
    assert accounting["balanced"] and accounting["inputs"] == 6 and json.loads((run / RUN_FILE).read_text())["complete"]
    # The run says how its documents were read, in the form ExtractConfig reads back.
    config = json.loads((run / RUN_FILE).read_text())["options"]["config"]
    assert ExtractConfig.from_dict(config) == OPTIONS.config


def test_a_rerun_skips_what_is_done_and_retries_errors_on_request(tmp_path: Path) -> None:
    mixed(tmp_path / "in")
    run = tmp_path / "run"
    run_batch(discover([tmp_path / "in"]), run, OPTIONS)
    before = hashes(run)
    again = run_batch(discover([tmp_path / "in"]), run, OPTIONS)
    # The copy's content has a record now: it counts as done.
    assert (again.records, again.errors, again.skipped_done, again.skipped_duplicate) == (0, 0, 6, 0)
    assert hashes(run) == before

    extra = copies(tmp_path / "in" / "new", 1)[0]
    third = run_batch(discover([tmp_path / "in"]), run, OPTIONS)
    assert (third.records, third.skipped_done) == (1, 6) and hashes(run)[-1] == file_sha256(extra)

    retry = run_batch(discover([tmp_path / "in"]), run, BatchOptions(**{**OPTIONS.__dict__, "retry_errors": True}))
    assert (retry.records, retry.errors, retry.skipped_done) == (0, 1, 6) and retry.balanced
    # The old error line was replaced, not kept beside the new one.
    assert sorted(hashes(run)) == sorted(set(hashes(run))) and len(hashes(run)) == 6


def test_a_torn_last_line_is_dropped_and_its_document_run_again(tmp_path: Path) -> None:
    files = copies(tmp_path / "in", 3)
    run = tmp_path / "run"
    run_batch(files, run, OPTIONS)
    lines = (run / RECORDS).read_bytes().splitlines(keepends=True)
    (run / RECORDS).write_bytes(b"".join(lines[:2]) + lines[2][: len(lines[2]) // 2])  # a kill mid-write
    summary = run_batch(files, run, OPTIONS)
    assert (summary.records, summary.skipped_done) == (1, 2)
    assert sorted(hashes(run)) == sorted(file_sha256(f) for f in files)


def test_kill_9_loses_no_finished_document(tmp_path: Path) -> None:
    files = copies(tmp_path / "in", 150)
    run = tmp_path / "run"
    command = [sys.executable, "-m", "nianbao.cli.app", "extract", str(tmp_path / "in"), "-o", str(run),
               "--workers", "1", "--no-panel"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    journal = run / RECORDS
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not journal.exists() or journal.read_bytes().count(b"\n") < 10):
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the runner, its fork server and its workers, all at once
    process.wait()
    written = journal.read_bytes()
    finished = [json.loads(line) for line in written.split(b"\n")[:-1]]  # complete lines only
    assert 10 <= len(finished) < len(files), "the run was not caught in the middle"
    assert all(line["source"]["sha256"] for line in finished)

    summary = run_batch(files, run, OPTIONS)
    assert summary.skipped_done == len(finished) and summary.balanced  # nothing finished is redone
    assert sorted(hashes(run)) == sorted(file_sha256(f) for f in files)  # every input exactly once


def test_a_document_past_the_timeout_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    from nianbao.extraction.pdf import ocr

    if not ocr.available():
        pytest.skip("needs nianbao[ocr]: the slow document here is a scanned PDF read by OCR")
    scan = ROOT / "corpus" / "samples" / "sample-2020-district-office-scanned.pdf"
    files = [scan, *copies(tmp_path / "in", 2)]
    # OCR of the scan takes some 20 s of CPU here; a text report well under a second. 8 s separates them with room
    # on a loaded machine (1 s let a text copy's first document in a fresh worker time out when CI shared the CPU).
    options = BatchOptions(workers=1, timeout=8.0)
    summary = run_batch(files, tmp_path / "run", options)
    records = {Path(r.source.path).name: r for r in read_jsonl(tmp_path / "run" / RECORDS)}
    assert summary.balanced and (summary.records, summary.errors) == (2, 1)
    assert [e.code for e in records[scan.name].errors] == ["timeout"]
    assert records[scan.name].source.sha256 == file_sha256(scan)


def test_a_document_past_the_memory_ceiling_is_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    # A real input that needs much memory: a 20 MB web page holding one 300,000-row table (~1.7 GB to read).
    big = tmp_path / "in" / "huge-table.html"
    big.parent.mkdir(parents=True)
    rows = "".join(f"<tr><td>第{i}行</td><td>{i}</td><td>{2 * i}</td></tr>" for i in range(300_000))
    big.write_text(f"<html><body><h1>2023年政府信息公开工作年度报告</h1><table>{rows}</table></body></html>",
                   encoding="utf-8")
    files = [big, *copies(tmp_path / "in", 2)]
    summary = run_batch(files, tmp_path / "run", BatchOptions(workers=1, max_memory_mb=700))
    records = {Path(r.source.path).name: r for r in read_jsonl(tmp_path / "run" / RECORDS)}
    assert summary.balanced and (summary.records, summary.errors) == (2, 1)
    assert [e.code for e in records[big.name].errors] == ["memory_limit"]


def test_the_fork_server_preload_loads_the_pipeline_and_the_tagger() -> None:
    # multiprocessing ignores a preload module that fails to import: workers would then load everything
    # themselves, seconds a worker, silently. Import it here so a failure shows.
    import importlib

    from nianbao.classification.default import load_tagger

    import sys

    importlib.import_module("nianbao.batch.preload")
    tagger, problem = load_tagger()
    assert tagger is not None and problem is None and load_tagger.cache_info().currsize >= 1
    assert {"nianbao.extraction.readers.pdf", "nianbao.extraction.readers.docx"} <= set(sys.modules)
