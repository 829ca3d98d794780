from __future__ import annotations

import json
from pathlib import Path

import pytest

from nianbao.batch import BatchOptions, run_batch
from nianbao.batch.runner import RECORDS
from tests.conftest import SHARED
from nianbao.core.config import ExtractConfig
from tests.batch.corpora import mixed

pytest.importorskip("dask.distributed", reason="the Dask engine needs nianbao[dask]")


def records_by_path(run: Path) -> dict[str, dict]:
    return {r["source"]["path"]: r for r in map(json.loads, (run / RECORDS).read_text(encoding="utf-8").splitlines())}


def test_dask_on_a_local_cluster_gives_the_local_engines_records(tmp_path: Path) -> None:
    mixed(tmp_path / "in")
    files = sorted((tmp_path / "in").rglob("*.*"))
    files += [p for p in (SHARED / "corpus").glob("pingtan__*.txt")][:2]  # real reports where ../shared is
    options = {"workers": 2, "config": ExtractConfig(ocr=False)}
    local = run_batch(files, tmp_path / "local", BatchOptions(engine="local", **options))
    dask = run_batch(files, tmp_path / "dask", BatchOptions(engine="dask", **options))
    assert dask.balanced and (dask.records, dask.errors, dask.skipped) == (local.records, local.errors, local.skipped)
    assert records_by_path(tmp_path / "dask") == records_by_path(tmp_path / "local")


def test_dask_keeps_the_timeout(tmp_path: Path) -> None:
    from nianbao.extraction.pdf import ocr

    if not ocr.available():
        pytest.skip("needs nianbao[ocr]: the slow document here is a scanned PDF read by OCR")
    scan = Path(__file__).parents[2] / "corpus" / "samples" / "sample-2020-district-office-scanned.pdf"
    summary = run_batch([scan], tmp_path / "run", BatchOptions(engine="dask", workers=1, timeout=8.0))
    (record,) = records_by_path(tmp_path / "run").values()
    assert summary.errors == 1 and record["errors"][0]["code"] == "timeout"
