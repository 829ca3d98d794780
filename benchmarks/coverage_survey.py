"""Coverage survey over every stored real page text: where does narrative fail to come out as paragraphs?

    .venv/bin/python benchmarks/coverage_survey.py [DIR ...] [--list]

DIRs (default ``/work/devpages`` and ``/work/devpages-15``) are searched for ``*.txt`` page texts (the URL on
the first line, the page after it), each URL once; a page whose URL a list given by ``--exclude-urls`` names (a sealed set) is never read.
Each page is read as a user's run reads it (``dev_pages.extract_page``), and its layout looked at.

Prints counts of pages by class:

- ``coverage < 0.98``: the record's share of body characters placed;
- ``unplaced``: the record has paragraphs in the ``unplaced`` section;
- ``narrative as X``: a prose line of the page (a sentence of 20+ Chinese characters) that no record
  paragraph holds whole, by where it went (``dev_pages_paragraphs.Where``: title, heading, table,
  chrome, signature, merged, split, altered, cut …).

``--list`` prints each page's file and its classes (and the line's first characters: page text — print,
never commit).
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction import script

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_pages import extract_page  # noqa: E402  (sibling scripts, not a package)
from dev_pages_paragraphs import Where, listed_urls, page_layout, squash  # noqa: E402

_CJK = re.compile(r"[\u4e00-\u9fff]")
_SENTENCE = re.compile(r"[。！？]")
PROSE_CJK = 20


def is_narrative(line: str) -> bool:
    """A line of the page a reader takes for a narrative sentence."""
    return len(_CJK.findall(line)) >= PROSE_CJK and bool(_SENTENCE.search(line))


def page_paths(dirs: list[Path], sealed: set[str]) -> list[Path]:
    """Every page text under ``dirs``, each URL once, sealed ones left out."""
    seen: set[str] = set()
    out = []
    for folder in dirs:
        for path in sorted(folder.rglob("*.txt")):
            with path.open(encoding="utf-8", errors="replace") as f:
                url = f.readline().strip()
            if not url.startswith("http") or url in sealed or url in seen:
                continue
            seen.add(url)
            out.append(path)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=[Path("/work/devpages"), Path("/work/devpages-15")])
    ap.add_argument("--list", action="store_true", help="print each flagged page (page text: do not commit)")
    ap.add_argument("--exclude-urls", action="append", type=Path, default=[],
                    help="leave out pages whose URL this file lists (one a line: a sealed set's); repeatable")
    args = ap.parse_args()
    config = ExtractConfig(tag=False)
    pages = page_paths(args.dirs, listed_urls(args.exclude_urls))
    classes: Counter = Counter()  # class → pages
    lines_by_class: Counter = Counter()  # class → narrative lines
    with tempfile.TemporaryDirectory() as tmp:
        for path in pages:
            record = extract_page(path, Path(tmp), config)
            where = Where.of(record, page_layout(path, Path(tmp)))
            marks: list[str] = []
            if record.coverage < 0.98:
                marks.append(f"coverage {record.coverage:.3f}")
                classes["coverage < 0.98"] += 1
            unplaced = [p for p in record.paragraphs if p.section == "unplaced"]
            if unplaced:
                classes["unplaced"] += 1
                lines_by_class["unplaced paragraphs"] += len(unplaced)
                marks += [f"unplaced {squash(p.text)[:30]}" for p in unplaced[:3]]
            lines = path.read_text(encoding="utf-8").splitlines()[1:]
            page_classes = set()
            for line in lines:
                if not is_narrative(line):
                    continue
                how = where.classify({squash(line), squash(script.to_simplified(line))})
                if how != "found" and how != "unplaced":
                    page_classes.add(how)
                    lines_by_class[f"narrative as {how}"] += 1
                    marks.append(f"{how}: {squash(line)[:30]}")
            for how in page_classes:
                classes[f"narrative as {how}"] += 1
            if args.list and marks:
                print(f"{path}  {record.status.value}  coverage {record.coverage:.3f}")
                for m in marks:
                    print(f"    {m}")
    print(f"pages surveyed: {len(pages)}")
    for name, n in sorted(classes.items(), key=lambda kv: -kv[1]):
        extra = f" ({lines_by_class[name]} lines)" if lines_by_class.get(name) else ""
        print(f"  {name}: {n} pages{extra}")
    if lines_by_class.get("unplaced paragraphs"):
        print(f"  unplaced paragraphs in all: {lines_by_class['unplaced paragraphs']}")


if __name__ == "__main__":
    main()
