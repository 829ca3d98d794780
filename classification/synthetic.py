"""Synthetic training paragraphs from our own phrase banks (``data/phrases.json``), never from reports.

The dozen real reports give ~150 labelled paragraphs; the banks add varied wordings of every label,
with and without headings, in the numbering styles reports use, and the label pairs that share one
paragraph in real reports (problems with their improvements, say). Scores are only ever measured on
real documents.
"""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any

from nianbao.classification.items import LABELS, Example, Item
from nianbao.classification.examples import SYNTHETIC

_CN = "一二三四五六七八九"
_NUMBERINGS = ("（{cn}）", "({cn})", "{n}.", "（{n}）", "{cn}、")
_SLOT = re.compile(r"\{(\w+)\}")


@lru_cache(maxsize=1)
def phrase_banks() -> dict[str, Any]:
    banks = json.loads(files("nianbao.classification").joinpath("data/phrases.json").read_text(encoding="utf-8"))
    unknown = set(banks["labels"]) - set(LABELS)
    if unknown:
        raise ValueError(f"phrases.json has labels the codebook lacks: {', '.join(sorted(unknown))}")
    return banks


def _fill(template: str, rng: random.Random, slots: dict[str, list[str]], year: int) -> str:
    def value(m: re.Match[str]) -> str:
        name = m.group(1)
        if name == "year":
            return str(year)
        if name == "prev":
            return str(year - 1)
        if name == "next":
            return str(year + 1)
        if name == "agency":
            return rng.choice(slots["place"]) + rng.choice(slots["dept"])
        if name in ("n", "m"):
            return str(rng.randint(20, 3000))
        if name.startswith("k"):
            return str(rng.randint(0, 60))
        if name == "pct":
            return str(rng.randint(85, 100))
        if name == "phone":
            return f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
        if name == "postcode":
            return str(rng.randint(100000, 850000))
        return rng.choice(slots[name])

    return _SLOT.sub(value, template)


def _heading(rng: random.Random, text: str) -> str:
    k = rng.randint(1, 6)
    return rng.choice(_NUMBERINGS).format(cn=_CN[k - 1], n=k) + text


def _body(rng: random.Random, spec: dict[str, Any], fill) -> str:
    count = rng.randint(1, min(4, len(spec["sentences"])))
    return "".join(fill(s) for s in rng.sample(spec["sentences"], count))


def synthetic_examples(n: int = 2000, seed: int = 0) -> list[Example]:
    """``n`` synthetic paragraphs, every label about equally often, about one in six with two labels."""
    banks = phrase_banks()
    rng = random.Random(seed)
    labels = list(banks["labels"])
    out = []
    for i in range(n):
        year = rng.randint(2019, 2025)

        def fill(t: str) -> str:
            return _fill(t, rng, banks["slots"], year)

        chosen = list(rng.choice(banks["pairs"])) if rng.random() < 0.17 else [labels[i % len(labels)]]
        first = banks["labels"][chosen[0]]
        text = "".join(_body(rng, banks["labels"][label], fill) for label in chosen)
        section = first["section"]
        path = [banks["section_headings"][section]]
        if first["headings"] and rng.random() < 0.8:
            heading = _heading(rng, fill(rng.choice(first["headings"])))
            path.append(heading)
            if rng.random() < 0.5:  # a run-in heading opens the paragraph's own text
                text = heading + rng.choice(("。", "：", "", " ")) + text
        out.append(Example(Item(text, section, tuple(path)), chosen, f"synthetic-{seed}-{i // 200}", SYNTHETIC))
    return out
