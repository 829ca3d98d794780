"""Reports whose section headings are missing, as real pages lose them: the overview's heading left out
(the text runs on from the preamble into the year's work), cut away by a document site's truncation
("……（某文库省略186字，正式会员可完整阅读）……" where the heading stood), or every heading gone (a page
that kept only its paragraphs). Applied to a report's blocks; the gold keeps each paragraph's true
section, which nianbao must infer from the outline. Written in our own words."""

from __future__ import annotations

import dataclasses
import random

from nianbao.synth.model import Block, Report

HEADLESS = ("overview", "truncated", "all")
# Names a document site goes by, and how it says the text was cut short.
_SITES = ("某某文库网", "公文范文站", "文秘资料网")
_MARKERS = ("……（{site}省略{n}字，正式会员可完整阅读）……", "……(本文来自{site}，省略{n}字，登录后查看全文)……")


def truncation_marker(rng: random.Random) -> str:
    """The line a document site leaves where it cut text out."""
    return rng.choice(_MARKERS).format(site=rng.choice(_SITES), n=rng.randint(80, 400))


def drop_headings(blocks: list[Block], how: str, rng: random.Random) -> list[Block]:
    """The blocks with headings gone as ``how`` says (one of ``HEADLESS``); the paragraphs are untouched.
    ``truncated`` puts the site's marker (kind ``chrome``: no paragraph of the report) where the overview's
    heading was."""
    if how not in HEADLESS:
        raise ValueError(f"unknown heading damage {how!r}; one of {HEADLESS}")
    out: list[Block] = []
    # The overview's own heading is the first part's (a later part mapped to the overview keeps its heading).
    first = next((k for k, b in enumerate(blocks) if b.kind == "section"), None)
    for k, block in enumerate(blocks):
        if block.kind == "section" and (how == "all" or (k == first and block.section == "overview")):
            if how == "truncated":
                out.append(Block("chrome", truncation_marker(rng), "overview"))
            continue
        out.append(block)
    return out


def headless_report(rep: Report, how: str) -> tuple[Report, list[str]]:
    """``rep`` with its headings gone as ``how`` says (drawn from the report's own seed), and the sections
    whose heading was dropped: where each paragraph lies must be inferred there."""
    blocks = drop_headings(rep.blocks, how, random.Random(f"{rep.seed}:headless"))
    kept = {id(b) for b in blocks}  # drop_headings keeps the blocks it does not drop, as they are
    inferred = list(dict.fromkeys(b.section for b in rep.blocks if b.kind == "section" and id(b) not in kept))
    return dataclasses.replace(rep, blocks=blocks), inferred
