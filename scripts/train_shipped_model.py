"""Rebuild the shipped model in models/tagger, with its model card:

    .venv/bin/python scripts/train_shipped_model.py [--shared ../shared]

The sklearn backend with its defaults, trained on every real report of the development corpus
(gold paragraph labels from corpus/gold) plus 2,000 synthetic paragraphs, its decision threshold chosen leave-one-report-out on those reports, and
scored leave-one-report-out for the card (nested: each fold chooses its threshold on the other reports).
Equivalent to ``nianbao train --corpus ../shared/seeds --corpus ../shared/corpus --loro --tune-threshold
-o models/tagger``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from nianbao.classification.card import write_card

from nianbao.classification.training import train_tagger
from nianbao.batch.inputs import discover
from nianbao.core.config import ExtractConfig
from nianbao.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
BACKEND, SETTINGS, SYNTHETIC, SYNTHETIC_WEIGHT = "sklearn", {}, 2000, 0.3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "models" / "tagger")
    args = parser.parse_args()
    files = discover([args.shared / "seeds", args.shared / "corpus"])
    tagger, result = train_tagger((extract(f, ExtractConfig(tag=False)) for f in files), BACKEND, SETTINGS, ROOT / "corpus" / "gold", SYNTHETIC, SYNTHETIC_WEIGHT,
                                  loro=True, progress=print, tune_threshold=True)
    tagger.save(args.output)
    write_card(args.output, tagger)
    for mode, scores in result.to_dict()["modes"].items():
        print(mode, json.dumps(scores["micro"]), "macro", json.dumps(scores["macro"]))
    print(f"saved to {args.output}")


if __name__ == "__main__":
    main()
