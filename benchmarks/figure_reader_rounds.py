"""What an added figure reader would have done beside the grammar of an earlier round (issue 15).

Each dev-page round (corpus/dev-pages/heldout-N.json) was scored once against the grammar frozen before it;
the grammar was then fitted to it. Beside today's grammar a reader can only add to readings already fitted;
beside the grammar of that round's freeze it meets the wordings that grammar had never seen, as it will on
the next unseen agency. Two steps, the first run with the old checkout on the path (``git archive COMMIT``):

    PYTHONPATH=/tmp/old-COMMIT python benchmarks/figure_reader_rounds.py dump grammar.json DIR [DIR ...]
    .venv/bin/python benchmarks/figure_reader_rounds.py score grammar.json DIR [DIR ...] --splits heldout-5

``dump`` writes that grammar's figures of every page (texts as ``dev_pages_figures.py`` reads them);
``score`` adds the learned reader (``nianbao.extraction.figures.learned``) to them paragraph by paragraph
and prints P/R/F1 of the grammar alone and with the reader, per split and pooled, with what it added.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


# ``dev_pages_figures.texts`` again: ``dump`` runs against an old checkout, where that module's imports
# (DEFAULT_FIGURE_READERS) do not exist yet.
def _texts(dirs: list[Path]) -> dict[str, list[str]]:
    out = {}
    for d in dirs:
        for path in sorted(d.glob("*.txt")):
            lines = path.read_text(encoding="utf-8").splitlines()
            if lines:
                out[lines[0].strip()] = [line for line in lines[1:] if line.strip()]
    return out


def _view(lines: list[str]) -> list[str]:
    from nianbao.extraction.script import is_traditional, to_simplified
    return [to_simplified(x) for x in lines] if is_traditional("".join(lines)) else lines


def dump(out: Path, dirs: list[Path]) -> None:
    """The figures of whichever nianbao is on the path, per page URL (only APIs every round had)."""
    import msgspec

    from nianbao.core.record import Paragraph
    from nianbao.extraction.figures import extract_figures
    pages = {}
    for url, lines in _texts(dirs).items():
        view = [Paragraph(i, text, "", []) for i, text in enumerate(_view(lines))]
        pages[url] = msgspec.to_builtins(extract_figures(view))
    out.write_text(json.dumps(pages, ensure_ascii=False), encoding="utf-8")


def score(grammar_json: Path, dirs: list[Path], splits: list[str], threshold: float | None) -> None:
    """P/R/F1 of the dumped grammar alone and with the learned reader added, per split and pooled."""
    import msgspec

    from nianbao.core.record import Figure, Paragraph
    from nianbao.extraction.figures.learned import read
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from dev_pages_figures import FACTS, prf, score_page

    dumped = json.loads(grammar_json.read_text(encoding="utf-8"))
    texts = _texts(dirs)
    pooled = {"grammar": [0, 0, 0], "with": [0, 0, 0]}
    for path in sorted(FACTS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["split"] not in splits:
            continue
        totals = {"grammar": [0, 0, 0], "with": [0, 0, 0]}
        added_log: list = []
        for page in data["pages"]:
            lines = texts.get(page["url"])
            if lines is None or page["url"] not in dumped:
                continue
            paragraphs = [Paragraph(i, text, "", []) for i, text in enumerate(lines)]
            view = _view(lines)
            grammar = [msgspec.convert(f, Figure) for f in dumped[page["url"]]]
            added = []
            for i, text in enumerate(view):
                own = [f for f in grammar if f.paragraph == i]
                added += read(text, own, i, threshold=threshold)
            for name, figures in (("grammar", grammar), ("with", grammar + added)):
                misses: list = []
                for k, v in enumerate(score_page(page, paragraphs, figures, misses)):
                    totals[name][k] += v
                if name == "with":
                    wrong = {(m[2], m[3]) for m in misses if m[0] == "spurious"}
                    added_log += [(page["page"], f.id, f.value, "spurious" if (f.id, f.value) in wrong else "right",
                                   f.note) for f in added]
        for name in totals:
            pooled[name] = [a + b for a, b in zip(pooled[name], totals[name])]
        print(f"{data['split']:12s} grammar        {prf(*totals['grammar'])}")
        print(f"{'':12s} grammar+learned {prf(*totals['with'])}")
        for entry in added_log:
            print("    added", *entry)
    print(f"{'pooled':12s} grammar        {prf(*pooled['grammar'])}")
    print(f"{'':12s} grammar+learned {prf(*pooled['with'])}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=("dump", "score"))
    ap.add_argument("grammar_json", type=Path)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--splits", default="", help="score: the splits to score, comma-separated")
    ap.add_argument("--threshold", type=float, default=None, help="score: the reader's threshold (default: its own)")
    args = ap.parse_args()
    if args.mode == "dump":
        dump(args.grammar_json, args.dirs)
    else:
        score(args.grammar_json, args.dirs, [s for s in args.splits.split(",") if s], args.threshold)


if __name__ == "__main__":
    main()
