"""The plug-in registries: every built-in resolves, an unknown name says what is known, a built-in whose
extra is missing says what to install, and a third-party distribution's entry point is really loaded."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from nianbao.classification.registry import taggers
from nianbao.core.registry import PluginUnavailableError, Registry, UnknownNameError
from nianbao.extraction.pdf.tables import table_extractors
from nianbao.extraction.readers import readers
from nianbao.extraction.tables import aligners
from tests.plugins import install_plugin

REGISTRIES = {"nianbao.readers": readers, "nianbao.pdf_tables": table_extractors,
              "nianbao.aligners": aligners, "nianbao.taggers": taggers}
BUILTINS = [(group, name) for group, registry in REGISTRIES.items() for name in registry.builtin_names()]


def test_the_four_registries_and_their_groups() -> None:
    assert {group: registry.group for group, registry in REGISTRIES.items()} == {g: g for g in REGISTRIES}
    assert readers.builtin_names() == ("text", "markdown", "html", "docx", "pdf")
    assert table_extractors.builtin_names() == ("geometry", "camelot", "camelot-raster")
    assert aligners.builtin_names() == ("grid", "text")
    assert taggers.builtin_names() == ("sklearn", "spacy", "transformers")


@pytest.mark.parametrize("group,name", BUILTINS)
def test_every_builtin_resolves_to_a_class_of_its_own_name(group: str, name: str) -> None:
    registry = REGISTRIES[group]
    try:
        cls = registry.get(name)
    except PluginUnavailableError as exc:
        if "pip install 'nianbao[" not in str(exc):  # only an optional extra may be missing
            raise
        pytest.skip(str(exc))
    assert isinstance(cls, type) and cls.name == name
    assert name in registry and registry.get(name) is cls  # imported once, then cached


@pytest.mark.parametrize("registry", REGISTRIES.values(), ids=list(REGISTRIES))
def test_an_unknown_name_lists_the_known_ones_and_the_group(registry: Registry) -> None:
    with pytest.raises(UnknownNameError) as info:
        registry.get("no-such-plugin")
    message = str(info.value)
    assert "'no-such-plugin'" in message and registry.group in message
    assert all(name in message for name in registry.builtin_names())
    # Callers that caught ValueError (or KeyError-like LookupError) keep working.
    assert isinstance(info.value, ValueError) and isinstance(info.value, LookupError)
    assert "no-such-plugin" not in registry


def test_a_builtin_whose_library_is_missing_names_the_extra_to_install() -> None:
    registry = Registry("widget", "nianbao.test_widgets",
                        {"plain": "json:JSONDecoder", "fancy": "nianbao_test_no_such_library:Widget"},
                        extras={"fancy": "fancy"})
    assert registry.get("plain").__name__ == "JSONDecoder"
    with pytest.raises(PluginUnavailableError) as info:
        registry.get("fancy")
    assert "pip install 'nianbao[fancy]'" in str(info.value)
    assert "nianbao_test_no_such_library" in str(info.value)
    assert isinstance(info.value, ImportError)


def test_a_builtin_must_be_module_colon_attribute() -> None:
    with pytest.raises(ValueError, match="module:attribute"):
        Registry("widget", "nianbao.test_widgets", {"bad": "json.JSONDecoder"})


def test_register_in_code_wins_and_unregister_undoes_it() -> None:
    registry = Registry("widget", "nianbao.test_widgets", {"plain": "json:JSONDecoder"})

    @registry.register("mine")
    class Mine:
        name = "mine"

    assert registry.get("mine") is Mine and registry.names() == ["plain", "mine"]
    registry.register("plain", Mine)  # a test may replace a built-in
    assert registry.get("plain") is Mine
    registry.unregister("plain")
    registry.unregister("mine")
    assert registry.get("plain").__name__ == "JSONDecoder" and "mine" not in registry


def test_a_search_a_builtin_satisfies_never_scans_the_entry_points() -> None:
    """Scanning the installed distributions costs ~9 ms, a quarter of reading a text report: ``available``
    reaches the entry points only when the caller goes on past the built-ins."""
    registry = Registry("widget", "nianbao.test_widgets", {"plain": "json:JSONDecoder"})
    scans = []
    registry._entry_points = lambda: scans.append(1) or {}  # counts the scans; the real one is tested below
    assert next(registry.available())[0] == "plain" and not scans
    assert [name for name, _ in registry.available()] == ["plain"] and scans == [1]


def test_core_imports_nothing_else_from_nianbao() -> None:
    source = Path(__file__).resolve().parents[2] / "nianbao" / "core" / "registry.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("nianbao") for name in imported)


@pytest.fixture(scope="module")
def widget_site(tmp_path_factory) -> Path:
    """A real distribution with three entry points in a test group: a good one, a broken one, and one
    that tries to take a built-in's name."""
    return install_plugin(
        tmp_path_factory.mktemp("widgets"), "nianbao-test-widgets",
        {"nianbao.test_widgets": {"good": "nianbao_test_widgets:Good",
                                  "broken": "nianbao_test_widgets_broken:Broken",
                                  "plain": "nianbao_test_widgets:Good"}},
        {"nianbao_test_widgets": "class Good:\n    name = 'good'\n",
         "nianbao_test_widgets_broken": "raise RuntimeError('this plug-in is broken')\n"})


def test_an_entry_point_of_an_installed_distribution_is_found_and_loaded(widget_site, monkeypatch) -> None:
    registry = Registry("widget", "nianbao.test_widgets", {"plain": "json:JSONDecoder"})
    assert "good" not in registry
    monkeypatch.syspath_prepend(str(widget_site))
    assert registry.names() == ["plain", "broken", "good"]
    assert registry.get("good").__name__ == "Good" and registry.get("good").__module__ == "nianbao_test_widgets"
    # An entry point never shadows a built-in.
    assert registry.get("plain").__name__ == "JSONDecoder"
    with pytest.raises(PluginUnavailableError) as info:
        registry.get("broken")
    assert "nianbao-test-widgets" in str(info.value) and "this plug-in is broken" in str(info.value)
    # A search over every plug-in skips the broken one rather than stopping.
    assert [name for name, _ in registry.available()] == ["plain", "good"]


def test_an_uninstalled_plugin_is_gone(widget_site, monkeypatch) -> None:
    registry = Registry("widget", "nianbao.test_widgets", {"plain": "json:JSONDecoder"})
    with monkeypatch.context() as patch:
        patch.syspath_prepend(str(widget_site))
        assert registry.get("good").__name__ == "Good"
    with pytest.raises(UnknownNameError):
        registry.get("good")


def test_builtins_load_on_first_use_and_preload_loads_those_without_an_extra() -> None:
    # A fresh interpreter: which modules an import pulls in is the point.
    code = """
import sys
import nianbao
lazy = ["nianbao.extraction.readers.docx", "nianbao.extraction.readers.pdf", "nianbao.extraction.pdf.camelot_tables"]
before = [m in sys.modules for m in lazy]
nianbao.pipeline.preload()
print(before, [m in sys.modules for m in lazy], "camelot" in sys.modules)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True).stdout
    assert out.split() == ["[False,", "False,", "False]", "[True,", "True,", "False]", "False"]
