"""A report page a crawler ran into one line, built around one kind of paragraph edge that only the page's lost
line breaks showed (``layout/crawled.py`` reads each back): a numbered list after a colon or semicolon whose items
are paragraphs, the stock preamble after a frame's field, a bare or letter-spaced section heading, a bare section
title opening the line, the title ending at a space, a frame's bracket never closed, a contact field with no full
stop, a numbered heading ending on a colon, prose after '如下：', and a section heading after a space as the only
sign of a one-line page. Each page comes with the pieces its line must be cut into. The wording is invented; the
agency and numbers are drawn."""

from __future__ import annotations

import random
from dataclasses import dataclass

EDGES = ("list_after_colon", "preamble_after_field", "bare_heading", "bare_heading_at_start", "spaced_heading",
         "title_at_space",
         "unclosed_bracket", "contact_fields", "heading_colon", "as_follows", "section_after_space", "comma_heading")

_AGENCIES = ("某县自然资源局", "某市生态环境局", "某区人民政府办公室", "某镇人民政府", "某县教育体育局", "某市医疗保障局",
             "某街道办事处", "某县交通运输局", "某区民政局", "某县市场监督管理局")
# Sentences a report's narrative is made of, each ending on a full stop; '{a}' is the agency, '{n}' a count.
_SENTENCES = (
    "{a}把政务公开列入全年重点工作，局务会专题研究{n}次，明确专人负责信息发布和审核。",
    "全年通过门户网站主动公开各类政府信息{n}条，其中政策文件和解读材料占三成以上。",
    "信息发布前一律经过保密审查，过期和重复的栏目内容及时下架，确保公开内容准确规范。",
    "群众通过留言板提出的问题在五个工作日内答复，办理结果同步在网站公开，接受社会监督。",
    "{a}组织业务培训{n}场，覆盖各科室信息员，进一步提升了工作人员的公开意识和业务能力。",
    "围绕群众关注的重点领域，{a}及时发布政策解读和办事指南，方便企业和群众查询办理。",
    "政务新媒体账号坚持日常更新，全年推送信息{n}篇，未出现错敏信息和长期不更新的情况。",
)
_PREAMBLE = ("本年度报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况、主动公开政府信息情况、"
             "收到和处理政府信息公开申请情况等六个部分，所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
_FIELDS = ("索引号：{code} 文号：", "发布时间：{y1}-03-1{d} 09:3{d}", "信息来源：{a} 字号：", "【字体：大 中 小】 日期：")
_CONTACTS = (("联系电话:{tel}", "联系地址:某县人民路{n}号行政中心", "邮政编码:3{d}0000"),
             ("电话：{tel}", "地址：某市新华街{n}号", "邮编：2{d}0000"),
             ("咨询电话：{tel}", "通讯地址：某区政务中心{n}楼", "电子邮箱：gk{n}@example.cn"))
_SUBS = ("主动公开", "依申请公开", "政府信息管理", "平台建设", "监督保障")
# Headings of two short phrases a comma joins, as a report's own sub-headings often run.
_PHRASES = (("强化组织领导", "建章立制"), ("主动公开", "拓宽发布渠道"), ("规范依申请公开", "依法答复"),
            ("加强平台建设", "提升服务能力"), ("健全监督机制", "压实工作责任"))


@dataclass(frozen=True)
class OneLineEdgePage:
    """One page: the crawler's one line (no title line above it), whether it is a pre-2019 report's, and the
    pieces the line must be cut into (each must come back whole)."""

    edge: str
    line: str
    pieces: tuple[str, ...]
    old: bool = False


class ParagraphWriter:
    """Draws a page's sentences and paragraphs from one seed."""

    def __init__(self, seed: str) -> None:
        self.rng = random.Random(seed)
        self.agency = self.rng.choice(_AGENCIES)
        self.year = self.rng.randint(2019, 2025)

    def sentence(self) -> str:
        return self.rng.choice(_SENTENCES).format(a=self.agency, n=self.rng.randint(2, 900))

    def paragraph(self, opening: str = "") -> str:
        return opening + "".join(self.sentence() for _ in range(self.rng.randint(2, 3)))

    def filler(self, k: int) -> list[str]:
        """``k`` paragraphs opening on Chinese text (long enough for a run-on line). Not on a year: '。 2024年，…' is
        an edge only on a line whose counts run tight (``crawled._numbers_tight``), which no edge here is about."""
        return [self.paragraph(self.rng.choice(("", "同时，", "此外，", "今年以来，"))) for _ in range(k)]

    def bracket(self, n: int) -> str:
        cn = "一二三四五"[n - 1]
        return self.rng.choice(("（{}）", "({})")).format(cn)


def _page(w: ParagraphWriter, edge: str) -> tuple[list[str], list[str]]:
    """The page's pieces in reading order and those the test must find: per edge."""
    rng, y = w.rng, w.year
    preamble = _PREAMBLE.format(y=y)
    if edge == "list_after_colon":
        intro = f"{w.sentence()[:-1]}，现将有关情况报告如下："
        items = [f"{w.bracket(k)}{rng.choice(('加强组织领导', '完善工作制度', '规范信息发布'))}。{w.paragraph()}"
                 for k in (1, 2, 3)]
        return [preamble, "一、总体情况", intro, *items, *w.filler(1)], items
    if edge == "preamble_after_field":
        field = rng.choice(_FIELDS).format(code=f"{rng.randint(10**7, 10**8 - 1)}/{y + 1}", y1=y + 1,
                                            d=rng.randint(0, 9), a=w.agency)
        return [field, preamble, "一、总体情况", *w.filler(4)], [preamble]
    if edge == "bare_heading":
        body = w.paragraph()
        return [preamble, "一、总体情况", *w.filler(2), "主动公开政府信息情况", body, *w.filler(1)], \
            ["主动公开政府信息情况", body]
    if edge == "bare_heading_at_start":
        heading = rng.choice(("总体情况", "一 总体情况", "主动公开政府信息情况"))
        body = w.paragraph(f"{y}年以来，")
        return [heading, body, *w.filler(4)], [heading, body]
    if edge == "spaced_heading":
        body = w.paragraph(f"{y}年，")
        return [preamble, "一、总 体 情 况", body, *w.filler(3)], ["一、总 体 情 况", body]
    if edge == "title_at_space":
        title = f"{w.agency}{y}年政府信息公开工作年度报告"
        body = w.paragraph(f"{y}年以来，")
        return [title, body, "一、总体情况", *w.filler(4)], [title, body]
    if edge == "unclosed_bracket":
        return ["【字体：", "一、总体情况", *w.filler(5)], ["一、总体情况"]
    if edge == "contact_fields":
        tel = f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
        fields = [f.format(tel=tel, n=rng.randint(1, 99), d=rng.randint(1, 9)) for f in rng.choice(_CONTACTS)]
        closing = "如对本报告有疑问，请与本单位办公室联系。"
        return [preamble, closing, *fields, "一、总体情况", *w.filler(3)], [closing, *fields, "一、总体情况"]
    if edge == "heading_colon":
        colon = rng.choice(("：", ":"))
        subs = [f"{w.bracket(k)}{s}{colon}" for k, s in enumerate(rng.sample(_SUBS, 3), 1)]
        bodies = [w.paragraph(rng.choice(("", f"{y}年，"))) for _ in subs]
        pairs = [p for pair in zip(subs, bodies) for p in pair]
        return [preamble, "一、总体情况", *pairs, *w.filler(1)], pairs
    if edge == "as_follows":
        intro = f"根据《条例》要求，现将{w.agency}{y}年政府信息公开工作报告如下{rng.choice(('：', ':'))}"
        period = f"本报告所列数据的统计期限为{y}年1月1日至{y}年12月31日。"
        return [intro, period, "一、总体情况", *w.filler(4)], [intro, period]
    if edge == "section_after_space":
        # Paragraphs open on '(' or a digit only: no sentence's end before Chinese text tells the line's breaks.
        subs = [f"({'一二三'[k]}){s}情况 {w.paragraph(f'{y}年，')}" for k, s in enumerate(_SUBS[:3])]
        items = [f"{k}.{w.paragraph()}" for k in (1, 2, 3)]
        frame = f"当前位置：首页 > 信息公开 > 年度报告 邮编:3{rng.randint(1, 9)}0000"
        return [frame, "一、总体情况", *subs, *items], ["一、总体情况", *items]
    if edge == "comma_heading":
        comma = rng.choice(("，", ","))
        subs = [f"{'一二三四五'[k]}、{a}{comma}{b}" for k, (a, b) in enumerate(rng.sample(_PHRASES, 3))]
        bodies = [w.paragraph(rng.choice((f"{y}年，", f"{y}年以来，", ""))) for _ in subs]
        pairs = [p for pair in zip(subs, bodies) for p in pair]
        return [preamble, *pairs, *w.filler(1)], pairs
    raise ValueError(f"unknown edge {edge!r}; known: {', '.join(EDGES)}")


def one_line_edge_page(edge: str, seed: str) -> OneLineEdgePage:
    """A one-line page built around ``edge`` (one of ``EDGES``), drawn from ``seed``."""
    pieces, expected = _page(ParagraphWriter(f"{seed}:{edge}"), edge)
    return OneLineEdgePage(edge, " ".join(pieces), tuple(expected))
