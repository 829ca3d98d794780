"""A bounded, deterministic fuzz run: mutants of real reports (every format) always give a record whose
problem codes are ProblemCode members, never internal_error or a failed stage, in bounded time.

The long run is ``benchmarks/fuzz.py --mutants 5000`` (batch runner, per-document timeout)."""

from __future__ import annotations

import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from nianbao.core.config import ExtractConfig
from nianbao.core.problems import ProblemCode
from nianbao.core.record import Status
from nianbao.pipeline import extract
from nianbao.synth.fuzz import Mutant, mutants, seed_files
from tests.conftest import ROOT, SHARED

SEEDS = seed_files(ROOT, SHARED)
CONFIG = ExtractConfig(ocr=False)  # a mutant without a text layer must not send the run into minutes of OCR
SEEN: dict[str, int] = {}


def check(mutant: Mutant, tmp: Path) -> None:
    path = tmp / f"mutant{mutant.suffix}"
    path.write_bytes(mutant.data)
    start = time.perf_counter()
    record = extract(path, CONFIG)
    assert time.perf_counter() - start < 60, mutant.steps
    codes = [p.code for p in record.errors + record.warnings]
    assert all(c in ProblemCode._value2member_map_ for c in codes), (mutant.name, codes)
    assert ProblemCode.INTERNAL_ERROR not in codes and ProblemCode.STAGE_FAILED not in codes, \
        (mutant.name, [p.message for p in record.errors])
    assert record.status is not Status.ERROR or len(record.errors) == 1
    SEEN[mutant.suffix] = SEEN.get(mutant.suffix, 0) + 1


@settings(max_examples=400, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(mutants(SEEDS))
def _fuzz(tmp: Path, mutant: Mutant) -> None:
    check(mutant, tmp)


def test_mutants_of_real_reports_never_cost_a_record(tmp_path: Path) -> None:
    started = time.perf_counter()
    _fuzz(tmp_path)
    assert set(SEEN) == {".txt", ".md", ".html", ".docx", ".pdf"}, SEEN  # every format was fuzzed
    assert time.perf_counter() - started < 180
