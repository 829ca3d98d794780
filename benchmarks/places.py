"""How fast the gazetteer of administrative divisions (nianbao.core.places) loads and answers.

    .venv/bin/python benchmarks/places.py [--names 20000]

Prints the one-off load time (a fresh process: unpacking the shipped file and indexing it), then lookups
per second over real agency names built from the gazetteer itself (a county's name plus a body, a
township under its county, names that open with no place): ``leading_places`` (the check every agency
statement goes through), ``lookup`` by full and by bare name, and ``find`` over a report's first 3,000
characters.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time

from nianbao.core import places


def _load_seconds() -> float:
    code = "import time; from nianbao.core import places; t = time.perf_counter(); places.size(); print(time.perf_counter() - t)"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return float(out)


def _names(n: int) -> list[str]:
    rng = random.Random(14)
    counties = places.of_level("county")
    out = []
    for k in range(n):
        county = rng.choice(counties)
        kind = k % 4
        if kind == 0:
            out.append(county.name + rng.choice(("人民政府", "统计局", "卫生健康局")))
        elif kind == 1 and places.children(county):
            out.append(county.name + rng.choice(places.children(county)).name + "人民政府")
        elif kind == 2:
            out.append("了" + county.name + "市场监督管理局")
        else:
            out.append(rng.choice(("区人民政府办公室", "开发区管委会", "国家某某局", "党政综合办公室")))
    return out


def _rate(fn, items: list[str]) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return len(items) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--names", type=int, default=20000)
    args = parser.parse_args()
    print(f"load (fresh process): {_load_seconds() * 1000:.0f} ms for {places.size()} divisions")
    names = _names(args.names)
    print(f"leading_places: {_rate(places.leading_places, names):,.0f} names/s")
    full = [p.name for p in places.of_level("county")] * 4
    print(f"lookup (full name): {_rate(places.lookup, full):,.0f} /s")
    bare = [places.bare_name(n) for n in full]
    print(f"lookup (bare name): {_rate(lambda s: places.lookup(s, bare=True), bare):,.0f} /s")
    head = "".join(names)[:3000]
    print(f"find over 3,000 characters: {_rate(places.find, [head] * 50):,.1f} texts/s")


if __name__ == "__main__":
    main()
