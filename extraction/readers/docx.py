"""Word documents: paragraphs and real tables in document order, merged cells written once."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import ClassVar

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from nianbao.core.problems import ProblemCode
from nianbao.core.document import Document, GridCell, Origin, TableBlock, TextBlock
from nianbao.core.record import Problem
from nianbao.extraction.readers.base import ReadError

# A DOCX is a zip: refuse archives that would inflate past this before python-docx unpacks them.
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
# The prolog of an XML part: declaration, comments, processing instructions and DOCTYPE before the root.
_PROLOG_BYTES = 64 * 1024
_PROLOG = re.compile(rb"(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)*(?=<[^?!]|$)", re.S)
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.I)
_HEADING_STYLE = re.compile(r"^(heading|标题)\s*(\d)", re.I)


_LOCAL_HEADER = struct.Struct("<4s5H3L2H")  # a zip local file header, up to the name


def _rebuild_truncated(data: bytes) -> bytes | None:
    """A cut download loses the zip's central directory (at its end) while the parts before the cut are
    whole: rebuild an archive from the local file headers, keeping every part that still inflates in full.
    None when nothing can be rebuilt. The size limit is applied to what is inflated, part by part."""
    parts: dict[str, bytes] = {}
    total = 0
    at = data.find(b"PK\x03\x04")
    while at >= 0 and at + _LOCAL_HEADER.size <= len(data):
        (_, _, flags, method, _, _, _, size, _, name_len, extra_len) = _LOCAL_HEADER.unpack_from(data, at)
        start = at + _LOCAL_HEADER.size + name_len + extra_len
        name = data[at + _LOCAL_HEADER.size:at + _LOCAL_HEADER.size + name_len].decode("utf-8", "replace")
        inflater = zlib.decompressobj(-15) if method == zipfile.ZIP_DEFLATED else None
        try:
            if inflater is not None:
                body = inflater.decompress(data[start:start + size] if size and not flags & 0x08 else data[start:],
                                           MAX_UNZIPPED_BYTES - total)
                whole = inflater.eof
            else:
                body, whole = data[start:start + size], method == zipfile.ZIP_STORED and start + size <= len(data)
        except zlib.error:
            body, whole = b"", False
        if whole and name:
            parts[name] = body
            total += len(body)
        at = data.find(b"PK\x03\x04", start)
    if "word/document.xml" not in parts:
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue()


def _check_archive(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            size = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as exc:
        raise ReadError(ProblemCode.CORRUPT_DOCX, f"the DOCX is damaged or truncated: {exc}") from exc
    if "word/document.xml" not in names:
        raise ReadError(ProblemCode.CORRUPT_DOCX, "the file is a zip archive but not a Word document")
    if size > MAX_UNZIPPED_BYTES:
        raise ReadError(ProblemCode.TOO_LARGE, f"the DOCX would unpack to {size // 2**20} MiB (limit {MAX_UNZIPPED_BYTES // 2**20} MiB)")
    _check_xml(data)


def _check_xml(data: bytes) -> None:
    """Refuse XML parts that declare a DTD: Office files never do (ISO 29500 forbids it), and a DTD is
    how external entities (XXE: reading a local file or a URL) and entity expansion ('billion laughs')
    get in. Only the prolog is read: a DTD must come before the root element."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                with archive.open(info) as member:
                    head = member.read(_PROLOG_BYTES)
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, ValueError):
                # A damaged part: _salvage leaves it out, or reads the body as far as it goes with a parser
                # that loads no DTD and resolves no entity, so nothing unsafe gets in that way either.
                continue
            prolog = _PROLOG.match(head)
            if prolog is None or _DTD.search(prolog.group(0)):
                raise ReadError(ProblemCode.UNSAFE_XML, f"the DOCX part {info.filename} declares a DTD or entities, "
                                "which Word files never do (an external-entity or entity-expansion attack?); "
                                "it was not read")


def _grid(table: Table) -> list[list[GridCell]]:
    """python-docx repeats a merged cell at every position it covers; keep its first position as origin."""
    # Keyed by the <w:tc> element itself: holding it keeps lxml handing back the same proxy object.
    first_seen: dict[object, tuple[int, int]] = {}
    grid: list[list[GridCell]] = []
    for r, row in enumerate(table.rows):
        cells = []
        for c, cell in enumerate(row.cells):
            origin = first_seen.setdefault(cell._tc, (r, c))
            text = re.sub(r"\s+", " ", cell.text).strip()
            cells.append(GridCell(text, origin))
        grid.append(cells)
    width = max((len(r) for r in grid), default=0)
    return [row + [GridCell("", (r, c)) for c in range(len(row), width)] for r, row in enumerate(grid)]


def _inflate_what_is_there(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """A damaged member's bytes as far as they inflate (a flipped bit stops deflate, or only spoils the CRC)."""
    (_, _, _, _, _, _, _, _, _, name_len, extra_len) = _LOCAL_HEADER.unpack_from(data, info.header_offset)
    start = info.header_offset + _LOCAL_HEADER.size + name_len + extra_len
    raw = data[start:start + info.compress_size]
    if info.compress_type == zipfile.ZIP_STORED:
        return raw
    inflater, out = zlib.decompressobj(-15), []
    for at in range(0, len(raw), 64):  # a little at a time: keep what inflated before the fault
        try:
            out.append(inflater.decompress(raw[at:at + 64], MAX_UNZIPPED_BYTES))
        except zlib.error:
            break
    return b"".join(out)


def _recovered_body(data: bytes, info: zipfile.ZipInfo) -> bytes:
    """The body part of a damaged DOCX as far as it can be read: inflated up to the fault and its XML
    closed by lxml's recovering parser, so the paragraphs and tables before the damage are kept."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(_inflate_what_is_there(data, info) or b"<x/>", parser)
    if root is None or not root.tag.endswith("}document"):
        raise ReadError(ProblemCode.CORRUPT_DOCX, "the DOCX body (word/document.xml) is damaged beyond reading")
    # Garbage a damaged stream inflated to can leave elements without a namespace (':tr'), which Word's
    # XML may not hold and python-docx refuses: they go, with what they hold.
    for element in [e for e in root.iter() if not isinstance(e.tag, str) or not e.tag.startswith("{")]:
        if element.getparent() is not None:
            element.getparent().remove(element)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _salvage(data: bytes) -> tuple[bytes, list[str]]:
    """The archive without the parts that do not unpack or parse (other than the body, which is read as
    far as it goes), and the relationships that point at them; and the names of the parts dropped or cut.
    A damaged cover-page property or header part then costs only itself, a damaged body what follows
    the damage, never the whole report."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts: dict[str, bytes] = {}
        dropped: list[str] = []
        for info in archive.infolist():
            try:
                body = archive.read(info)
                if info.filename.endswith((".xml", ".rels")):
                    etree.fromstring(body, parser)
            except Exception:  # noqa: BLE001 — any fault in a part: that part is what is lost
                dropped.append(info.filename)
                if info.filename == "word/document.xml":
                    parts[info.filename] = _recovered_body(data, info)
                continue
            parts[info.filename] = body
    if not dropped:
        return data, []
    gone = {Path(name).name for name in dropped if name not in parts}
    for name, body in parts.items():
        if name.endswith(".rels"):
            rels = etree.fromstring(body, parser)
            for rel in list(rels):
                if Path(rel.get("Target", "")).name in gone:
                    rels.remove(rel)
            parts[name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, body in parts.items():
            archive.writestr(name, body)
    return out.getvalue(), dropped


class DocxReader:
    """DOCX (.docx): Word paragraphs (with heading levels from styles) and tables as grids."""

    name: ClassVar[str] = "docx"
    suffixes: ClassVar[tuple[str, ...]] = (".docx", ".docm")

    def read(self, data: bytes, path: str) -> Document:
        if not data:
            raise ReadError(ProblemCode.EMPTY, "the file is empty")
        warnings = []
        try:
            zipfile.ZipFile(io.BytesIO(data)).close()
        except zipfile.BadZipFile:
            rebuilt = _rebuild_truncated(data)
            if rebuilt is not None:  # a cut download: the whole parts before the cut are read
                data = rebuilt
                warnings.append(Problem(ProblemCode.PART_DROPPED, "the DOCX is cut short (no zip directory): read "
                                        "from the parts before the cut", "read"))
        _check_archive(data)
        data, dropped = _salvage(data)
        warnings += [Problem(ProblemCode.PART_DROPPED, f"the DOCX part {name} is damaged and was left out"
                             if name != "word/document.xml" else "the DOCX body is damaged: read up to the damage",
                             "read") for name in dropped]
        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises many types for damaged parts
            raise ReadError(ProblemCode.CORRUPT_DOCX, f"the DOCX cannot be opened: {exc}") from exc
        blocks: list[TextBlock | TableBlock] = []
        tables = 0
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                for line in item.text.split("\n"):
                    if line.strip():
                        style = _HEADING_STYLE.match(item.style.name if item.style is not None else "")
                        level = int(style.group(2)) if style else None
                        blocks.append(TextBlock(line.strip(), Origin(self.name, len(blocks)), level))
            elif isinstance(item, Table):
                tables += 1
                grid = _grid(item)
                if grid:
                    blocks.append(TableBlock(grid, Origin(self.name, len(blocks), element=f"body/tbl[{tables}]")))
        props = {}
        core = document.core_properties
        if core.title:
            props["title"] = core.title.strip()
        return Document(path, self.name, blocks, None, props, warnings)
