"""The wheel a user installs works outside the checkout: it tags paragraphs with the shipped model,
validates gold, and puts nothing but ``nianbao`` into site-packages."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.layout import ROOT

SAMPLE = ROOT / "corpus" / "samples" / "sample-2024-township.txt"


def _run(*args: str | Path, cwd: Path, timeout: float = 900) -> subprocess.CompletedProcess:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, f"{args}: {result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with the wheel built from it installed (not editable)."""
    work = tmp_path_factory.mktemp("wheel")
    # Built from a copy: setuptools' build/ folder must not be left in (or reused from) the checkout.
    source = shutil.copytree(ROOT, work / "source", ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "out", "__pycache__", "*.egg-info", ".pytest_cache"))
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", work / "dist", source,
         cwd=work)
    (wheel,) = (work / "dist").glob("nianbao-*.whl")
    venv.create(work / "venv", with_pip=True)
    python = work / "venv" / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, cwd=work)
    return work


def test_the_wheel_installs_only_the_nianbao_package(installed: Path) -> None:
    (site,) = (installed / "venv" / "lib").glob("python3*/site-packages")
    (dist_info,) = site.glob("nianbao-*.dist-info")
    ours = {line.split(",")[0].split("/")[0] for line in (dist_info / "RECORD").read_text().splitlines()}
    assert ours - {"..", dist_info.name} == {"nianbao"}
    assert not (site / "extraction").exists() and not (site / "classification").exists()
    assert (site / "nianbao" / "models" / "tagger" / "model.npz").is_file()


def test_the_installed_command_tags_paragraphs_outside_the_checkout(installed: Path) -> None:
    out = installed / "records.jsonl"
    _run(installed / "venv" / "bin" / "nianbao", "extract", SAMPLE, "-o", out, "--workers", "0", cwd=installed)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["status"] == "ok" and record["paragraphs"]
    assert all(p["labels"] for p in record["paragraphs"])
    assert not [w for w in record["warnings"] if w["stage"] == "tag"]


def test_the_installed_command_checks_gold(installed: Path) -> None:
    result = _run(installed / "venv" / "bin" / "nianbao", "gold", "check", ROOT / "corpus" / "gold", cwd=installed)
    assert "0 problems" in result.stdout + result.stderr
    # The schema is built from the installed types, not read from a file of the checkout.
    schema = json.loads(_run(installed / "venv" / "bin" / "nianbao", "gold", "schema", cwd=installed).stdout)
    assert "Gold" in schema["$defs"] and "t3.new_received.total" in json.dumps(schema)
