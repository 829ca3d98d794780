"""Inline Markdown markup off a line, as converters write it: the text a reader sees (``inline``).

Emphasis, escapes, links (their text kept), image references (dropped), ``<br>`` and other inline tags, HTML
comments, entities, MinerU's inline maths, pandoc's spans, attributes, smart quotes and dashes, and
pymupdf4llm's code spans. The block structure (headings, tables, page furniture) is ``markdown.py``'s.
"""

from __future__ import annotations

import html
import re

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?!\*)")
# pandoc escapes '<' too ('关于印发\<政府信息公开信息处理费管理办法\>的通知').
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~$%\"'])")
# pandoc's bracketed spans and attributes: [text]{style="…"}, []{#anchor}, a heading's {#id .class}
_SPAN = re.compile(r"\[([^\[\]]*)\]\{[^{}\n]*\}")
_ATTRIBUTES = re.compile(r"\{[#.=][^{}\n]*\}")
# Code spans: pymupdf4llm marks text set in a monospace font (digits, Latin) as `code`.
_CODE = re.compile(r"(`+)(.+?)\1")
# ... and sets a digit off by spaces, also an item's number in brackets ('（ `6` ）推进…'): written whole
# ('（6）') the number is the item's marker again, where a run-on paragraph breaks into its items.
_SPACED_ITEM_NUMBER = re.compile(r"（\s+(\d{1,2})\s+）")
# pandoc's Markdown (its smart extension) writes “…” as "…" and a literal straight quote as \"
_SMART_QUOTES = re.compile(r'(?<!\\)"([^"\n]*?[\u4e00-\u9fff][^"\n]*?)(?<!\\)"')
_MATH = re.compile(r"\$([^$\n]{1,40})\$")
# ... and an em dash as '---', an en dash as '--' (its smart extension), between CJK text:
# '信息公开---某镇' is 信息公开—某镇.
_EM_DASH = re.compile(r"(?<=[^\x00-\x7f])---(?=[^\x00-\x7f])")
_EN_DASH = re.compile(r"(?<=[^\x00-\x7f])--(?=[^\x00-\x7f])")


def has_line_break(raw: str) -> bool:
    """Whether a raw Markdown cell holds a ``<br>`` (a label wrapped inside its cell)."""
    return bool(_BR.search(raw))


def blank_comments(text: str) -> str:
    """The text with its HTML comments taken out, each replaced by as many line ends as it spanned (so lines
    keep their numbers)."""
    return _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text)


def _math(m: re.Match[str]) -> str:
    inner = m.group(1).replace("\\%", "%").replace("\\,", "").replace("\\", "")
    return re.sub(r"\s+", "", inner) if re.fullmatch(r"[\d\s.,%\\{}+\-~]+", m.group(1)) else inner


def _line_break(m: re.Match[str]) -> str:
    """A ``<br>`` inside a line (pymupdf4llm, MinerU: a table cell's wrapped label) as the text it wrapped:
    nothing between two CJK characters (a label cut mid-word), a space elsewhere."""
    s, a, b = m.string, m.start(), m.end()
    before, after = s[a - 1 : a], s[b : b + 1]
    return "" if before and after and not before.isascii() and not after.isascii() else " "


def inline(text: str) -> str:
    """A line of Markdown as the text it shows."""
    text = _COMMENT.sub("", text)
    text = _SPACED_ITEM_NUMBER.sub(r"（\1）", _CODE.sub(r"\2", text))
    for _ in range(4):  # nested spans, innermost first
        text, found = _SPAN.subn(r"\1", text)
        if not found:
            break
    text = _ATTRIBUTES.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _BR.sub(_line_break, text)
    text = _TAG.sub("", text)
    text = _MATH.sub(_math, text)
    text = _SMART_QUOTES.sub(r"“\1”", text)
    text = _EN_DASH.sub("–", _EM_DASH.sub("—", text))
    for _ in range(2):
        text = _STRONG.sub(r"\2", text)
    text = _EM.sub(r"\1", text)
    text = _ESCAPE.sub(r"\1", text)
    return html.unescape(text)
