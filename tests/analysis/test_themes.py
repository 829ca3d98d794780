"""Themes: planted themes are found (NMI and ARI ≥ 0.8), the same seed gives the same themes, a saved model
(JSON + npz, no pickle) assigns new statements without a refit, and the CLI writes tables and a report."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from nianbao.analysis.statements import Statement
from nianbao.analysis.themes import ThemeModel, corpus_themes, fit_themes
from nianbao.synth.statements import PLANTED, planted_statements


def test_planted_themes_are_recovered() -> None:
    texts, planted = planted_statements(3000, seed=1)
    model, theme, _ = fit_themes(texts, len(PLANTED), seed=0)
    assert normalized_mutual_info_score(planted, theme) >= 0.8
    assert adjusted_rand_score(planted, theme) >= 0.8
    assert all(t.name and len(t.terms) >= 3 and t.representatives for t in model.themes)


def test_same_seed_same_themes_and_saved_model_assigns_without_refit(tmp_path: Path) -> None:
    texts, planted = planted_statements(1200, seed=2)
    a, theme_a, weight_a = fit_themes(texts, 6, seed=7)
    b, theme_b, _ = fit_themes(texts, 6, seed=7)
    assert np.array_equal(theme_a, theme_b) and np.array_equal(a.components, b.components)
    a.save(tmp_path)
    with np.load(tmp_path / "themes.npz", allow_pickle=False) as arrays:
        assert set(arrays.files) == {"components", "idf"}
    loaded = ThemeModel.load(tmp_path)
    again, weight = loaded.assign(texts)
    assert np.array_equal(again, theme_a) and np.allclose(weight, weight_a)
    new_texts, new_planted = planted_statements(600, seed=3)
    assigned, _ = loaded.assign(new_texts)
    assert normalized_mutual_info_score(new_planted, assigned) >= 0.8


def test_shares_by_group_sum_to_one() -> None:
    texts, _ = planted_statements(400, seed=4)
    statements = [Statement(f"s{i % 20}", None, None, 2020 + i % 3, ("county", "township")[i % 2], None, i, 0, "k",
                            "problems", "problems", 0, len(t), t) for i, t in enumerate(texts)]
    result = corpus_themes(statements, 6, seed=0, by=("year", "admin_level"))
    shares = result.share_rows()
    for grouping, group in {(r["grouping"], r["group"]) for r in shares}:
        assert sum(r["share"] for r in shares if (r["grouping"], r["group"]) == (grouping, group)) == pytest.approx(1.0)
    assert {r["group"] for r in shares if r["grouping"] == "year"} == {"2020", "2021", "2022"}
    assert sum(r["statements"] for r in result.theme_rows()) + int((result.theme == -1).sum()) == 400


def test_cli_writes_tables_views_model_and_report(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from typer.testing import CliRunner

    from nianbao.cli.app import app

    texts, _ = planted_statements(300, seed=5)
    records = tmp_path / "records.jsonl"
    with records.open("w", encoding="utf-8") as fh:
        for r in range(30):
            paragraphs = [{"index": 0, "text": "存在的问题主要有：" + "".join(
                f"{'一二三四五六七八九十'[j]}是{texts[r * 10 + j]}；" for j in range(10)), "section": "problems",
                "path": [], "labels": ["problems"]}]
            fh.write(json.dumps({"doc_id": f"d{r}", "source": {"path": f"d{r}", "sha256": f"s{r}"}, "status": "ok",
                                 "metadata": {"agency": f"某县{r}局", "year": 2020 + r % 4, "admin_level": "county"},
                                 "paragraphs": paragraphs}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["themes", str(records), "-k", "6", "-o", str(out), "--by", "year,admin_level"])
    assert result.exit_code == 0, result.output
    for name in ("themes", "theme_assignments", "theme_shares"):
        assert (out / f"{name}.parquet").is_file()
    assert (out / "themes" / "themes.json").is_file() and "data:image/png;base64" in (out / "themes.html").read_text()
    again = CliRunner().invoke(app, ["themes", str(records), "--model", str(out / "themes"), "-o", str(tmp_path / "o2")])
    assert again.exit_code == 0, again.output
    import pyarrow.parquet as pq

    first = pq.read_table(out / "theme_assignments.parquet").column("theme").to_pylist()
    second = pq.read_table(tmp_path / "o2" / "theme_assignments.parquet").column("theme").to_pylist()
    assert first == second and len(first) == 300
