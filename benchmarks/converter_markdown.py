"""Cells read back from converter Markdown written by ``nianbao synth --formats md``, by converter style
and by what the conversion did to table 三 (``nianbao.synth.table_damage``).

    python benchmarks/converter_markdown.py [N] [--seed SEED]

Prints, per converter and damage, table 三's gold cells read right / all, and all cells over the corpus.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import Counter
from pathlib import Path

import msgspec

from nianbao.core.config import ExtractConfig
from nianbao.core.gold import CellValue
from nianbao.evaluation.evaluate import cell_matches
from nianbao.pipeline import extract
from nianbao.synth.corpus import generate
from nianbao.synth.sample import sample_report

BREAK_RATE = 0.05  # generate()'s default: the reports' styles are drawn as the corpus drew them


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("n", nargs="?", type=int, default=200)
    parser.add_argument("--seed", default="converter-bench")
    args = parser.parse_args()
    tally: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        generate(out, args.n, ["md"], seed=args.seed)
        for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            gold = json.loads((out / entry["gold"]).read_text(encoding="utf-8"))["cells"]
            style = sample_report(args.seed, entry["index"], "md", BREAK_RATE).style
            record = extract(out / entry["file"], ExtractConfig(tag=False))
            kind = f"{style.converter}:{style.t3_damage or '-'}"
            for cid, value in gold.items():
                ok = cell_matches(msgspec.convert(value, CellValue), record.cell(cid))
                tally["all", "n"] += 1
                tally["all", "ok"] += ok
                if cid.startswith("t3."):
                    tally[kind, "n"] += 1
                    tally[kind, "ok"] += ok
    for kind in sorted({k for k, _ in tally}):
        n, ok = tally[kind, "n"], tally[kind, "ok"]
        print(f"{kind:32s} {ok:6d} / {n:6d}  {ok / n:.4f}")


if __name__ == "__main__":
    main()
