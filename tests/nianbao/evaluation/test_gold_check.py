"""nianbao gold check: every gold file passes; broken copies fail with the right one-line messages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.evaluation.gold_schema import SCHEMA_PATH, dumps
from tests.conftest import GOLD

pytest.importorskip("jsonschema", reason="needs nianbao[eval] (jsonschema)")

runner = CliRunner()


def test_schema_file_is_what_the_codebook_gives() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == dumps(), "run python -m nianbao.evaluation.gold_schema"


def test_every_gold_file_passes() -> None:
    result = runner.invoke(app, ["gold", "check", str(GOLD)])
    assert result.exit_code == 0, result.output


def _broken(tmp_path: Path, name: str, change) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir(exist_ok=True)
    data = json.loads((GOLD / name).read_text(encoding="utf-8"))
    change(data)
    (folder / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder


def _problems(folder: Path) -> list[str]:
    result = runner.invoke(app, ["gold", "check", str(folder)])
    assert result.exit_code == 1
    return [line for line in result.stdout.splitlines() if line]


def test_schema_problems(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["cells"]["t3.new_received.nobody"] = 1
        d["paragraphs"][0]["labels"] = ["gossip"]
        d["figures"][0]["id"] = "requests.guessed"
        d["paragraphs"][1]["key"] = "XYZ"

    lines = _problems(_broken(tmp_path, "sample-2024-township.txt.json", change))
    assert len(lines) == 4 and all(l.startswith("sample-2024-township.txt.json: schema: ") for l in lines)
    joined = "\n".join(lines)
    for where in ("cells", "paragraphs/0/labels/0", "figures/0/id", "paragraphs/1/key"):
        assert f"schema: {where}:" in joined, where


def test_semantic_problems(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["cells"]["t3.new_received.total"] += 1  # now H1 and H3 break, and the list does not say so
        d["cells"]["t2_2019.regulations.new_made"] = 0  # a 2019 id in a 2021 report
        d["figures"][0].update(paragraph_key="0123456789ab", note=None)
        d["paragraphs"][2]["key"] = d["paragraphs"][1]["key"]
        d["paragraphs"][2]["labels"] = ["other"]

    lines = _problems(_broken(tmp_path, "sample-2024-township.txt.json", change))
    joined = "\n".join(lines)
    assert "identity_breaks [] but the gold cells break ['H1:total', 'H3:new_received']" in joined
    assert "cell t2_2019.regulations.new_made is not a cell of the 2021 format's tables" in joined
    assert "names paragraph_key 0123456789ab, which no listed paragraph has" in joined
    assert "repeats with other labels" in joined
    assert len(lines) == 4


def test_a_misnamed_file_fails(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    shutil.copy(GOLD / "sample-2024-township.txt.json", folder / "township.json")
    assert _problems(folder) == ["township.json: file name should be sample-2024-township.txt.json"]
