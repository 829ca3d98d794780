"""Plug-ins by name: one small registry per kind of plug-in (readers, PDF table extractors, table
aligners, tagger backends), in the manner of spaCy's registry (catalogue).

A registry knows three sources of names, looked up in this order:

1. objects registered in code with ``register`` (tests, notebooks; per process, so a batch run's
   worker processes see them only where they were registered before the workers started);
2. nianbao's built-ins, as ``"module:attribute"`` strings imported only when first asked for, so
   choosing the text reader never imports the PDF stack, and a built-in that needs an extra fails with
   the ``pip install 'nianbao[extra]'`` line that fixes it;
3. third-party plug-ins, found through the registry's entry-point group
   (``importlib.metadata.entry_points(group=...)``): installing a distribution is enough, nianbao is
   never edited. An entry point cannot shadow a built-in of the same name (it is ignored with a
   warning): a plug-in must not silently change what ``pdf`` means.

This module is the ground floor's: it imports nothing else from nianbao.
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import EntryPoint, entry_points
from typing import Callable, Generic, Iterator, Mapping, TypeVar, overload

T = TypeVar("T")

log = logging.getLogger(__name__)


class UnknownNameError(LookupError, ValueError):
    """No plug-in of this kind has the name. A ValueError too: a bad name is a bad argument value, and
    callers that caught ValueError from the dictionaries the registries replaced keep working."""


class PluginUnavailableError(ImportError):
    """The name is known but its plug-in cannot be loaded (a missing extra, a broken third-party package)."""


class Registry(Generic[T]):
    """Name → plug-in object (usually a class) for one kind of plug-in.

    ``kind`` names the kind in messages ("reader"); ``group`` is the entry-point group third parties
    register under ("nianbao.readers"); ``builtins`` maps nianbao's own names to ``"module:attribute"``
    in the order they are preferred; ``extras`` maps a built-in's name to the pip extra it needs.
    """

    def __init__(self, kind: str, group: str, builtins: Mapping[str, str],
                 extras: Mapping[str, str] | None = None) -> None:
        for name, target in builtins.items():
            if target.count(":") != 1:
                raise ValueError(f"built-in {kind} {name!r}: {target!r} is not 'module:attribute'")
        self.kind = kind
        self.group = group
        self._builtins = dict(builtins)
        self._extras = dict(extras or {})
        self._registered: dict[str, T] = {}
        self._loaded: dict[str, T] = {}  # built-ins by name, entry points by target, once imported
        self._warned: set[str] = set()

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}, group={self.group!r}, builtins={list(self._builtins)})"

    # --- registration in code -------------------------------------------------------------------

    @overload
    def register(self, name: str) -> Callable[[T], T]: ...
    @overload
    def register(self, name: str, obj: T) -> T: ...

    def register(self, name: str, obj: T | None = None) -> T | Callable[[T], T]:
        """Register ``obj`` under ``name`` for this process; without ``obj``, a decorator that does.

        A registered object wins over a built-in and an entry point of the same name (a test may
        replace a built-in); ``unregister`` undoes it.
        """
        if obj is None:
            def decorator(target: T) -> T:
                self._registered[name] = target
                return target
            return decorator
        self._registered[name] = obj
        return obj

    def unregister(self, name: str) -> None:
        """Forget what ``register`` put under ``name`` (built-ins and entry points stay)."""
        self._registered.pop(name, None)

    # --- lookup ----------------------------------------------------------------------------------

    def builtin_names(self) -> tuple[str, ...]:
        """nianbao's own names, in their order of preference."""
        return tuple(self._builtins)

    def names(self) -> list[str]:
        """Every name that ``get`` may resolve: built-ins in their order, then names registered in code,
        then installed entry points (sorted). Listing never imports a plug-in."""
        out = list(self._builtins)
        out += [name for name in self._registered if name not in self._builtins]
        out += sorted(name for name in self._entry_points() if name not in self._registered)
        return out

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        # The cheap sources first: entry points are looked for only for a name nianbao does not know.
        return name in self._registered or name in self._builtins or name in self._entry_points()

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def get(self, name: str) -> T:
        """The plug-in registered as ``name``, imported on first use.

        Raises UnknownNameError (a ValueError) listing the known names when nothing has the name, and
        PluginUnavailableError (an ImportError) when it cannot be imported: for a built-in that needs
        an extra, with the ``pip install 'nianbao[extra]'`` line.
        """
        if name in self._registered:
            return self._registered[name]
        if name in self._builtins:
            if name not in self._loaded:
                self._loaded[name] = self._load_builtin(name)
            return self._loaded[name]
        # An entry point is looked up afresh each time (a few ms), so an uninstalled plug-in is gone;
        # what it loaded is cached by its target, as Python caches the module.
        point = self._entry_points().get(name)
        if point is None:
            raise UnknownNameError(
                f"no {self.kind} named {name!r}; known: {', '.join(self.names()) or 'none'} "
                f"(third-party {self.kind}s are found through the entry-point group {self.group!r})")
        key = f"entry point {point.value}"
        if key not in self._loaded:
            self._loaded[key] = self._load_entry_point(name, point)
        return self._loaded[key]

    def available(self) -> Iterator[tuple[str, T]]:
        """(name, plug-in) for every name in ``names()`` order, imported one by one as the caller goes on,
        skipping (with a logged warning) those that cannot be imported: for a search over all plug-ins,
        such as a reader by file suffix, that one broken plug-in must not stop."""
        # Built-ins and registered names first, and the entry points scanned only if the caller goes on
        # past them: a search that a built-in satisfies (a .txt file's reader) never reads the metadata.
        local = list(dict.fromkeys([*self._builtins, *self._registered]))
        for names in (local, lambda: sorted(n for n in self._entry_points() if n not in local)):
            for name in names() if callable(names) else names:
                try:
                    yield name, self.get(name)
                except ImportError as exc:
                    log.warning("%s", exc)

    def preload(self, extras: bool = False) -> list[str]:
        """Import the built-ins now rather than on first use (a fork server, so every worker starts with
        them); those that need an extra only with ``extras``, and then skipped where it is missing.
        Returns the names loaded."""
        loaded = []
        for name in self._builtins:
            if name in self._extras and not extras:
                continue
            try:
                self.get(name)
            except PluginUnavailableError:
                if name not in self._extras:
                    raise  # nianbao's own code without an extra must import
                continue
            loaded.append(name)
        return loaded

    # --- loading ---------------------------------------------------------------------------------

    def _load_builtin(self, name: str) -> T:
        module, attribute = self._builtins[name].split(":")
        try:
            return getattr(importlib.import_module(module), attribute)
        except ImportError as exc:
            extra = self._extras.get(name)
            hint = f": pip install 'nianbao[{extra}]'" if extra else ""
            raise PluginUnavailableError(
                f"the {self.kind} {name!r} needs a library that is not installed ({exc.name or exc}){hint}",
                name=exc.name) from exc

    def _load_entry_point(self, name: str, point: EntryPoint) -> T:
        dist = point.dist.name if point.dist is not None else "an installed package"
        try:
            return point.load()
        except Exception as exc:  # noqa: BLE001 — a third party's import can fail any way; say whose it is
            raise PluginUnavailableError(
                f"the {self.kind} {name!r} from {dist} (entry point {point.value!r} in group {self.group!r}) "
                f"cannot be loaded: {type(exc).__name__}: {exc}") from exc

    def _entry_points(self) -> dict[str, EntryPoint]:
        """The group's installed entry points by name, read afresh each time (importlib.metadata caches the
        scan per sys.path entry), so a plug-in installed while Python runs is found."""
        found: dict[str, EntryPoint] = {}
        for point in entry_points(group=self.group):
            if point.name in self._builtins:
                if point.value not in self._warned:
                    self._warned.add(point.value)
                    log.warning("ignoring the entry point %s = %r in group %r: %r is a built-in %s",
                                point.name, point.value, self.group, point.name, self.kind)
                continue
            found.setdefault(point.name, point)  # two distributions with one name: the first on sys.path
        return found


__all__ = ["PluginUnavailableError", "Registry", "UnknownNameError"]
