"""Section headings written as list items, as some pages and converters print them ("- 总体情况", "• 主动公开政府信息
情况"): the number dropped, a bullet in its place. The coverage survey of real pages met one; nianbao must open each
section at it and keep the preamble above it whole. Built from ``nianbao synth``'s reports.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

BULLETS = ("- ", "-", "• ", "● ")


def bulleted_page(rep: Report) -> tuple[list[str], list[tuple[str, str]]]:
    """The lines of ``rep``'s narrative up to its first table, section headings bulleted (number dropped), and
    its (paragraph, section) pairs. On every other page the paragraph above a heading lost its last stop (a
    site's excerpt cut it there), so nothing but the heading tells where it ends."""
    rng = random.Random(f"{rep.seed}:bullets")
    bullet = rng.choice(BULLETS)
    lines: list[str] = []
    paragraphs: list[tuple[str, str]] = []
    cut = rng.random() < 0.5
    for block in rep.blocks:
        if block.kind == "table":
            break
        if block.kind == "section":
            if cut and lines and paragraphs and lines[-1] == paragraphs[-1][0] and lines[-1].endswith("。"):
                lines[-1] = lines[-1][:-1]
                paragraphs[-1] = (lines[-1], paragraphs[-1][1])
            lines.append(bullet + block.text.split("、", 1)[-1].split(".", 1)[-1].strip())
            continue
        lines.append(block.text)
        if block.kind == "para":
            paragraphs.append((block.text, block.section or "preamble"))
    return lines, paragraphs
