"""A report page whose portal frame a crawler ran into the title: the page's lines flattened to one line
(the reshapings ``one_line`` / ``one_line_spaced``) after a frame whose last word stands right before the title — a
metadata field whose value is empty or stock ('文号', '时效', '有效性' + '有效'), a chrome word ('无障碍',
'正文'), a breadcrumb's column ('公告公示', '县级部门', '公开年报') — so the title's body comes out with that
word glued to its front ('有效性有效某县某局'). The frame's words are the portal's closed set
(``extraction/frame_words.py``); the wording of each frame here is invented."""

from __future__ import annotations

import random

from nianbao.synth.reshape import reshape

# Frames, each a list of the lines before the title; the last line's word is the one run into the title.
_FRAMES = (
    ("索引号", "{code}", "发布机构", "{agency}", "发文日期", "{date}", "文号", "时效"),
    ("索引号：{code}", "发文字号"),
    ("主题分类 综合政务", "有效性", "有效"),
    ("时效性", "有效"),
    ("无障碍", "首页 > 政务公开 > 年度报告", "正文"),
    ("登录注册", "无障碍"),
    ("网站首页", "通知公告", "公告公示"),
    ("当前位置：首页 > 信息公开", "县级部门"),
    ("首页 > 政府信息公开", "政府信息公开年报"),
    ("名称",),
)


def frame_lines(rng: random.Random, agency: str, year: int) -> list[str]:
    """One frame's lines, filled in (an index code, a date, the publisher)."""
    code = f"{rng.randint(10**7, 10**8 - 1)}/{year + 1}-{rng.randint(1, 99999):05d}"
    date = f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}"
    return [line.format(code=code, agency=agency, date=date) for line in rng.choice(_FRAMES)]


def framed_one_line(text: str, agency: str, year: int, seed: str, spaced: bool = False) -> str | None:
    """``text`` (a page of the body ``agency``) with a frame set right above its title (the first short line
    naming a report, or the name over it) and the whole flattened to one line (``spaced``: a space where each
    break was); ``None`` when the page's first lines hold no title."""
    rng = random.Random(f"{seed}:one_line_frame")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = next((i for i, line in enumerate(lines[:12]) if len(line) <= 60 and ("报告" in line or "年报" in line)), None)
    if at is None:
        return None
    if at and lines[at - 1] == agency:
        at -= 1  # a title set on two lines, the body's name over the rest
    framed = "\n".join([*frame_lines(rng, agency, year), *lines[at:]]) + "\n"
    return reshape("one_line_spaced" if spaced else "one_line", framed, seed) or framed
