"""A third-party plug-in distribution, built and installed for real: a ``pyproject.toml`` with entry points
and its modules, installed by pip with ``--target`` into a folder a test puts on ``sys.path``.

pip writes the modules and a ``.dist-info`` (with ``entry_points.txt``) into the folder, so
``importlib.metadata.entry_points`` finds the plug-in exactly as it finds one in site-packages. This
venv's setuptools builds the wheel (``--no-build-isolation``, ``--no-index``): no network.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def install_plugin(root: Path, name: str, entry_points: dict[str, dict[str, str]],
                   modules: dict[str, str]) -> Path:
    """Build distribution ``name`` in ``root``/src and install it into ``root``/site; returns the site folder.

    ``entry_points``: group → {entry-point name: "module:attribute"}; ``modules``: top-level module
    name → its source.
    """
    src, site = root / "src", root / "site"
    src.mkdir(parents=True)
    groups = "".join(f'\n[project.entry-points."{group}"]\n' + "".join(f'{k} = "{v}"\n' for k, v in points.items())
                     for group, points in entry_points.items())
    (src / "pyproject.toml").write_text(textwrap.dedent(f"""\
        [build-system]
        requires = ["setuptools>=68"]
        build-backend = "setuptools.build_meta"

        [project]
        name = "{name}"
        version = "0.1.0"

        [tool.setuptools]
        py-modules = {list(modules)!r}
        """) + groups, encoding="utf-8")
    for module, source in modules.items():
        (src / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index",
                             "--no-build-isolation", "--disable-pip-version-check", "--target", str(site), str(src)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return site
