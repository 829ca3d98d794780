"""Pre-2019 reports (2008–2018): the old outlines, narrative from the phrase banks, and the old statistics
table (指标名称 | 计量单位 | 本年度 | 历年累计), written as a text file one paragraph a line, as a
crawler's one-line page text (cells single-spaced or run together), or as converter Markdown.

Each page also varies as other agencies' pages do (``nianbao.synth.legacy_pages``): headings in other
wordings, extra old parts, and page damage.

Outlines (each heading mapped by nianbao to the nearest of the six sections):
- ``five`` (2008–2013): 概述 / 主动公开 / 依申请公开 / 存在问题及改进, then the table as an attachment;
- ``seven`` (2014–2016): 概述 / 主动公开 / 依申请公开和不予公开 / 收费及减免 / 复议诉讼 / 存在问题和改进措施
  / 其他需要报告的事项, the table last;
- ``six`` (2017–2018): 概述 / 主动公开 / 依申请公开办理 / 复议诉讼 / 存在问题和改进措施 / 统计表.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from nianbao.core.codebook import FORMAT_PRE_2019, LEGACY_TABLE_ID
from nianbao.core.keys import paragraph_key
from nianbao.synth.agencies import sample_agency
from nianbao.synth.headless import drop_headings
from nianbao.synth.legacy_pages import (CMS_FOOT, CMS_HEAD, MENU, RUN_IN, PageStyle, annotate, break_at_name, cut_item,
                                        inline_list, notice_lines, sample_style, spaced_heading)
from nianbao.synth.model import Agency, Block, banks
from nianbao.synth.prose import usable_sentences

_CN = "一二三四五六七八九十"


def _numeral(k: int) -> str:
    """The Chinese ordinal of part ``k`` (0 → 一, 10 → 十一)."""
    return _CN[k] if k < 10 else "十" + _CN[k - 10]

OUTLINES: dict[str, list[tuple[str, str, str]]] = {  # (section id, heading title, paragraph label)
    "five": [("overview", "概述", "overview"), ("proactive", "主动公开政府信息情况", "proactive_disclosure"),
             ("requests", "政府信息依申请公开工作情况", "disclosure_on_request"),
             ("problems", "政府信息公开工作存在的主要问题及改进情况", "problems")],
    "seven": [("overview", "概述", "overview"), ("proactive", "主动公开政府信息情况", "proactive_disclosure"),
              ("requests", "依申请公开政府信息和不予公开政府信息情况", "disclosure_on_request"),
              ("other_matters", "政府信息公开的收费及减免情况", "processing_fees"),
              ("review_litigation", "因政府信息公开申请行政复议、提起行政诉讼的情况", "disclosure_on_request"),
              ("problems", "政府信息公开工作存在的主要问题和改进措施", "problems"),
              ("other_matters", "其他需要报告的事项", "other")],
    "six": [("overview", "概述", "overview"), ("proactive", "主动公开政府信息情况", "proactive_disclosure"),
            ("requests", "政府信息依申请公开办理情况", "disclosure_on_request"),
            ("review_litigation", "因政府信息公开申请行政复议、提起行政诉讼的情况", "disclosure_on_request"),
            ("problems", "存在的主要问题和改进措施", "problems")],
}
# The old table's rows: (label as printed, row key nianbao gives it, unit, parent row key or None).
ROWS = (
    ("主动公开信息数", "主动公开信息数", "条", None),
    ("其中：1.网站公开", "网站公开", "条", "主动公开信息数"),
    ("2.政府公报公开", "政府公报公开", "条", "主动公开信息数"),
    ("受理依申请公开信息总数", "受理依申请公开信息总数", "条", None),
    ("其中：1.当面申请数", "当面申请数", "条", "受理依申请公开信息总数"),
    ("2.网上申请数", "网上申请数", "条", "受理依申请公开信息总数"),
    ("3.信函申请数", "信函申请数", "条", "受理依申请公开信息总数"),
    ("对申请的答复总数", "对申请的答复总数", "条", None),
    ("其中：1.同意公开答复数", "同意公开答复数", "条", "对申请的答复总数"),
    ("2.同意部分公开答复数", "同意部分公开答复数", "条", "对申请的答复总数"),
    ("3.否决公开答复数", "否决公开答复数", "条", "对申请的答复总数"),
    ("行政复议数", "行政复议数", "件", None),
    ("行政诉讼数", "行政诉讼数", "件", None),
    ("行政申诉数", "行政申诉数", "件", None),
)
RENDERINGS = ("lines", "crawler", "md")


@dataclass
class LegacyReport:
    """One synthetic pre-2019 report: its blocks, its table values and how it is written."""

    doc_id: str
    seed: str
    agency: Agency
    year: int
    published: str
    outline: str
    rendering: str
    run_together: bool
    blocks: list[Block]
    table: list[tuple[str, str, str, int, int]]  # (printed label, row key, unit, 本年度, 历年累计)
    sections: list[str] = field(default_factory=list)
    style: PageStyle = field(default_factory=PageStyle)

    @property
    def cut_text(self) -> str:
        """The numbered item a cut-off page ends in ("3．进一步加强"), after the last paragraph."""
        last = next(b.text for b in reversed(self.blocks) if b.kind == "para")
        return f"{len(self.blocks) % 3 + 2}．" + cut_item(last, random.Random(self.seed))

    @property
    def title(self) -> str:
        return f"{self.agency.name}{self.year}年政府信息公开工作年度报告"

    def expected_cells(self) -> dict[str, Any]:
        """Cell id → value, or {'kind': 'ambiguous'} where run-together digits allow several splits (none
        where the page was cut off before its table)."""
        out: dict[str, Any] = {}
        if self.style.damage == "cut":
            return out
        for _, key, _, year, total in self.table:
            digits = f"{year}{total}"
            unique = not self.run_together or len(_splits(digits)) == 1
            for col, value in (("year", year), ("cumulative", total)):
                out[f"{LEGACY_TABLE_ID}.{key}.{col}"] = value if unique else {"kind": "ambiguous"}
        return out


def _splits(digits: str) -> list[tuple[int, int]]:
    """The (本年度, 历年累计) readings of two run-together numbers: no leading zeros, 累计 ≥ 本年度."""
    out = []
    for k in range(1, len(digits)):
        a, b = digits[:k], digits[k:]
        if (a != "0" and a.startswith("0")) or (b != "0" and b.startswith("0")):
            continue
        if int(b) >= int(a):
            out.append((int(a), int(b)))
    return out


def _table(rng: random.Random, scale: int) -> list[tuple[str, str, str, int, int]]:
    total = rng.randint(20, scale)
    web = total - (gazette := rng.randint(0, total // 10))
    requests = rng.choice((0, 0, rng.randint(1, 30)))
    parts = [requests // 3, requests // 3]
    parts.append(requests - sum(parts))
    granted = requests - (denied := rng.randint(0, requests // 4)) - (partial := rng.randint(0, requests // 4))
    years = [total, web, gazette, requests, *parts, requests, granted, partial, denied, 0, rng.choice((0, 0, 1)), 0]
    out = []
    for (printed, key, unit, _), year in zip(ROWS, years):
        out.append((printed, key, unit, year, year + rng.choice((0, rng.randint(0, scale * 4)))))
    return out


_SLOT = re.compile(r"\{(\w+)\}")


def sample_legacy(seed: str, index: int, rendering: str | None = None, headless: str | None = None,
                  styled: dict[str, bool] | None = None) -> LegacyReport:
    """The pre-2019 report number ``index`` of a corpus with ``seed``; ``headless``: its headings lost as
    ``nianbao.synth.headless.drop_headings`` says (the rest of the report unchanged); ``styled``: page-style
    flags set whatever was drawn (``legacy_pages.PageStyle``: a test of one pattern at volume)."""
    rng = random.Random(f"{seed}:{index}:pre-2019")
    agency = sample_agency(rng)
    year = rng.randint(2008, 2018)
    outline = "five" if year <= 2013 else "seven" if year <= 2016 else "six"
    drawn = rng.choice(RENDERINGS)  # drawn always, so that a rendering asked for leaves the rest unchanged
    rendering = rendering or drawn
    bank = usable_sentences()
    ctx = {"year": str(year), "prev": str(year - 1), "next": str(year + 1), "agency": agency.name, "unit": agency.unit,
           "site": agency.site}

    def say(label: str, low: int = 1, high: int = 3) -> str:
        # Only sentences whose slots this outline can fill: a stock fallback repeated in two sections
        # would give two paragraphs one key.
        pool = [s for s in bank.get(label) or bank["other"] if set(_SLOT.findall(s)) <= ctx.keys()]
        picked = rng.sample(pool, min(len(pool), rng.randint(low, high)))
        text = "".join(picked) or f"{year}年，{agency.name}认真做好政府信息公开工作。"
        for k, v in ctx.items():
            text = text.replace("{" + k + "}", v)
        return text

    c = agency.contact
    style = sample_style(random.Random(f"{seed}:{index}:pre-2019:page"), rendering)
    if styled:
        style = replace(style, **styled)
    parts = "、".join(h for _, h, _ in OUTLINES[outline])
    subject = "本年报" if year % 2 else f"{agency.name}{year}年政府信息公开工作年度报告（以下简称“年报”）"
    intro = (f"{subject}根据《中华人民共和国政府信息公开条例》编制，包括{parts}等部分。" if style.damage == "bare"
             else f"本报告根据《中华人民共和国政府信息公开条例》要求，由{agency.name}编制。")
    if style.subject_intro:
        intro = (f"本年报是根据《中华人民共和国政府信息公开条例》有关要求，由{agency.name}编制的{year}年度政府信息公开"
                 f"年度报告。")
    blocks = [Block("para", f"{intro}本报告所列数据的统计期限自"
                            f"{year}年1月1日起至{year}年12月31日止。如对本报告有任何疑问，请与{agency.name}联系（地址："
                            f"{c['address']}；邮编：{c['postcode']}；电话：{c['phone']}）。", "preamble", ("preamble",))]
    if style.summary_intro:  # no 概述: the intro says the year's work in a sentence and leads into the parts
        blocks = [Block("para", f"{year}年，{agency.name}在上级部门指导下持续推进政府信息公开工作。现结合工作实际，"
                                f"就本{agency.unit}{year}年度政府信息公开工作总结如下：", "preamble", ("preamble",))]
    sections = []
    parts_in_order: list[tuple[str, str, str]] = []
    for sid, heading, label in OUTLINES[outline]:
        if sid == "problems" and style.split_problems:
            parts_in_order += [("problems", style.split_problems[0], "problems"),
                               ("problems", style.split_problems[1], "improvements")]
        else:
            parts_in_order.append((sid, style.wording.get(sid, heading) if heading != "其他需要报告的事项" else heading,
                                   label))
        parts_in_order += [(esid, eh, elabel) for after, esid, eh, elabel in style.extras
                           if after == sid and not any(h == eh for _, h, _ in parts_in_order)]
    if style.summary_intro:
        parts_in_order = [part for part in parts_in_order if part[0] != "overview"]
    for k, (sid, heading, label) in enumerate(parts_in_order):
        if style.run_in == sid and sid in RUN_IN and sid not in sections:
            heading = RUN_IN[sid] + "："
        elif style.full_stop:
            heading += "。"
        line = spaced_heading(_numeral(k), heading) if style.spaced_headings and heading[-1] not in "：。" \
            else f"{_numeral(k)}、{heading}"
        blocks.append(Block("section", line, sid))
        sections.append(sid)
        if label in ("problems", "improvements") and style.split_problems:
            blocks.append(Block("para", say(label, 1, 2), sid, (label,)))
        elif sid == "overview" and label != "overview":  # an extra old part mapped to the overview
            blocks.append(Block("para", say(label), sid, (label,)))
        elif sid == "overview":
            blocks.append(Block("para", say("overview"), sid, ("overview",)))
            for j, sub in enumerate(("supervision", "platform_building")[: rng.randint(1, 2)]):
                blocks.append(Block("para", f"（{_CN[j]}）" + rng.choice(banks()["subheadings"][sub]).replace(
                    "{unit}", agency.unit) + "。" + say(sub), sid, (sub,)))
        elif sid == "review_litigation":
            blocks.append(Block("para", f"{year}年，本{agency.unit}未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
                                sid, ("disclosure_on_request",)))
        elif sid == "problems" and style.inline_lists:
            blocks.append(Block("para", inline_list(f"对照年初目标，本{agency.unit}工作中的不足主要有",
                                                    say("problems", 2, 3).split("。")), sid, ("problems",)))
            blocks.append(Block("para", inline_list(f"下一步，本{agency.unit}打算", say("improvements", 2, 3).split("。")),
                                sid, ("improvements",)))
        elif sid == "problems":
            blocks.append(Block("para", say("problems", 1, 2), sid, ("problems",)))
            blocks.append(Block("para", say("improvements", 1, 2), sid, ("improvements",)))
        else:
            blocks.append(Block("para", say(label), sid, (label,)))
    published = date(year + 1, rng.randint(1, 3), rng.randint(1, 28)).isoformat()
    if headless:
        blocks = drop_headings(blocks, headless, random.Random(f"{seed}:{index}:headless"))
    return LegacyReport(f"synth-{index:06d}-{year}-pre2019.{'md' if rendering == 'md' else 'txt'}", f"{seed}:{index}",
                        agency, year, published, outline, rendering, rendering == "crawler" and rng.random() < 0.5,
                        blocks, _table(rng, {"township": 200, "county": 2000}.get(agency.level, 8000)), sections, style)


def _narrative(rep: LegacyReport) -> list[tuple[str, str]]:
    """The report's section headings and paragraphs as lines, (kind, text), with the page's damage: a
    heading ending in a colon runs into its first paragraph; a cut-off page ends in a numbered item."""
    damage = rep.style.damage
    out: list[tuple[str, str]] = []
    for b in rep.blocks:
        text = break_at_name(b.text) if damage == "bracket" and b.kind == "para" else b.text
        if out and out[-1][0] == "section" and out[-1][1].endswith("："):
            out[-1] = ("para", out[-1][1] + text)
        else:
            out.append((b.kind, text))
    if damage == "pinyin":
        out = [(kind, annotate(text)) for kind, text in out]
    if damage == "indent":
        out = [(kind, "　　" + text if kind == "para" else "    " + text) for kind, text in out]
    return out


def render_legacy(rep: LegacyReport) -> bytes:
    """The report in its rendering (see the module's docstring)."""
    y, m, d = (int(x) for x in rep.published.split("-"))
    date_line = f"{y}年{m}月{d}日"
    table_title = ("附件：" if rep.outline == "five" else f"{_numeral(len(rep.sections))}、") + (
        f"{rep.agency.name}{rep.year}年政府信息公开情况统计表" if rep.outline == "five" else "政府信息公开情况统计表")
    header = ["指标名称", "计量单位", f"{rep.year}年度", "历年累计"]
    damage = rep.style.damage
    narrative = _narrative(rep)
    if damage == "cut":  # the page ends in the middle of the last numbered item, before signature and table
        narrative.append(("para", rep.cut_text))
    head: list[str] = [rep.title]
    if damage in ("menu", "bare"):
        head = list(MENU) if damage == "menu" else []
    elif damage == "cms":
        head = [rep.title, *(line.format(date=rep.published) for line in CMS_HEAD)]
    elif damage == "notice":
        head = notice_lines(rep.agency.name + "办公室", rep.title, rep.year) + [rep.title]
    tail = [] if damage == "cut" else [rep.agency.name, date_line, table_title]
    foot = [CMS_FOOT] if damage == "cms" else []
    if rep.rendering == "md":
        lines = [f"# {h}" if h == rep.title else h for h in head] + [""]
        for kind, text in narrative:
            lines += [f"## {text}" if kind == "section" else text, ""]
        if damage != "cut":
            lines += [rep.agency.name, "", date_line, "", f"## {table_title}", "",
                      "| " + " | ".join(header) + " |", "|---|---|---|---|"]
            lines += [f"| {p} | {u} | {a} | {t} |" for p, _, u, a, t in rep.table]
        lines += ["", *foot] if foot else []
        return ("\n".join(lines) + "\n").encode("utf-8")
    if rep.rendering == "lines":
        lines = [*head, *(text for _, text in narrative), *tail]
        if damage != "cut":
            lines += ["  ".join(header)] + ["  ".join((p, u, str(a), str(t))) for p, _, u, a, t in rep.table]
        lines += foot
        return ("\n".join(lines) + "\n").encode("utf-8")
    sep = "" if rep.run_together else " "
    cells = sep.join(sep.join((p, u, str(a), str(t))) for p, _, u, a, t in rep.table)
    body = " ".join([rep.title, *(text.replace("\n", "") for _, text in narrative), date_line, table_title,
                     sep.join(header) + sep + cells])
    front = f"标题: {rep.title}\n发布时间: {rep.published} 00:00\n==================== 正文 ====================\n"
    return (front + body + "\n").encode("utf-8")


def _opens_on_number(text: str) -> bool:
    """A paragraph opening on a number or a Latin word: a crawler's space before it is no visible edge."""
    first = text.lstrip()[:1]
    return first.isascii() and first.isalnum()


def legacy_gold(rep: LegacyReport) -> dict[str, Any]:
    """Its gold file: status, metadata, no standard tables, paragraph keys with sections and labels."""
    a = rep.agency
    groups: list[tuple[str, str, list[str]]] = []  # (section, text, labels)
    previous = ""
    for b in rep.blocks:
        if b.kind != "para":
            previous = b.kind
            continue
        # A crawler's one-line text keeps its paragraph breaks as spaces, but a reader sees one only after a
        # sentence's end before Chinese text ('…公开。 本年度…') or before an item's own number ('（一）…'):
        # a paragraph opening on a number after a space ('…公开。 2015年，…') runs into the one before.
        if rep.rendering == "crawler" and groups and previous == "para" and groups[-1][0] == b.section \
                and not b.text.startswith("（") and not (groups[-1][1][-1:] in "。！？!?" and not _opens_on_number(b.text)):
            section, text, labels = groups[-1]
            groups[-1] = (section, text + b.text, labels + [x for x in b.labels if x not in labels])
        else:
            groups.append((b.section, b.text, list(b.labels)))
        previous = "para"
    if rep.style.damage == "cut":  # the cut-off item is kept as a paragraph of the last section
        groups.append((groups[-1][0], rep.cut_text, list(groups[-1][2])))
    paragraphs = [{"index": i, "key": paragraph_key(text), "section": section, "labels": labels}
                  for i, (section, text, labels) in enumerate(groups)]
    return {
        "doc_id": rep.doc_id, "source": f"synth/{rep.doc_id}", "status": "ok",
        "metadata": {"agency": a.name, "year": rep.year, "format_version": FORMAT_PRE_2019, "admin_level": a.level,
                     "region": a.region, "publication_date": rep.published if rep.rendering == "crawler" else None,
                     "contact": dict(a.contact)},
        "tables_readable": {}, "cells": {}, "identity_breaks": [], "figures": [], "paragraphs": paragraphs,
        "notes": f"Synthetic pre-2019 report written by nianbao synth (seed {rep.seed}), {rep.outline} outline, "
                 f"{rep.rendering}{', table cells run together' if rep.run_together else ''}, page style {rep.style}. Its old statistics table is "
                 "read as the generic table legacy; its values are in nianbao.synth.legacy.sample_legacy(seed, index).",
    }
