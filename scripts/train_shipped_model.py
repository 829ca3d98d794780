"""Rebuild the shipped model in models/tagger, with its model card:

    .venv/bin/python scripts/train_shipped_model.py [--shared ../shared]

The sklearn backend with its defaults, trained on every real report of the development corpus
(gold paragraph labels from corpus/gold) plus 2,000 synthetic paragraphs. Its decision thresholds (a
common one, and a label's own where that scores better) are chosen on leave-one-agency-out scores of
those reports, and it is scored leave-one-report-out and leave-one-agency-out for the card (nested:
each fold chooses its thresholds on the other reports only). Equivalent to ``nianbao train --corpus
../shared/seeds --corpus ../shared/corpus --loro --tune-threshold -o models/tagger`` plus ``--cv agency``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nianbao.classification.card import write_card

from nianbao.classification.training import train_tagger
from nianbao.batch.inputs import discover
from nianbao.core.config import ExtractConfig
from nianbao.evaluation.groups import grouping
from nianbao.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
BACKEND, SETTINGS, SYNTHETIC, SYNTHETIC_WEIGHT = "sklearn", {}, 2000, 0.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "models" / "tagger")
    args = parser.parse_args()
    files = discover([args.shared / "seeds", args.shared / "corpus"])
    gold = ROOT / "corpus" / "gold"
    agency = grouping("agency", gold)
    tagger, _ = train_tagger((extract(f, ExtractConfig(tag=False)) for f in files), BACKEND, SETTINGS, gold, SYNTHETIC,
                             SYNTHETIC_WEIGHT, progress=print, tune_threshold=True, cv=("report", "agency"),
                             groupings={"agency": agency})
    tagger.save(args.output)
    write_card(args.output, tagger)
    for key in ("loro", "cv_agency"):
        for mode, scores in tagger.info[key]["bootstrap_over_groups"].items():
            print(key, mode, json.dumps(scores))
    print(f"saved to {args.output}")


if __name__ == "__main__":
    main()
