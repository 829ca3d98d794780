"""Traditional-character pages (reposts, Hong Kong and Taiwan mirrors) read as simplified for analysis.

Where conversion happens: the pipeline reads every rule (headings, table labels, metadata, detection,
figures, the tagger) against a *simplified view* of the document — the same blocks with their text
converted by OpenCC (``t2s``). The conversion is kept **length-preserving** (a phrase that OpenCC
would convert to a different length is converted character by character instead), so a position in
the view is the same position in the original. A record's paragraph then carries the simplified
``text`` every span (``Figure.start``/``end``) indexes and, where the page was written in traditional
characters, its ``original`` text in the page's own script: the same offsets cut the same span from
either. Metadata (agency, title) is given simplified, so one agency's traditional repost and its own
simplified page meet under one key.

Pinyin glosses that some mirror sites write after characters ("發(fā)布") are dropped from the view
(they are no text of the report); such blocks cannot be mapped back and keep no ``original``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import lru_cache

from nianbao.core.document import Document, TableBlock, TextBlock

_CJK = re.compile(r"[\u4e00-\u9fff]")
# A pinyin gloss after a character: "發(fā)", "機(jī)構(gòu)", "文(wen)章(zhang)".
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]")
# Share of a text's CJK characters that t2s changes above which the text is traditional. Simplified
# text changes almost nowhere (a few variants); a traditional page changes a fifth of its characters.
_TRADITIONAL_SHARE = 0.04
_MIN_CHANGED = 4


@lru_cache(maxsize=1)
def _converter():  # noqa: ANN202 — opencc has no type hints
    import opencc  # imported lazily: most documents never need it

    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _hk_variants():  # noqa: ANN202 — opencc has no type hints
    import opencc

    # Hong Kong reposts write their own variants t2s leaves as they are ('衞生' for 衛生/卫生); hk2s folds them and
    # leaves simplified text alone (no character of the dev pages' simplified text changes under it).
    return opencc.OpenCC("hk2s")


# A gateway writing a mainland page in Taiwan's words ('政府資訊公開'): the mainland term, the same length.
_TAIWAN_TERMS = re.compile(r"资讯(?=公开)")


def _convert(text: str) -> str:
    out = _hk_variants().convert(_converter().convert(text))
    if len(out) != len(text):  # keep positions: one character for one
        out = "".join(_hk_variants().convert(_converter().convert(ch)) for ch in text)
    return _TAIWAN_TERMS.sub("信息", out)


@lru_cache(maxsize=4096)
def to_simplified(text: str) -> str:
    """``text`` in simplified characters, position for position (pinyin glosses dropped)."""
    if not text or not _CJK.search(text):
        return text
    return _convert(_PINYIN.sub("", text))


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (a sample of it is enough)."""
    sample = "".join(_CJK.findall(text))[:4000]
    if len(sample) < 10:
        return False
    changed = sum(a != b for a, b in zip(sample, _convert(sample)))
    return changed >= _MIN_CHANGED and changed / len(sample) >= _TRADITIONAL_SHARE


def simplified_view(doc: Document) -> tuple[Document, bool]:
    """The document with its text in simplified characters, and whether anything was converted.

    A simplified document comes back as it is. Block order, count and origins are kept, so block ``i``
    of the view is block ``i`` of the original.
    """
    sample = "\n".join(b.text for b in doc.text_blocks[:400])
    if not is_traditional(sample):
        return doc, False
    return _mapped(doc, to_simplified), True


def _mapped(doc: Document, convert: Callable[[str], str]) -> Document:
    """The document with ``convert`` applied to every block's text, table cell and property."""
    blocks: list = []
    for block in doc.blocks:
        if isinstance(block, TableBlock):
            grid = [[dataclasses.replace(c, text=convert(c.text)) for c in row] for row in block.grid]
            blocks.append(dataclasses.replace(block, grid=grid))
        else:
            blocks.append(dataclasses.replace(block, text=convert(block.text)))
    props = {k: convert(v) for k, v in doc.properties.items()}
    return dataclasses.replace(doc, blocks=blocks, properties=props)


# Full-width digits ('２０２３年'): a page typed in a full-width input mode, or a converter's. Every rule reads years,
# counts and items in ASCII digits; the fold is one character for one, so the view's positions are the page's.
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_HAS_FULL_WIDTH_DIGIT = re.compile("[０-９]")


def digit_view(doc: Document) -> tuple[Document, bool]:
    """The document with full-width digits written in ASCII, and whether any was; block order and count kept."""
    if not any(_HAS_FULL_WIDTH_DIGIT.search(b.text) for b in doc.text_blocks) and not any(
            _HAS_FULL_WIDTH_DIGIT.search(c.text) for b in doc.blocks if isinstance(b, TableBlock) for row in b.grid
            for c in row):
        return doc, False
    return _mapped(doc, lambda text: text.translate(_FULL_WIDTH_DIGITS)), True


def _char_map(view: Document, original: Document) -> dict[str, str]:
    """Each converted character of the view and the character the original wrote there (most often)."""
    counts: dict[str, dict[str, int]] = {}
    for v, o in zip(view.blocks, original.blocks):
        if isinstance(v, TextBlock) and isinstance(o, TextBlock) and len(v.text) == len(o.text):
            for a, b in zip(v.text, o.text):
                if a != b:
                    counts.setdefault(a, {}).setdefault(b, 0)
                    counts[a][b] += 1
    return {a: max(bs, key=bs.get) for a, bs in counts.items()}


def originals(texts: list[tuple[str, int | None]], view: Document, original: Document) -> list[str | None]:
    """The original-script text of each (simplified text, block index) of the view.

    Exact where the text is a slice of its block (same offsets in both); otherwise each converted
    character is mapped back to what the page wrote for it elsewhere, which is right but for the
    rare simplified character that stands for two traditional ones on the same page.
    """
    cmap: dict[str, str] | None = None
    out: list[str | None] = []
    for text, block in texts:
        if block is not None and 0 <= block < len(view.blocks) and isinstance(view.blocks[block], TextBlock):
            v, o = view.blocks[block].text, original.blocks[block].text  # type: ignore[union-attr]
            at = v.find(text)
            if at >= 0 and len(v) == len(o):
                out.append(o[at : at + len(text)])
                continue
        if cmap is None:
            cmap = _char_map(view, original)
        out.append("".join(cmap.get(ch, ch) for ch in text))
    return out


def keep_originals(paragraphs: list, view: Document, original: Document) -> None:
    """Set ``original`` on each record paragraph of a converted document (``text`` stays simplified)."""
    found = originals([(p.text, p.block) for p in paragraphs], view, original)
    for p, text in zip(paragraphs, found):
        p.original = text if text != p.text else None
