"""Nested choice of settings: each held-out group scored by the candidate best on the other groups only."""

from __future__ import annotations

from nianbao.classification.backends.sklearn import SklearnTagger
from nianbao.classification.examples import corpus_examples
from nianbao.classification.selection import nested_choice
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from tests.conftest import GOLD, shared

SEEDS = ("000_163e1b7d224b13dc.txt", "001_b395b0c0cfd9da48.txt", "002_ae1eda295b428d02.txt", "003_fd629941e7a907e0.txt")


def test_each_fold_takes_the_candidate_best_on_the_other_groups_and_reports_its_own_counts() -> None:
    records = [extract(shared(f"seeds/{name}"), ExtractConfig(tag=False)) for name in SEEDS]
    gold = corpus_examples(records, GOLD)
    # Two of the reports are one agency's (临淄工信局 2021 and 2024): they go out together.
    groups = {SEEDS[0]: "linzi", SEEDS[3]: "linzi", SEEDS[1]: "gaoqing", SEEDS[2]: "shizhong"}
    # A sensible model against one that can hardly move off its intercept.
    candidates = {"fit": lambda: SklearnTagger(C=0.1), "mute": lambda: SklearnTagger(C=1e-6, class_weight=None)}
    choice = nested_choice(gold, candidates, groups=groups)
    assert set(choice.chosen) == {"linzi", "gaoqing", "shizhong"}
    for held, name in choice.chosen.items():
        inner = choice.inner[held]
        assert inner[name] == max(inner.values())  # chosen on the other groups' scores
        assert choice.per_group[held] == choice.results[name].per_group[held]  # scored as that candidate scores it
    assert choice.overall["fit"] > choice.overall["mute"] and choice.best == "fit"
    assert list(choice.chosen.values()).count("fit") >= 2
    pooled = choice.scores()["structure"]
    assert pooled["groups"] == 3 and pooled["tp"] == sum(c["structure"][0] for c in choice.per_group.values())
