"""The agency ranker alone (rules blinded) on the dev pages, and its abstain threshold chosen with splits held out.

    python benchmarks/ranker_threshold.py [DIR:SPLIT[,SPLIT…] …] [--precision 0.95]   # default: agency_sources.DEV_SPLITS

Each page is read as ``benchmarks/agency_ranker.py`` reads it (the pipeline's metadata text). For every report page
stating a body, and every page stating none, it records the ranker's best offered candidate and its probability,
with the guards of ``mention_guards`` (cited-only candidates not offered) and without them. Prints:

By default only the report pages the rules leave unnamed are counted (the pipeline asks the ranker there and
nowhere else); ``--alone`` counts every page with the rules blinded.

- right / wrong / unstated (a name where the page states none) / abstained at the model's own threshold, guards on
  and off — what the guards cost and save;
- leave-one-split-out: for each split, the lowest threshold whose precision (right over all named, unstated counted
  wrong) on every other split is at least ``--precision``; that threshold applied to the held-out split; pooled over
  splits — the held-out precision and recall beside the fit ones (threshold chosen on all splits).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from agency_ranker import _same, _texts  # noqa: E402
from agency_sources import DEV_SPLITS  # noqa: E402

from nianbao.extraction import mentions  # noqa: E402

GRID = [round(0.05 * k, 2) for k in range(4, 20)] + [0.97, 0.99]


def picks(sets: list[tuple[Path, list[str]]]) -> list[dict]:
    """One row a page: split, gold, and the best (name, probability) with the guards on and off."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for folder, splits in sets:
            for fact in json.loads((folder / "facts.json").read_text(encoding="utf-8")):
                split = fact["file"].split("/", 1)[0]
                if split not in splits:
                    continue
                try:
                    rules, text = _texts(folder / fact["file"], Path(tmp))
                except Exception:  # noqa: BLE001 — an unreadable page is left out, as agency_ranker.py does
                    continue
                on = mentions.ranked(text)[:1]
                off = mentions.ranked(text, offered_only=False)[:1]
                rows.append({"split": f"{folder.name}/{split}", "file": fact["file"], "gold": fact["agency"] if fact["is_report"] else None,
                             "report": fact["is_report"], "rules": rules,
                             "on": on[0] if on else None, "off": off[0] if off else None})
    return rows


def tally(rows: list[dict], threshold: float, mode: str = "on") -> dict[str, int]:
    """right / wrong / unstated / abstained / stating (pages stating a body) at ``threshold``."""
    c: dict[str, int] = defaultdict(int)
    for r in rows:
        best = r[mode]
        name = best[0] if best and best[1] >= threshold else None
        c["stating"] += bool(r["gold"])
        if not name:
            c["abstained"] += 1
        elif not r["gold"]:
            c["unstated"] += 1
        else:
            c["right" if _same(name, r["gold"]) else "wrong"] += 1
    return c


def precision(c: dict[str, int]) -> float:
    named = c["right"] + c["wrong"] + c["unstated"]
    return c["right"] / named if named else 1.0


def choose(rows: list[dict], floor: float) -> float:
    """The lowest threshold of ``GRID`` whose precision on ``rows`` is at least ``floor`` (the highest if none)."""
    return next((t for t in GRID if precision(tally(rows, t)) >= floor), GRID[-1])


def line(label: str, c: dict[str, int]) -> str:
    return (f"{label}: right {c['right']} wrong {c['wrong']} unstated {c['unstated']} abstained {c['abstained']} — "
            f"precision {precision(c):.3f}, recall {c['right'] / max(1, c['stating']):.3f} (of {c['stating']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", help="DIR:SPLIT[,SPLIT…] (default: every metadata split of all.sh)")
    parser.add_argument("--precision", type=float, default=0.95, help="the precision the threshold must reach")
    parser.add_argument("--alone", action="store_true", help="every page, the rules blinded (default: the report "
                        "pages the rules leave unnamed — where the pipeline asks the ranker)")
    args = parser.parse_args()
    pairs = [tuple(s.rsplit(":", 1)) for s in args.sets] or list(DEV_SPLITS)
    rows = picks([(Path(d), s.split(",")) for d, s in pairs if Path(d, "facts.json").exists()])
    if not args.alone:
        rows = [r for r in rows if r["report"] and not r["rules"]]
    print(f"{len(rows)} pages ({'every page, rules blinded' if args.alone else 'reports the rules leave unnamed'})")
    own = mentions.shipped_model().threshold
    print(line(f"model threshold {own}, guards off", tally(rows, own, "off")))
    print(line(f"model threshold {own}, guards on ", tally(rows, own, "on")))
    for t in GRID:
        print(line(f"  threshold {t:.2f}", tally(rows, t)))
    fit_t = choose(rows, args.precision)
    print(line(f"fit: threshold {fit_t} chosen on all splits", tally(rows, fit_t)))
    held: dict[str, int] = defaultdict(int)
    for split in sorted({r["split"] for r in rows}):
        t = choose([r for r in rows if r["split"] != split], args.precision)
        for k, v in tally([r for r in rows if r["split"] == split], t).items():
            held[k] += v
        print(f"  held out {split}: threshold {t}")
    print(line("held out (leave-one-split-out, pooled)", held))


if __name__ == "__main__":
    main()
