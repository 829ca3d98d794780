"""Number phrases in prose: '460余件', '30多篇', '近百篇', '十二项', '两期', '98.6%', '1.5万条'.

A phrase is a number (Arabic digits, or Chinese numerals read by cn2an) with its approximation words
and its unit. Chinese numerals count only with a unit after them: without one, '一是', '十四五' or
'三审三校' would read as numbers. Session names (区十九届人大三次会议) are found first and masked,
so that 三次 in them is no count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

# Longest first: 人次 before 人, 万元 before 元.
UNITS = ("人次", "场次", "件次", "批次", "万元", "个", "件", "条", "篇", "项", "次", "期", "场", "人", "名", "起",
         "份", "家", "处", "轮", "元", "通", "宗", "%", "％")
_CN_DIGITS = "零〇一二两三四五六七八九十百千万"
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_APPROX_BEFORE = r"近|约|大约|超过|逾|将近|上(?=[百千万])"
_APPROX_AFTER = r"余|多|来|左右|以上"
# A range "3至5场", "10-15条": the low end is the value (approximate), the high end is kept.
_RANGE = r"(?:(?P<low>\d+(?:\.\d+)?)\s*(?:至|到|-|—|~|～)\s*)"
NUMBER = re.compile(
    rf"(?P<before>{_APPROX_BEFORE})?{_RANGE}?"
    rf"(?:(?P<arabic>{_ARABIC})(?P<wan>万)?|(?P<cn>[{_CN_DIGITS}]+))"
    rf"\s*(?P<after>{_APPROX_AFTER})?(?P<wan2>(?<=[余多])万)?\s*(?P<unit>{'|'.join(UNITS)})?(?P<tail>以上|左右)?"
)
_PERCENT_WORD = re.compile(r"百分之(?P<cn>[零〇一二两三四五六七八九十百]+)")
# 区十九届人大三次会议, 区政协十一届三次会议, 县第十八届人民代表大会第三次会议.
SESSION = re.compile(
    r"[省市区县州旗镇]?(?:人大|政协)?(?:常委会)?第?[一二三四五六七八九十\d]+届"
    r"(?:人大|人民代表大会|政协|人大常委会)?(?:常委会)?第?[一二三四五六七八九十\d]+次(?:全体)?会议"
)


@dataclass(frozen=True)
class Mention:
    """One number phrase: where it is, what it says, and how exactly."""

    start: int
    end: int
    value: int | float
    unit: str | None
    approx: bool
    text: str
    high: int | float | None = None  # the high end of a range; ``value`` is its low end


def chinese_number(text: str) -> int | float | None:
    """'十二' → 12, '两' → 2, '三百零五' → 305, '百' → 100; None where the text is no number."""
    if text in ("百", "千", "万"):
        return {"百": 100, "千": 1000, "万": 10000}[text]
    try:
        value = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError, IndexError):
        return None
    return int(value) if float(value).is_integer() else value


def _arabic(text: str, wan: bool) -> int | float:
    value = float(text.replace(",", ""))
    value *= 10000 if wan else 1
    return int(value) if value.is_integer() and ("." not in text or wan) else value


# "发布一条解读一条", "出台一个解读一个": one for one, no count.
ONE_FOR_ONE = re.compile(r"[一每][条篇件个份](?:文件|政策)?(?:同步)?(?:解读|发布|出台|公开)[一每][条篇件个份]")


def masked(text: str) -> str:
    """The text with session names and one-for-one phrases blanked out (same length, so offsets hold)."""
    text = SESSION.sub(lambda m: "□" * len(m.group()), text)
    return ONE_FOR_ONE.sub(lambda m: "□" * len(m.group()), text)


# A mark a repost put for a lost space or tag around a count ("发布信息共?1340条?"): read as a space (same length).
STRAY_MARK = re.compile(r"[?？\ufffd](?=\d)|(?<=\d)[?？\ufffd](?=[\u4e00-\u9fff])|(?<=[条篇件份场條場項项次个個])[?？\ufffd]")


def unmarked(text: str) -> str:
    """The text with stray marks around counts blanked (same length, so offsets hold)."""
    return STRAY_MARK.sub(" ", text) if "?" in text or "？" in text or "\ufffd" in text else text


def sessions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of every congress session the text names."""
    return [(m.start(), m.end(), m.group()) for m in SESSION.finditer(text)]


def mentions(text: str) -> list[Mention]:
    """Every number phrase of ``text`` in order; Chinese numerals only where a unit follows."""
    out: list[Mention] = []
    plain = masked(text)
    for m in NUMBER.finditer(plain):
        g = m.groupdict()
        unit, arabic, before = g["unit"], g["arabic"], g["before"]
        if not arabic and not unit and not before:
            continue  # a Chinese numeral with nothing to count: 一是, 十四五
        if unit == "％":
            unit = "%"
        if arabic:
            at = m.start("arabic")
            if at > 0 and plain[at - 1].isascii() and plain[at - 1].isalnum():
                continue  # part of a code such as H5 or a phone number's tail
            value: int | float | None = _arabic(arabic, bool(g["wan"]))
        else:
            if unit == "%":
                continue
            value = chinese_number(g["cn"])
        if value is None:
            continue
        if g["wan2"]:
            value *= 10000  # "20余万条": the 万 after the approximation
        approx = bool(before or g["after"] or (unit and g["tail"]))
        end = max(m.end(k) for k in ("arabic", "wan", "cn", "after", "wan2", "unit", "tail") if g[k] and (unit or k != "tail"))
        high = None
        if g["low"] is not None:
            if not unit or not arabic:
                continue  # dates and codes such as 2023-2025 or 1-3月 are no ranges of counts
            low = _arabic(g["low"], bool(g["wan"]))
            if low >= value:
                continue
            value, high, approx = low, value, True
        out.append(Mention(m.start(), end, value, unit, approx, text[m.start():end], high))
    for m in _PERCENT_WORD.finditer(plain):
        value = chinese_number(m.group("cn"))
        if value is not None:
            out.append(Mention(m.start(), m.end(), value, "%", False, m.group()))
    return sorted(out, key=lambda x: x.start)
