"""``nianbao extract --figure-readers``: the figure readers beside the grammar, by name."""

from __future__ import annotations

from nianbao.cli.extract import check_plugins, extract_config


def test_the_option_names_the_readers_and_none_is_the_grammar_alone() -> None:
    assert extract_config().figure_readers is None  # the default readers
    assert extract_config(figure_readers="learned").figure_readers == ("learned",)
    assert extract_config(figure_readers="none").figure_readers == ()
    assert check_plugins(extract_config(figure_readers="learned")) is None


def test_an_unknown_reader_is_refused_before_the_run() -> None:
    problem = check_plugins(extract_config(figure_readers="oracle"))
    assert problem is not None and "no figure reader named 'oracle'" in problem and "learned" in problem
