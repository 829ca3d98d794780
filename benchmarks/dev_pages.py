"""Development score over real report pages kept outside the repository.

    python benchmarks/dev_pages.py PAGES_DIR [--split tune|heldout|heldout2[,…]] [--verbose]

PAGES_DIR holds the pages as text files (the page's URL on the first line, then its text) and
``facts.json``: a list of ``{"file", "url", "agency", "year", "is_report"}`` where ``agency`` is a
list of the names the page states for its agency (any one counts as right; ``null`` when the page
states none) and ``year`` the year the report covers (``null`` when not stated). The page texts are
not ours to copy: they stay outside the repository, and only this scorer is committed.

Every split scored so far — where it came from, its honest number (scored once, before its misses were
worked on) and its fit number after — is recorded in ``corpus/dev-pages/metadata/README.md``.

A new split is the honest measure until its misses are worked on. ``--split`` takes one or several
(comma separated); each is scored on its own line.

Prints agency-right / year-right / detection-right counts:

- agency: over pages that are reports and state an agency; right when nianbao's agency is one of the
  stated names (whitespace and script aside: a traditional page's name may be given either way) or
  has the same normalised key (``nianbao.extraction.agency.normalise``);
- year: over report pages that state a year;
- detection: over all pages; right when ``status != not_a_report`` exactly for the reports;
- pre2019: over report pages whose facts say whether the report covers 2018 or earlier (``"pre2019"``); right
  when the record's format version is ``pre-2019`` exactly for those (splits from heldout34 on).
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from pathlib import Path

from nianbao.core.codebook import FORMAT_PRE_2019
from nianbao.core.config import ExtractConfig
from nianbao.core.record import Record, Status
from nianbao.extraction.agency import normalise
from nianbao.extraction.script import to_simplified
from nianbao.pipeline import extract


def _same_agency(got: str | None, stated: list[str]) -> bool:
    if not got:
        return False
    norm = lambda s: to_simplified(re.sub(r"\s+", "", s))  # noqa: E731
    if any(norm(got) == norm(s) for s in stated):
        return True
    key = normalise(norm(got))
    return any(key == normalise(norm(s)) for s in stated)


def extract_page(path: Path, tmp: Path, config: ExtractConfig) -> Record:
    """The record of a saved page: its text without the URL line, read as nianbao reads a text file."""
    lines = path.read_text(encoding="utf-8").split("\n", 1)
    page = tmp / path.name
    page.write_text(lines[1] if len(lines) > 1 else "", encoding="utf-8")
    return extract(page, config)


def score(pages_dir: Path, split: str | None, verbose: bool) -> dict[str, tuple[int, int]]:
    facts = json.loads((pages_dir / "facts.json").read_text(encoding="utf-8"))
    if split:
        facts = [f for f in facts if f["file"].split("/", 1)[0] in split.split(",")]
    counts = {"agency": [0, 0], "year": [0, 0], "detection": [0, 0], "pre2019": [0, 0]}
    config = ExtractConfig(tag=False)
    with tempfile.TemporaryDirectory() as tmp:
        for fact in facts:
            record = extract_page(pages_dir / fact["file"], Path(tmp), config)
            m = record.metadata
            report = record.status is not Status.NOT_A_REPORT
            marks = []
            counts["detection"][1] += 1
            if report == fact["is_report"]:
                counts["detection"][0] += 1
            else:
                marks.append(f"detection {report}")
            if fact["is_report"] and fact["agency"]:
                counts["agency"][1] += 1
                if _same_agency(m.agency, fact["agency"]):
                    counts["agency"][0] += 1
                else:
                    marks.append(f"agency {m.agency!r} (stated {fact['agency'][0]!r})")
            if fact["is_report"] and fact["year"]:
                counts["year"][1] += 1
                if m.year == fact["year"]:
                    counts["year"][0] += 1
                else:
                    marks.append(f"year {m.year} (stated {fact['year']})")
            if fact["is_report"] and "pre2019" in fact:
                counts["pre2019"][1] += 1
                flagged = m.format_version == FORMAT_PRE_2019
                if flagged == fact["pre2019"]:
                    counts["pre2019"][0] += 1
                else:
                    marks.append(f"pre-2019 flag {flagged} (stated {fact['pre2019']})")
            if verbose and marks:
                print(f"{fact['file']}: " + "; ".join(marks))
    return {k: (v[0], v[1]) for k, v in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages_dir", type=Path)
    parser.add_argument("--split", help="only the pages under these folders of PAGES_DIR, comma separated "
                        "(tune, heldout, heldout2 … heldout31, survey34, detect13…); each scored on its own line")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    for split in args.split.split(",") if args.split else [None]:
        result = score(args.pages_dir, split, args.verbose)
        print((f"{split}: " if split else "") + "  ".join(f"{k}-right {r}/{n}" for k, (r, n) in result.items()))


if __name__ == "__main__":
    main()
