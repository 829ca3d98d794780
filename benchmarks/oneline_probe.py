"""A crawler's one-line text, made from stored pages that kept their lines: are the page's paragraphs found again?

    .venv/bin/python benchmarks/oneline_probe.py DIR [DIR ...] [--old-only | --new-only] [--exclude-urls LIST ...] [--misses]

Each stored page (``*.txt`` under the folders, its URL on the first line, one paragraph a line after it) is read
twice: as it is, and with its lines joined by a space into one line, as a crawler flattens a page. The reference
paragraphs are the page's own lines that the first read took as narrative paragraphs (no heading alone, at least
ten characters): no gold is written, so the probe tells how a rule fares on pages it was not written against.
Each is looked for in the one-line read as ``dev_pages_paragraphs`` looks for gold (found whole, its run-in
heading taken off, or only headings between its pieces); a miss is put in that benchmark's classes — ``merged``
(run into a neighbour: a join) and ``split`` (cut into pieces: a wrong split) above all.

``--old-only``: only pages the first read flags ``pre-2019``; ``--new-only``: only the others. A page whose URL a
list given by ``--exclude-urls`` names (a sealed set) is never read. Prints found/reference per class of page and
the misses by class; ``--misses`` each miss (page text: print, never commit).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.extraction import script
from nianbao.extraction.readers.base import ReadError

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_pages import extract_page  # noqa: E402  (sibling scripts, not a package)
from dev_pages_paragraphs import Where, is_heading_line, listed_urls, page_layout, squash  # noqa: E402

MIN_CHARS = 10


def probe_page(path: Path, tmp: Path, config: ExtractConfig) -> tuple[bool, list[tuple[str, str]]] | None:
    """(flagged pre-2019, [(class, reference paragraph)]) for one stored page, or None when it has too few lines."""
    raw = path.read_text(encoding="utf-8", errors="replace").splitlines()
    url, lines = raw[0].strip(), [ln.strip() for ln in raw[1:] if ln.strip()]
    if len(lines) < 3:
        return None
    record = extract_page(path, tmp, config)
    old = record.metadata.format_version == FORMAT_PRE_2019
    narrative = {squash(p.text) for p in record.paragraphs if p.section != "unplaced"}
    reference = [squash(ln) for ln in lines if len(squash(ln)) >= MIN_CHARS and squash(ln) in narrative
                 and not is_heading_line(squash(ln))]
    if not reference:
        return None
    joined = tmp / "joined" / path.name  # apart from the copies extract_page and page_layout write in tmp
    joined.parent.mkdir(exist_ok=True)
    joined.write_text(url + "\n" + " ".join(lines) + "\n", encoding="utf-8")
    where = Where.of(extract_page(joined, tmp, config), page_layout(joined, tmp))
    return old, [(where.classify({t, squash(script.to_simplified(t))}), t) for t in reference]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dirs", nargs="+", type=Path)
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--old-only", action="store_true")
    kind.add_argument("--new-only", action="store_true")
    parser.add_argument("--exclude-urls", nargs="*", type=Path, default=[])
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    sealed = listed_urls(args.exclude_urls)
    config = ExtractConfig(tag=False)
    tally: dict[str, Counter] = {"pre-2019": Counter(), "2019-on": Counter()}
    pages: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for folder in args.dirs:
            for path in sorted(folder.rglob("*.txt")):
                with path.open(encoding="utf-8", errors="replace") as f:
                    if f.readline().strip() in sealed:
                        continue
                try:
                    result = probe_page(path, Path(tmp), config)
                except ReadError:
                    continue  # an empty or unreadable stored page: nothing to join
                if result is None:
                    continue
                old, found = result
                kind_name = "pre-2019" if old else "2019-on"
                if (args.old_only and not old) or (args.new_only and old):
                    continue
                pages[kind_name] += 1
                tally[kind_name].update(how for how, _ in found)
                if args.misses:
                    for how, text in found:
                        if how != "found":
                            print(f"    {path} {how:9s} {text[:40]}")
    for kind_name, counts in tally.items():
        total = sum(counts.values())
        if not total:
            continue
        misses = ", ".join(f"{k} {v}" for k, v in counts.most_common() if k != "found") or "-"
        print(f"{kind_name:9s} {pages[kind_name]:4d} pages  found {counts['found']}/{total} "
              f"({counts['found'] / total:.1%})  missing: {misses}")


if __name__ == "__main__":
    main()
