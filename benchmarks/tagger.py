"""Paragraph tagger speed: fit time and paragraphs per second on one core, per backend.

    .venv/bin/python benchmarks/tagger.py [--backends sklearn spacy transformers] [--paragraphs 5000]

Fits each backend on the development corpus's paragraphs (gold labels) plus 2,000 synthetic ones, as
the shipped model is trained, then tags the real paragraphs repeated to --paragraphs, in batches of 256.
Needs ../shared beside the repo.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ[_var] = "1"  # one core: set before numpy, torch or rjieba start their thread pools

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.classification.examples import SYNTHETIC, arrays, corpus_examples  # noqa: E402
from nianbao.classification.registry import BACKENDS, backend_class  # noqa: E402
from nianbao.classification.synthetic import synthetic_examples  # noqa: E402
from nianbao.batch.inputs import discover  # noqa: E402
from nianbao.core.config import ExtractConfig  # noqa: E402
from nianbao.pipeline import extract  # noqa: E402

# (row name, backend, settings): the shipped sklearn model's defaults, the same with the pure-Python jieba
# (why rjieba is the default), and settings that keep the others to minutes.
RUNS = [("sklearn", "sklearn", {}), ("sklearn/jieba", "sklearn", {"segmenter": "jieba"}),
        ("spacy", "spacy", {"epochs": 8}), ("transformers", "transformers", {"epochs": 3, "threads": 1})]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backends", nargs="+", default=list(BACKENDS))
    parser.add_argument("--paragraphs", type=int, default=5000)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:
        pass
    files = discover([args.shared / "seeds", args.shared / "corpus"])
    real = corpus_examples((extract(f, ExtractConfig(tag=False)) for f in files), ROOT / "corpus" / "gold")
    train = real + synthetic_examples(2000)
    items, y, w = arrays(train, {SYNTHETIC: 0.3})
    test = [e.item for e in real] * (args.paragraphs // len(real) + 1)
    test = test[: args.paragraphs]
    chars = sum(len(i.text) for i in test) / len(test)
    print(f"{len(real)} real + {len(train) - len(real)} synthetic training paragraphs; tagging {len(test)} "
          f"paragraphs of {chars:.0f} characters on average, one core")
    print(f"{'backend':<14}{'fit s':>10}{'paragraphs/s':>16}")
    for name, backend, settings in RUNS:
        if backend not in args.backends:
            continue
        try:
            cls = backend_class(backend)
        except ImportError as exc:
            print(f"{name:<14}skipped: {exc}")
            continue
        start = time.perf_counter()
        tagger = cls(**settings).fit(items, y, sample_weight=w)
        fit = time.perf_counter() - start
        tagger.tag(test[:256])  # warm up (dictionaries, lazy imports)
        start = time.perf_counter()
        for i in range(0, len(test), 256):
            tagger.tag(test[i:i + 256])  # scores and per-label decisions
        rate = len(test) / (time.perf_counter() - start)
        print(f"{name:<14}{fit:>10.1f}{rate:>16,.0f}", flush=True)


if __name__ == "__main__":
    main()
