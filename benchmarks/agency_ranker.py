"""How the agency ranker (``nianbao.extraction.mentions``) does on real report pages it was never trained on.

    python benchmarks/agency_ranker.py PAGES_DIR [--split tune,heldout,…] [--threshold T]

PAGES_DIR is benchmarks/dev_pages.py's folder (``facts.json`` and the page texts, kept outside the repository).
Each page is read as the pipeline reads it; the rules' agency is ``stated.choose`` over ``stated.statements`` (the
pipeline's metadata stage before the fallback). Prints, per split and pooled:

- ``alone``: the ranker with the rules blinded, over report pages that state an agency: right / wrong / abstained
  (and top-1 right ignoring the threshold). The ranker never saw these pages: an honest number for it;
- ``fallback``: the pages the rules leave unnamed that state an agency: what the ranker names there (right / wrong /
  abstained) — the gain end to end;
- ``named where none is stated``: pages stating no agency (reports with agency null; look-alikes) the rules leave unnamed, where
  the fallback now names something (listed with ``--verbose``);
- ``honest-unnamed``: the pages the rules left unnamed when each sealed or held-out set was first scored honestly
  (``*_honest.md`` and ``sealed*_scored.txt`` in PAGES_DIR: 'agency None'), scored against their facts.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import defaultdict
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction import mentions, script, stated
from nianbao.extraction.agency import normalise
from nianbao.extraction.layout import analyse
from nianbao.extraction.readers import read


def _same(got: str | None, stated_names: list[str]) -> bool:
    if not got:
        return False
    norm = lambda s: script.to_simplified(re.sub(r"\s+", "", s))  # noqa: E731
    return any(norm(got) == norm(s) or normalise(norm(got)) == normalise(norm(s)) for s in stated_names)


def honest_unnamed(pages_dir: Path) -> set[str]:
    """The files ('heldoutNN/XX.txt') the rules left unnamed when their set was first scored honestly."""
    out: set[str] = set()
    for path in pages_dir.glob("sealed*_scored.txt"):
        out |= {m.group(1) for m in re.finditer(r"^(heldout\d+/\d+\.txt):[^\n]*agency None", path.read_text(), re.M)}
    for path in pages_dir.glob("heldout*_honest.md"):
        split = path.name.split("_")[0]
        for m in re.finditer(r"^\s*(?:-\s*)?(?:miss:\s*)?(\d{2})\b[^\n]*agency None", path.read_text(), re.M):
            out.add(f"{split}/{m.group(1)}.txt")
    return out


def _texts(path: Path, tmp: Path) -> tuple[str | None, str]:
    """The rules' agency for a saved page and the text the pipeline's metadata stage reads."""
    lines = path.read_text(encoding="utf-8").split("\n", 1)
    page = tmp / path.name
    page.write_text(lines[1] if len(lines) > 1 else "", encoding="utf-8")
    doc, _ = script.simplified_view(read(page, ExtractConfig(tag=False)))
    layout = analyse(doc)
    text = layout.text()
    agency, _, _ = stated.choose(stated.statements(layout, doc, text), "agency")
    return agency, text


def run(pages_dir: Path, splits: list[str] | None, threshold: float | None, verbose: bool) -> None:
    facts = json.loads((pages_dir / "facts.json").read_text(encoding="utf-8"))
    if splits:
        facts = [f for f in facts if f["file"].split("/", 1)[0] in splits]
    model = mentions.shipped_model()
    floor = model.threshold if threshold is None else threshold
    honest = honest_unnamed(pages_dir)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with tempfile.TemporaryDirectory() as tmp:
        for fact in facts:
            split = fact["file"].split("/", 1)[0]
            try:
                rules, text = _texts(pages_dir / fact["file"], Path(tmp))
            except Exception as exc:  # noqa: BLE001 — an unreadable page is counted, not fatal
                counts[split]["unreadable"] += 1
                print(f"{fact['file']}: unreadable ({type(exc).__name__})")
                continue
            ranked = mentions.ranked(text, model)
            top, p = ranked[0] if ranked else (None, 0.0)
            named = top if p >= floor else None
            gold = fact["agency"] if fact["is_report"] else None
            for bucket in (split, "ALL"):
                c = counts[bucket]
                if gold:
                    c["alone_pages"] += 1
                    c["alone_top1_right"] += _same(top, gold)
                    c["alone_right" if _same(named, gold) else "alone_wrong" if named else "alone_abstain"] += 1
                    if not rules:
                        c["fallback_pages"] += 1
                        c["fallback_right" if _same(named, gold) else "fallback_wrong" if named else "fallback_abstain"] += 1
                    if fact["file"] in honest:
                        c["honest_pages"] += 1
                        c["honest_right" if _same(named, gold) else "honest_wrong" if named else "honest_abstain"] += 1
                elif not rules:
                    kind = "null" if fact["is_report"] else "lookalike"  # a report stating no body, or no report
                    c[f"unstated_{kind}"] += 1
                    c[f"unstated_{kind}_named"] += bool(named)
            if verbose and not rules and named and not _same(named, gold or []):
                print(f"{fact['file']}: fallback {named!r} p={p:.2f} (stated {gold[0] if gold else None!r}"
                      f"{'' if fact['is_report'] else ', a look-alike'})")
            if verbose and fact["file"] in honest:
                print(f"{fact['file']}: honest-unnamed → {named!r} (top {top!r} p={p:.2f}; stated {gold and gold[0]!r})")
    print(f"threshold {floor}")
    for bucket, c in sorted(counts.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        print(f"{bucket}: alone right/wrong/abstain {c['alone_right']}/{c['alone_wrong']}/{c['alone_abstain']} of "
              f"{c['alone_pages']} (top-1 right {c['alone_top1_right']}); fallback {c['fallback_right']}/"
              f"{c['fallback_wrong']}/{c['fallback_abstain']} of {c['fallback_pages']}; honest-unnamed "
              f"{c['honest_right']}/{c['honest_wrong']}/{c['honest_abstain']} of {c['honest_pages']}; named where none is "
              f"stated: reports {c['unstated_null_named']} of {c['unstated_null']}, look-alikes "
              f"{c['unstated_lookalike_named']} of {c['unstated_lookalike']}" + (f"; unreadable {c['unreadable']}" if c["unreadable"] else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pages_dir", type=Path)
    parser.add_argument("--split", help="only these folders of PAGES_DIR, comma separated")
    parser.add_argument("--threshold", type=float, help="the abstain threshold (default: the model's own)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    run(args.pages_dir, args.split.split(",") if args.split else None, args.threshold, args.verbose)


if __name__ == "__main__":
    main()
