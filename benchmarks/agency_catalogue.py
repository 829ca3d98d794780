"""How many kinds of government body nianbao reads as an agency: every kind of the administrative catalogue
(``nianbao.synth.body_catalogue``) at real places, stated in each position a report states its publisher
(``nianbao.synth.catalogue_pages``), written as text and HTML and read back by the pipeline; the share read exactly
as written, per kind and position.

    .venv/bin/python benchmarks/agency_catalogue.py [--n 8] [--seed catalogue] [--misses 3]
    .venv/bin/python benchmarks/agency_catalogue.py --reporter [--n 24] [--misses 3]

``--reporter`` measures instead which of two plausible bodies is read as the reporter (``nianbao.synth.reporter_pages``:
a place's report compiled by its office, an office's own, a department with its government's desk, a body by its
kind alone with its place elsewhere or nowhere, under injected text): per shape, the share right (a name the page
uses for its reporter, or none where it states none), none (no name where it states one) and wrong (another body).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from nianbao.core.config import ExtractConfig  # noqa: E402
from nianbao.pipeline import extract  # noqa: E402
from nianbao.synth.body_catalogue import size  # noqa: E402
from nianbao.synth.catalogue_pages import KINDS, POSITIONS, catalogue_page, draw_body  # noqa: E402
from nianbao.synth.render_html import render_lines_html  # noqa: E402
from nianbao.synth.reporter_pages import SHAPES, reporter_page  # noqa: E402


def measure_reporters(n: int, seed: str) -> tuple[dict[str, list[int]], dict[str, list[tuple]]]:
    """shape → [right, none, wrong] over ``n`` pages per shape, each as text and HTML; and the misses."""
    config, table, misses = ExtractConfig(tag=False), defaultdict(lambda: [0, 0, 0]), defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for shape in SHAPES:
            rng = random.Random(f"{seed}:reporter:{shape}")
            for i in range(n):
                lines, names = reporter_page(rng, shape, rng.randint(2015, 2024))
                for fmt, data in (("txt", ("\n".join(lines) + "\n").encode()), ("html", render_lines_html(lines))):
                    path = Path(tmp) / f"{shape}-{i}.{fmt}"
                    path.write_bytes(data)
                    got = extract(path, config).metadata.agency
                    outcome = 0 if (got in names if names else got is None) else 1 if got is None else 2
                    table[shape][outcome] += 1
                    if outcome:
                        misses[shape].append((fmt, names, got))
    return table, misses


def print_reporters(n: int, seed: str, show: int) -> None:
    """The reporter table: per shape the share right, none and wrong."""
    table, misses = measure_reporters(n, seed)
    print(f"reporter shapes: {n} pages × txt/HTML per shape")
    print(f"{'shape':28}{'right':>8}{'none':>8}{'wrong':>8}{'pages':>8}")
    total = [0, 0, 0]
    for shape in SHAPES:
        row = table[shape]
        pages = sum(row)
        total = [a + b for a, b in zip(total, row)]
        print(f"{shape:28}" + "".join(f"{c / pages:8.2f}" for c in row) + f"{pages:8}")
    pages = sum(total)
    print(f"{'all':28}" + "".join(f"{c / pages:8.2f}" for c in total) + f"{pages:8}  ({total[0]}/{pages} right)")
    for shape in SHAPES:
        for fmt, names, got in misses[shape][:show]:
            print(f"  miss {shape} {fmt}: {names!r} → {got!r}")


def measure(n: int, seed: str) -> tuple[dict[tuple[str, str], list[int]], dict[tuple[str, str], list[tuple]]]:
    """(kind, position) → [right, total] over ``n`` bodies per cell, each as text and HTML; and the misses."""
    config, table, misses = ExtractConfig(tag=False), defaultdict(lambda: [0, 0]), defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        for kind in KINDS:
            for position in POSITIONS:
                rng = random.Random(f"{seed}:{kind}:{position}")
                for i in range(n):
                    name, year = draw_body(rng, kind), rng.randint(2015, 2024)
                    lines = catalogue_page(rng, name, position, year)
                    for fmt, data in (("txt", ("\n".join(lines) + "\n").encode()), ("html", render_lines_html(lines))):
                        path = Path(tmp) / f"{kind}-{position}-{i}.{fmt}"
                        path.write_bytes(data)
                        got = extract(path, config).metadata.agency
                        cell = table[(kind, position)]
                        cell[0] += got == name
                        cell[1] += 1
                        if got != name:
                            misses[(kind, position)].append((fmt, name, got))
    return table, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=8, help="bodies per kind and position (each read as txt and HTML)")
    parser.add_argument("--seed", default="catalogue")
    parser.add_argument("--misses", type=int, default=0, help="misses to print per cell")
    parser.add_argument("--reporter", action="store_true", help="the reporter shapes instead of the catalogue")
    args = parser.parse_args()
    if args.reporter:
        print_reporters(args.n if args.n != 8 else 24, args.seed, args.misses)
        return
    table, misses = measure(args.n, args.seed)
    print(f"catalogue: {size()} written forms in {len(KINDS)} kinds; {args.n} bodies × txt/HTML per cell")
    print(f"{'kind':24}" + "".join(f"{p:>11}" for p in POSITIONS) + f"{'all':>11}")
    column: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind in KINDS:
        row = [0, 0]
        cells = []
        for position in POSITIONS:
            right, total = table[(kind, position)]
            row[0] += right
            row[1] += total
            column[position][0] += right
            column[position][1] += total
            cells.append(f"{right / total:11.2f}")
        print(f"{kind:24}" + "".join(cells) + f"{row[0] / row[1]:11.2f}")
    right = sum(c[0] for c in column.values())
    total = sum(c[1] for c in column.values())
    print(f"{'all':24}" + "".join(f"{column[p][0] / column[p][1]:11.2f}" for p in POSITIONS) + f"{right / total:11.2f}"
          + f"  ({right}/{total})")
    for (kind, position), rows in sorted(misses.items()):
        for fmt, name, got in rows[:args.misses]:
            print(f"  miss {kind}/{position} {fmt}: {name!r} → {got!r}")


if __name__ == "__main__":
    main()
