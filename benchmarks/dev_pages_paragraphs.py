"""Gold paragraphs found on real pages: does every labelled narrative paragraph come out whole, and where
do the missing ones go?

    .venv/bin/python benchmarks/dev_pages_paragraphs.py [--root /work/devpages-15] [--split S ...] [--pages] [--misses]

The facts (``corpus/dev-pages/*.json``) give, for each page, the ``paragraph_key`` of every labelled
paragraph (one line of the saved page text, or the run of lines a page wrapped it over; a key on no line is counted
and printed, never skipped). The page texts stay outside the repository: split
``development`` under ROOT itself, ``heldout`` under ROOT/heldout, ``heldout-N`` under ROOT/heldoutN (one
``*.txt`` per page, its URL on the first line, one paragraph a line after it). The sealed split
(``heldout-12``) is read only when ``--split`` names it, and a page whose URL a list given by
``--exclude-urls`` names (another engineer's sealed set) never.

The facts label heading lines too (by what they head, ``corpus/gold/README.md``): a gold line that is a
heading alone (no sentence in it) is counted apart — right when the layout took it as a heading or kept
it as a paragraph. Every other gold line is a narrative paragraph. It is **found** when a record paragraph
outside the ``unplaced`` section has its key (in the page's script or the simplified view), or is the line
with only its run-in headings taken off ("一、总体情况（一）主动公开情况。本年…": the headings go to the
paragraph's path, the narrative is whole), or is record paragraphs with only headings between them (a
page ran a section heading into a line: '…报告如下。一、总体情况2023年，…'). Otherwise it is put in the first class that fits:

- ``unplaced``: it is (or is inside) a paragraph of the ``unplaced`` section;
- ``merged``: a record paragraph holds it with more text (run into a neighbour);
- ``split``: record paragraphs inside it cover at least half of it (cut into pieces, or a heading taken off);
- ``altered``: a record paragraph nearly the same (a few characters changed or dropped);
- ``signature``: a date line or the agency's name, taken as the report's signature;
- ``title``: taken as (part of) the title;
- ``heading``: taken as a section heading or sub-heading (kept only in paths);
- ``table``: taken as table text;
- ``chrome``: in none of the layout's sections (dropped as page furniture);
- ``cut``: only a part of it is anywhere in the layout.

Prints per split found/gold, pages under 98% and the classes; ``--pages`` every page's line; ``--misses``
each missed paragraph's class and first characters (page text: print, never commit).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.core.record import Record
from nianbao.extraction import script
from nianbao.extraction.layout import Layout, Line, analyse
from nianbao.extraction.layout.clean import clean_line
from nianbao.extraction.layout.headings import section_of_heading, sub_heading
from nianbao.extraction.readers import read

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_pages import extract_page  # noqa: E402  (a sibling script, not a package)

FACTS = Path(__file__).resolve().parents[1] / "corpus" / "dev-pages"
SEALED_SPLITS = {"heldout-12"}  # scored by the integrator only, by naming it
CLASSES = ("unplaced", "merged", "split", "altered", "signature", "title", "heading", "table", "chrome", "cut")
_SPACE = re.compile(r"\s+")
_DATE_LINE = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年.{1,3}月.{1,3}日$")


def squash(text: str | None) -> str:
    return _SPACE.sub("", text or "")


def listed_urls(lists: list[Path]) -> set[str]:
    """The URLs the given lists name, one a line (sealed sets: the lists themselves are only URLs)."""
    out: set[str] = set()
    for path in lists:
        out |= {u.strip() for u in path.read_text(encoding="utf-8").splitlines() if u.strip()}
    return out


def split_dir(root: Path, split: str) -> Path:
    """Where a split's page texts are kept."""
    if split == "development":
        return root
    return root / split.replace("-", "")


def page_files(folder: Path) -> dict[str, Path]:
    """URL → the saved page file."""
    out = {}
    for path in sorted(folder.glob("*.txt")):
        with path.open(encoding="utf-8") as f:
            url = f.readline().strip()
        if url:
            out[url] = path
    return out


def page_layout(path: Path, tmp: Path) -> Layout:
    """The layout the pipeline sees for the saved page (its simplified view on a traditional page)."""
    page = tmp / f"layout-{path.name}"
    page.write_text(path.read_text(encoding="utf-8").split("\n", 1)[-1], encoding="utf-8")
    view, _ = script.simplified_view(read(page))
    return analyse(view)


def keyed_lines(path: Path, span: int = 3) -> dict[str, str]:
    """The page's paragraphs by key: each line, and runs of up to ``span`` consecutive lines joined, because a
    page may wrap one paragraph over lines and its gold key is then the key of the lines joined."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()[1:] if ln.strip()]
    by_key: dict[str, str] = {}
    for size in range(span, 0, -1):  # a single line wins over a run that happens to hash the same
        for start in range(len(lines) - size + 1):
            text = "".join(lines[start:start + size])
            by_key[paragraph_key(text)] = text
    return by_key


# Where a paragraph may start or end inside a line a crawler ran several paragraphs into: at a space, after a
# stop, or at a numbered heading or item ('…报告如下。一、总体情况…', '…办结。（二）…').
_PART_EDGE = re.compile(r"\s|(?<=[。！？；!?;])|(?=[一二三四五六七八九十]{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．](?!\d))")


def keyed_parts(path: Path, wanted: set[str]) -> dict[str, str]:
    """Gold paragraphs that are parts of one line of the page (a crawler's one-line text: the gold is the
    paragraphs a reader sees in it, each keyed by its own text), by key, for the ``wanted`` keys no line has."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        edges = sorted({0, len(line)} | {m.start() for m in _PART_EDGE.finditer(line)})
        for i, start in enumerate(edges):
            for end in edges[i + 1:]:
                key = paragraph_key(line[start:end])
                if key in wanted:
                    found[key] = line[start:end]
    return found


def is_heading_line(text: str) -> bool:
    """A gold line that is a heading alone: one of the six section headings (numbered or not, a list bullet
    before it or not) or a pre-2019 outline's heading mapped to one ('三、政府信息公开的收费及减免情况。', its full
    stop no sentence), or a sub-heading marker with no sentence after it ('（一）主动公开情况。': its stop no
    sentence either). A mirror's lost marks at its edges ('一、總體情況?', blanks it could not encode) are no part
    of it: the cleaner takes them off."""
    text = clean_line(text) or text
    if section_of_heading(text, old=True) is not None:
        return True
    heading = sub_heading(text)
    return heading is not None and (not heading.run_in or squash(heading.text) == _unstopped(text))


def _unstopped(text: str) -> str:
    """``text`` without the full stop a heading line may end on."""
    return text.rstrip("。.．")


def _headings_off(gold: str, paragraph: str) -> bool:
    """``paragraph`` is ``gold`` with only its run-in heading(s) taken off the front."""
    if len(paragraph) < 8 or not gold.endswith(paragraph) or gold == paragraph:
        return False
    head = gold[: len(gold) - len(paragraph)]
    while head:
        h = sub_heading(head)
        if h is None:
            return False
        head = head[len(squash(h.text)):] if not h.run_in else ""
        if h.run_in:
            return False
    return True


@dataclass
class Where:
    """The record's and the layout's texts a gold paragraph is looked for in."""

    placed: list[tuple[str, set[str]]]  # (section, the paragraph's squashed texts in both scripts)
    keys: set[str]
    unplaced_keys: set[str]
    title: str
    agency: str
    headings: set[str]
    table: list[str]
    body: str

    @classmethod
    def of(cls, record: Record, layout: Layout) -> Where:
        placed = [(p.section, {squash(p.text), squash(p.original)} - {""}) for p in record.paragraphs]
        keys = {paragraph_key(t) for s, texts in placed if s != "unplaced" for t in texts}
        unplaced_keys = {paragraph_key(t) for s, texts in placed if s == "unplaced" for t in texts}
        heads = {squash(s.heading) for s in layout.sections if s.heading}
        heads |= {squash(h) for p in layout.paragraphs for h in p.path}
        table = [squash(line.text) for s in layout.sections for line in s.lines if line.role == "table"]
        body = "".join(squash(i.text) if isinstance(i, Line) else squash(i.as_text())
                       for s in layout.sections for i in s.items)
        return cls(placed, keys, unplaced_keys, squash(layout.title), squash(record.metadata.agency),
                   heads - {""}, table, body)

    def _split_at_headings(self, gold: str) -> bool:
        """The line is record paragraphs in order with only headings between them (a page that ran a
        section heading into the preamble's line: '…报告如下。一、总体情况2023年，…')."""
        pieces = sorted({p for _, ps in self.placed for p in ps if len(p) >= 8 and p in gold},
                        key=lambda p: (gold.find(p), -len(p)))
        at, gaps = 0, []
        for p in pieces:
            i = gold.find(p, at)
            if i < 0:
                continue
            gaps.append(gold[at:i])
            at = i + len(p)
        gaps.append(gold[at:])
        if not at or len(gaps) < 2:
            return False
        return all(not g or g in self.headings or section_of_heading(g) or
                   ((h := sub_heading(g)) is not None and not h.run_in) for g in gaps)

    def classify(self, texts: set[str]) -> str:
        """'found' or the class of a miss, for a gold paragraph given in both scripts (squashed)."""
        if {paragraph_key(t) for t in texts} & self.keys:
            return "found"
        if any(_headings_off(t, p) for _, ps in self.placed for p in ps for t in texts):
            return "found"
        # (a crawler's line 'HEADING TEXT…' read as one paragraph whose heading went to the path, where the gold
        # keys the heading as a line of its own: the narrative is whole either way; the heading may end on a stop
        # the path leaves off, '（一）主动公开情况。 2024年，…')
        if any(p.endswith(t) and _unstopped(p[: len(p) - len(t)]) in self.headings
               for _, ps in self.placed for p in ps for t in texts):
            return "found"
        if {paragraph_key(t) for t in texts} & self.unplaced_keys or any(
                t in p for s, ps in self.placed if s == "unplaced" for p in ps for t in texts):
            return "unplaced"
        if any(t in p for _, ps in self.placed for p in ps for t in texts):
            return "merged"
        if any(self._split_at_headings(t) for t in texts):
            return "found"
        for t in texts:
            inside = [p for _, ps in self.placed for p in ps if len(p) >= 4 and p in t]
            if sum(len(p) for p in set(inside)) >= len(t) / 2:
                return "split"
        for t in texts:
            for _, ps in self.placed:
                for p in ps:
                    if abs(len(p) - len(t)) <= max(4, len(t) // 10) and \
                            SequenceMatcher(None, t, p, autojunk=False).ratio() >= 0.9:
                        return "altered"
        if any(_DATE_LINE.match(t) or (self.agency and t == self.agency) for t in texts):
            return "signature"
        if self.title and any(t in self.title or self.title in t for t in texts):
            return "title"
        if any(t in self.headings for t in texts):
            return "heading"
        if any(t in row or (len(row) >= 4 and row in t) for row in self.table for t in texts):
            return "table"
        if not any(t[:8] in self.body for t in texts):
            return "chrome"
        return "cut"


@dataclass
class Split:
    gold: int = 0
    found: int = 0
    pages: int = 0
    heading_lines: int = 0
    heading_right: int = 0
    unkeyed: int = 0  # gold keys no line (nor run of lines) of the saved page has: a fact to check
    under: list[str] = field(default_factory=list)
    classes: Counter = field(default_factory=Counter)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/work/devpages-15"), help="where the splits' texts are")
    ap.add_argument("--facts", type=Path, default=FACTS)
    ap.add_argument("--split", action="append", help="only these splits (repeatable)")
    ap.add_argument("--skip-seen", action="append", type=Path, default=[],
                    help="leave out pages whose URL a *.txt under this folder has (pages a layout rule was written "
                         "against); repeatable")
    ap.add_argument("--exclude-urls", action="append", type=Path, default=[],
                    help="leave out pages whose URL this file lists (one a line: a sealed set's); repeatable")
    ap.add_argument("--pages", action="store_true", help="print every page's line")
    ap.add_argument("--misses", action="store_true", help="print each miss (page text: do not commit the output)")
    args = ap.parse_args()
    sealed = listed_urls(args.exclude_urls)
    for folder in args.skip_seen:
        for path in folder.rglob("*.txt"):
            with path.open(encoding="utf-8", errors="replace") as f:
                sealed.add(f.readline().strip())
    config = ExtractConfig(tag=False)
    grand = Split()
    with tempfile.TemporaryDirectory() as tmp:
        for facts in sorted(args.facts.glob("*.json")):
            data = json.loads(facts.read_text(encoding="utf-8"))
            split = data["split"]
            if (args.split and split not in args.split) or (not args.split and split in SEALED_SPLITS):
                continue
            files = page_files(split_dir(args.root, split))
            tally = Split()
            for page in data["pages"]:
                path = files.get(page["url"])
                if path is None or page["url"] in sealed or not page["paragraphs"]:
                    continue
                by_key = keyed_lines(path)
                by_key |= keyed_parts(path, {g["key"] for g in page["paragraphs"]} - by_key.keys())
                tally.unkeyed += sum(g["key"] not in by_key for g in page["paragraphs"])
                gold = [by_key[g["key"]] for g in page["paragraphs"] if g["key"] in by_key]
                if not gold:
                    continue
                record = extract_page(path, Path(tmp), config)
                where = Where.of(record, page_layout(path, Path(tmp)))
                found = 0
                heads = [t for t in gold if is_heading_line(squash(t))]
                gold = [t for t in gold if not is_heading_line(squash(t))]
                tally.heading_lines += len(heads)
                for text in heads:
                    texts = {squash(text), squash(script.to_simplified(text))}
                    # (in a path first: a heading's words may also stand inside a paragraph, '报告包括概述、…')
                    how = "heading" if {_unstopped(t) for t in texts} & where.headings else where.classify(texts)
                    tally.heading_right += how in ("found", "heading")
                    if args.misses and how not in ("found", "heading"):
                        print(f"    {split} {page['page']} head-{how:9s} {squash(text)[:40]}")
                for text in gold:
                    how = where.classify({squash(text), squash(script.to_simplified(text))})
                    found += how == "found"
                    if how != "found":
                        tally.classes[how] += 1
                        if args.misses:
                            print(f"    {split} {page['page']} {how:9s} {squash(text)[:40]}")
                tally.pages += 1
                tally.gold += len(gold)
                tally.found += found
                if gold and found < 0.98 * len(gold):
                    tally.under.append(f"{page['page']}:{found}/{len(gold)}")
                if args.pages:
                    print(f"  {split} {page['page']}: {found}/{len(gold)} coverage {record.coverage:.3f} "
                          f"{record.status.value} {record.metadata.format_version}")
            classes = ", ".join(f"{k} {tally.classes[k]}" for k in CLASSES if tally.classes[k])
            print(f"{split:12s} {tally.pages:3d} pages  found {tally.found}/{tally.gold} "
                  f"({tally.found / max(1, tally.gold):.1%})  heading lines {tally.heading_right}/{tally.heading_lines}"
                  f"  pages < 98%: {len(tally.under)}"
                  f"{'  [' + ' '.join(tally.under) + ']' if tally.under else ''}  missing: {classes or '-'}"
                  f"{f'  gold keys on no line: {tally.unkeyed}' if tally.unkeyed else ''}")
            grand.pages += tally.pages
            grand.gold += tally.gold
            grand.found += tally.found
            grand.heading_lines += tally.heading_lines
            grand.heading_right += tally.heading_right
            grand.unkeyed += tally.unkeyed
            grand.under += tally.under
            grand.classes.update(tally.classes)
    classes = ", ".join(f"{k} {grand.classes[k]}" for k in CLASSES if grand.classes[k])
    print(f"{'all':12s} {grand.pages:3d} pages  found {grand.found}/{grand.gold} "
          f"({grand.found / max(1, grand.gold):.1%})  heading lines {grand.heading_right}/{grand.heading_lines}"
          f"  pages < 98%: {len(grand.under)}  missing: {classes or '-'}"
          f"{f'  gold keys on no line: {grand.unkeyed}' if grand.unkeyed else ''}")


if __name__ == "__main__":
    main()
