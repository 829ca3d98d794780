"""Build Markdown written by real converters from the real reports of /work/shared, for
``benchmarks/real_converters.py``. Nothing here is a dependency of nianbao: the converters live outside
the project's environment.

Install the converters (once; none goes into the project's .venv or pyproject):

    apt-get install -y pandoc libreoffice-writer-nogui      # pandoc 2.17 and LibreOffice (soffice)
    python3 -m venv /work/convvenv
    /work/convvenv/bin/pip install pymupdf4llm 'markitdown[pdf,docx]' 'lxml<6' 'beautifulsoup4<4.13'

(with lxml 6.2 BeautifulSoup's XML parser drops the ``w:`` prefixes, so markitdown 0.1.9's DOCX pre-processing
hands mammoth a document it refuses: "Could not find the body element"; pymupdf4llm 2.0 needs no download.)

Then:

    python scripts/real_converter_inputs.py [--out /work/convout] [--shared /work/shared] [--gold corpus/gold]
    python scripts/real_converter_inputs.py --samples --out /work/convout-samples   # the project's samples
    nianbao synth 6 --formats pdf --seed S-pdf -o /work/synth-S/pdf    # (and docx, html, txt)
    python scripts/real_converter_inputs.py --synth /work/synth-S --out /work/convout-S   # a fresh held-out set

``--synth DIR`` converts every synthetic report under ``DIR`` (one or more ``nianbao synth`` output folders,
``DIR/**/reports/<shard>/<doc_id>`` with gold in ``DIR/**/gold/<shard>/<doc_id>.json``): a new seed gives
documents no reader rule has seen; score them with ``benchmarks/real_converters.py OUT --synth DIR``.

For every document of the shared corpus and seeds that has gold table cells (the shanghai Markdown is
itself a converter's output and is left out), the script writes ``OUT/<doc_id>/<route>.md`` where the
route names how the Markdown was made:

- the document's own file through a converter: ``pdf.pymupdf4llm``, ``pdf.markitdown`` (a PDF),
  ``html.pandoc-gfm``, ``html.pandoc-markdown`` (pandoc's Markdown writes grid tables), ``html.markitdown``,
  ``docx.pandoc-gfm``, ``docx.pandoc-markdown``, ``docx.markitdown``;
- made first, then converted: ``lo-pdf.*`` (``soffice --headless --convert-to pdf`` of the document),
  ``lo-docx.*`` (LibreOffice to DOCX, for HTML and text), ``pandoc-docx.*`` (pandoc HTML → DOCX).

A converter that is absent is skipped with a message; the made PDFs and DOCXs are kept under
``OUT/<doc_id>/_made/``. Texts stay outside the repository: OUT must not be inside it.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CONVVENV = Path("/work/convvenv/bin/python")
# A text report read by LibreOffice as UTF-8 with LF line ends (its default guesses the encoding).
TEXT_FILTER = "Text (encoded):UTF8,LF,,"
# A web page opened in Writer proper (Writer/Web exports one endless PDF page and a DOCX markitdown refuses).
HTML_FILTER = "HTML (StarWriter)"
# pandoc stops on an image it cannot fetch (a saved page's /images/…): images are no report text.
NO_IMAGES = "function Image(el) return {} end\n"


def _run(cmd: list[str], out: Path | None = None, timeout: int = 300) -> bool:
    try:
        res = subprocess.run(cmd, capture_output=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"  failed: {' '.join(cmd[:3])}…: {exc}", file=sys.stderr)
        return False
    if res.returncode != 0:
        print(f"  failed ({res.returncode}): {' '.join(cmd[:4])}…: {res.stderr.decode(errors='replace')[-300:]}", file=sys.stderr)
        return False
    if out is not None:
        out.write_bytes(res.stdout)
    return True


def _soffice(src: Path, fmt: str, made: Path, infilter: str | None) -> Path | None:
    """``src`` converted by LibreOffice to ``fmt`` (pdf or docx) in ``made``."""
    if not shutil.which("soffice"):
        print("  soffice absent: apt-get install -y libreoffice-writer-nogui", file=sys.stderr)
        return None
    cmd = ["soffice", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt if fmt == "pdf" else "docx:MS Word 2007 XML", "--outdir", str(made), str(src)]
    target = made / f"{src.stem}.{fmt}"
    if not _run(cmd) or not target.exists():
        return None
    final = made / f"lo.{fmt}"
    target.replace(final)
    return final


def _converters(kind: str) -> dict[str, list[str]]:
    """Converter name → command printing Markdown for a ``kind`` file (the path is appended)."""
    cmds: dict[str, list[str]] = {}
    if kind in ("html", "docx") and shutil.which("pandoc"):
        cmds["pandoc-gfm"] = ["pandoc", "-f", kind, "-t", "gfm", "--wrap=none"]
        cmds["pandoc-markdown"] = ["pandoc", "-f", kind, "-t", "markdown", "--wrap=none"]
    if CONVVENV.exists():
        if kind == "pdf":
            # Written to a file by the converter itself: MuPDF prints its parser's messages to stdout.
            cmds["pymupdf4llm"] = [str(CONVVENV), "-c", "import sys, pathlib, pymupdf4llm; "
                                   "pathlib.Path(sys.argv[2]).write_text(pymupdf4llm.to_markdown(sys.argv[1]), encoding='utf-8')"]
        cmds["markitdown"] = [str(CONVVENV), "-m", "markitdown"]
    return cmds


def convert(src: Path, kind: str, prefix: str, out: Path) -> int:
    """Every converter of ``kind`` run on ``src``; the Markdown written as ``out/<prefix>.<converter>.md``."""
    written = 0
    for name, cmd in _converters(kind).items():
        target = out / f"{prefix}.{name}.md"
        ok = _run(cmd + [str(src), str(target)]) if name == "pymupdf4llm" else _run(cmd + [str(src)], target)
        written += ok
    return written


def synth_pairs(root: Path) -> tuple[list[Path], list[Path]]:
    """The report folders (shards) and gold folders of every ``nianbao synth`` output under ``root``."""
    reports = sorted(p for r in root.rglob("reports") if r.is_dir() for p in r.iterdir() if p.is_dir())
    golds = sorted(p for g in root.rglob("gold") if g.is_dir() for p in g.iterdir() if p.is_dir())
    return reports, golds


def documents(folders: list[Path], gold: Path | list[Path]) -> list[Path]:
    """The documents of ``folders`` with gold table cells, converter-made Markdown and scans left out."""
    docs = []
    for g in sorted(p for folder in (gold if isinstance(gold, list) else [gold]) for p in folder.glob("*.json")):
        data = json.loads(g.read_text(encoding="utf-8"))
        if not data.get("cells") or g.stem.endswith(".md") or "scanned" in g.stem:
            continue
        for folder in folders:
            if (folder / g.stem).exists():
                docs.append(folder / g.stem)
    return docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/work/convout"))
    parser.add_argument("--shared", type=Path, default=Path("/work/shared"))
    parser.add_argument("--gold", type=Path, default=REPO / "corpus" / "gold")
    parser.add_argument("--only", default="", help="a substring of the document ids to build")
    parser.add_argument("--samples", action="store_true",
                        help="convert the project's own sample reports (corpus/samples) instead")
    parser.add_argument("--synth", type=Path, default=None,
                        help="convert the synthetic reports of nianbao synth output folders under this folder instead")
    args = parser.parse_args()
    if REPO in args.out.resolve().parents or args.out.resolve() == REPO:
        sys.exit("the converted texts stay outside the repository")
    if not shutil.which("pandoc"):
        print("pandoc absent: apt-get install -y pandoc", file=sys.stderr)
    if not CONVVENV.exists():
        print(f"{CONVVENV} absent: pymupdf4llm and markitdown skipped (see this script's docstring)", file=sys.stderr)
    folders = [REPO / "corpus" / "samples"] if args.samples else [args.shared / "corpus", args.shared / "seeds"]
    gold: Path | list[Path] = args.gold
    if args.synth:
        folders, gold = synth_pairs(args.synth)
    for src in documents(folders, gold):
        if args.only not in src.name:
            continue
        out = args.out / src.name
        made = out / "_made"
        made.mkdir(parents=True, exist_ok=True)
        kind = src.suffix.lstrip(".")
        n = 0
        if kind in ("pdf", "html", "docx"):
            n += convert(src, kind, kind, out)
        if kind in ("html", "docx", "txt"):
            infilter = {"txt": TEXT_FILTER, "html": HTML_FILTER}.get(kind)
            pdf = _soffice(src, "pdf", made, infilter)
            if pdf:
                n += convert(pdf, "pdf", "lo-pdf", out)
            if kind != "docx":
                docx = _soffice(src, "docx", made, infilter)
                if docx:
                    n += convert(docx, "docx", "lo-docx", out)
        if kind == "html" and shutil.which("pandoc"):
            docx, lua = made / "pandoc.docx", made / "no-images.lua"
            lua.write_text(NO_IMAGES, encoding="utf-8")
            # Through pandoc's JSON: its DOCX writer fetches images before a filter could drop them.
            ast = made / "pandoc.json"
            if (_run(["pandoc", "-f", "html", "-t", "json", f"--lua-filter={lua}", "-o", str(ast), str(src)])
                    and _run(["pandoc", "-f", "json", "-t", "docx", "-o", str(docx), str(ast)])):
                n += convert(docx, "docx", "pandoc-docx", out)
        print(f"{src.name}: {n} Markdown files")


if __name__ == "__main__":
    main()
