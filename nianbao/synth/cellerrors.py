"""Synthetic reports with one misprinted cell, to measure how well ``nianbao.extraction.repair`` finds it.

A report is sampled without planted breaks (its tables obey H1–H4), then one count cell of table 三 or 四
holding a non-zero number is printed wrongly, by one of the slips a report or its OCR makes:

- ``typo``: one digit replaced by another (not a look-alike);
- ``transposition``: two adjacent different digits swapped (12 → 21);
- ``ocr_confusion``: a digit read as its look-alike (0↔8, 1↔7, 5↔6 …).

The gold stays the true value; ``PlantedError`` says which cell, what was printed and what it should be.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from nianbao.synth.model import Report
from nianbao.synth.render_html import render_html
from nianbao.synth.render_text import render_text
from nianbao.synth.sample import sample_report

ERROR_KINDS = ("typo", "transposition", "ocr_confusion")
_LOOKALIKE = {"0": "86", "1": "7", "3": "8", "5": "6", "6": "58", "7": "1", "8": "036", "9": "8"}


@dataclass(frozen=True)
class PlantedError:
    doc_id: str
    cell: str
    kind: str
    true_value: int
    printed: str


def _misprint(rng: random.Random, digits: str, kind: str) -> str | None:
    """``digits`` with one slip of ``kind``; None where that slip cannot apply (or would lead with a 0)."""
    options = []
    for i, d in enumerate(digits):
        if kind == "transposition" and i + 1 < len(digits) and digits[i + 1] != d:
            options.append(digits[:i] + digits[i + 1] + d + digits[i + 2:])
        elif kind == "ocr_confusion":
            options += [digits[:i] + o + digits[i + 1:] for o in _LOOKALIKE.get(d, "")]
        elif kind == "typo":
            options += [digits[:i] + o + digits[i + 1:] for o in "0123456789"
                        if o != d and o not in _LOOKALIKE.get(d, "")]
    options = [o for o in options if not (len(o) > 1 and o[0] == "0")]
    return rng.choice(options) if options else None


def plant_cell_error(rep: Report, rng: random.Random, kind: str | None = None) -> PlantedError | None:
    """Misprint one count cell of table 三 or 四 in ``rep.printed`` (in place); None if no cell allows it."""
    kind = kind or rng.choice(ERROR_KINDS)
    cells = sorted(cid for cid, v in rep.values.items()
                   if cid.startswith(("t3.", "t4.")) and isinstance(v, int) and v > 0 and rep.printed.get(cid) == str(v))
    rng.shuffle(cells)
    for cid in cells:
        printed = _misprint(rng, str(rep.values[cid]), kind)
        if printed is not None:
            rep.printed[cid] = printed
            return PlantedError(rep.doc_id, cid, kind, int(rep.values[cid]), printed)
    return None


def write_planted(out: str | Path, n: int, seed: str = "cellerrors", formats: tuple[str, ...] = ("txt", "html"),
                  kinds: tuple[str, ...] = ERROR_KINDS) -> list[tuple[Path, PlantedError]]:
    """``n`` reports under ``out``, each with one misprinted cell (the kinds in turn); (file, planted error).
    A report with no cell that allows its slip is passed over for the next index."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Path, PlantedError]] = []
    index = 0
    while len(written) < n:
        i, index = index, index + 1
        fmt, kind = formats[len(written) % len(formats)], kinds[len(written) % len(kinds)]
        rep = sample_report(seed, i, fmt, 0.0)
        planted = plant_cell_error(rep, random.Random(f"{seed}:{i}:error"), kind)
        if planted is None:  # no cell allows this slip (a transposition needs two different digits): next report
            continue
        path = out / rep.doc_id
        path.write_bytes(render_text(rep) if fmt == "txt" else render_html(rep))
        written.append((path, planted))
    return written


def write_clean(out: str | Path, n: int, seed: str = "clean", formats: tuple[str, ...] = ("txt", "html")) -> list[Path]:
    """``n`` reports whose tables obey every identity (for the no-false-proposal check)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        fmt = formats[i % len(formats)]
        rep = sample_report(seed, i, fmt, 0.0)
        path = out / rep.doc_id
        path.write_bytes(render_text(rep) if fmt == "txt" else render_html(rep))
        paths.append(path)
    return paths
