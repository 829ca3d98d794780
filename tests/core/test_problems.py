"""Problem codes are one enum: every code a record can carry is a ProblemCode member, the source passes
no free string where a code goes, and the README and the codebook list them all."""

from __future__ import annotations

import ast
import json
import random
from pathlib import Path

import pytest

from nianbao.core.codebook import rows
from nianbao.core.config import ExtractConfig
from nianbao.core.problems import ProblemCode
from nianbao.core.record import Problem
from nianbao.pipeline import extract
from nianbao.synth.hostile import KINDS, write_hostile
from nianbao.synth.sample import sample_report
from tests.conftest import ROOT
from tests.pipeline.test_bad_inputs import test_bad_input_gives_a_clear_status as _bad_cases

SOURCES = [p for folder in ("nianbao", "extraction", "classification") for p in sorted((ROOT / folder).rglob("*.py"))]


def _literal_codes(path: Path) -> list[tuple[int, str]]:
    """(line, code) of every Problem(…)/ReadError(…)/Failure(…) call whose code is a string literal (or an f-string)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) in (
                "Problem", "ReadError", "Failure") and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((node.lineno, first.value))
            elif isinstance(first, ast.JoinedStr):
                found.append((node.lineno, ast.unparse(first)))
    return found


def test_no_free_string_is_passed_as_a_problem_code() -> None:
    free = {}
    for path in SOURCES:
        relative = path.relative_to(ROOT).as_posix()
        for line, code in _literal_codes(path):
            free[f"{relative}:{line}"] = code
    assert not free, f"use ProblemCode members, not strings: {free}"


def test_codes_are_unique_snake_case_with_a_meaning() -> None:
    assert len({c.value for c in ProblemCode}) == len(ProblemCode)
    for code in ProblemCode:
        assert code.value.isidentifier() and code.value.islower() and code.kind in ("error", "warning")
        assert len(code.meaning) > 20 and "\n" not in code.meaning


def test_a_plain_string_and_the_member_are_the_same_code() -> None:
    problem = Problem("empty", "the file is empty", "read")
    assert problem.code == ProblemCode.EMPTY and Problem(ProblemCode.EMPTY, "", "read").code == "empty"
    assert json.dumps(ProblemCode.EMPTY) == '"empty"' and f"{ProblemCode.EMPTY}" == "empty"


def test_readme_and_codebook_list_every_code() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c.value for c in ProblemCode if f"| `{c.value}` |" not in readme]
    assert not missing, f"README's problem-code table lacks {missing}"
    exported = {r["id"] for r in rows() if r["kind"] == "problem"}
    assert exported == {c.value for c in ProblemCode}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_hostile_files_carry_only_enum_codes(tmp_path: Path, kind: str) -> None:
    if kind in ("truncated_pdf", "encrypted_pdf"):
        pytest.importorskip("reportlab")
    rep = sample_report("p", 7, "pdf" if kind.endswith("_pdf") else "txt", 0.0)
    path, spec = write_hostile(kind, tmp_path / kind, rep, random.Random(f"codes:{kind}"))
    record = extract(path, ExtractConfig(tag=False))
    codes = [p.code for p in record.errors + record.warnings]
    assert codes and all(isinstance(c, str) and c in ProblemCode._value2member_map_ for c in codes) or \
        record.status.value == "ok"


def test_bad_inputs_carry_only_enum_codes(tmp_path: Path) -> None:
    for mark in _bad_cases.pytestmark:
        if mark.name != "parametrize":
            continue
        for name, data, _, code in mark.args[1]:
            path = tmp_path / name
            path.write_bytes(data)
            assert code in ProblemCode._value2member_map_
            assert [e.code for e in extract(path, ExtractConfig(tag=False)).errors] == [code]
