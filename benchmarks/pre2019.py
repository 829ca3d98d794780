"""Pre-2019 reports: every real one flagged ``pre-2019``, and its gold paragraphs found.

    .venv/bin/python benchmarks/pre2019.py [--shared ../shared] [--pages] [--verbose]

1. The real pre-2019 reports in ``../shared/corpus`` (those whose gold in ``corpus/gold`` says
   ``format_version: pre-2019``): flagged, and the gold paragraphs (``paragraphs``: key and section, written
   by people reading the documents) found by ``paragraph_key`` among the record's, and in their section.
2. With ``--pages``, every stored real page of a pre-2019 report (facts kept outside the repository:
   ``/work/devpages/facts.json`` pages with ``is_report`` and a year before 2019 (every split; ``--meta-splits``
   names some, and then only them), ``corpus/dev-pages`` pages
   with a year before 2019, ``/work/devpages-legacy/facts*.json`` pages with ``format: pre-2019``), each URL
   once, never one a list given by ``--exclude-urls`` names (a sealed set): flagged ``pre-2019`` or not; and
   every stored page of a report of 2019 on: not flagged (a 2020 report heading its parts 一、概述 is still read in
   the 2019 format, its tables as 二/三/四).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.core.keys import paragraph_key
from nianbao.pipeline import extract

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_pages import extract_page  # noqa: E402  (sibling scripts, not a package)
from dev_pages_paragraphs import FACTS, SEALED_SPLITS, listed_urls, page_files, split_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "corpus" / "gold"
def real_reports(shared: Path, verbose: bool) -> None:
    config = ExtractConfig(tag=False)
    flagged = n = found = in_section = gold_n = 0
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold["metadata"].get("format_version") != FORMAT_PRE_2019:
            continue
        doc = shared / "corpus" / gold_path.name.removesuffix(".json")
        if not doc.exists():
            print(f"{doc.name}: not found under {shared}, skipped")
            continue
        record = extract(doc, config)
        by_key = {paragraph_key(p.text): p.section for p in record.paragraphs}
        hits = [g for g in gold["paragraphs"] if g["key"] in by_key]
        right = [g for g in hits if by_key[g["key"]] == g["section"]]
        n += 1
        flagged += record.metadata.format_version == FORMAT_PRE_2019
        found, in_section, gold_n = found + len(hits), in_section + len(right), gold_n + len(gold["paragraphs"])
        print(f"{doc.name}: {record.metadata.format_version}  found {len(hits)}/{len(gold['paragraphs'])}  "
              f"in section {len(right)}/{len(hits)}  coverage {record.coverage:.3f}")
        if verbose:
            for g in gold["paragraphs"]:
                if g["key"] not in by_key:
                    print(f"    missing {g['index']} ({g['section']})")
                elif by_key[g["key"]] != g["section"]:
                    print(f"    section {g['index']}: {by_key[g['key']]} (is {g['section']})")
    print(f"real pre-2019 reports: flagged {flagged}/{n}  paragraphs found {found}/{gold_n}  in section {in_section}/{found}")


def _page_facts(splits: set[str] | None, old: bool = True) -> dict[str, Path]:
    """URL → saved page file of every stored report page of a year before 2019 (``old``) or of 2019 on (of the
    metadata ``splits`` only, when given)."""
    def wanted(year: int | None) -> bool:
        return year is not None and (year < 2019) == old

    out: dict[str, Path] = {}
    meta = Path("/work/devpages")
    if (meta / "facts.json").exists():
        for f in json.loads((meta / "facts.json").read_text(encoding="utf-8")):
            if (splits is None or f["file"].split("/", 1)[0] in splits) and f.get("is_report") and wanted(f.get("year")):
                out.setdefault(f["url"], meta / f["file"])
    if splits is not None:
        return out
    for facts in sorted(FACTS.glob("*.json")):
        data = json.loads(facts.read_text(encoding="utf-8"))
        if data["split"] in SEALED_SPLITS:
            continue
        files = page_files(split_dir(Path("/work/devpages-15"), data["split"]))
        for page in data["pages"]:
            if wanted(page.get("year")) and page["url"] in files:
                out.setdefault(page["url"], files[page["url"]])
    legacy = Path("/work/devpages-legacy")
    for facts in sorted(legacy.glob("facts*.json")):
        for f in json.loads(facts.read_text(encoding="utf-8")):
            if (f.get("format") == FORMAT_PRE_2019) == old:
                out.setdefault(f["url"], legacy / f["file"])
    return out


def stored_pages(verbose: bool, exclude: list[Path], splits: set[str] | None) -> None:
    """Every stored pre-2019 page flagged, and every stored page of a 2019-on report not flagged."""
    sealed = listed_urls(exclude)
    config = ExtractConfig(tag=False)
    with tempfile.TemporaryDirectory() as tmp:
        for old in (True, False):
            pages = {u: p for u, p in _page_facts(splits, old).items() if u not in sealed and p.exists()}
            right = 0
            for url, path in sorted(pages.items(), key=lambda kv: str(kv[1])):
                record = extract_page(path, Path(tmp), config)
                ok = (record.metadata.format_version == FORMAT_PRE_2019) == old
                right += ok
                if verbose and old or not ok:
                    print(f"  {path}: {record.metadata.format_version} {record.status.value}")
            if old:
                print(f"stored pre-2019 pages: flagged {right}/{len(pages)}")
            else:
                print(f"stored pages of 2019-on reports: not flagged pre-2019 {right}/{len(pages)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--pages", action="store_true", help="also every stored pre-2019 real page")
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--exclude-urls", action="append", type=Path, default=[],
                    help="leave out pages whose URL this file lists (one a line: a sealed set's); repeatable")
    ap.add_argument("--meta-splits", help="with --pages, only the pages of these metadata splits (comma separated: "
                                          "a newly scored set), none of the other stores")
    args = ap.parse_args()
    real_reports(args.shared, args.verbose)
    if args.pages:
        splits = set(args.meta_splits.split(",")) if args.meta_splits else None
        stored_pages(args.verbose, args.exclude_urls, splits)


if __name__ == "__main__":
    main()
