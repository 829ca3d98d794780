"""Which files a run reads."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable


def discover(paths: Iterable[Path], globs: Iterable[str] = (), types: Iterable[str] | None = None) -> list[Path]:
    """Files named, and the files of the wanted types under folders named, each once, in a stable order.

    A file named on the command line is always an input, whatever its suffix: the user asked for it,
    so it gets a record (an error one if nianbao cannot read it). Under folders, a file is an input when
    its suffix is one of ``types`` (default: every suffix a reader handles) and, if ``globs`` are given,
    its path relative to the folder matches one of them (``Path.match`` patterns such as ``2023/*.pdf``).
    """
    from nianbao.extraction.readers import supported_suffixes

    known = set(supported_suffixes())
    suffixes = {("." + t.strip().lower().lstrip(".")) for t in types} if types else known
    if suffixes - known:
        raise ValueError(f"unknown file types {', '.join(sorted(suffixes - known))}: nianbao reads "
                         + ", ".join(sorted(known)))
    patterns = list(globs)
    out: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(path)

    for path in paths:
        if not path.is_dir():
            add(path)
            continue
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            relative = file.relative_to(path)
            if file.suffix.lower() in suffixes and (not patterns or any(relative.match(g) for g in patterns)):
                add(file)
    return out
