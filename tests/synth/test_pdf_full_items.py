"""At volume: a PDF's text layer whose run-in items open full lines under full lines and whose contact sentence
ends a full line on a field's key (nianbao/synth/pdf_full_items.py) reads those paragraphs whole: the widths say
the paragraph goes on (``readers.full_lines`` marks the line, ``layout.dewrap`` lets an item run on where the
geometry says so and a contact key's value follow it). Fails without those rules."""

from __future__ import annotations

import random
import re
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract
from nianbao.synth.flowed_text import lined_text
from nianbao.synth.pdf_full_items import contact_paragraph, item_paragraph
from nianbao.synth.reshape import indented_lines
from nianbao.synth.sample import sample_report

PAGES = 110
PAGE_HEIGHT = 36


def _layer(lines: list[str], width: int) -> str:
    """The lines as a PDF's text layer at ``width``: first lines indented, a bare page number after every page."""
    flat = [piece for line in lines if line.strip() for piece in indented_lines(line, width)]
    out: list[str] = []
    for k, piece in enumerate(flat, 1):
        out.append(piece)
        if k % PAGE_HEIGHT == 0:
            out.append(f"- {k // PAGE_HEIGHT} -")
    return "\n".join(out) + "\n"


def test_items_and_contact_keys_at_full_lines_are_read_back_whole(tmp_path: Path) -> None:
    wanted = found = 0
    for index in range(PAGES):
        rng = random.Random(f"pdf-full-items:{index}")
        rep = sample_report("pdf-full-items", index, "txt", 0.0)
        lines = lined_text(rep).splitlines()
        heading = next((k for k, line in enumerate(lines) if re.fullmatch(r"一[、.．][^\d\s]{2,16}", line)), None)
        if heading is None:
            continue
        width = rng.randint(28, 40)
        added = [item_paragraph(rng, width), contact_paragraph(rng, width, "本机关办公室")]
        # the items after the overview's first paragraph; the contact sentence closing the preamble
        lines[heading + 2:heading + 2] = [added[0]]
        lines[heading:heading] = [added[1]]
        page = tmp_path / f"{index}.txt"
        page.write_text(_layer(lines, width), encoding="utf-8")
        got = {re.sub(r"\s+", "", p.text) for p in extract(page, ExtractConfig(tag=False)).paragraphs}
        wanted += len(added)
        found += sum(text in got for text in added)
    assert wanted >= 200
    assert found >= 0.95 * wanted, (found, wanted)
