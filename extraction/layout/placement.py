"""Where each line of a report goes: the outline it follows, prose versus table text, page furniture,
and the tally of characters by destination that gives a record its coverage."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from nianbao.core.codebook import T4_BLOCKS, TABLES
from nianbao.core.document import Document, TableBlock
from nianbao.core.labels import fold

_SPACE = re.compile(r"\s+")
KINDS = ("title", "heading", "paragraph", "table", "chrome", "unplaced")


def chars(text: str) -> int:
    """Characters that count: whitespace aside."""
    return len(_SPACE.sub("", text))


@dataclass
class Tally:
    """Characters of the body (whitespace aside) by where they went."""

    body: int = 0
    title: int = 0
    heading: int = 0
    paragraph: int = 0
    table: int = 0
    chrome: int = 0
    unplaced: int = 0

    def add(self, kind: str, text: str) -> None:
        setattr(self, kind, getattr(self, kind) + chars(text))

    @property
    def placed(self) -> int:
        return self.title + self.heading + self.paragraph + self.table + self.chrome

    @property
    def coverage(self) -> float:
        if self.body <= 0:
            return 1.0
        return round(min(1.0, self.placed / self.body), 4)


# --- Which outline: pre-2019 or the 2019/2021 formats --------------------------------------------
# Labels only the 2019 and 2021 formats' tables (or their notices) carry.
_NEW_FORMAT = re.compile(r"本年新收政府信息公开申请|结果维持|尚未审结|第二十条第|本年制发件数|本年新制作数量|国办公开办函")
# The old statistics table's header: 指标名称 | 计量单位 | 2011年度 | 历年累计.
# A grid's text separates its cells with " | " (a Markdown, HTML or Word table).
_OLD_TABLE = re.compile(r"指标名称[\s|]*计量单位|计量单位[\s|]*[^\n]{0,16}?历年累计")
# Headings of the old outlines that the new formats never use.
_OLD_OUTLINE = re.compile(
    r"[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:(?:(?:19|20)\d{2}\s*年度?)?(?:政府信息公开|信息公开)(?:工作)?|工作)?概\s{0,3}述"  # (spaced to a line's width: '一、概 述')
    r"|[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:政府信息)?依申请公开(?:政府信息)?(?:和不予公开(?:政府信息)?)?(?:工作|办理)?(?:的)?情况"
    r"|[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:(?:政府)?信息公开(?:的)?)?收费(?:及|和)减免"
    r"|[一二三四五六七八九十]{1,2}\s*[、.．]\s*\S{0,12}复议\S{0,8}(?:和|及|、)申诉"
)
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?[^。]{0,24}?(?:政府信息公开|政务公开|信息公开)[^。]{0,10}?报告")
# The intro's list of the report's parts, naming parts only the old outlines have.
_OLD_PARTS = re.compile(r"(?:包括|由|分为|内容有|如下)[：:]?[^。]{0,160}?(?:概述|不予公开|收费(?:及|和|与)减免)[^。]{0,160}?(?:组成|部分|等|。)")
# The period the figures cover: "统计期限自2012年1月1日起至2012年12月31日止".
_PERIOD_YEAR = re.compile(r"(?:统计|数据)[^。]{0,12}?(?:期限|时限|时段|时间)?[^。\d]{0,8}?((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日")


# Part 一 on 主动公开政府信息 itself: the old outline's first part where it had no 概述 (2008–2018); the 2019
# formats open on 总体情况 and put 主动公开 second. Only the full wording (政府信息 in it) counts: a later
# report's own outline may head a part 一、主动公开情况.
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_OLD_FIRST_PART = re.compile(r"(?:^|\n)\s*一\s*[、.．]\s*(?:政府信息主动公开|主动公开政府信息)(?:工作)?(?:的)?情况\s*(?:\n|$)")


def _document_text(doc: Document) -> str:
    return "\n".join(b.as_text() if isinstance(b, TableBlock) else b.text for b in doc.blocks)


def old_statistics_table(text: str) -> bool:
    """Whether the text carries the old statistics table's header (指标名称 / 计量单位 / 历年累计)."""
    return bool(_OLD_TABLE.search(text))


def outline_evidence(doc: Document) -> list[str]:
    """Why the report reads as pre-2019 (its old statistics table, old outline headings, its year);
    empty where it carries the 2019/2021 formats' tables or cites their notices, or nothing old."""
    text = _document_text(doc)
    if _NEW_FORMAT.search(fold(text)):
        return []
    evidence = []
    if old_statistics_table(text):
        evidence.append("old statistics table (指标名称 / 计量单位 / 历年累计)")
    outline = sorted({_SPACE.sub("", m.group(0)) for m in _OLD_OUTLINE.finditer(text)})
    if outline:
        evidence.append("pre-2019 outline headings: " + ", ".join(outline[:4]))
    m = _TITLE_YEAR.search(text[:600])
    if m and int(m.group(1)) < 2019:
        evidence.append(f"the title's year {m.group(1)} is before the 2019 trial format")
    head = text[:2000]
    if evidence:
        return evidence
    # Where nothing else tells (a page without its title, table or old headings):
    if _OLD_PARTS.search(head):
        evidence.append("the intro lists the old outline's parts (概述, 不予公开, 收费及减免)")
    m = _PERIOD_YEAR.search(head)
    if m and int(m.group(1)) < 2019:
        evidence.append(f"its figures cover {m.group(1)}, before the 2019 trial format")
    if not evidence and "总体情况" not in text and _OLD_FIRST_PART.search(head) \
            and all(int(y) < 2019 for y in _YEAR.findall(head)):  # a later year's summary may open so too
        evidence.append("its part 一 is 主动公开政府信息 (the old outline's; the 2019 formats open on 总体情况)")
    return evidence


# --- Prose or table text ---------------------------------------------------------------------------
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGIT = re.compile(r"\d")
_SENTENCE = re.compile(r"[。！？!?]")
_EXTRA_WORDS = ("信息内容", "申请人情况", "法人或其他组织", "单位", "计量单位", "指标名称", "行政复议", "行政诉讼",
                "未经复议直接起诉", "复议后起诉", "本列数据", "勾稽关系", "总计", "小计", "合计", "第一项", "第二项",
                "第三项", "第四项", "之和", "结果维持", "结果纠正", "其他结果", "尚未审结")
_TABLE_TITLE = re.compile(r"^\s*(?:附)?表\s*[一二三四1-4]")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[re.Pattern[str], str]:
    words: set[str] = set(_EXTRA_WORDS)
    for spec in TABLES.values():
        words |= set(spec.column_labels.values())
        for row in spec.rows:
            words |= {row.label, row.group}
    for label in T4_BLOCKS.values():
        words |= set(label.split("·"))
    folded = sorted({fold(w) for w in words if len(fold(w)) >= 2}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in folded)), "\n".join(folded)


def is_prose(text: str) -> bool:
    """A sentence of narrative, not a row or fragment of a flattened table."""
    t = text.strip()
    cjk = len(_CJK.findall(t))
    if cjk < 8 or "\t" in t or len(_DIGIT.findall(t)) > 0.35 * len(t):
        return False
    return bool(_SENTENCE.search(t)) or (t.endswith(("；", ";", "：", ":")) and cjk >= 12)


# A clause's comma outside brackets: a table's labels put their commas only inside a bracketed note
# ('（区分处理的，只计这一情形，不计其他情形）').
_CLAUSE_COMMA = re.compile(r"[，,](?![^（(]*[)）])")


def is_cut_sentence(text: str, ends_text: bool = False) -> bool:
    """Prose a page cut before its stop ('2022年，我局无…件数，行政处罚8件，无规章、行政许可…信息公'): clauses
    joined by commas outside brackets, as a sentence runs and a table's cells never do, however many of the
    table's labels the sentence names. ``ends_text``: the line is the text's last, where a cut page stops
    mid-sentence, so one clause's comma is enough ('按照…公开目录，在办公场所划定了专门的区域公开发')."""
    t = text.strip()
    if "\t" in t or is_table_row(t) or len(_CJK.findall(t)) < 20 or len(_DIGIT.findall(t)) > 0.35 * len(t):
        return False
    return len(_CLAUSE_COMMA.findall(t)) >= (1 if ends_text else 2)


_NUMBER_TOKEN = re.compile(r"^[\d.,，%]+$")


def is_table_row(text: str) -> bool:
    """A row of a flattened table: tab-separated, three or more bare numbers, or a run of digits."""
    tokens = text.split()
    return "\t" in text or sum(bool(_NUMBER_TOKEN.match(t)) for t in tokens) >= 3 or bool(re.search(r"\d{7,}", text))


def names_table_label(text: str) -> bool:
    """Whether the text holds a label of tables 二, 三, 四 (or a piece of one)."""
    folded = fold(text)
    pattern, joined = _vocabulary()
    return bool(folded) and (bool(pattern.search(folded)) or folded in joined)


def is_table_text(text: str) -> bool:
    """Text a flattened table is made of: numbers, its labels, or a fragment of one."""
    folded = fold(text)
    if len(folded) <= 10 or _DIGIT.search(folded) or not _CJK.search(folded):
        return True  # short, numeric, or no Chinese at all (a row of dashes: "/ / / /")
    pattern, joined = _vocabulary()
    if _TABLE_TITLE.match(text) or pattern.search(folded) or folded in joined:
        return True
    # Labels cut into pieces by a converter ("商业企科研机社会公法律服"): the table's own characters.
    cjk = _CJK.findall(folded)
    return bool(cjk) and sum(ch in joined for ch in cjk) >= 0.9 * len(cjk) and not _SENTENCE.search(folded)


# --- Page furniture ---------------------------------------------------------------------------------
_FOOTER_WORDS = re.compile(r"报告|年报|第\s*\d+\s*页|共\s*\d+\s*页")


def running_footers(lines: list[str]) -> set[str]:
    """Running headers and footers: a short line naming the report (or a page) repeated on 3+ pages, or
    the report's first line (its title) repeated further down. Their first occurrence near the top of
    the report is kept (it is the title)."""
    texts = [line.strip() for line in lines if line and line.strip()]
    counts = Counter(texts)
    out = {line for line, n in counts.items()
           if n >= 3 and 4 <= len(line) <= 40 and _CJK.search(line) and _FOOTER_WORDS.search(line)}
    if texts and counts[texts[0]] >= 2 and len(texts[0]) <= 60 and _FOOTER_WORDS.search(texts[0]):
        out.add(texts[0])
    return out
