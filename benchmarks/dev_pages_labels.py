"""Score the paragraph tagger against the labels of the dev-page facts (corpus/dev-pages), in two modes.

    .venv/bin/python benchmarks/dev_pages_labels.py DIR [DIR ...] [--model FOLDER] [--errors] [--mode both]

DIR holds the page texts the facts were written from, kept outside the repository (one ``*.txt`` per
page, its URL on the first line, one paragraph a line after it), as for ``dev_pages_figures.py``.

- ``content``: each labelled paragraph tagged alone, its text only (what the scorer did before: a lower
  bound, as if the page's headings were lost).
- ``pipeline``: the page read as a user's run reads it (``dev_pages.extract_page``: layout, sections,
  heading paths, then the tagger with structure), and the labels of the record's paragraph scored.

Matching a saved paragraph to the record's paragraphs (``pipeline``), in this order:

1. a record paragraph with the same ``paragraph_key`` (the usual case: one saved line, one paragraph);
2. else the record paragraph whose text contains the saved one (the layout joined lines, e.g. a heading
   run into its body): its labels are the saved paragraph's;
3. else the record paragraphs contained in the saved one (the layout split it, e.g. a run-in heading
   taken off as a heading): the union of their labels;
4. else a record paragraph nearly the same (difflib ratio ≥ 0.9: the reading dropped or changed a few
   characters, e.g. words a mirror's spam filter took out): its labels;
5. else, where the saved line is one of the six section headings (the 2019 format's, or an old outline's
   the layout maps to one) and the record found that section (``Record.sections``), the topic the format
   gives the section (the facts label a section heading by what it heads, as a sub-heading: 一 overview,
   二 主动公开, 三 and 四 依申请公开, 五 problems and improvements, 六 other where it is the 2019 heading):
   the record placed the line as that section's heading, a section heading standing over a table has no
   paragraph under it to carry the label, and 一 heads the summary and every sub-item, not only the first
   paragraph under it (``section``; an old outline's 六 names items of its own, fees or staff, and is left
   to step 6);
6. else, where the saved line is a sub-heading the record keeps in its paragraphs' heading paths (the
   facts label a heading line by what it heads, ``corpus/gold/README.md``), the labels of the first
   paragraph under it;
7. else the saved paragraph is not a narrative paragraph of the record (a table row, or dropped): it
   counts as predicted with no label, so every gold label of it is a miss.

Text is compared without whitespace, and through the simplified view on traditional pages (the pipeline
keeps the simplified text in ``text``). Prints micro P/R/F1 per split and mode; ``--errors`` prints the
(gold → predicted) label confusions per split and the unmatched paragraphs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path
from typing import Sequence

from nianbao.classification.default import shipped_model_dir
from nianbao.classification.items import Item, decide
from nianbao.classification.registry import load
from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.core.record import Paragraph
from nianbao.extraction.layout.headings import section_of_heading
from nianbao.extraction.script import is_traditional, to_simplified

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_pages import extract_page  # noqa: E402  (a sibling script, not a package)

FACTS = Path(__file__).resolve().parents[1] / "corpus" / "dev-pages"
_SPACE = re.compile(r"\s+")


def pages(dirs: list[Path]) -> dict[str, Path]:
    """URL → the saved page file."""
    out = {}
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            with path.open(encoding="utf-8") as f:
                url = f.readline().strip()
            if url:
                out[url] = path
    return out


def squash(text: str) -> str:
    return _SPACE.sub("", text)


# What each section's heading heads, in the labels (corpus/gold/README.md: 四's 复议/诉讼 about disclosure arise
# from request handling; 五 states the problems and their improvements).
SECTION_TOPICS = {"overview": ["overview"], "proactive": ["proactive_disclosure"], "requests": ["disclosure_on_request"],
                  "review_litigation": ["disclosure_on_request"], "problems": ["problems", "improvements"],
                  "other_matters": ["other"]}


def section_heading_topics(saved: str, sections: Sequence[str]) -> list[str] | None:
    """The labels of a saved line that is the heading of a section the record found, else None."""
    sid = section_of_heading(saved, old=True)
    if sid not in sections or sid not in SECTION_TOPICS:
        return None
    if sid == "other_matters" and section_of_heading(saved) != sid:
        return None  # an old outline's 六 (政府支出与收费, 工作人员情况) heads items of its own
    return list(SECTION_TOPICS[sid])


def match(saved: str, record: list[Paragraph], sections: Sequence[str] = ()) -> tuple[str, list[str]]:
    """How ``saved`` (already in the record's script) matched the record's paragraphs (and, for a section
    heading, the sections it found), and its labels."""
    key = paragraph_key(saved)
    for p in record:
        if paragraph_key(p.text) == key:
            return "same", list(p.labels)
    s = squash(saved)
    for p in record:
        if s and s in squash(p.text):
            return "inside", list(p.labels)
    parts = [p for p in record if (t := squash(p.text)) and len(t) >= 4 and t in s]
    if parts:
        return "split", sorted({label for p in parts for label in p.labels})
    near = [p for p in record if abs(len(squash(p.text)) - len(s)) <= max(4, len(s) // 10)
            and SequenceMatcher(None, s, squash(p.text), autojunk=False).ratio() >= 0.9]
    if near:
        return "near", list(near[0].labels)
    # (a section heading first: '一、总体情况' heads the summary and the sub-items, not only the first
    # paragraph under it, which may be a sub-item's)
    topics = section_heading_topics(saved, sections)
    if topics is not None:
        return "section", topics
    for p in record:
        if p.path and squash(p.path[-1]) == s:
            return "heading", list(p.labels)
    return "unmatched", []


class Tally:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0
        self.pairs: Counter = Counter()
        self.how: Counter = Counter()

    def add(self, want: list[str], got: list[str]) -> None:
        w, g = set(want), set(got)
        self.tp += len(w & g)
        self.fp += len(g - w)
        self.fn += len(w - g)
        missed, extra = sorted(w - g), sorted(g - w)
        for m in missed:
            self.pairs[(m, "|".join(extra) or "-")] += 1
        if not missed:
            for e in extra:
                self.pairs[("+", e)] += 1

    def line(self) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"tp {self.tp} fp {self.fp} fn {self.fn}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--model", type=Path, default=None, help="a tagger folder (default: the shipped model)")
    ap.add_argument("--mode", choices=("both", "content", "pipeline"), default="both")
    ap.add_argument("--errors", action="store_true", help="print label confusions and unmatched paragraphs")
    ap.add_argument("--split", action="append", help="only these splits (repeatable)")
    ap.add_argument("--facts", type=Path, default=FACTS, help="the folder of facts files (default corpus/dev-pages)")
    args = ap.parse_args()
    model = args.model or shipped_model_dir()
    tagger = load(model)
    by_url = pages(args.dirs)
    modes = ["content", "pipeline"] if args.mode == "both" else [args.mode]
    config = ExtractConfig(tagger_model=str(model)) if "pipeline" in modes else None
    grand = {m: Tally() for m in modes}
    levels: dict[str, dict[str, Tally]] = {}  # page kind (the agency's level) → mode → tally
    with tempfile.TemporaryDirectory() as tmp:
        for facts in sorted(args.facts.glob("*.json")):
            data = json.loads(facts.read_text(encoding="utf-8"))
            if args.split and data["split"] not in args.split:
                continue
            tallies = {m: Tally() for m in modes}
            unmatched = []
            n_pages = 0
            for page in data["pages"]:
                path = by_url.get(page["url"])
                if path is None or not page["paragraphs"]:
                    continue
                n_pages += 1
                lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
                by_key = {paragraph_key(t): t for t in lines}
                gold = [(g["labels"], by_key[g["key"]]) for g in page["paragraphs"] if g["key"] in by_key]
                traditional = is_traditional("".join(lines))
                if "content" in modes and gold:
                    items = [Item(to_simplified(t) if traditional else t) for _, t in gold]
                    for (want, _), got in zip(gold, decide(tagger.predict_scores(items), tagger.config.thresholds())):
                        tallies["content"].add(want, got)
                        levels.setdefault(page.get("level") or "?", {}).setdefault("content", Tally()).add(want, got)
                if "pipeline" in modes and gold:
                    record = extract_page(path, Path(tmp), config)
                    for want, text in gold:
                        how, got = match(to_simplified(text) if traditional else text, record.paragraphs,
                                         record.sections)
                        tallies["pipeline"].how[how] += 1
                        tallies["pipeline"].add(want, got)
                        levels.setdefault(page.get("level") or "?", {}).setdefault("pipeline", Tally()).add(want, got)
                        if how == "unmatched":
                            unmatched.append((page["page"], want, text[:30]))
            for m in modes:
                t = tallies[m]
                for k in ("tp", "fp", "fn"):
                    setattr(grand[m], k, getattr(grand[m], k) + getattr(t, k))
                grand[m].pairs.update(t.pairs)
                grand[m].how.update(t.how)
                how = f"  ({', '.join(f'{k} {v}' for k, v in sorted(t.how.items()))})" if t.how else ""
                print(f"{data['split']:12s} {n_pages:3d} pages  {m:8s} {t.line()}{how}")
                if args.errors:
                    for (want, got), n in t.pairs.most_common():
                        print(f"      {n:3d}  {want} → {got}")
            if args.errors and unmatched:
                print("      unmatched:", unmatched)
    for m in modes:
        print(f"{'all':12s} {'':9s}  {m:8s} {grand[m].line()}")
        if args.errors:
            for (want, got), n in grand[m].pairs.most_common():
                print(f"      {n:3d}  {want} → {got}")
    if args.errors:
        for level in sorted(levels):
            for m, t in sorted(levels[level].items()):
                print(f"{'by level':12s} {level:11s} {m:8s} {t.line()}")


if __name__ == "__main__":
    main()
