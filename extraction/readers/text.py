"""Plain text: decode whatever encoding the file is in, then one block per line (Markdown: ``markdown``)."""

from __future__ import annotations

import re
from typing import ClassVar

from charset_normalizer import from_bytes

from nianbao.core.document import Document, Origin, TextBlock
from nianbao.core.problems import ProblemCode
from nianbao.core.record import Problem
from nianbao.extraction.readers.base import ReadError
from nianbao.extraction.readers.blank_lines import mark_blank_line_ends
from nianbao.extraction.readers.folios import page_furniture
from nianbao.extraction.readers.full_lines import mark_full_lines

# Scrapers write "key: value" lines, then a ruler such as "==== 正文 ====", above the page text.
_FRONT_MATTER_END = re.compile(r"^=*\s*正文\s*=*$")
_FRONT_MATTER_LINE = re.compile(r"^([^:：]{1,12})[:：]\s?(.*)$")
_FRONT_MATTER_KEYS = {"标题": "title", "发布时间": "published", "发布机构": "publisher", "原文链接": "url"}
_MAX_FRONT_MATTER_LINES = 20
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters other than \t \n \v \f \r


def _damaged(data: bytes, encoding: str) -> tuple[str, int] | None:
    """Text in ``encoding`` with a few bad bytes (a damaged download, a file cut inside a character): the
    text with each bad byte replaced by U+FFFD and how many were replaced; None when the bytes are not
    that encoding at all.

    Another encoding read as this one fails on most of its non-ASCII characters, so a small share of
    failures (ten, or one character in a hundred, and never more than one in ten) tells a damaged file
    from a file in another encoding.
    """
    text = data.decode(encoding, errors="replace")
    replaced = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    non_ascii = sum(1 for ch in text[:200000] if ord(ch) > 127)
    if replaced and replaced <= max(10, non_ascii // 100) and replaced * 10 <= non_ascii and not _looks_binary(text):
        return text, replaced
    return None


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace: binary data that happened to decode."""
    return len(_CONTROL.findall(text, 0, 20000)) > max(8, len(text[:20000]) // 200)


def _lines(text: str) -> str:
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes) -> tuple[str, str, int]:
    """Decode bytes of unknown encoding (UTF-8 with or without BOM, GB18030/GBK, UTF-16, …).

    Returns (text, encoding, replaced): ``replaced`` counts bytes that could not be decoded and stand as
    U+FFFD in the text — a few bad bytes never cost the whole report. Raises ReadError for empty input
    and for bytes that are no text at all.
    """
    if not data.strip():
        raise ReadError(ProblemCode.EMPTY, "the file is empty")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        # A damaged UTF-8 or GBK/GB18030 file (the two encodings Chinese reports come in): a detector,
        # meeting the bad bytes, picks some other encoding and turns the whole report into garbage. Only
        # files with a few invalid sequences take this path: Big5 (traditional) is all valid GB18030
        # byte pairs, so it goes on to the detector.
        for encoding in ("utf-8", "gb18030"):
            damaged = _damaged(data, encoding)
            if damaged is not None:
                return _lines(damaged[0]), encoding, damaged[1]
    match = from_bytes(data).best()
    if match is None:
        raise ReadError(ProblemCode.NOT_TEXT, "the file is not text in any known encoding (binary data?)")
    if _looks_binary(str(match)):
        raise ReadError(ProblemCode.NOT_TEXT, "the file looks binary: it decodes only to control characters")
    return _lines(str(match)), match.encoding, 0


def decode_warnings(replaced: int) -> list[Problem]:
    """The warning a reader passes on when bytes had to be replaced to decode the file."""
    if not replaced:
        return []
    return [Problem(ProblemCode.BYTES_REPLACED, f"{replaced} byte(s) could not be decoded (a damaged or cut download?) and "
                    "stand as U+FFFD in the text", "read")]


def split_front_matter(lines: list[str]) -> tuple[dict[str, str], int]:
    """Properties from a scraper's header block and the index of the first body line (0 if none)."""
    for end, line in enumerate(lines[:_MAX_FRONT_MATTER_LINES]):
        if _FRONT_MATTER_END.match(line.strip()):
            props: dict[str, str] = {}
            for head in lines[:end]:
                m = _FRONT_MATTER_LINE.match(head.strip())
                if m and m.group(1) in _FRONT_MATTER_KEYS and m.group(2).strip():
                    props[_FRONT_MATTER_KEYS[m.group(1)]] = m.group(2).strip()
            return props, end + 1
    return {}, 0


def _line_blocks(lines: list[str], start: int, reader: str) -> list[TextBlock]:
    blocks: list[TextBlock] = []
    for number, line in enumerate(lines[start:], start=start + 1):
        if line.strip():
            blocks.append(TextBlock(line, Origin(reader, len(blocks), line=number)))
    return blocks


class TextReader:
    """Plain text (.txt): every non-empty line is a block; layout decides what belongs together."""

    name: ClassVar[str] = "text"
    suffixes: ClassVar[tuple[str, ...]] = (".txt", ".text")

    def read(self, data: bytes, path: str) -> Document:
        text, encoding, replaced = decode_text(data)
        lines = text.split("\n")
        props, start = split_front_matter(lines)
        # A PDF's text layer saved as text: a sentence ending at a full line's end goes on (``full_lines``), across
        # the page's footer and header.
        blocks = list(_line_blocks(lines, start, self.name))
        blocks = mark_full_lines(blocks, plain=True, furniture=page_furniture([b.text for b in blocks],
                                                                     (props.get("title", ""),)))
        blocks = mark_blank_line_ends(blocks)  # a page whose lines are its paragraphs, a blank line after each
        return Document(path, self.name, blocks, encoding, props, decode_warnings(replaced))
