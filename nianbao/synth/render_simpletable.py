"""Rows of texts as pandoc's Markdown writer puts a table it can draw without bars (``pandoc -t markdown``
of a DOCX or web page whose table 二 or 四 has no multi-line cell it must keep): columns told by runs of
dashes, cells padded by display width (a CJK character takes two columns), long texts wrapped inside
their column; headerless, opened and closed by the dash runs, rows apart by blank lines (a multiline
table) or one line each (a simple table)."""

from __future__ import annotations

from nianbao.synth.render_gridtable import char_width, wrap_text


def _pad(text: str, width: int) -> str:
    return text + " " * (width - sum(char_width(ch) for ch in text))


def simple_table(rows: list[list[str]], widths: list[int], multiline: bool) -> list[str]:
    """``rows`` as pandoc's headerless table lines, each column ``widths[k]`` display columns wide (a
    simple table never wraps: its columns are widened to the longest text)."""
    if not multiline:
        widths = [max([w] + [sum(char_width(ch) for ch in r[k]) for r in rows]) for k, w in enumerate(widths)]
    rule = "  " + " ".join("-" * w for w in widths)
    out = [rule]
    for n, row in enumerate(rows):
        wrapped = [wrap_text(text, widths[k]) if multiline else [text] for k, text in enumerate(row)]
        height = max(len(w) for w in wrapped)
        for i in range(height):
            cells = [_pad(w[i] if i < len(w) else "", widths[k]) for k, w in enumerate(wrapped)]
            out.append("  " + " ".join(cells))  # padded to the table's width, as pandoc pads a row
        if multiline and n < len(rows) - 1:
            out.append("")
    return out + [rule]


__all__ = ["simple_table"]
