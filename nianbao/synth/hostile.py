"""Hostile inputs a corpus run must survive, each with the status nianbao is expected to give it.

Every kind is cheap to write: the zip bomb is a real deflate stream of 1 GiB that takes ~1 MB on disk
(identical fully-flushed chunks repeated), the 200 MB text file is sparse, the PDF with thousands of
pages shares one content stream among tiny page objects. Files of one kind differ per index (except
the zero-byte ones), so a run that skips inputs by content hash sees them as different documents.
"""

from __future__ import annotations

import random
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from nianbao.synth.model import Report

BOMB_BYTES = 2**30  # what the bomb's document.xml inflates to
BIG_TEXT_BYTES = 200 * 2**20
MANY_PAGES = 3000


@dataclass(frozen=True)
class Hostile:
    """One kind of hostile file: its suffix, expected status and error code (None where it is read)."""

    kind: str
    suffix: str
    status: str  # what nianbao.extract should give: error | ok
    error: str | None


KINDS: dict[str, Hostile] = {h.kind: h for h in (
    Hostile("truncated_pdf", ".pdf", "error", "corrupt_pdf"),
    Hostile("encrypted_pdf", ".pdf", "error", "encrypted"),
    Hostile("zero_byte", "", "error", "empty"),  # suffix varies: .txt .pdf .docx .html
    Hostile("zip_bomb_docx", ".docx", "error", "too_large"),
    Hostile("big_text", ".txt", "error", "too_large"),
    Hostile("gbk_text", ".txt", "ok", None),
    Hostile("junk", "", "error", None),  # suffix varies; the code depends on the reader it goes to
    Hostile("many_pages_pdf", ".pdf", "error", "too_many_pages"),
)}
JUNK_ERRORS = {".pdf": "corrupt_pdf", ".txt": "not_text", ".html": "not_text"}
ZERO_SUFFIXES = (".txt", ".pdf", ".docx", ".html")


# --- the zip bomb -------------------------------------------------------------------------------
_BOMB_HEAD = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              b"<w:body><w:p><w:r><w:t>")


@lru_cache(maxsize=1)
def _bomb_body() -> tuple[bytes, int]:
    """The deflated XML head and 1 GiB of spaces after it, and the CRC-32 of both (computed once)."""
    chunk = b" " * 2**20
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    deflated = comp.compress(_BOMB_HEAD) + comp.flush(zlib.Z_FULL_FLUSH)
    # After a full flush the compressor starts afresh, so every chunk deflates to the same bytes.
    one = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    crc = zlib.crc32(_BOMB_HEAD)
    for _ in range(BOMB_BYTES // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    return deflated + one * (BOMB_BYTES // len(chunk)), crc


def _zip_member(name: str, raw_size: int, crc: int, data: bytes, method: int, offset: int) -> tuple[bytes, bytes]:
    """(local header + data, central directory record) of one zip member at ``offset``."""
    name_b = name.encode()
    fields = (20, 0, method, 0, 0x5021, crc, len(data), raw_size, len(name_b))  # stamp 2020-01-01
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + name_b + data
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + name_b
    return local, central


def zip_bomb_docx(marker: str) -> bytes:
    """A .docx whose word/document.xml inflates to 1 GiB of XML (about 1 MB on disk); ``marker`` goes
    into a comment at the end so that bombs differ."""
    body, crc = _bomb_body()
    tail = f"</w:t></w:r></w:p></w:body></w:document><!-- {marker} -->".encode()
    end = zlib.compressobj(9, zlib.DEFLATED, -15)
    finish = end.compress(tail) + end.flush()
    types = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
             b'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
             b'officedocument.wordprocessingml.document.main+xml"/></Types>')
    members = [("[Content_Types].xml", len(types), zlib.crc32(types), types, 0),
               ("word/document.xml", len(_BOMB_HEAD) + BOMB_BYTES + len(tail), zlib.crc32(tail, crc), body + finish, 8)]
    out, directory = b"", b""
    for name, size, member_crc, data, method in members:
        local, central = _zip_member(name, size, member_crc, data, method, len(out))
        out += local
        directory += central
    end_record = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(out), 0)
    return out + directory + end_record


# --- PDFs ---------------------------------------------------------------------------------------
def many_pages_pdf(marker: str, pages: int = MANY_PAGES) -> bytes:
    """A valid PDF with ``pages`` pages: tiny page objects sharing one content stream and font."""
    stream = b"BT /F1 24 Tf 72 720 Td (page) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
               + b"] /Count %d >>" % pages,
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
    objects += [page] * pages
    return _pdf_file(objects, marker)


def _pdf_file(objects: list[bytes], marker: str) -> bytes:
    """A PDF of numbered ``objects`` (object 1 the catalog) with its cross-reference table (linear time:
    100,000 pages take a second)."""
    parts = [b"%PDF-1.4\n%% " + marker.encode() + b"\n"]
    size, offsets = len(parts[0]), []
    for number, body in enumerate(objects, start=1):
        offsets.append(size)
        parts.append(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        size += len(parts[-1])
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    parts.append(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    parts.append(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, size))
    return b"".join(parts)


def _truncated(data: bytes, rng: random.Random) -> bytes:
    """The first 2–12 % of a file, as a download interrupted early leaves it: too little for qpdf's repair
    pass to find a page in (a PDF cut later is repaired and read in part: tests/extraction/readers/test_pdf_damage.py)."""
    return data[: int(len(data) * rng.uniform(0.02, 0.12))]


def _report_pdf(rep: Report, encrypt: str | None = None) -> bytes:
    from nianbao.synth.render_pdf import render_pdf

    return render_pdf(rep, encrypt=encrypt)


# --- writing ------------------------------------------------------------------------------------
def write_hostile(kind: str, path_stem: Path, rep: Report, rng: random.Random) -> tuple[Path, Hostile]:
    """Write one hostile file of ``kind`` next to ``path_stem`` (its name without suffix); ``rep`` is a
    sampled report the kind may start from. Returns the path and the kind with its expected error."""
    spec = KINDS[kind]
    suffix = spec.suffix or rng.choice(ZERO_SUFFIXES if kind == "zero_byte" else tuple(JUNK_ERRORS))
    path = path_stem.with_name(path_stem.name + suffix)
    marker = path.name
    writers: dict[str, Callable[[], bytes | None]] = {
        "truncated_pdf": lambda: _truncated(_report_pdf(rep), rng),
        "encrypted_pdf": lambda: _report_pdf(rep, encrypt=f"pw{rng.randrange(10**6)}"),
        "zero_byte": lambda: b"",
        "zip_bomb_docx": lambda: zip_bomb_docx(marker),
        "gbk_text": lambda: _gbk_text(rep),
        "junk": lambda: rng.randbytes(rng.randint(4096, 65536)),
        "many_pages_pdf": lambda: many_pages_pdf(marker),
        "big_text": lambda: None,
    }
    data = writers[kind]()
    if data is None:  # the big text: a report's text, then sparse zeros up to 200 MB, written instantly
        from nianbao.synth.render_text import render_text

        with path.open("wb") as handle:
            handle.write(render_text(rep))
            handle.truncate(BIG_TEXT_BYTES)
    else:
        path.write_bytes(data)
    if kind == "junk":
        spec = Hostile(kind, suffix, "error", JUNK_ERRORS[suffix])
    elif kind == "zero_byte":
        spec = Hostile(kind, suffix, "error", "empty")
    return path, spec


def _gbk_text(rep: Report) -> bytes:
    """The report as text in GBK, the encoding many Chinese portals still serve (a valid report)."""
    from nianbao.synth.render_text import render_text

    rep.style.encoding = "gbk"
    try:
        return render_text(rep)
    except UnicodeEncodeError:  # a character outside GBK: GB18030 is its superset
        rep.style.encoding = "gb18030"
        return render_text(rep)


# --- hostile structure: each must get a clear code in bounded time and memory, reading nothing else ----
LAUGHS = b"".join([b'<!ENTITY a0 "lol">'] + [b'<!ENTITY a%d "%s">' % (i, b"&a%d;" % (i - 1) * 10) for i in range(1, 10)])


def docx_with_dtd(docx: bytes, dtd: bytes, reference: bytes) -> bytes:
    """``docx`` with ``dtd`` declared in word/document.xml and ``reference`` (e.g. ``&x;``) in its first text."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            if info.filename == "word/document.xml":
                at = body.find(b"?>") + 2
                body = (body[:at] + b"<!DOCTYPE w:document [" + dtd + b"]>" + body[at:]).replace(b"<w:t>", b"<w:t>" + reference, 1)
            target.writestr(info.filename, body)
    return out.getvalue()


def xxe_docx(docx: bytes, secret: Path) -> bytes:
    """An external entity: word/document.xml asks for the content of ``secret`` (a file outside the input)."""
    return docx_with_dtd(docx, b'<!ENTITY x SYSTEM "%s">' % secret.resolve().as_uri().encode(), b"&x;")


def laughs_docx(docx: bytes) -> bytes:
    """Entity expansion ('billion laughs'): ten levels of ten references, 10^9 × 'lol' if expanded."""
    return docx_with_dtd(docx, LAUGHS, b"&a9;")


def deep_html(depth: int = 100_000) -> bytes:
    """A report title inside ``depth`` nested <div>s."""
    return (b"<html><body>" + b"<div>" * depth + "2023年政府信息公开工作年度报告".encode() + b"</div>" * depth
            + b"</body></html>")


def huge_span_html(cells: int = 50, rows: int = 200) -> bytes:
    """A table whose cells each claim rowspan and colspan 2147483647 (tens of millions of grid cells)."""
    head = b'<td rowspan="2147483647" colspan="2147483647">x</td>' * cells
    return (b"<html><body><p>" + "2023年政府信息公开工作年度报告".encode() + b"</p><table><tr>" + head + b"</tr>"
            + b"<tr><td>1</td><td>2</td></tr>" * rows + b"</table></body></html>")


def cyclic_pages_pdf(marker: str) -> bytes:
    """A PDF whose page tree is a cycle: the root's kids are a page and a node whose kid is the root."""
    stream = b"BT /F1 24 Tf 72 720 Td (page) Tj ET"
    return _pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << /Font << /F1 6 0 R >> >> >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ], marker)


def sparse_file(path: Path, size: int = 2**30, head: bytes = b"") -> Path:
    """A ``size``-byte file (1 GiB) that takes no disk: ``head``, then a hole."""
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)
    return path
