"""The installed layout, staged from the source tree: what a wheel puts into site-packages.

The repository keeps extraction/, classification/ and models/ beside nianbao/ and installs them inside
it (pyproject.toml's package-dir). Tools that walk a package's folder on disk (grimp, and so
import-linter) see that only in a tree laid out like the wheel: this stages one with symlinks.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def setuptools_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def source_dir(package: str, package_dir: dict[str, str]) -> Path:
    """Where ``package`` lives in the repository, by the longest package-dir prefix (as setuptools finds it)."""
    parts = package.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in package_dir:
            return ROOT / package_dir[prefix] / Path(*parts[n:])
    return ROOT / Path(*parts)


def stage_package(dest: Path) -> Path:
    """Lay out every listed package's modules under ``dest`` as the wheel would; returns ``dest``."""
    config = setuptools_config()
    for package in config["packages"]:
        target = dest / Path(*package.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for module in source_dir(package, config["package-dir"]).glob("*.py"):
            (target / module.name).symlink_to(module)
    return dest
