"""A narrative paragraph → its statements: the items of 一是…二是…, numbered lists and ；-separated text.

Reports state their problems and measures as lists inside one paragraph (“存在的问题主要有：一是…；二是…。
下一步，我们将：一是…”). A statement is one item of such a list, kept as a character span of the
paragraph (``text[start:end]``), without its enumerator (一是, （一）, (1), 1., 1、, ①, 第一，, 其一) and
without the closing punctuation. Text with no enumerator is split at ； and at sentence ends. A lead
that introduces a list (“主要有以下几个方面：”) is not a statement; it says what the items after it are, so
a paragraph tagged both ``problems`` and ``improvements`` gives each item the label its lead announces.

This is plain text processing with no dependency, in ``nianbao.core`` so that both the tidy panel
(``nianbao.outputs.tidy``) and the corpus analysis (``nianbao.analysis.statements``) use one definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The paragraph labels whose paragraphs are split into statements (codebook kind 'paragraph_label').
STATEMENT_LABELS = ("problems", "improvements", "prior_rectification", "innovation")

_CN = "一二三四五六七八九十"
_BOUNDARY = r"(?:(?<=^)|(?<=[。；;：:，,！？!?\s]))"
# An enumerator, only where an item can start (after punctuation or at the start): “第二十条第（一）项”
# and “1.5万” are no list items.
_MARKER = re.compile(
    _BOUNDARY + r"(?:"
    rf"(?:其)?[{_CN}]{{1,2}}是"                       # 一是 二是 … 十二是
    rf"|第[{_CN}]{{1,2}}[，,、]"                      # 第一，
    rf"|其[{_CN}][，,、]"                             # 其一，
    rf"|[（(][{_CN}]{{1,2}}[）)]"                     # （一）
    r"|[（(]\d{1,2}[）)]"                             # （1） (1)
    r"|(?<!\d)\d{1,2}(?:[、．]|\.(?!\d))"              # 1、 1. 1．
    r"|[①②③④⑤⑥⑦⑧⑨⑩]"
    r")"
    # 1、 opens an item even glued to the text before it (a flattened list: “…规范公开行为1、加强培训”).
    r"|(?<![\d第.．])\d{1,2}、(?=[\u4e00-\u9fff])"
)
_HEADING = re.compile(rf"[（(][{_CN}]{{1,2}}[）)]")  # a section-style enumerator: （一）
_TITLE = re.compile(r"\s*([^。；;：:，,]{1,15}?)\s*[：:。]")  # the short title after a heading enumerator
_SPLIT = re.compile(r"[；;。！？!?]+")
_TRIM = "。；;，,：:、 \t\r\n　"
_MIN_CHARS = 4  # shorter pieces (“如下”, a lone heading word) are no statements

# Cue words of a lead (the text before a list) → the label of the items after it.
_CUES: tuple[tuple[str, str], ...] = (
    ("prior_rectification", "整改"),
    ("innovation", "创新"),
    ("improvements", "改进"), ("improvements", "措施"), ("improvements", "下一步"), ("improvements", "将"),
    ("improvements", "今后"), ("improvements", "计划"),
    ("problems", "问题"), ("problems", "不足"), ("problems", "差距"), ("problems", "短板"),
)


@dataclass(frozen=True)
class Span:
    """One statement of a paragraph: ``text[start:end]``, the enumerator that opened it ('' if none), and
    the lead that announced its list ('' if none)."""

    start: int
    end: int
    marker: str = ""
    lead: str = ""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut at ；and sentence ends, trimmed, short pieces dropped."""
    out, at = [], start
    for m in _SPLIT.finditer(text, start, end):
        out.append(_trimmed(text, at, m.start()))
        at = m.end()
    out.append(_trimmed(text, at, end))
    return [(s, e) for s, e in out if e - s >= _MIN_CHARS]


def _is_lead(text: str, start: int, end: int) -> bool:
    """Text just before a list that introduces it: it ends with a colon (“主要有：”)."""
    body = text[start:end].rstrip(" \t　")
    return body.endswith(("：", ":"))


def split_statements(text: str) -> list[Span]:
    """The statements of one paragraph, in order, as spans of ``text``."""
    markers = list(_MARKER.finditer(text))
    if not markers:  # a lone lead (“我区将采取以下措施加以改进：”) states nothing itself
        return [] if _is_lead(text, 0, len(text)) else [Span(s, e) for s, e in _pieces(text, 0, len(text))]
    out: list[Span] = []
    lead = ""
    # Text before the first enumerator: a lead (not a statement) or statements of its own.
    head_end = markers[0].start()
    if head_end:
        if _is_lead(text, 0, head_end):
            lead = text[0:head_end]
            # The last sentence of the head is the lead; sentences before it are statements.
            cut = max(text.rfind(ch, 0, head_end - 1) for ch in "。；;")
            if cut >= 0:
                out += [Span(s, e) for s, e in _pieces(text, 0, cut + 1)]
                lead = text[cut + 1:head_end]
        else:
            out += [Span(s, e) for s, e in _pieces(text, 0, head_end)]
    for i, m in enumerate(markers):
        end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
        body_start, body_end = m.end(), end
        # A sentence ending with a colon before the next enumerator closes this item and leads the next list.
        next_lead = ""
        if i + 1 < len(markers) and _is_lead(text, body_start, body_end):
            cut = max(text.rfind(ch, body_start, body_end - 1) for ch in "。；;")
            next_lead, body_end = text[cut + 1:end] if cut >= 0 else text[body_start:end], max(cut + 1, body_start)
        if _HEADING.fullmatch(m.group(0)):
            # （一）存在问题：… is a heading over sentences: its short title leads, its sentences are statements.
            title = _TITLE.match(text, body_start, body_end)
            item_lead = lead
            if title:
                item_lead, body_start = title.group(1), title.end()
            out += [Span(s, e, m.group(0), item_lead.strip(_TRIM)) for s, e in _pieces(text, body_start, body_end)]
        else:
            s, e = _trimmed(text, body_start, body_end)
            if e - s >= _MIN_CHARS:
                out.append(Span(s, e, m.group(0), lead.strip(_TRIM)))
        if next_lead:
            lead = next_lead
    return out


def statement_label(labels: list[str] | tuple[str, ...], lead: str, text: str = "") -> str | None:
    """The label a statement gets: its paragraph's one statement label, or where the paragraph has several,
    the one its lead (then its own text) names; None where the paragraph has none of ``STATEMENT_LABELS``."""
    own = [label for label in STATEMENT_LABELS if label in labels]
    if len(own) <= 1:
        return own[0] if own else None
    for source in (lead, text):
        for label, cue in _CUES:
            if label in own and cue in source:
                return label
    return own[0]


def paragraph_statements(text: str, labels: list[str] | tuple[str, ...]) -> list[tuple[Span, str]]:
    """(span, label) for each statement of a paragraph carrying one of ``STATEMENT_LABELS``; [] otherwise."""
    if not any(label in STATEMENT_LABELS for label in labels):
        return []
    return [(span, statement_label(labels, span.lead, text[span.start:span.end]) or "")
            for span in split_statements(text)]
