"""Paragraphs sized to a PDF page's width so that what a text layer makes ambiguous falls at a line's end: run-in
items ('一是…；二是…。') each opening a full line under a full line, and a contact sentence whose field key ends a
full line with its value on the next ('…，地址：' / '某某路18号，…').

A PDF's text layer keeps no paragraph marks: a line under a full line is the same paragraph where it is full too
(a paragraph's first line is indented two characters, ``reshape.FIRST_LINE_INDENT``), whatever the line above ends
on or the line under opens with. These paragraphs put that case at every item and at the contact key, for
``tests/synth/test_pdf_full_items.py``: set by ``reshape.indented_lines`` at ``width``, every line but the
last is full.
"""

from __future__ import annotations

import random

from nianbao.synth.reshape import FIRST_LINE_INDENT

_CN = "一二三四五六七八九"
# What a report says it did, in items (invented wording).
ITEM_BODIES = (
    "健全信息发布审核机制，明确各科室公开职责和审核流程，确保发布内容准确规范",
    "加大政策解读力度，采用图表和问答形式说明政策要点，方便群众理解和办理",
    "优化网站公开专栏设置，及时清理过期栏目，定期检查链接和附件的可用情况",
    "规范依申请公开办理流程，严格登记受理答复各环节，按时限出具答复意见书",
    "加强业务培训和日常指导，组织工作人员学习条例，提升公开工作的专业水平",
    "推进重点领域信息公开，围绕民生关切事项及时发布办理进展和结果信息内容",
    "完善公开目录和指南，按照事项类别逐项梳理，做到应公开尽公开不留盲区",
)
LEADS = (
    "本年度围绕年度工作要点扎实推进各项公开任务，主要做法如下",
    "为进一步提升公开质量和实效，本机关重点抓好了以下几个方面的工作",
    "对照上级工作安排，结合本单位实际，全年主要从以下方面推进公开工作",
)
# Text to fill a line out to the width (invented wording; cut wherever the line is full).
FILLER = "持续强化工作责任落实细化分工安排推动各项任务按期完成并及时总结经验做法形成长效工作机制"
STREETS = ("青石路", "河滨大道", "新华街", "建设北路", "文昌路")


def _fill(text: str, size: int) -> str:
    """``text`` cut or filled out with ``FILLER`` to exactly ``size`` characters (all CJK: one width each)."""
    while len(text) < size:
        text += FILLER
    return text[:size]


def item_paragraph(rng: random.Random, width: int) -> str:
    """A paragraph of a lead and three to five run-in items: the lead fills the indented first line, each item fills
    one or two full lines exactly, so every item opens a line under a full line; items end on '；' or '。'."""
    lead = _fill(rng.choice(LEADS), width - FIRST_LINE_INDENT - 1) + "："
    bodies = rng.sample(ITEM_BODIES, rng.randint(3, 5))
    stop = rng.choice("；。")
    items = []
    for k, body in enumerate(bodies):
        marker = f"{_CN[k]}是"
        if k == len(bodies) - 1:  # over a full line, so the line it opens is full too (a last line tells nothing)
            items.append(_fill(marker + body, width + rng.randint(4, width - 4)) + "。")
        else:
            items.append(_fill(marker + body, width * rng.randint(1, 2) - 1) + stop)
    return lead + "".join(items)


def contact_paragraph(rng: random.Random, width: int, desk: str) -> str:
    """A contact sentence whose indented first line ends exactly on the key '地址：', the address opening the next line."""
    head = _fill(f"如对本报告有任何疑问，请与{desk}联系，联系人王某某", width - FIRST_LINE_INDENT - 4)
    street = rng.choice(STREETS)
    return f"{head}，地址：{street}{rng.randint(2, 300)}号，邮编：{rng.randint(100000, 899999)}，电话：" \
        f"0{rng.randint(310, 999)}-{rng.randint(2000000, 8999999)}。"
