"""Metamorphic robustness over the development pages: the same report reshaped as portals, crawlers and
converters reshape it (``nianbao.synth.reshape``) must read as the same agency, year and detection.

    python benchmarks/dev_pages_morph.py PAGES_DIR --split S[,S…] [--shapes a,b] [--jobs N] [--verbose]

Inputs as ``benchmarks/dev_pages.py`` (a folder with ``facts.json``; ``--split`` one or several of its folders,
scored together). For each page and field nianbao gets right as the page stands, each reshaping is applied and the
field read again; the table gives, per reshaping and field, how many stay right of those right before
(``right-before → right-after``; a reshaping that cannot apply to a page — no title line to drop, a page shorter
than a screen — leaves it out of that row's count). Detection counts every page (reports and look-alikes).
``--verbose`` lists each page and field a reshaping breaks, with what nianbao read. The page texts stay outside the
repository; reshapings are seeded by the page's file name, so a run is repeatable.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_pages import _same_agency  # noqa: E402 — the scorer's own agency match, not a copy

from nianbao.core.config import ExtractConfig  # noqa: E402
from nianbao.core.record import Record, Status  # noqa: E402
from nianbao.pipeline import extract  # noqa: E402
from nianbao.synth.reshape import RESHAPINGS, reshape  # noqa: E402

FIELDS = ("agency", "year", "detection")


def _read(text: str, tmp: Path) -> Record:
    page = tmp / "page.txt"
    page.write_text(text, encoding="utf-8")
    return extract(page, ExtractConfig(tag=False))


def _right(record: Record, fact: dict) -> dict[str, tuple[bool, str]]:
    """Each scored field of ``fact``: whether ``record`` has it right, and what it read."""
    m = record.metadata
    report = record.status is not Status.NOT_A_REPORT
    out = {"detection": (report == fact["is_report"], f"report={report}")}
    if fact["is_report"] and fact["agency"]:
        out["agency"] = (_same_agency(m.agency, fact["agency"]), repr(m.agency))
    if fact["is_report"] and fact["year"]:
        out["year"] = (m.year == fact["year"], str(m.year))
    return out


def morph_page(args: tuple[Path, dict, tuple[str, ...]]) -> dict[str, dict[str, tuple[bool, str]] | None]:
    """The fields of one page as it stands (``""``) and in each reshaping (``None`` where it cannot apply)."""
    pages_dir, fact, shapes = args
    lines = (pages_dir / fact["file"]).read_text(encoding="utf-8").split("\n", 1)
    text = lines[1] if len(lines) > 1 else ""
    out: dict[str, dict[str, tuple[bool, str]] | None] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out[""] = _right(_read(text, Path(tmp)), fact)
        for name in shapes:
            shaped = reshape(name, text, fact["file"])
            out[name] = None if shaped is None else _right(_read(shaped, Path(tmp)), fact)
    return out


def run(pages_dir: Path, splits: list[str], shapes: tuple[str, ...], jobs: int, verbose: bool) -> dict:
    """Per reshaping and field, [right before, right after], over the pages of ``splits``."""
    facts = json.loads((pages_dir / "facts.json").read_text(encoding="utf-8"))
    facts = [f for f in facts if f["file"].split("/", 1)[0] in splits]
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: {f: [0, 0] for f in FIELDS})
    with ProcessPoolExecutor(jobs) as pool:
        for fact, result in zip(facts, pool.map(morph_page, [(pages_dir, f, shapes) for f in facts])):
            base = result[""]
            for name in shapes:
                after = result[name]
                if after is None:
                    continue
                for field, (ok, _) in base.items():
                    if not ok:
                        continue
                    table[name][field][0] += 1
                    if after[field][0]:
                        table[name][field][1] += 1
                    elif verbose:
                        print(f"  {name:18} {fact['file']}: {field} {after[field][1]} (as it stands {base[field][1]})")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages_dir", type=Path)
    parser.add_argument("--split", required=True, help="the folders of PAGES_DIR to score, comma separated")
    parser.add_argument("--shapes", default=",".join(RESHAPINGS), help="the reshapings, comma separated")
    parser.add_argument("--jobs", type=int, default=4)
    parser.add_argument("--verbose", action="store_true", help="list every page and field a reshaping breaks")
    args = parser.parse_args()
    shapes = tuple(args.shapes.split(","))
    table = run(args.pages_dir, args.split.split(","), shapes, args.jobs, args.verbose)
    print(f"{args.split}:")
    for name in shapes:
        row = table[name]
        print(f"  {name:18} " + "  ".join(f"{f} {row[f][0]}→{row[f][1]}" for f in FIELDS))


if __name__ == "__main__":
    main()
