"""The layers hold: import-linter's contracts (layers, and no cycle between any two modules, imports inside
functions counted) pass on the installed layout; the package list in pyproject.toml covers the tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.layout import ROOT, setuptools_config, source_dir, stage_package


def test_every_package_in_the_tree_is_installed() -> None:
    config = setuptools_config()
    listed = {source_dir(p, config["package-dir"]).resolve() for p in config["packages"]}
    in_tree = {init.parent.resolve() for top in ("nianbao", "extraction", "classification", "models")
               for init in (ROOT / top).rglob("__init__.py") if "__pycache__" not in init.parts}
    # Data folders (the shipped model, phrase banks) are listed as packages so their files ship; they hold no code.
    data_only = {d for d in listed if not any(d.glob("*.py"))}
    assert in_tree == listed - data_only
    data_listed = {source_dir(p, config["package-dir"]).resolve() for p in config["package-data"]}
    assert data_only <= data_listed


def _run_lint_imports(staged: Path) -> subprocess.CompletedProcess:
    lint = Path(sys.executable).with_name("lint-imports")
    env = {**os.environ, "PYTHONPATH": str(staged)}
    return subprocess.run([str(lint), str(ROOT / "pyproject.toml"), "--no-cache"], cwd=staged, env=env,
                          capture_output=True, text=True, timeout=120)


def test_import_linter_contracts_pass(tmp_path) -> None:
    result = _run_lint_imports(stage_package(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_lower_layer_importing_a_higher_one_breaks_a_contract(tmp_path) -> None:
    staged = stage_package(tmp_path)
    codebook = staged / "nianbao" / "core" / "codebook.py"
    text = codebook.read_text(encoding="utf-8")
    codebook.unlink()
    codebook.write_text(text + "\nfrom nianbao.pipeline import extract  # noqa\n", encoding="utf-8")
    result = _run_lint_imports(staged)
    assert result.returncode != 0 and "nianbao.core.codebook -> nianbao.pipeline" in result.stdout
