"""The report's prose: section and sub-headings in sampled wordings and numbering styles, narrative
paragraphs with their gold labels, and figures stated in the prose with their gold entries.

Paragraph sentences come from the tagger's phrase banks (``nianbao.classification.synthetic``), keeping only
sentences that state no figure; figures are stated only by the generator's own figure sentences
(``data/banks.json``), whose values come from the report's tables where the prose repeats them, so
every figure in the prose is in the gold and agrees with the tables.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache
from typing import Any

from nianbao.classification.synthetic import phrase_banks
from nianbao.core.keys import paragraph_key
from nianbao.extraction.figures.grammar import paragraph_figures
from nianbao.synth.model import Agency, Block, banks

_CN = "一二三四五六七八九十"
_SLOT = re.compile(r"\{(\w+)\}")
# Bank sentences the generator does not use: slots for numbers (a figure the gold would have to
# state), contact slots (the preamble writes its own), figures stated without a digit (未收取…费 is
# fees 0, 未收到申请 is requests 0 …), and template placeholders.
_FIGURE_SLOT = re.compile(r"\{(?:n|m|k\d?|pct|phone|postcode|road|place)\}|\d")
_NO_DIGIT_FIGURE = re.compile(r"收取|未收到|没有因|未承办|复议|诉讼|（[^）]*）$|^无。$")
SECTION_IDS = ("overview", "proactive", "requests", "review_litigation", "problems", "other_matters")
OVERVIEW_ITEMS = ("proactive_disclosure", "disclosure_on_request", "information_management", "platform_building",
                  "supervision")
# Section 六's items: (label, how often a report has it).
OTHER_ITEMS = (("processing_fees", 0.85), ("proposals", 0.6), ("innovation", 0.4), ("key_points", 0.35),
               ("statistics_notes", 0.2))


@lru_cache(maxsize=1)
def usable_sentences() -> dict[str, list[str]]:
    """Per label, the phrase-bank sentences that state no figure."""
    out = {}
    for label, bank in phrase_banks()["labels"].items():
        # The grammar's own reading is the last word: a sentence it reads a figure from (未接到…申请 is requests 0)
        # would be a figure the gold lacks.
        out[label] = [s for s in bank["sentences"] if not _FIGURE_SLOT.search(s) and not _NO_DIGIT_FIGURE.search(s)
                      and not paragraph_figures(s, 0)]
    return out


class ProseWriter:
    """Writes one report's prose; ``figures`` collects the gold figure entries as paragraphs are written."""

    def __init__(self, rng: random.Random, agency: Agency, year: int, fmt: str, numbers: dict[str, Any]) -> None:
        self.rng = rng
        self.agency = agency
        self.year = year
        self.fmt = fmt
        self.numbers = numbers
        self.blocks: list[Block] = []
        self.figures: list[dict[str, Any]] = []
        self.top_mark = rng.choice(banks()["top_marks"])
        self.sub_mark = rng.choice(banks()["sub_marks"])
        self.sub_headings = rng.random() < 0.85
        self.run_in = rng.random() < 0.2
        slots = phrase_banks()["slots"]
        self.context = {"year": str(year), "prev": str(year - 1), "next": str(year + 1), "agency": agency.name,
                        "unit": agency.unit, "site": agency.site,
                        **{k: rng.choice(v) for k, v in slots.items() if k not in ("place", "dept", "unit", "site")}}

    # --- pieces ------------------------------------------------------------------------------------
    def fill(self, template: str) -> str:
        return _SLOT.sub(lambda m: self.context[m.group(1)], template)

    def sentences(self, label: str, low: int = 1, high: int = 3) -> list[str]:
        bank = usable_sentences()[label]
        return [self.fill(s) for s in self.rng.sample(bank, min(len(bank), self.rng.randint(low, high)))]

    def figure_sentence(self, label: str) -> tuple[str, list[dict[str, Any]]]:
        """One of the generator's figure sentences for ``label``, and its gold figures (keys added later)."""
        template = self.rng.choice(banks()["figures"][label])
        values = {slot: self.numbers[slot] for _, slot, *_ in template["figures"]}
        # Slots that state no figure (a column's part, two counts together) are filled from the numbers too.
        text = _SLOT.sub(lambda m: self.context.get(m.group(1)) or _number_text(self.numbers[m.group(1)]),
                         template["text"])
        entries = []
        for fid, slot, unit, *rest in template["figures"]:
            entries.append({"id": fid, "value": values[slot], "unit": unit,
                            "approx": bool(rest and rest[0] == "approx"),
                            "scope": rest[1] if len(rest) > 1 else None,
                            "qualifier": rest[2] if len(rest) > 2 else None, "note": None})
        return text, entries

    def para(self, section: str, labels: tuple[str, ...], sentences: list[str],
             figures: list[dict[str, Any]] = (), heading: str | None = None) -> None:
        text = "".join(sentences)
        if heading and self.run_in:
            text = heading + self.rng.choice(("。", "：")) + text
        elif heading:
            self.blocks.append(Block("heading", heading, section))
        key = paragraph_key(text)
        self.figures += [f | {"paragraph_key": key} for f in figures]
        self.blocks.append(Block("para", text, section, labels))

    def heading(self, k: int, label: str) -> str | None:
        if not self.sub_headings:
            return None
        title = self.fill(self.rng.choice(banks()["subheadings"][label]))
        return self.sub_mark.format(cn=_CN[k - 1], n=k) + title

    def section(self, k: int, sid: str) -> None:
        title = self.rng.choice(banks()["section_titles"][sid])
        self.blocks.append(Block("section", self.top_mark.format(cn=_CN[k - 1]) + title, sid))

    def item(self, section: str, k: int, label: str, figure_share: float) -> None:
        sentences = self.sentences(label)
        figures: list[dict[str, Any]] = []
        if label in banks()["figures"] and self.rng.random() < figure_share:
            text, figures = self.figure_sentence(label)
            sentences.insert(self.rng.choice((0, len(sentences))), text)
        if not sentences:
            sentences = self.sentences("other", 1, 1)
        self.para(section, (label,), sentences, figures, self.heading(k, label))

    # --- the report --------------------------------------------------------------------------------
    def preamble(self) -> None:
        b = banks()
        ref = self.rng.choice(b["format_refs"][self.fmt])
        first = self.fill(self.rng.choice(b["preamble"]).replace("{format_ref}", ref))
        c = self.agency.contact
        rest = [self.fill(self.rng.choice(b["period"])),
                self.rng.choice(b["contact"]).format(site=self.agency.site, agency=self.agency.name, **c)]
        if self.rng.random() < 0.4:
            self.para("preamble", ("preamble",), [first, *rest])
        else:
            self.para("preamble", ("preamble",), [first])
            self.para("preamble", ("preamble",), rest)

    def overview(self) -> None:
        self.section(1, "overview")
        self.para("overview", ("overview",), self.sentences("overview", 1, 3))
        shares = {"proactive_disclosure": 0.7, "disclosure_on_request": 0.6, "supervision": 0.4}
        for k, label in enumerate(OVERVIEW_ITEMS, start=1):
            self.item("overview", k, label, shares.get(label, 0.0))

    def problems(self) -> None:
        self.section(5, "problems")
        roll = self.rng.random()
        if roll < 0.15:  # problems and measures in one paragraph
            self.para("problems", ("problems", "improvements"),
                      self.sentences("problems", 1, 2) + self.sentences("improvements", 1, 2))
            return
        labels = ["problems", "improvements"] + (["prior_rectification"] if self.rng.random() < 0.3 else [])
        for k, label in enumerate(labels, start=1):
            self.item("problems", k, label, 0.0)

    def other_matters(self) -> None:
        self.section(6, "other_matters")
        items = [label for label, share in OTHER_ITEMS if self.rng.random() < share]
        if not items:
            self.para("other_matters", ("other",), self.sentences("other", 1, 1))
            return
        for k, label in enumerate(items, start=1):
            self.item("other_matters", k, label, 1.0 if label in ("processing_fees", "proposals") else 0.0)

    def write(self) -> tuple[list[Block], list[dict[str, Any]]]:
        """Every block of the report in reading order (tables as ``table`` blocks) and its gold figures."""
        self.preamble()
        self.overview()
        for k, (sid, table) in enumerate((("proactive", "t2"), ("requests", "t3"), ("review_litigation", "t4")),
                                         start=2):
            self.section(k, sid)
            self.blocks.append(Block("table", table, sid))
        self.problems()
        self.other_matters()
        return self.blocks, self.figures


def _number_text(value: float) -> str:
    return str(value) if isinstance(value, int) or not float(value).is_integer() else str(int(value))


def prose_numbers(rng: random.Random, level: str, values: dict[str, Any]) -> dict[str, Any]:
    """The numbers the figure sentences may state; the request counts are the tables' own."""
    scale = {"township": 300, "county": 3000, "prefectural": 20000, "provincial": 50000}[level]
    npc = rng.randint(1, scale // 50 + 3)
    rate = 100 if rng.random() < 0.8 else round(rng.uniform(90, 99.9), 1)
    out: dict[str, Any] = {
        "items": rng.randint(20, scale), "new": values["t3.new_received.total"],
        "done": values["t3.total_processed.total"], "sessions": rng.randint(1, 12),
        "people": rng.randint(10, 600), "npc": npc, "cppcc": rng.randint(1, npc + 5), "rate": rate,
        "sat": 100 if rng.random() < 0.7 else round(rng.uniform(90, 99.9), 1), "zero": 0,
        # channels, column parts (smaller than the count they are parts of), the public consulted
        "wb": rng.randint(5, scale // 3 + 5), "wx": rng.randint(5, scale // 2 + 5), "cons": rng.randint(1, 40),
        "intv": rng.randint(1, 12), "msg": rng.randint(1, 300), "interp": rng.randint(1, 60),
    }
    out["part"] = rng.randint(1, max(1, out["items"] // 3))
    out["part2"] = rng.randint(1, max(1, out["items"] // 4))
    out["lv"] = out["npc"] + out["cppcc"]  # the two together: no figure of either
    # heldout-4's constructions: a stock after the year's count, counts of kinds and of interpretation kinds
    # (no figures), approximate tens of thousands, applications by the way they came (parts, no figures),
    # carried counts (the tables' own), a second count of messages.
    out["hist"] = out["items"] + rng.randint(1, scale * 5)
    out["kinds"] = rng.randint(3, 9)
    out["ipart"] = rng.randint(1, out["interp"])
    out["wan"] = rng.randint(2, 40)
    out["wanv"] = out["wan"] * 10000
    out["ch1"] = rng.randint(0, out["new"])
    out["ch2"] = out["new"] - out["ch1"]
    out["prevc"] = values.get("t3.carried_over.total", 0)
    out["nextc"] = values.get("t3.carried_forward.total", 0)
    out["msg2"] = rng.randint(1, 120)
    # heldout-6's: ten thousands with a decimal (万余条 after a count listed with the same verb), and the
    # review count with its outcomes (the tables' own, so the prose agrees with table 四).
    out["wanh"] = out["wanv"] + 5000
    out["rv"] = values.get("t4.review.total", 0)
    out["rvu"] = values.get("t4.review.upheld", 0)
    out["rvc"] = values.get("t4.review.corrected", 0)
    out["psum"] = out["part"] + out["part2"]  # heldout-7's: a sum after counts of kinds
    out["both"] = out["new"] + out["prevc"]  # heldout-11's: a bare 受理N件 of new and carried together
    return out
