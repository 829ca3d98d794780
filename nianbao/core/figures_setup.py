"""matplotlib set up for Chinese labels, shared by the evaluation report's plots and the themes report.

matplotlib's default DejaVu Sans has no CJK glyphs: Chinese labels would draw as boxes. The font is
found among installed fonts (fontconfig's ``:lang=zh`` list first, then known CJK family names); where
none exists the plots still draw, with a warning that says what to install. matplotlib is imported only
when a plot is drawn.
"""

from __future__ import annotations

import base64
import io
import logging
import subprocess
import warnings
from functools import lru_cache
from typing import Any

_KNOWN_CJK = ("WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "SimHei",
              "Microsoft YaHei", "PingFang SC", "Droid Sans Fallback")


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family name of an installed font with Chinese glyphs, registered with matplotlib; None if none."""
    from matplotlib import font_manager

    try:
        listing = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    for line in listing.splitlines():
        path = line.split(":", 1)[0].strip()
        if path:
            try:
                font_manager.fontManager.addfont(path)
                return font_manager.FontProperties(fname=path).get_name()
            except (OSError, RuntimeError, ValueError):
                continue
    names = {f.name for f in font_manager.fontManager.ttflist}
    return next((n for n in _KNOWN_CJK if n in names), None)


def pyplot(what: str) -> Any:
    """``matplotlib.pyplot`` drawing to files only, with a CJK font; ``what`` names the plots in the warning
    given where no such font is installed."""
    import matplotlib

    # A .ttc collection reports its weight as 500, and font_manager logs that on every lookup: noise.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    font = cjk_font()
    if font is None:
        warnings.warn(f"no CJK font found (install fonts-wqy-zenhei or Noto Sans CJK): Chinese labels in {what} "
                      "will draw as boxes", RuntimeWarning, stacklevel=3)
    else:
        plt.rcParams["font.sans-serif"] = [font, "DejaVu Sans"]
        plt.rcParams["font.family"] = "sans-serif"
    plt.rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212
    return plt


def png_base64(fig: Any, dpi: int = 110) -> str:
    """A figure as base64 PNG for an inline <img>, the figure closed."""
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")
