"""Damaged real documents: does each keep its record, and how many of its cells?

    .venv/bin/python benchmarks/damaged.py [--shared ../shared]

Every real document of ``../shared`` and the bundled samples (scans left out: OCR takes a minute) is
damaged three ways, as downloads and copies are damaged:
- text, Markdown, HTML: 1 invalid byte; 10 invalid bytes spread through the file; a cut inside the
  last character;
- PDF: one page's content stream replaced by junk; one page object made no page; the file cut at 90%;
- DOCX: a member other than the document body damaged (docProps/core.xml flipped); the zip's end cut
  (its central directory lost); one byte flipped halfway into the body's compressed stream (deflate cannot resynchronise: what
  follows the damage is lost).
Printed: per damage, the documents that kept a record (status other than error) and the share of the
clean reading's cells they kept.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nianbao.core.config import ExtractConfig  # noqa: E402
from nianbao.pipeline import extract  # noqa: E402
from nianbao.synth.fuzz import seed_files  # noqa: E402

CONFIG = ExtractConfig(tag=False, ocr=False)


def _invalid_bytes(data: bytes, n: int, rng: random.Random) -> bytes:
    """``n`` invalid bytes inserted before bytes below 0x40, which start a character in UTF-8 and GBK alike."""
    starts = [i for i, b in enumerate(data) if b < 0x40 and i]
    cuts = sorted(rng.sample(starts, n))
    return b"\xff".join(data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)]))


def _cut_character(data: bytes) -> bytes:
    data = data.rstrip()
    return data[:-1] if data[-1] >= 0x80 else data + "。".encode("utf-8")[:2]


def _pdf(data: bytes, edit) -> bytes:
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        edit(pdf)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _junk_page(pdf) -> None:
    page = pdf.pages[len(pdf.pages) // 2]
    page.obj.Contents = pdf.make_stream(bytes(random.Random(1).randrange(256) for _ in range(400)))


def _not_a_page(pdf) -> None:
    import pikepdf

    pdf.pages[len(pdf.pages) // 2].obj.Type = pikepdf.Name.Font


def _docx_member(data: bytes, name: str, flip_at: float | None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == name and flip_at is None:
                body = body[: len(body) // 2]  # an XML member cut short
            dst.writestr(info, body)
    raw = bytearray(out.getvalue())
    if flip_at is not None:  # one byte of the compressed body flipped, ``flip_at`` of the way into it
        info = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo(name)
        start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
        raw[start + int(info.compress_size * flip_at)] ^= 0xFF
    return bytes(raw)


def damaged(path: Path) -> list[tuple[str, bytes]]:
    data, rng = path.read_bytes(), random.Random(path.name)
    if path.suffix in (".txt", ".md", ".html"):
        return [("1 invalid byte", _invalid_bytes(data, 1, rng)), ("10 invalid bytes", _invalid_bytes(data, 10, rng)),
                ("cut inside the last character", _cut_character(data))]
    if path.suffix == ".pdf":
        return [("one page's content junk", _pdf(data, _junk_page)), ("one page object no page", _pdf(data, _not_a_page)),
                ("cut at 90%", data[: int(len(data) * 0.9)])]
    return [("docProps/core.xml cut", _docx_member(data, "docProps/core.xml", None)),
            ("zip end cut (no central directory)", data[: len(data) - 200]),
            ("one byte of the body flipped", _docx_member(data, "word/document.xml", 0.5))]


def _cells(record) -> dict[str, object]:
    return {c.id: c.value for t in record.tables for c in t.cells if c.value is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    kept: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    cells: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    lost = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in seed_files(ROOT, args.shared):
            clean = _cells(extract(path, CONFIG))
            for damage, data in damaged(path):
                target = Path(tmp) / path.name
                target.write_bytes(data)
                record = extract(target, CONFIG)
                kept[damage][1] += 1
                if record.status.value != "error":
                    kept[damage][0] += 1
                    got = _cells(record)
                    cells[damage][0] += sum(got.get(k) == v for k, v in clean.items())
                    cells[damage][1] += len(clean)
                else:
                    lost.append(f"{path.name} · {damage}: {record.errors[0].code}")
    total = [sum(v[0] for v in kept.values()), sum(v[1] for v in kept.values())]
    print(f"{total[0]} of {total[1]} damaged documents kept their record")
    for damage, (k, n) in kept.items():
        c, m = cells[damage]
        share = f"{c / m:.3f} of the clean cells" if m else "no cells to compare"
        print(f"  {damage:40} {k}/{n} kept, {share}")
    for line in lost:
        print("  lost:", line)


if __name__ == "__main__":
    main()
