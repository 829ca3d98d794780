"""Where each page's agency came from, and how often each source is right (the agency audit, ranker16).

    python benchmarks/agency_sources.py DIR:SPLIT[,SPLIT…] [DIR:SPLIT…] [--verbose] [--dump FILE.jsonl]
    python benchmarks/agency_sources.py --dev-splits FILE [--verbose]   # FILE: one DIR:SPLIT[,SPLIT…] a line

Each page is extracted as ``benchmarks/dev_pages.py`` extracts it (the whole pipeline); the agency's source is the
record's ``metadata.sources["agency"]`` (``stated.SOURCE_ORDER``: title, preamble, signature, metadata_block, html,
contact, body, …, and ``mention`` — the learned ranker's last resort). Per source, over report pages:

- ``right`` / ``wrong``: the name given against the page's facts (``agency`` names; a report stating one);
- ``unstated``: a name given on a page stating none (a report with agency null, or a look-alike) — wrong too, for a
  researcher: a body the page never claims;
- ``precision`` = right / (right + wrong + unstated).

``none`` counts the pages left unnamed (stating a body, or not). The ranker's lines also say whether a stated
candidate was seen and rejected (``metadata.candidates["agency"]`` not empty): the case the brief asks about.
``--verbose`` lists every wrong or unstated name with its source, its candidates and the ranker's probability.
``--dump`` writes one JSON line a page (split, source, outcome, the ranker's top names and probabilities, rejected
candidates) for threshold studies (``--dump`` is what a leave-one-split-out choice of the threshold reads).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dev_pages import _same_agency, extract_page  # noqa: E402  (the benchmark's own sibling)

from nianbao.core.config import ExtractConfig  # noqa: E402
from nianbao.core.record import Status  # noqa: E402
from nianbao.extraction import mentions  # noqa: E402

def audit(sets: list[tuple[Path, list[str]]], verbose: bool, dump: Path | None) -> dict[str, dict[str, int]]:
    """Per agency source: right, wrong, unstated (named where the page states none); and pages left unnamed."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    config = ExtractConfig(tag=False)
    out = dump.open("w", encoding="utf-8") if dump else None
    with tempfile.TemporaryDirectory() as tmp:
        for folder, splits in sets:
            facts = json.loads((folder / "facts.json").read_text(encoding="utf-8"))
            for fact in facts:
                split = fact["file"].split("/", 1)[0]
                if split not in splits:
                    continue
                page = folder / fact["file"]
                record = extract_page(page, Path(tmp), config)
                if record.status is Status.NOT_A_REPORT and not fact["is_report"]:
                    continue  # a look-alike taken for one: no agency to give
                m = record.metadata
                source = m.sources.get("agency") or "none"
                gold = fact["agency"] if fact["is_report"] else None
                rejected = dict(m.candidates.get("agency", {}))
                outcome = ("none" if not m.agency else "right" if gold and _same_agency(m.agency, gold)
                           else "wrong" if gold else "unstated")
                c = counts[source]
                c[outcome] += 1
                if source == mentions.SOURCE and rejected:
                    c[f"{outcome}_beside_rejected"] += 1
                if source == "none":
                    c["none_stated" if gold else "none_unstated"] += 1
                if verbose and outcome in ("wrong", "unstated"):
                    print(f"{folder.name}/{fact['file']}: {outcome} [{source}] {m.agency!r} "
                          f"(stated {gold[0] if gold else None!r}; candidates {rejected})")
                if out:
                    text = page.read_text(encoding="utf-8").split("\n", 1)[-1]
                    ranked = mentions.ranked(text)[:3] if source in ("none", mentions.SOURCE) else []
                    out.write(json.dumps({"file": f"{folder.name}/{fact['file']}", "split": split, "source": source,
                                          "agency": m.agency, "outcome": outcome, "gold": gold,
                                          "rejected": rejected, "ranked": ranked}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    return counts


def report(counts: dict[str, dict[str, int]]) -> None:
    """Print the per-source table and the totals."""
    print(f"{'source':<16}{'right':>7}{'wrong':>7}{'unstated':>10}{'precision':>11}")
    totals = defaultdict(int)
    for source, c in sorted(counts.items(), key=lambda kv: -sum(kv[1].get(k, 0) for k in ("right", "wrong"))):
        if source == "none":
            continue
        named = c["right"] + c["wrong"] + c["unstated"]
        for k in ("right", "wrong", "unstated"):
            totals[k] += c[k]
        extra = ""
        if source == mentions.SOURCE:
            extra = (f"   beside a rejected statement: right {c['right_beside_rejected']} wrong "
                     f"{c['wrong_beside_rejected']} unstated {c['unstated_beside_rejected']}")
        print(f"{source:<16}{c['right']:>7}{c['wrong']:>7}{c['unstated']:>10}{c['right'] / max(1, named):>11.3f}{extra}")
    named = totals["right"] + totals["wrong"] + totals["unstated"]
    print(f"{'ALL named':<16}{totals['right']:>7}{totals['wrong']:>7}{totals['unstated']:>10}"
          f"{totals['right'] / max(1, named):>11.3f}")
    none = counts.get("none", {})
    print(f"unnamed: {none.get('none_stated', 0)} pages stating a body, {none.get('none_unstated', 0)} stating none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="DIR:SPLIT[,SPLIT…] — a dev_pages.py folder and its splits")
    parser.add_argument("--dev-splits", type=Path, help="a file listing the development splits, one DIR:SPLIT[,SPLIT…] a line")
    parser.add_argument("--verbose", action="store_true", help="list every wrong or unstated name")
    parser.add_argument("--dump", type=Path, help="one JSON line a page (for threshold studies)")
    args = parser.parse_args()
    lines = args.dev_splits.read_text(encoding="utf-8").split() if args.dev_splits else args.sets
    pairs = [tuple(s.rsplit(":", 1)) for s in lines]
    sets = [(Path(d), s.split(",")) for d, s in pairs if Path(d, "facts.json").exists()]
    report(audit(sets, args.verbose, args.dump))


if __name__ == "__main__":
    main()
