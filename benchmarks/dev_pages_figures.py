"""Score the figure grammar (and the shipped tagger) against the dev-page facts in corpus/dev-pages.

    .venv/bin/python benchmarks/dev_pages_figures.py DIR [DIR ...] [--no-tagger] [--misses] [--readers learned|none]
        [--splits heldout-7,heldout-8]

DIR holds the page texts the facts were written from, kept outside the repository: one ``*.txt`` per
page, its URL on the first line, one paragraph a line after it. Pages are matched to facts by URL and
paragraphs by ``paragraph_key``. A figure matches a fact of the same page when id, value, qualifier and
whether it is the agency's own (``subject``) agree, as ``nianbao evaluate`` matches gold. Facts marked
``doubtful`` are not scored, and neither is a prediction that matches one. Prints P/R/F1 per split
(development: the pages the rules were written against; heldout: pages read after the rules were
frozen), how many figures each added figure reader (``--readers``) contributed and how many of them were
right, the tagger's content-only micro F1 per split (``dev_pages_labels.py`` scores the labels both
content-only and as the pipeline tags them, with the errors), and the grammar's CPU time per page.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from nianbao.core.keys import paragraph_key
from nianbao.core.record import Figure, Paragraph
from nianbao.extraction.figures import DEFAULT_FIGURE_READERS, extract_figures
from nianbao.extraction.script import is_traditional, to_simplified

FACTS = Path(__file__).resolve().parents[1] / "corpus" / "dev-pages"


def own(subject: str | None) -> bool:
    return (subject or "self") == "self"


def same(fact: dict, fig: Figure) -> bool:
    return (fact["id"] == fig.id and abs(float(fact["value"]) - float(fig.value)) < 1e-9
            and (fact.get("qualifier") or None) == (fig.qualifier or None) and own(fact.get("subject")) == own(fig.subject))


def texts(dirs: list[Path]) -> dict[str, list[str]]:
    out = {}
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            lines = path.read_text(encoding="utf-8").splitlines()
            if lines:
                out[lines[0].strip()] = [line for line in lines[1:] if line.strip()]
    return out


def score_page(page: dict, paragraphs: list[Paragraph], figures: list[Figure], misses: list) -> tuple[int, int, int]:
    keys = {p.index: paragraph_key(p.text) for p in paragraphs}
    facts = page["figures"]
    used: set[int] = set()
    tp = fn = fp = 0
    matched_doubtful: set[int] = set()
    # Scored facts take their predictions first: a doubtful fact of the same value must not take one away.
    for fact in sorted(facts, key=lambda f: bool(f.get("doubtful"))):
        cands = [i for i, f in enumerate(figures) if i not in used and same(fact, f)]
        cands.sort(key=lambda i: keys.get(figures[i].paragraph) != fact.get("paragraph_key"))
        if cands:
            used.add(cands[0])
            if fact.get("doubtful"):
                matched_doubtful.add(cands[0])
            else:
                tp += 1
        elif not fact.get("doubtful"):
            fn += 1
            misses.append(("missed", page["page"], fact["id"], fact["value"], fact.get("subject", "self")))
    doubtful = {float(f["value"]) for f in facts if f.get("doubtful")}
    for i, f in enumerate(figures):
        if i not in used and float(f.value) not in doubtful:  # a doubtful statement is read neither way
            fp += 1
            misses.append(("spurious", page["page"], f.id, f.value, f.subject))
    return tp, fp, fn


def prf(tp: int, fp: int, fn: int) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"tp {tp} fp {fp} fn {fn}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--no-tagger", action="store_true")
    ap.add_argument("--misses", action="store_true", help="print every miss")
    ap.add_argument("--readers", default=None, help="figure readers added to the grammar, comma-separated; none: "
                    "the grammar alone (default: the pipeline's, DEFAULT_FIGURE_READERS)")
    ap.add_argument("--splits", default="", help="score only these splits, comma-separated; with 'pooled', "
                    "also their sum")
    args = ap.parse_args()
    readers = list(DEFAULT_FIGURE_READERS) if args.readers is None else \
        [r for r in args.readers.split(",") if r and r != "none"]
    splits = [s for s in args.splits.split(",") if s and s != "pooled"]
    pooled = [0, 0, 0]
    pages_text = texts(args.dirs)
    tagger = None
    if not args.no_tagger:
        from nianbao.classification.default import shipped_model_dir
        from nianbao.classification.items import Item, decide
        from nianbao.classification.registry import load
        tagger = load(shipped_model_dir())
    elapsed, n_pages = 0.0, 0
    for path in sorted(FACTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if splits and data["split"] not in splits:
            continue
        totals, misses, missing = [0, 0, 0], [], 0
        added = added_right = 0
        label_tp = label_fp = label_fn = 0
        for page in data["pages"]:
            lines = pages_text.get(page["url"])
            if lines is None:
                missing += 1
                continue
            paragraphs = [Paragraph(i, text, "", []) for i, text in enumerate(lines)]
            # The pipeline reads a traditional-script page through its simplified view (extraction/script.py).
            view = paragraphs
            if is_traditional("".join(lines)):
                view = [Paragraph(p.index, to_simplified(p.text), "", []) for p in paragraphs]
            figures = extract_figures(view, readers=readers)  # once to warm up (regex compilation, cn2an), then timed
            start = time.process_time()
            figures = extract_figures(view, readers=readers)
            elapsed += time.process_time() - start
            n_pages += 1
            before = len(misses)
            for k, v in enumerate(score_page(page, paragraphs, figures, misses)):
                totals[k] += v
            extra = [f for f in figures if f.read_by != "grammar"]
            added += len(extra)
            wrong = {(m[2], m[3]) for m in misses[before:] if m[0] == "spurious"}
            added_right += sum(1 for f in extra if (f.id, f.value) not in wrong)
            for m in misses[before:]:
                if m[0] == "spurious" and any(f.id == m[2] and f.value == m[3] for f in extra):
                    misses[misses.index(m)] = ("spurious (added)",) + m[1:]
            if tagger is not None:
                by_key = {paragraph_key(p.text): p for p in paragraphs}
                gold = [(g["labels"], by_key[g["key"]]) for g in page["paragraphs"] if g["key"] in by_key]
                items = [Item(p.text, "", ()) for _, p in gold]
                predicted = decide(tagger.predict_scores(items), tagger.config.thresholds()) if items else []
                for (want, _), got in zip(gold, predicted):
                    label_tp += len(set(want) & set(got))
                    label_fp += len(set(got) - set(want))
                    label_fn += len(set(want) - set(got))
        print(f"{data['split']:12s} {len(data['pages']) - missing:3d} pages  figures: {prf(*totals)}")
        pooled = [a + b for a, b in zip(pooled, totals)]
        if readers:
            print(f"{'':12s} {'':9s}  added by {', '.join(readers)}: {added} ({added_right} not spurious)")
        if tagger is not None:
            print(f"{'':12s} {'':9s}  labels (content only, micro): {prf(label_tp, label_fp, label_fn)}")
        if missing:
            print(f"{'':12s} {missing} pages without text in {', '.join(map(str, args.dirs))}")
        if args.misses:
            for m in misses:
                print("   ", *m)
    if "pooled" in args.splits:
        print(f"{'pooled':12s} {'':9s}  figures: {prf(*pooled)}")
    if n_pages:
        print(f"figures: {1000 * elapsed / n_pages:.2f} ms per page ({n_pages} pages, one core)")


if __name__ == "__main__":
    main()
