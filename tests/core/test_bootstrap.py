from __future__ import annotations

from nianbao.core.bootstrap import bootstrap_f1, f1, summary


def test_f1_of_pooled_counts() -> None:
    assert f1(8, 1, 1) == 16 / 18
    assert f1(0, 0, 0) is None


def test_the_interval_is_over_groups_and_holds_the_pooled_score() -> None:
    groups = {"a": (9, 1, 0), "b": (5, 0, 5), "c": (10, 0, 0), "d": (3, 3, 3)}
    low, high = bootstrap_f1(groups, draws=500, seed=1)
    pooled = summary(groups, draws=500, seed=1)
    assert low <= pooled["f1"] <= high and low < high
    assert (pooled["tp"], pooled["fp"], pooled["fn"], pooled["groups"]) == (27, 4, 8, 4)
    # one agency scored five times is one group, not five: its spread does not narrow the interval
    assert bootstrap_f1({"only": (5, 1, 1)}) is None


def test_the_interval_is_reproducible() -> None:
    groups = {"a": (9, 1, 0), "b": (5, 0, 5), "c": (1, 4, 0)}
    assert bootstrap_f1(groups, draws=300, seed=7) == bootstrap_f1(groups, draws=300, seed=7)
