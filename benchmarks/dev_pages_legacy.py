"""Narrative score over real report pages, pre-2019 ones above all, kept outside the repository.

    python benchmarks/dev_pages_legacy.py PAGES_DIR [--facts FACTS] [--verbose]

PAGES_DIR holds the pages as text files (the page's URL on the first line, then its text as the page
gives it) and ``facts.json`` (or ``--facts``): a list of ``{"file", "url", "year", "format",
"paragraphs"}`` where ``format`` is ``pre-2019`` for a report in the old outline (2008–2018) and
anything else for a 2019+ report, and ``paragraphs`` lists, for each narrative paragraph a reader
sees on the page, ``{"key", "section"}``: the paragraph's first characters (whitespace aside) and the
section it belongs to (``preamble`` or one of the six ids). The facts are written by reading the
page, before nianbao is run on it. The page texts are not ours to copy: only this scorer is committed.

Prints, per page and in total (and for the pre-2019 pages and the others apart):

- format: pre-2019 flagged right (``metadata.format_version == "pre-2019"`` exactly for the
  pre-2019 pages);
- found: a fact's paragraph is found when some record paragraph contains its key (in the record's
  simplified text or the page's own script, whitespace and full/half-width punctuation aside);
- section: of the found ones, those whose (first) containing paragraph is in the fact's section;
- coverage: the record's ``coverage`` (share of body characters placed), averaged.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.extraction.script import to_simplified

from dev_pages import extract_page  # the sibling script: one way of reading a saved page

_FOLD = str.maketrans("（）：，；！？", "():,;!?")
# Pinyin a mirror site writes after the characters it converted ("鎮(zhèn)"): not the report's words.
_PINYIN = re.compile(r"\((?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)?")


def _norm(text: str | None) -> str:
    # A key may end inside an annotation ("行政復("): its cut-off start goes too.
    return _PINYIN.sub("", re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,6}$", "", re.sub(r"\s+", "", text or "")).translate(_FOLD))


def _where(key: str, paragraphs: list) -> str | None:
    """The section of the first record paragraph that starts with the key, else of the first that holds
    it (a paragraph run into the one before), or None."""
    keys = {_norm(key), _norm(to_simplified(key))}
    texts = [(p.section, (_norm(p.text), _norm(p.original))) for p in paragraphs]
    for test in (str.startswith, str.__contains__):
        for section, pair in texts:
            if any(test(t, k) for k in keys for t in pair if t):
                return section
    return None


def score(pages_dir: Path, facts_path: Path, verbose: bool) -> dict[str, list[float]]:
    facts = json.loads(facts_path.read_text(encoding="utf-8"))
    totals: dict[str, list[float]] = {}
    config = ExtractConfig(tag=False)
    with tempfile.TemporaryDirectory() as tmp:
        for fact in facts:
            record = extract_page(pages_dir / fact["file"], Path(tmp), config)
            old = fact["format"] == FORMAT_PRE_2019
            flagged = record.metadata.format_version == FORMAT_PRE_2019
            found = section = 0
            misses = []
            for para in fact["paragraphs"]:
                where = _where(para["key"], record.paragraphs)
                if where is None:
                    misses.append(f"missing {para['key']} ({para['section']})")
                    continue
                found += 1
                if where == para["section"]:
                    section += 1
                else:
                    misses.append(f"section {para['key']}: {where} (is {para['section']})")
            n = len(fact["paragraphs"])
            row = [float(flagged == old), 1.0, found, n, section, record.coverage]
            for group in ("all", "pre-2019" if old else "2019+"):
                acc = totals.setdefault(group, [0.0] * 6)
                for i, v in enumerate(row):
                    acc[i] += v
            mark = "" if flagged == old else f"  FORMAT {record.metadata.format_version}"
            print(f"{fact['file']}: {'pre-2019' if old else '2019+':8} found {found}/{n} section {section}/{found} "
                  f"coverage {record.coverage:.3f} status {record.status.value}{mark}")
            if verbose:
                for m in misses:
                    print(f"    {m}")
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages_dir", type=Path)
    parser.add_argument("--facts", type=Path, help="the facts file (default PAGES_DIR/facts.json)")
    parser.add_argument("--verbose", action="store_true", help="print every missed or misplaced paragraph")
    args = parser.parse_args()
    totals = score(args.pages_dir, args.facts or args.pages_dir / "facts.json", args.verbose)
    for group, (right, pages, found, n, section, coverage) in totals.items():
        print(f"{group}: pages {int(pages)}  format-right {int(right)}/{int(pages)}  "
              f"found {int(found)}/{int(n)} ({found / max(n, 1):.1%})  section-right {int(section)}/{int(found)}  "
              f"coverage {coverage / max(pages, 1):.3f}")


if __name__ == "__main__":
    main()
