"""nianbao gold check and gold schema: every gold file loads and passes; broken copies fail with one line per
problem naming the file and the field; the printed schema accepts every gold file and rejects broken ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nianbao.cli.app import app
from nianbao.core.gold import Gold, GoldError, encode_gold, gold_files, load_gold, read_gold
from tests.conftest import GOLD

runner = CliRunner()
TOWNSHIP = "sample-2024-township.txt.json"


def test_every_gold_file_loads_and_passes() -> None:
    gold = load_gold(GOLD)
    assert len(gold) == len(gold_files(GOLD)) >= 25 and all(isinstance(g, Gold) for g in gold.values())
    result = runner.invoke(app, ["gold", "check", str(GOLD)])
    assert result.exit_code == 0, result.output


def test_every_gold_file_is_written_back_byte_for_byte() -> None:
    """The types hold every field of every file (nothing dropped, nothing added, the order kept)."""
    for path in gold_files(GOLD):
        assert encode_gold(read_gold(path)) == path.read_text(encoding="utf-8"), path.name


def _broken(tmp_path: Path, change, name: str = TOWNSHIP) -> Path:
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


def _break_types(d: dict) -> None:
    d["cells"]["t3.new_received.nobody"] = 1
    d["paragraphs"][0]["labels"] = "preamble"  # a list given as a string
    d["paragraphs"][4]["labels"] = ["gossip"]
    d["figures"][0]["id"] = "requests.guessed"
    d["paragraphs"][1]["key"] = "XYZ"
    d["metadata"]["year"] = "2024"
    d["tables_readable"]["t9"] = True


def test_type_problems_name_the_file_and_the_field(tmp_path: Path) -> None:
    lines = _problems(_broken(tmp_path, _break_types))
    assert all(line.startswith(f"{TOWNSHIP}: type: ") for line in lines), lines
    joined = "\n".join(lines)
    for where in ("$.cells: unknown key 't3.new_received.nobody'", "$.paragraphs[0].labels: Expected `array`, got `str`",
                  "$.paragraphs[4].labels[0]: Invalid enum value 'gossip'", "$.figures[0].id: Invalid enum value",
                  "$.paragraphs[1].key: Expected `str` matching regex", "$.metadata.year: Expected `int | null`",
                  "$.tables_readable: unknown key 't9'"):
        assert where in joined, (where, joined)
    assert len(lines) == 7


def test_the_loader_stops_at_a_bad_file_and_names_it(tmp_path: Path) -> None:
    folder = _broken(tmp_path, lambda d: d["paragraphs"][2].update(labels="other"))
    with pytest.raises(GoldError) as caught:
        load_gold(folder)
    assert str(caught.value).startswith(f"{TOWNSHIP}: ") and "$.paragraphs[2].labels" in str(caught.value)


def test_missing_and_unknown_fields(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        del d["source"]
        d["figures"][1]["valeu"] = 3

    lines = _problems(_broken(tmp_path, change))
    assert lines == [f"{TOWNSHIP}: type: $: missing required field `source`",
                     f"{TOWNSHIP}: type: $.figures[1]: Object contains unknown field `valeu`"]


def test_not_json(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{", encoding="utf-8")
    assert _problems(tmp_path)[0].startswith("x.json: not readable JSON: ")


def test_semantic_problems(tmp_path: Path) -> None:
    def change(d: dict) -> None:
        d["cells"]["t3.new_received.total"] += 1  # now H1 and H3 break, and the list does not say so
        d["cells"]["t2_2019.regulations.new_made"] = 0  # a 2019 id in a 2021 report
        d["figures"][0].update(paragraph_key="0123456789ab", note=None)
        d["figures"][0]["scope"] = "收到"  # a proactive.* figure
        d["paragraphs"][2]["key"] = d["paragraphs"][1]["key"]
        d["paragraphs"][2]["labels"] = ["other"]
        d["paragraphs"][3]["labels"] *= 2

    lines = _problems(_broken(tmp_path, change))
    joined = "\n".join(lines)
    assert "identity_breaks [] but the gold cells break ['H1:total', 'H3:new_received']" in joined
    assert "cell t2_2019.regulations.new_made is not a cell of the 2021 format's tables" in joined
    assert "figure 0 (proactive.items_by_channel.website) has scope 收到" in joined
    assert "names paragraph_key 0123456789ab, which no listed paragraph has" in joined
    assert "repeats with other labels" in joined
    assert "lists a label twice" in joined
    assert len(lines) == 6, lines


def test_a_numeric_cell_without_a_value(tmp_path: Path) -> None:
    """Reported, and the breaks are not recomputed from cells that lack a number."""
    def change(d: dict) -> None:
        d["cells"]["t3.granted.research"] = {"kind": "annotated", "raw": "3（注）"}

    assert _problems(_broken(tmp_path, change)) == [
        f"{TOWNSHIP}: cell t3.granted.research is of kind annotated but has no value"]


def test_a_misnamed_file_fails(tmp_path: Path) -> None:
    folder = tmp_path / "gold"
    folder.mkdir()
    shutil.copy(GOLD / TOWNSHIP, folder / "township.json")
    assert _problems(folder) == ["township.json: file name should be sample-2024-township.txt.json"]


def _schema() -> dict:
    result = runner.invoke(app, ["gold", "schema"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_the_printed_schema_accepts_every_gold_file_and_rejects_broken_ones(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema", reason="an independent JSON Schema validator")
    validator = jsonschema.Draft202012Validator(_schema())
    validator.check_schema(validator.schema)
    for path in gold_files(GOLD):
        errors = [e.message for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
        assert not errors, (path.name, errors[:3])
    broken = json.loads((_broken(tmp_path, _break_types) / TOWNSHIP).read_text(encoding="utf-8"))
    assert len(list(validator.iter_errors(broken))) >= 6


def test_synthetic_gold_passes(tmp_path: Path) -> None:
    result = runner.invoke(app, ["synth", "20", "-o", str(tmp_path / "synth"), "--formats", "txt"])
    assert result.exit_code == 0, result.output
    checked = runner.invoke(app, ["gold", "check", str(tmp_path / "synth" / "gold")])
    assert checked.exit_code == 0, checked.output
    assert len(load_gold(tmp_path / "synth" / "gold")) == 20


def test_evaluate_names_a_bad_gold_file_instead_of_failing_on_it(tmp_path: Path) -> None:
    folder = _broken(tmp_path, lambda d: d["figures"][2].update(value="12"))
    records = tmp_path / "records.jsonl"
    records.write_text("", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(records), "--gold", str(folder)])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert f"{TOWNSHIP}: Expected `int | float`, got `str` - at `$.figures[2].value`" in result.output
