"""Gold paragraphs found when the same pages arrive reshaped: each paragraph page's text put through each of
``nianbao.synth.reshape.MORPHS`` (a PDF's text layer with page numbers and running headers, a crawler's one line,
a traditional repost, a converter's Markdown, a DOCX dump), read and scored as ``dev_pages_paragraphs.py``
scores the page as crawled.

    .venv/bin/python benchmarks/dev_pages_paragraphs_morph.py --root R --facts F [--split S ...] [--morph M ...]
        [--corpus] [--verbose]

The gold is keyed on the page as crawled (``dev_pages_paragraphs.keyed_lines``/``keyed_parts``) and compared
after the shape's own change to a paragraph (``reshape.paragraph_as``): the shapes change only whitespace, which
``paragraph_key`` drops, except ``traditional``, whose gold is the paragraph converted the same way (and its
simplified view). ``--corpus`` scores the shared corpus's text reports that have paragraph gold
(``corpus/gold/*.txt.json``, the texts under ../shared). Prints found/gold and heading lines per split and
shape; ``--verbose`` each missed paragraph's class, page and first characters (page text: never commit it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from nianbao.core.config import ExtractConfig
from nianbao.extraction import script
from nianbao.extraction.layout import analyse
from nianbao.extraction.readers import read
from nianbao.pipeline import extract
from nianbao.synth.reshape import MORPHS, morph, paragraph_as

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev_pages_paragraphs import (CLASSES, FACTS, SEALED_SPLITS, Where, _unstopped, is_heading_line,  # noqa: E402
                                  keyed_lines, keyed_parts, listed_urls, page_files, split_dir, squash)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def corpus_pages(tmp: Path) -> list[tuple[str, Path, list[str]]]:
    """The shared corpus's text reports with paragraph gold: (name, the text saved with a URL line, gold keys)."""
    out = []
    for gold in sorted((REPO / "corpus" / "gold").glob("*.txt.json")):
        name = gold.name[: -len(".json")]
        src = next((p for p in (SHARED / "corpus" / name, SHARED / "seeds" / name) if p.exists()), None)
        keys = [p["key"] for p in json.loads(gold.read_text(encoding="utf-8")).get("paragraphs") or []]
        if src is None or not keys:
            continue
        saved = tmp / f"corpus-{name}"
        saved.write_text(f"corpus:{name}\n" + src.read_text(encoding="utf-8"), encoding="utf-8")
        out.append((name, saved, keys))
    return out


def split_pages(args: argparse.Namespace, tmp: Path) -> dict[str, list[tuple[str, Path, list[str]]]]:
    """Split → its pages: (page id, saved page file, gold keys)."""
    sealed = listed_urls(args.exclude_urls)
    out: dict[str, list[tuple[str, Path, list[str]]]] = {}
    for facts in sorted(args.facts.glob("*.json")):
        data = json.loads(facts.read_text(encoding="utf-8"))
        split = data.get("split")
        if split is None or (args.split and split not in args.split) or (not args.split and split in SEALED_SPLITS):
            continue
        files = page_files(split_dir(args.root, split))
        pages = [(p["page"], files[p["url"]], [g["key"] for g in p["paragraphs"]]) for p in data["pages"]
                 if p["url"] in files and p["url"] not in sealed and p["paragraphs"]]
        if pages:
            out[split] = pages
    if args.corpus:
        out["corpus"] = corpus_pages(tmp)
    return out


def score_page(path: Path, keys: list[str], kind: str, tmp: Path, config: ExtractConfig,
               misses: list[str]) -> tuple[int, int, int, int, Counter]:
    """(found, gold, heading lines right, heading lines) for one page in one shape, and the misses' classes."""
    by_key = keyed_lines(path)
    by_key |= keyed_parts(path, set(keys) - by_key.keys())
    gold = [by_key[k] for k in keys if k in by_key]
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    shaped = morph(lines, kind, seed=path.stem)
    page = tmp / f"morph-{kind}{shaped.suffix}"
    page.write_text(shaped.text, encoding="utf-8")
    record = extract(page, config)
    view, _ = script.simplified_view(read(page))
    where = Where.of(record, analyse(view))
    classes: Counter = Counter()
    found = heads_right = heads = total = 0
    for text in gold:
        shown = paragraph_as(text, kind)
        texts = {squash(shown), squash(script.to_simplified(shown)), squash(script.to_simplified(text))}
        if is_heading_line(squash(text)):
            heads += 1
            how = "heading" if {_unstopped(t) for t in texts} & where.headings else where.classify(texts)
            heads_right += how in ("found", "heading")
            if how not in ("found", "heading"):
                misses.append(f"head-{how:9s} {squash(text)[:40]}")
            continue
        total += 1
        how = where.classify(texts)
        found += how == "found"
        if how != "found":
            classes[how] += 1
            misses.append(f"{how:9s} {squash(text)[:40]}")
    return found, total, heads_right, heads, classes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", type=Path, default=Path("/work/devpages-15"), help="where the splits' texts are")
    ap.add_argument("--facts", type=Path, default=FACTS)
    ap.add_argument("--split", action="append", help="only these splits (repeatable)")
    ap.add_argument("--morph", action="append", choices=MORPHS, help="only these shapes (repeatable)")
    ap.add_argument("--exclude-urls", action="append", type=Path, default=[],
                    help="leave out pages whose URL this file lists (a sealed set's); repeatable")
    ap.add_argument("--corpus", action="store_true", help="also the shared corpus's text reports with gold")
    ap.add_argument("--no-splits", action="store_true", help="only the shared corpus (with --corpus)")
    ap.add_argument("--verbose", action="store_true", help="print each miss (page text: do not commit the output)")
    args = ap.parse_args()
    kinds = args.morph or list(MORPHS)
    config = ExtractConfig(tag=False)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    all_classes: dict[str, Counter] = defaultdict(Counter)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        splits = split_pages(args, tmp)
        if args.no_splits:
            splits = {k: v for k, v in splits.items() if k == "corpus"}
        for split, pages in splits.items():
            for kind in kinds:
                row, classes = [0, 0, 0, 0], Counter()
                for page_id, path, keys in pages:
                    misses: list[str] = []
                    found, total, hr, h, cls = score_page(path, keys, kind, tmp, config, misses)
                    for i, v in enumerate((found, total, hr, h)):
                        row[i] += v
                    classes += cls
                    if args.verbose:
                        for m in misses:
                            print(f"    {split} {kind} {page_id} {m}")
                for i in range(4):
                    totals[kind][i] += row[i]
                all_classes[kind] += classes
                cls_text = ", ".join(f"{k} {classes[k]}" for k in CLASSES if classes[k])
                print(f"{split:12s} {kind:12s} {len(pages):3d} pages  found {row[0]}/{row[1]} "
                      f"({row[0] / max(1, row[1]):.1%})  heading lines {row[2]}/{row[3]}  missing: {cls_text or '-'}",
                      flush=True)
    for kind in kinds:
        row, classes = totals[kind], all_classes[kind]
        cls_text = ", ".join(f"{k} {classes[k]}" for k in CLASSES if classes[k])
        print(f"{'all':12s} {kind:12s}  found {row[0]}/{row[1]} ({row[0] / max(1, row[1]):.1%})  "
              f"heading lines {row[2]}/{row[3]}  missing: {cls_text or '-'}")


if __name__ == "__main__":
    main()
