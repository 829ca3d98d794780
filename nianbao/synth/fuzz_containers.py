"""The fuzzer's mutators for container formats: a DOCX's zip members dropped, cut or corrupted and the XML
inside them edited (elements deleted or repeated, spans huge, a DOCTYPE added); a PDF's objects edited with
pikepdf (a page's content stream mangled, a page or font object replaced, the page tree's count wrong, the
cross-reference table broken). ``fuzz`` draws them beside the byte-level ones."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Callable

from hypothesis import strategies as st

from nianbao.synth.fuzz_bytes import Draw, flip_bytes, truncate

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
