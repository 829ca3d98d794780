"""Cells, sections and paragraphs read back from Markdown written by REAL converters (pandoc, pymupdf4llm,
markitdown) from the real reports of /work/shared whose gold is in corpus/gold.

    python benchmarks/real_converters.py [/work/convout] [--shared /work/shared] [--detail] [--misses]
    python benchmarks/real_converters.py /work/convout-S --synth /work/synth-S   # synthetic reports and their gold

The folder holds ``<doc_id>/<route>.md`` as ``scripts/real_converter_inputs.py`` writes it; build it
first (the converters stay outside nianbao's environment; none is a dependency):

    apt-get install -y pandoc libreoffice-writer-nogui
    python3 -m venv /work/convvenv
    /work/convvenv/bin/pip install pymupdf4llm 'markitdown[pdf,docx]' 'lxml<6' 'beautifulsoup4<4.13'
    python scripts/real_converter_inputs.py --out /work/convout

Routes are ``<input>.<converter>``: the document's own PDF/HTML/DOCX (``pdf``, ``html``, ``docx``) or one
made from it by LibreOffice (``lo-pdf``, ``lo-docx``) or pandoc (``pandoc-docx``); converters ``pymupdf4llm``,
``markitdown``, ``pandoc-gfm`` and ``pandoc-markdown`` (grid tables). Converters that download models at
run time (docling, marker, MinerU) are not run here.

Prints, per converter × document × table (二 incl. the 2019 二, 三, 四), gold cells read right / gold cells;
then the sections found and the paragraphs read whole against the same document read natively (a native
paragraph counts when one paragraph of the Markdown's record in the same section has its text, whitespace
aside), and totals per converter, per input (the document's own file, or one made from HTML/DOCX or from a
text report), per converter × input and over all. A converter whose files are absent is reported as skipped.

A native paragraph not read whole is counted by class (``miss_class``): ``merged`` (run into a neighbour),
``split`` (cut in pieces), ``section`` (whole, in another section), ``altered`` (characters changed, moved or
lost: quote marks a converter moved, digits out of place). A wrong split is as bad as a wrong join, so both
are counted on the record's side too: its paragraphs that are a strict piece of one native paragraph, and
those holding two native paragraphs or more. ``--misses`` lists each missed paragraph's class and first
characters (page text: print, never commit).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import msgspec

from nianbao.core.config import ExtractConfig
from nianbao.core.gold import CellValue
from nianbao.core.record import Record
from nianbao.evaluation.evaluate import cell_matches
from nianbao.pipeline import extract

REPO = Path(__file__).resolve().parents[1]
CONVERTERS = ("pymupdf4llm", "markitdown", "pandoc-gfm", "pandoc-markdown")
TABLES = {"t2": "二", "t2_2019": "二", "t3": "三", "t4": "四"}
_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub("", text)


def _native(shared: Path, doc_id: str, extra: tuple[Path, ...] = ()) -> Path | None:
    for folder in (shared / "corpus", shared / "seeds", REPO / "corpus" / "samples", *extra):
        if (folder / doc_id).exists():
            return folder / doc_id
    return None


def synth_pairs(root: Path) -> tuple[list[Path], list[Path]]:
    """The report folders (shards) and gold folders of every ``nianbao synth`` output under ``root`` (as
    ``scripts/real_converter_inputs.py --synth`` finds them)."""
    reports = sorted(p for r in root.rglob("reports") if r.is_dir() for p in r.iterdir() if p.is_dir())
    golds = sorted(p for g in root.rglob("gold") if g.is_dir() for p in g.iterdir() if p.is_dir())
    return reports, golds


def cells(record: Record, gold: dict) -> Counter:
    """Gold cells read right and all gold cells, by table (二, 三, 四)."""
    tally: Counter = Counter()
    for cid, value in gold.items():
        table = TABLES.get(cid.split(".")[0])
        if table is None:
            continue
        tally[table, "n"] += 1
        tally[table, "ok"] += cell_matches(msgspec.convert(value, CellValue), record.cell(cid))
    return tally


MISS_CLASSES = ("merged", "split", "section", "altered")


def miss_class(text: str, section: str, record: Record) -> str:
    """Why a native paragraph is not one of the Markdown record's paragraphs in its section: ``merged`` (a
    record paragraph holds it with more text: run into a neighbour), ``split`` (record paragraphs inside it
    cover at least half of it: cut in pieces), ``section`` (whole, in another section), ``altered`` (else:
    characters changed, moved or lost)."""
    whole = _norm(text)
    texts = [_norm(p.text) for p in record.paragraphs]
    if any(whole in t and whole != t for t in texts):
        return "merged"
    if sum(len(t) for t in texts if t and t != whole and t in whole) * 2 >= len(whole):
        return "split"
    if whole in texts:
        return "section"
    return "altered"


def narrative(record: Record, native: Record, misses: list[tuple[str, str]] | None = None) -> Counter:
    """Sections and whole paragraphs of the native reading found in the Markdown's record; each missed
    paragraph's class (``miss_class``) counted as ``("miss", class)`` and, given ``misses``, listed there.
    ``("cut", "n")`` counts the record's paragraphs that are a strict piece of a native paragraph (a wrong
    split), ``("run", "n")`` those holding two native paragraphs or more (a wrong join)."""
    tally: Counter = Counter()
    have = set(record.sections)
    tally["sec", "n"] += len(native.sections)
    tally["sec", "ok"] += sum(s in have for s in native.sections)
    by_section: dict[str, set[str]] = defaultdict(set)
    for p in record.paragraphs:
        by_section[p.section].add(_norm(p.text))
    native_texts = [_norm(p.text) for p in native.paragraphs]
    for p in native.paragraphs:
        tally["par", "n"] += 1
        ok = _norm(p.text) in by_section[p.section]
        tally["par", "ok"] += ok
        if not ok:
            kind = miss_class(p.text, p.section, record)
            tally["miss", kind] += 1
            if misses is not None:
                misses.append((kind, p.text))
    native_set = set(native_texts)
    for p in record.paragraphs:
        t = _norm(p.text)
        if len(t) < 8 or t in native_set:
            continue
        tally["cut", "n"] += any(t in n for n in native_texts)
        tally["run", "n"] += sum(n in t for n in native_texts if len(n) >= 8) >= 2
    return tally


def _ratio(t: Counter, key: str) -> str:
    n, ok = t[key, "n"], t[key, "ok"]
    return f"{ok:4d}/{n:<4d}" if n else "   -/-   "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("/work/convout"))
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--gold", type=Path, default=REPO / "corpus" / "gold")
    parser.add_argument("--detail", action="store_true", help="list every wrong cell id")
    parser.add_argument("--synth", type=Path, default=None,
                        help="nianbao synth output folders under this folder hold the native reports and gold "
                             "(scripts/real_converter_inputs.py --synth)")
    parser.add_argument("--misses", action="store_true",
                        help="list every native paragraph not read whole, with its class (page text: print, never commit)")
    args = parser.parse_args()
    if not args.folder.is_dir():
        sys.exit(f"{args.folder} absent: build it with scripts/real_converter_inputs.py (see this docstring)")
    config = ExtractConfig(tag=False)
    per_converter: dict[str, Counter] = defaultdict(Counter)
    reports, golds = synth_pairs(args.synth) if args.synth else ([], [])
    print(f"{'document':44s} {'route':28s} {'二':>9s} {'三':>9s} {'四':>9s} {'sections':>9s} {'paragraphs':>10s}")
    for folder in sorted(p for p in args.folder.iterdir() if p.is_dir()):
        gold_path = next((g / f"{folder.name}.json" for g in golds if (g / f"{folder.name}.json").exists()),
                         args.gold / f"{folder.name}.json")
        source = _native(args.shared, folder.name, tuple(reports))
        if not gold_path.exists() or source is None:
            print(f"{folder.name}: no gold or no native document, skipped")
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))["cells"]
        native = extract(source, config)
        for md in sorted(folder.glob("*.md")):
            route = md.stem
            converter = route.split(".")[-1]
            record = extract(md, config)
            if record.errors:
                print(f"    {route}: {record.errors[0].message}")
            misses: list[tuple[str, str]] = []
            tally = cells(record, gold) + narrative(record, native, misses)
            per_converter[converter] += tally
            per_converter["all"] += tally
            # The document's own file, or one LibreOffice or pandoc made from it (a text report printed
            # to PDF has no table lines: a harder and less usual input).
            made = route.split(".")[0] not in ("pdf", "html", "docx")
            origin = "made from a text report" if made and folder.name.endswith(".txt") else "made from HTML/DOCX" if made else "the document's own file"
            per_converter["input: " + origin] += tally
            per_converter[f"{converter} × {origin}"] += tally
            print(f"{folder.name[:44]:44s} {route[:28]:28s} {_ratio(tally, '二')} {_ratio(tally, '三')} {_ratio(tally, '四')}"
                  f" {_ratio(tally, 'sec')} {_ratio(tally, 'par'):>10s}")
            if args.detail:
                wrong = [cid for cid, v in gold.items() if cid.split(".")[0] in TABLES
                         and not cell_matches(msgspec.convert(v, CellValue), record.cell(cid))]
                if wrong:
                    print("    wrong:", " ".join(wrong))
            if args.misses:
                for kind, text in misses:
                    print(f"    {kind:8s} {_norm(text)[:70]}")
    print()
    origins = sorted(k for k in per_converter if k.startswith("input: "))
    crossed = sorted(k for k in per_converter if " × " in k)
    for converter in CONVERTERS + ("all",) + tuple(origins) + tuple(crossed):
        t = per_converter.get(converter)
        if not t:
            print(f"{converter:48s} skipped: no Markdown of this converter in {args.folder} "
                  "(absent when the inputs were built: install it as this docstring says and rebuild)")
            continue
        n = sum(t[k, "n"] for k in ("二", "三", "四"))
        ok = sum(t[k, "ok"] for k in ("二", "三", "四"))
        print(f"{converter[:48]:48s} cells {ok:5d}/{n:<5d} {ok / n:.4f}   二 {_ratio(t, '二')} 三 {_ratio(t, '三')} 四 {_ratio(t, '四')}"
              f"   sections {_ratio(t, 'sec')} paragraphs {_ratio(t, 'par')}")
    t = per_converter["all"]
    print("paragraphs not read whole, by class: " + ", ".join(f"{k} {t['miss', k]}" for k in MISS_CLASSES)
          + f"; record paragraphs cut from one native paragraph {t['cut', 'n']}, holding two or more {t['run', 'n']}")


if __name__ == "__main__":
    main()
