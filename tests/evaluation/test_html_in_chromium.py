"""The HTML report of the real gold documents, opened in headless Chromium: plots decoded with a
size, the tables and the links to the source spans present."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from nianbao.evaluation.evaluate import evaluate
from nianbao.evaluation.html import html_report

pytest.importorskip("matplotlib", reason="needs nianbao[eval] (matplotlib) for the plots")

# Writes each image's decoded size into the DOM once the page has loaded, for --dump-dom to show.
_PROBE = (
    '<script>window.addEventListener("load",()=>{for(const i of document.images)'
    'i.setAttribute("data-natural",i.naturalWidth+"x"+i.naturalHeight);'
    'document.body.setAttribute("data-loaded","1")});</script>'
)


def _chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path
    pytest.skip("headless Chromium is absent (apt-get install chromium; .ci/run installs it)")


def test_report_renders_in_headless_chromium(gold_records, gold, tmp_path: Path) -> None:
    browser = _chromium()
    page = tmp_path / "report.html"
    page.write_text(
        html_report(evaluate(gold, gold_records).to_dict()).replace("</body>", _PROBE + "</body>"),
        encoding="utf-8",
    )
    dom = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=5000",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    assert 'data-loaded="1"' in dom, "the page did not finish loading"
    sizes = [tuple(map(int, s.split("x"))) for s in re.findall(r'data-natural="(\d+x\d+)"', dom)]
    assert len(sizes) == 4 and all(w > 100 and h > 100 for w, h in sizes), sizes
    for cls in (
        "cells",
        "cells-by-format",
        "cells-by-extractor",
        "checks",
        "metadata",
        "paragraphs",
        "figures",
        "misses",
    ):
        assert f'class="{cls}"' in dom, cls
    # every miss links to an anchor that exists in the page
    targets = set(re.findall(r'href="#([^"]+)"', dom))
    ids = set(re.findall(r'id="([^"]+)"', dom))
    assert targets and targets <= ids, sorted(targets - ids)[:5]
