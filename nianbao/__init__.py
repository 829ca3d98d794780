"""nianbao: read Chinese government information-disclosure annual reports into structured records.

    >>> import nianbao
    >>> record = nianbao.extract("report.docx")
    >>> record.cell("t3.new_received.total").value
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nianbao")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = ["extract", "__version__"]


def __getattr__(name: str):
    # The pipeline imports the extraction package, which imports nianbao.codebook: load it lazily so
    # the codebook and record modules stay importable on their own.
    if name == "extract":
        from nianbao.pipeline import extract

        return extract
    raise AttributeError(name)
