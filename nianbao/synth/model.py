"""A synthetic report as data: who wrote it, which year and format, every table cell as printed and as
gold, the prose in reading order with its labels and figures, and how it is to be typeset.

The sampler (``nianbao.synth.sample``) fills one; the renderers typeset it; ``nianbao.synth.gold``
writes its gold file. Nothing here knows a file format.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from nianbao.core.codebook import FormatVersion

FORMATS = ("txt", "html", "docx", "pdf")  # the shapes a synthetic report takes by default
EXTRA_FORMATS = ("md",)  # … and on request: Markdown as PDF converters write it


@lru_cache(maxsize=1)
def banks() -> dict[str, Any]:
    """nianbao's own banks for synthetic reports (``nianbao/synth/data/banks.json``)."""
    return json.loads(files("nianbao.synth").joinpath("data/banks.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Agency:
    """The agency that publishes the report, and how to reach it."""

    name: str
    region: str  # the place name(s) the name starts with
    level: str  # provincial | prefectural | county | township
    unit: str  # the word it calls itself by in 我{unit} / 本{unit} (局, 委, 县, 镇 …)
    kind: str  # government | office | department
    site: str  # where the report can be read
    website: str
    contact: dict[str, str]  # address, postcode, phone, email


@dataclass
class Block:
    """One item of the report in reading order.

    kind: ``section`` (a top heading; ``section`` says which), ``heading`` (a sub-heading on its own
    line), ``para`` (a narrative paragraph with gold ``labels``), ``table`` (``text`` is t2/t3/t4).
    """

    kind: str
    text: str
    section: str = ""
    labels: tuple[str, ...] = ()


@dataclass
class Style:
    """Typesetting choices sampled per report."""

    flatten: str = "tsv"  # text only: tsv | cells | spaces
    zeros: str = "0"  # how zero cells print: 0 | blank | dash (blank not in text flattenings)
    dash: str = "—"
    t3_note: bool = True  # table 三's corner cell states its 勾稽关系
    chrome: int = 0  # HTML: which site template wraps the article
    converter: str = ""  # Markdown: the PDF converter whose output it imitates (render_markdown.CONVERTERS)
    lost_heading: str = ""  # Markdown: a section whose heading the conversion lost ("" none)
    t3_damage: str = ""  # Markdown: what the conversion did to table 三's later fragments (synth/table_damage.py DAMAGES)
    # Markdown: table 四 as one text line, its values run together, the next section run on after it (its
    # heading wrapped; table_damage.run_on_table_four; never drawn: a reader test sets it)
    t4_run_on: bool = False
    encoding: str = "utf-8"


@dataclass
class Report:
    """One synthetic report with everything its gold file states."""

    doc_id: str
    index: int
    kind: str  # txt | html | docx | pdf
    seed: str
    agency: Agency
    year: int
    fmt: FormatVersion
    published: str  # ISO date
    blocks: list[Block]
    printed: dict[str, str]  # cell id -> text in the table
    gold_cells: dict[str, Any]  # cell id -> gold value (corpus/gold/README.md)
    values: dict[str, float]  # cell id -> numeric value (blank and dash count 0)
    figures: list[dict[str, Any]] = field(default_factory=list)
    planted: list[str] = field(default_factory=list)  # what was broken on purpose, for the notes
    style: Style = field(default_factory=Style)

    @property
    def title(self) -> str:
        return f"{self.agency.name}{self.year}年政府信息公开工作年度报告"

    @property
    def date_line(self) -> str:
        y, m, d = (int(x) for x in self.published.split("-"))
        return f"{y}年{m}月{d}日"
