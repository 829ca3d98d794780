"""The notebooks execute from a clean kernel (they are committed without outputs)."""

from __future__ import annotations

import time

import pytest

from tests.conftest import ROOT

NOTEBOOKS = ["quickstart.ipynb", "evaluation.ipynb", "corpus_analysis.ipynb", "narrative.ipynb"]


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs(name: str) -> None:
    nbformat = pytest.importorskip("nbformat", reason="needs nianbao[test] (nbformat, nbclient, ipykernel)")
    nbclient = pytest.importorskip("nbclient", reason="needs nianbao[test] (nbformat, nbclient, ipykernel)")
    pytest.importorskip("ipykernel", reason="needs nianbao[test] (ipykernel)")
    for extra in ("pandas", "matplotlib"):
        pytest.importorskip(extra, reason=f"needs nianbao[eval] ({extra})")
    nb = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    assert all(
        c.get("outputs", []) == [] and c.get("execution_count") is None
        for c in nb.cells
        if c.cell_type == "code"
    ), f"{name} is committed with outputs: clear them"
    started = time.monotonic()
    nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    ).execute()
    assert time.monotonic() - started < 120
    assert not [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
