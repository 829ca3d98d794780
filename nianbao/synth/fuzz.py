"""A mutation fuzzer over real reports: Hypothesis draws a seed document and structure-aware mutations.

Seeds are real documents (``corpus/samples`` and the development corpus in ``../shared``). Each format
has its own mutators besides the byte-level ones (flips, truncation, repeated and deleted chunks,
inserted junk): text and Markdown are re-encoded (GBK, UTF-16, a cut multi-byte character); HTML tags
are dropped, duplicated, left open or nested deep, spans made huge, the charset lied about; a DOCX's zip
members are dropped, cut or corrupted and the XML inside them edited (elements deleted or repeated,
spans huge); a PDF's objects are edited with pikepdf (a page's content stream mangled, a page or font
object replaced, the page tree made cyclic or its count wrong, a stream's bytes flipped) and its bytes
cut or flipped. Hypothesis makes the runs reproducible (``derandomize`` or a seed) and its strategies
compose; the pipeline must give every mutant a record whose codes are all ``ProblemCode`` members and
never ``internal_error``. Used by tests/pipeline/test_fuzz.py (a bounded run) and benchmarks/fuzz.py.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable

from hypothesis import strategies as st

SUFFIXES = (".txt", ".md", ".html", ".docx", ".pdf")


@dataclass(frozen=True)
class Mutant:
    seed: str  # the seed document's file name
    suffix: str
    data: bytes
    steps: tuple[str, ...]  # the mutations applied, in order

    @property
    def name(self) -> str:
        return f"{Path(self.seed).stem}~{'+'.join(self.steps)[:80]}{self.suffix}"


def seed_files(root: Path, shared: Path | None = None, *, scans: bool = False) -> list[Path]:
    """The real documents to mutate: the bundled samples and, where present, ../shared's seeds and corpus.
    Scanned PDFs (OCR, a minute each) are left out unless ``scans``."""
    found = [p for p in sorted((root / "corpus" / "samples").iterdir()) if p.suffix in SUFFIXES
             and (scans or not p.name.endswith("-scanned.pdf"))]
    for folder in ("seeds", "corpus"):
        if shared is not None and (shared / folder).is_dir():
            found += [p for p in sorted((shared / folder).iterdir()) if p.suffix in SUFFIXES and p.name != "README.md"]
    return found


# --- byte-level mutators (every format) -------------------------------------------------------------
Draw = Callable[[st.SearchStrategy], object]


def _pos(draw: Draw, data: bytes) -> int:
    return draw(st.integers(0, max(len(data) - 1, 0)))


def flip_bytes(draw: Draw, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 16))):
        if out:
            i = _pos(draw, out)
            out[i] ^= 1 << draw(st.integers(0, 7))
    return bytes(out)


def truncate(draw: Draw, data: bytes) -> bytes:
    return data[: _pos(draw, data)]


def repeat_chunk(draw: Draw, data: bytes) -> bytes:
    i = _pos(draw, data)
    j = min(len(data), i + draw(st.integers(1, 4096)))
    return data[:j] + data[i:j] * draw(st.integers(1, 50)) + data[j:]


def delete_chunk(draw: Draw, data: bytes) -> bytes:
    i = _pos(draw, data)
    return data[:i] + data[i + draw(st.integers(1, 4096)):]


def insert_junk(draw: Draw, data: bytes) -> bytes:
    i = _pos(draw, data)
    junk = draw(st.sampled_from([b"\x00" * 64, b"\xff\xfe", b"\xe4\xb8", b"%%EOF\n", b"<", b"]]>", b"\r\n" * 30,
                                 bytes(range(256))]))
    return data[:i] + junk + data[i:]


BYTE_MUTATORS = (flip_bytes, truncate, repeat_chunk, delete_chunk, insert_junk)


# --- text and Markdown -----------------------------------------------------------------------------
def reencode(draw: Draw, data: bytes) -> bytes:
    text = data.decode("utf-8", errors="replace")
    encoding = draw(st.sampled_from(["gb18030", "utf-16", "utf-16-be", "big5", "utf-8-sig", "latin-1-lie"]))
    if encoding == "latin-1-lie":  # UTF-8 read as Latin-1 and written back as UTF-8 (mojibake)
        return data.decode("latin-1").encode("utf-8")
    return text.encode(encoding, errors="replace")


def cut_character(draw: Draw, data: bytes) -> bytes:
    starts = [m.start() for m in re.finditer(rb"[\xe0-\xef]", data[:200000])]
    if not starts:
        return data
    i = draw(st.sampled_from(starts))
    return data[: i + 1] + data[i + 3:]


def shuffle_lines(draw: Draw, data: bytes) -> bytes:
    lines = data.split(b"\n")
    order = draw(st.permutations(range(min(len(lines), 40))))
    return b"\n".join([lines[i] for i in order] + lines[len(order):])


TEXT_MUTATORS = (reencode, cut_character, shuffle_lines)


# --- HTML ------------------------------------------------------------------------------------------
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")


def _tags(data: bytes) -> list[re.Match]:
    return list(_TAG.finditer(data))


def drop_tag(draw: Draw, data: bytes) -> bytes:
    tags = _tags(data)
    if not tags:
        return data
    m = draw(st.sampled_from(tags))
    return data[: m.start()] + data[m.end():]


def duplicate_element(draw: Draw, data: bytes) -> bytes:
    opens = [m for m in _tags(data) if not m.group(1) and m.group(2).lower() in (b"table", b"tr", b"td", b"p", b"div")]
    if not opens:
        return data
    m = draw(st.sampled_from(opens))
    end = data.find(b"</" + m.group(2), m.end())
    if end < 0:
        return data
    end = data.find(b">", end) + 1
    return data[:end] + data[m.start():end] * draw(st.integers(1, 20)) + data[end:]


def deep_nesting(draw: Draw, data: bytes) -> bytes:
    depth = draw(st.sampled_from([300, 3000, 30000]))
    tag = draw(st.sampled_from([b"div", b"span", b"table", b"b"]))
    i = _pos(draw, data)
    return data[:i] + b"<" + tag + b">" * 1 + (b"<" + tag + b">") * depth + data[i:]


def huge_spans(draw: Draw, data: bytes) -> bytes:
    cells = [m for m in _tags(data) if not m.group(1) and m.group(2).lower() in (b"td", b"th")]
    if not cells:
        return data
    m = draw(st.sampled_from(cells))
    attr = draw(st.sampled_from([b' rowspan="2147483647"', b' colspan="2147483647"', b' rowspan="-5"',
                                 b' colspan="1e9"', b' rowspan="65534" colspan="1000"']))
    at = m.start() + 1 + len(m.group(2))
    return data[:at] + attr + data[at:]


def lie_charset(draw: Draw, data: bytes) -> bytes:
    charset = draw(st.sampled_from([b"gbk", b"utf-16", b"iso-2022-jp", b"x-unknown", b"utf-7"]))
    meta = b'<meta charset="' + charset + b'">'
    head = data.find(b"<head>")
    return data[: head + 6] + meta + data[head + 6:] if head >= 0 else meta + data


HTML_MUTATORS = (drop_tag, duplicate_element, deep_nesting, huge_spans, lie_charset, reencode)


# --- DOCX: zip members and the XML inside them ------------------------------------------------------
def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]] | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return [(info, archive.read(info)) for info in archive.infolist()]
    except Exception:  # noqa: BLE001 — an earlier mutation broke the zip: leave it to the byte mutators
        return None


def _zip(members: list[tuple[zipfile.ZipInfo, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, body in members:
            archive.writestr(info.filename, body)
    return out.getvalue()


def _edit_member(draw: Draw, data: bytes, edit: Callable[[Draw, bytes], bytes], xml_only: bool = True) -> bytes:
    members = _members(data)
    if not members:
        return data
    names = [i for i, (info, _) in enumerate(members) if not xml_only or info.filename.endswith((".xml", ".rels"))]
    if not names:
        return data
    k = draw(st.sampled_from(names))
    info, body = members[k]
    members[k] = (info, edit(draw, body))
    return _zip(members)


def drop_member(draw: Draw, data: bytes) -> bytes:
    members = _members(data)
    if not members:
        return data
    k = draw(st.integers(0, len(members) - 1))
    return _zip(members[:k] + members[k + 1:])


def cut_member(draw: Draw, data: bytes) -> bytes:
    return _edit_member(draw, data, truncate, xml_only=False)


def flip_member(draw: Draw, data: bytes) -> bytes:
    return _edit_member(draw, data, flip_bytes)


_WORD_ELEMENT = re.compile(rb"<(w:(?:p|tbl|tr|tc|r|t|sectPr|tblGrid|gridCol))[ >].*?</\1>", re.S)


def _xml_element(draw: Draw, body: bytes, action: str) -> bytes:
    elements = list(_WORD_ELEMENT.finditer(body[:2_000_000]))
    if not elements:
        return body
    m = draw(st.sampled_from(elements))
    if action == "delete":
        return body[: m.start()] + body[m.end():]
    if action == "repeat":
        return body[: m.end()] + body[m.start():m.end()] * draw(st.integers(1, 30)) + body[m.end():]
    return body[: m.start()] + body[m.start():m.end()].replace(b">", b"><w:gridSpan w:val=\"2147483647\"/>", 1) + body[m.end():]


def xml_delete(draw: Draw, data: bytes) -> bytes:
    return _edit_member(draw, data, lambda d, b: _xml_element(d, b, "delete"))


def xml_repeat(draw: Draw, data: bytes) -> bytes:
    return _edit_member(draw, data, lambda d, b: _xml_element(d, b, "repeat"))


def xml_span(draw: Draw, data: bytes) -> bytes:
    return _edit_member(draw, data, lambda d, b: _xml_element(d, b, "span"))


def xml_doctype(draw: Draw, data: bytes) -> bytes:
    """An entity declaration in the document part (external or expanding)."""
    dtd = draw(st.sampled_from([
        b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    ]))

    def edit(d: Draw, body: bytes) -> bytes:
        at = body.find(b"?>") + 2 if body.startswith(b"<?xml") else 0
        return body[:at] + dtd + body[at:]

    members = _members(data)
    if not members or not any(i.filename == "word/document.xml" for i, _ in members):
        return data
    return _zip([(i, edit(draw, b) if i.filename == "word/document.xml" else b) for i, b in members])


DOCX_MUTATORS = (drop_member, cut_member, flip_member, xml_delete, xml_repeat, xml_span, xml_doctype)


# --- PDF: objects edited with pikepdf ---------------------------------------------------------------
def _pdf_edit(data: bytes, edit: Callable[["object"], None]) -> bytes:
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            edit(pdf)
            out = io.BytesIO()
            pdf.save(out, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
            return out.getvalue()
    except Exception:  # noqa: BLE001 — an earlier mutation broke the PDF past qpdf: leave it to the byte mutators
        return data


def mangle_content(draw: Draw, data: bytes) -> bytes:
    page = draw(st.integers(0, 50))
    how = draw(st.sampled_from(["flip", "cut", "junk", "ops"]))
    seed = draw(st.integers(0, 2**32 - 1))

    def edit(pdf) -> None:
        import random

        if not len(pdf.pages):
            return
        target = pdf.pages[page % len(pdf.pages)]
        body = target.obj.Contents.read_bytes() if "/Contents" in target.obj and hasattr(target.obj.Contents, "read_bytes") else b""
        rng = random.Random(seed)
        if how == "flip" and body:
            body = bytearray(body)
            for _ in range(8):
                body[rng.randrange(len(body))] ^= 1 << rng.randrange(8)
            body = bytes(body)
        elif how == "cut":
            body = body[: rng.randrange(len(body) + 1)]
        elif how == "junk":
            body = bytes(rng.randrange(256) for _ in range(200))
        else:
            body = b"q " * 5000 + b"BT /F1 1e30 Tf 1e30 1e30 Td (x) Tj ET " + b"[" * 2000 + body
        target.obj.Contents = pdf.make_stream(body)

    return _pdf_edit(data, edit)


def replace_object(draw: Draw, data: bytes) -> bytes:
    page = draw(st.integers(0, 50))
    what = draw(st.sampled_from(["page_null", "page_int", "font", "resources", "mediabox", "kid_self"]))

    def edit(pdf) -> None:
        import pikepdf

        if not len(pdf.pages):
            return
        n = page % len(pdf.pages)
        obj = pdf.pages[n].obj
        if what == "page_null":
            pdf.Root.Pages.Kids[n] = pikepdf.Null() if n < len(pdf.Root.Pages.Kids) else pikepdf.Null()
        elif what == "page_int":
            obj.Type = pikepdf.Name.Font
        elif what == "font" and "/Resources" in obj and "/Font" in obj.Resources:
            for key in list(obj.Resources.Font.keys()):
                obj.Resources.Font[key] = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0)
        elif what == "resources":
            obj.Resources = pikepdf.Array([1, 2, 3])
        elif what == "mediabox":
            obj.MediaBox = pikepdf.Array([0, 0, 1e9, -5])
        elif what == "kid_self":  # a cycle in the page tree
            pdf.Root.Pages.Kids.append(pdf.Root.Pages)
            pdf.Root.Pages.Count = int(pdf.Root.Pages.Count) + 1

    return _pdf_edit(data, edit)


def wrong_count(draw: Draw, data: bytes) -> bytes:
    count = draw(st.sampled_from([0, -1, 2, 99, 100000, 2**31 - 1]))
    return re.sub(rb"/Count\s+\d+", b"/Count %d" % count, data, count=1)


def break_xref(draw: Draw, data: bytes) -> bytes:
    at = data.rfind(b"startxref")
    if at < 0:
        return data
    return data[:at] + b"startxref\n%d\n%%%%EOF\n" % draw(st.integers(0, len(data) * 2))


PDF_MUTATORS = (mangle_content, replace_object, wrong_count, break_xref)

FORMAT_MUTATORS: dict[str, tuple[Callable[[Draw, bytes], bytes], ...]] = {
    ".txt": TEXT_MUTATORS, ".md": TEXT_MUTATORS, ".html": HTML_MUTATORS, ".docx": DOCX_MUTATORS, ".pdf": PDF_MUTATORS,
}


@lru_cache(maxsize=64)
def _read(path: Path) -> bytes:
    return path.read_bytes()


@st.composite
def mutants(draw: Draw, seeds: list[Path], max_steps: int = 3) -> Mutant:
    """A seed document with 1–``max_steps`` mutations, structure-aware ones twice as likely as byte ones.
    The format is drawn first, so each is fuzzed as often however many seeds it has."""
    suffix = draw(st.sampled_from(sorted({s.suffix for s in seeds})))
    seed = draw(st.sampled_from([s for s in seeds if s.suffix == suffix]))
    data = _read(seed)
    own = FORMAT_MUTATORS[seed.suffix]
    steps = []
    for _ in range(draw(st.integers(1, max_steps))):
        mutator = draw(st.sampled_from(own + own + BYTE_MUTATORS))
        data = mutator(draw, data)
        steps.append(mutator.__name__)
    return Mutant(seed.name, seed.suffix, data, tuple(steps))


def write_mutants(seeds: list[Path], out: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` mutants drawn by Hypothesis (reproducible from ``seed``) into ``out``, one file each,
    named ``NNNNNN-<seed stem>~<mutations><suffix>``."""
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    @hypothesis_seed(seed)
    @settings(max_examples=n, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(mutants(seeds))
    def write(mutant: Mutant) -> None:
        if len(written) < n:
            path = out / f"{len(written):06d}-{_safe(mutant.name)}"
            path.write_bytes(mutant.data)
            written.append(path)

    write()
    return written


def _safe(name: str) -> str:
    return re.sub(r"[^\w.~+-]", "_", name)
