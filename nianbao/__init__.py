"""nianbao: read Chinese government information-disclosure annual reports into structured records.

    >>> import nianbao
    >>> record = nianbao.extract("report.docx")
    >>> record.cell("t3.new_received.total").value

The package is layered in the order the data flows (README, "Architecture"): ``nianbao.core`` at the
bottom, then ``nianbao.extraction``, ``nianbao.classification``, ``nianbao.pipeline``, the corpus tools
(``batch``, ``outputs``, ``evaluation``, ``analysis``, ``synth``) and ``nianbao.cli`` on top.
"""

from __future__ import annotations

from nianbao.core.config import ExtractConfig
from nianbao.core.version import __version__
from nianbao.pipeline import extract

__all__ = ["extract", "ExtractConfig", "__version__"]
