"""The installed distribution's version, stamped into every record and run."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nianbao")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
