"""`nianbao synth` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.core.gold import read_gold


def test_synth_writes_reports_gold_and_manifest(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["synth", "12", "-o", str(tmp_path), "--formats", "txt,html", "--seed", "3",
                                      "--break-rate", "0.5"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [line["index"] for line in lines] == list(range(12))
    assert {line["format"] for line in lines} == {"txt", "html"}
    for line in lines:
        gold = read_gold(tmp_path / line["gold"])  # decodes: the synthetic gold has the gold types
        assert (tmp_path / line["file"]).is_file() and gold.doc_id == line["doc_id"] == Path(line["file"]).name
        assert gold.identity_breaks == line["identity_breaks"]
    assert "12 documents" in result.output


def test_synth_refuses_an_unknown_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["synth", "3", "-o", str(tmp_path), "--formats", "txt,rtf"])
    assert result.exit_code == 2 and "unknown formats" in result.output
