"""Sample one report from its seed: agency, year and format, table values, printed cells, breaks,
prose, style. Everything is drawn from one ``random.Random`` seeded by a string, so a seed gives the
same report on every machine and in every worker."""

from __future__ import annotations

import random
from datetime import date

from nianbao.core.codebook import FORMAT_2019, FORMAT_2021
from nianbao.synth.agencies import sample_agency
from nianbao.synth.model import Report, Style
from nianbao.synth.numbers import plant_break, print_cells, table_values
from nianbao.synth.prose import ProseWriter, prose_numbers
from nianbao.synth.table_damage import damages_for

YEARS = tuple(range(2019, 2026))
EXTENSIONS = {"txt": "txt", "html": "html", "docx": "docx", "pdf": "pdf", "md": "md"}


def format_for_year(year: int) -> str:
    """Reports on 2019 and 2020 follow the 2019 trial format; from 2021 the 2021 format."""
    return FORMAT_2019 if year <= 2020 else FORMAT_2021


def sample_style(rng: random.Random, kind: str) -> Style:
    style = Style()
    style.flatten = rng.choice(("tsv", "tsv", "cells", "cells", "spaces"))
    # A text flattening cannot show an empty cell: text reports print zeros as 0 or a dash.
    zeros = ("0", "0", "0", "dash") if kind == "txt" else ("0", "0", "blank", "dash")
    style.zeros = rng.choice(zeros)
    style.dash = rng.choice(("—", "/", "-")) if kind != "txt" else rng.choice(("—", "/"))
    style.t3_note = rng.random() < 0.8
    style.chrome = rng.randrange(3)
    return style


def doc_name(index: int, kind: str, year: int, level: str) -> str:
    return f"synth-{index:06d}-{year}-{level}.{EXTENSIONS[kind]}"


def sample_report(seed: str, index: int, kind: str, break_rate: float) -> Report:
    """The report number ``index`` of a corpus with ``seed``, to be written as ``kind``."""
    rng = random.Random(f"{seed}:{index}")
    agency = sample_agency(rng)
    year = rng.choice(YEARS)
    fmt = format_for_year(year)
    published = date(year + 1, rng.randint(1, 3), rng.randint(1, 28)).isoformat()
    style = sample_style(rng, kind)
    values = table_values(rng, fmt, agency.level, agency.kind)
    planted = [plant_break(rng, values, fmt)] if rng.random() < break_rate else []
    printed, gold_cells = print_cells(rng, values, style)
    writer = ProseWriter(rng, agency, year, fmt, prose_numbers(rng, agency.level, values))
    blocks, figures = writer.write()
    if kind == "md":  # drawn last, so that the other formats' reports stay as they were
        from nianbao.synth.render_markdown import CONVERTERS

        style.converter = rng.choice(CONVERTERS)
        style.lost_heading = "problems" if rng.random() < 0.25 else ""
        style.t3_damage = rng.choice(damages_for(style.converter, style.zeros))
    return Report(doc_id=doc_name(index, kind, year, agency.level), index=index, kind=kind, seed=f"{seed}:{index}",
                  agency=agency, year=year, fmt=fmt, published=published, blocks=blocks, printed=printed,
                  gold_cells=gold_cells, values=values, figures=figures, planted=planted, style=style)
