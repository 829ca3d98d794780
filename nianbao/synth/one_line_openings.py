"""A report page a crawler ran into one line, built around an edge the portal's frame or a pre-2019 page's layout
hides (``layout/crawled.py`` and ``layout/headings.sub_heading`` read each back): the first paragraph opening on its
year and a comma after the frame, the stock preamble after a reading tool's label, the preamble after a space as the
line's only sign of kept breaks, prose after the frame's date or clock time, a list of 一是 items after a colon, a
numbered list's first item opening on a heading at a space, a bracketed numeral written as one character ('㈠') or
with its opening bracket lost ('三)'), a heading whose year a PDF spaced from its 年 ('（一）2023 年…'), a pre-2019
page's title before a sentence of its own, a pre-2019 page's paragraphs opening on the year one after another, and a
pre-2019 page's long run-in sub-heading (two or three things named, two phrases a comma joins, a colon's end, letters
spaced out) ending at a space before its text. Each page comes with the pieces its line must be cut into and the run-in headings its
pieces must open on. The wording is invented; the agency and numbers are drawn."""

from __future__ import annotations

from dataclasses import dataclass

from nianbao.synth.one_line_edges import ParagraphWriter

EDGES = ("year_after_frame", "preamble_after_tool", "preamble_only_sign", "prose_after_stamp", "items_after_colon",
         "item_heading_after_colon", "lost_bracket", "one_char_numeral", "spaced_year_heading",
         "old_title_then_sentence", "old_long_run_in", "old_spaced_run_in", "old_year_run")

# A portal's frame before the report's first paragraph, its last words no sentence's: a field with an empty value or
# a date, a font switch, the share and scan tools.
_FRAMES = ("发布时间：{y1}-01-2{d} 字体：[ ]", "来源：{a} 字号：[大 中 小]", "浏览次数：{n} 扫一扫在手机打开当前页",
           "【打印本页】【关闭窗口】 分享到 微信 微博", "日期：{y1}-02-0{d} 10:3{d} 登录 个人中心")
_TOOLS = ("有声朗读：", "语音播报：", "语音朗读：")
_STAMPS = ("发布日期：{y1}-0{d}-1{d} 09:3{d} •", "时间:{y1}/0{d}/2{d}", "更新时间：1{d}:0{d}:2{d} |", "日期：{y1}-0{d}-0{d}")
# A list item's heading-like first sentence ('一是加强组织领导。') and the sentences under it.
_ITEM_LEADS = ("加强组织领导", "完善工作制度", "规范发布流程", "强化监督考核", "拓宽公开渠道")
_CHAR_NUMERALS = "㈠㈡㈢㈣㈤"
_SECTION_FIVE = "五、存在的主要问题及改进情况"
_PREAMBLE = ("根据《中华人民共和国政府信息公开条例》要求，{a}编制了{y}年度政府信息公开工作年度报告，"
             "所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。")
# A pre-2019 report's own opening sentence after its title (no stock preamble's word).
_OLD_OPENINGS = ("自政府信息公开工作开展以来，", "为进一步做好政府信息公开工作，", "过去一年，", "一年来，")
# Long sub-headings of a pre-2019 report's parts: several things named, two phrases, a colon's end, spaced letters.
_LONG_HEADINGS = ("公开工作的基本情况、主要做法和成效", "组织领导、工作机构和制度建设情况", "突出重点，主动公开",
                  "健全机制，规范运行", "公开的主要内容：", "主动公开政府信息的数量、类别和形式")
# The old outline's first part with its letters spaced out, as some pages set a short heading.
_SPACED_FIRST = ("一、概  述", "一、概 述", "一、引 言", "一、引  言")


@dataclass(frozen=True)
class OneLineOpeningPage:
    """One page: the crawler's one line (no title line above it), whether it is a pre-2019 report's, the pieces the
    line must be cut into (each must come back whole) and the run-in headings those pieces open on, in order."""

    edge: str
    line: str
    pieces: tuple[str, ...]
    old: bool = False
    run_in: tuple[str, ...] = ()


def _marked(w: ParagraphWriter, k: int, heading: str) -> str:
    """A heading of the old outline's second level ('（一）…'), or its first's ('二、…') for two phrases."""
    return f"{'二三四五六'[k]}、{heading}" if "，" in heading else f"{w.bracket(k + 1)}{heading}"


def _page(w: ParagraphWriter, edge: str) -> tuple[list[str], list[str], bool, list[str]]:
    """The page's pieces in reading order, those the test must find, whether it is pre-2019, its run-in headings."""
    rng, y = w.rng, w.year
    preamble = _PREAMBLE.format(a=w.agency, y=y)
    if edge == "year_after_frame":
        frame = rng.choice(_FRAMES).format(y1=y + 1, d=rng.randint(1, 9), a=w.agency, n=rng.randint(10, 9999))
        body = w.paragraph(f"{y}年{rng.choice(('', '度'))}，")
        return [frame, body, "一、总体情况", *w.filler(4)], [body], False, []
    if edge == "preamble_after_tool":
        frame = f"发布时间：{y + 1}-01-1{rng.randint(1, 9)} {rng.choice(_TOOLS)}"
        return [frame, preamble, "一、总体情况", *w.filler(4)], [preamble], False, []
    if edge == "preamble_only_sign":
        # Every paragraph after the preamble opens on '(' or a digit: no sentence's end then a space and Chinese text,
        # no section heading after a space; the space before the preamble alone tells the line kept its breaks.
        frame = f"【字体：大 中 小】 来源：{w.agency}"
        items = [f"({'一二三'[k]}){w.paragraph()}" for k in range(2)] + [f"{k}.{w.paragraph()}" for k in (1, 2)]
        return [frame, preamble, *items], [preamble], False, []
    if edge == "prose_after_stamp":
        stamp = rng.choice(_STAMPS).format(y1=y + 1, d=rng.randint(1, 9))
        body = w.paragraph(rng.choice(("为做好政务公开工作，", "按照上级的统一部署，", "")))
        title = f"{w.agency}{y}年政府信息公开工作年度报告"
        return [title, stamp, body, "一、总体情况", *w.filler(4)], [body], False, []
    if edge == "items_after_colon":
        intro = f"{w.sentence()[:-1]}，采取的主要措施有："
        items = [f"{'一二三'[k]}是{lead}。{w.paragraph()}" for k, lead in enumerate(rng.sample(_ITEM_LEADS, 3))]
        return ["一、总体情况", *w.filler(1), intro, *items], items, False, []
    if edge == "item_heading_after_colon":
        intro = f"现将{w.agency}{y}年度政府信息公开工作报告如下："
        # The item's text holds a semicolon before its stop: only its heading tells it is a paragraph.
        text = f"{y}年{w.agency}主动公开政府信息{rng.randint(20, 900)}条；{w.sentence()}"
        heading = f"{w.bracket(1)}主动公开情况"
        return [*w.filler(3), intro, heading, text, *w.filler(1)], [heading, text], False, []
    if edge == "lost_bracket":
        k = rng.randint(2, 4)
        heading = f"{'一二三四五'[k]}){rng.choice(('政府信息管理情况', '平台建设情况', '监督保障情况'))}"
        body = w.paragraph()
        return ["一、总体情况", *w.filler(3), heading, body, *w.filler(1)], [heading, body], False, []
    if edge == "one_char_numeral":
        intro = f"{w.sentence()[:-1]}，主要做了以下几项工作："
        items = [f"{_CHAR_NUMERALS[k]}{lead}。{w.paragraph()}" for k, lead in enumerate(rng.sample(_ITEM_LEADS, 3))]
        return ["一、总体情况", *w.filler(1), intro, *items], items, False, []
    if edge == "spaced_year_heading":
        heading = f"{w.bracket(1)}{y - 1} 年{rng.choice(('存在问题整改情况', '问题整改落实情况', '工作存在的问题'))}"
        body = w.paragraph()
        return [*w.filler(4), _SECTION_FIVE, heading, body], [heading, body], False, []
    y = rng.randint(2009, 2017)
    title = f"{w.agency}{y}年政府信息公开工作年度报告"
    if edge == "old_title_then_sentence":
        body = w.paragraph(rng.choice(_OLD_OPENINGS))
        return [title, body, "一、概述", *w.filler(4)], [title, body], True, []
    if edge == "old_long_run_in":
        headings = [_marked(w, k, h) for k, h in enumerate(rng.sample(_LONG_HEADINGS, 2))]
        parts = [f"{h} {w.paragraph(f'{y}年，')}" for h in headings]
        return [title, "一、概述", *w.filler(1), *parts, *w.filler(1)], parts, True, headings
    if edge == "old_spaced_run_in":
        heading = rng.choice(_SPACED_FIRST)
        part = f"{heading} {w.paragraph(rng.choice(('', f'{y}年，')))}"
        return [title, part, *w.filler(4)], [part], True, [heading]
    if edge == "old_year_run":
        runs = [f"{y}年，{w.agency}{rng.choice(('主动公开政府信息', '更新公开栏目', '答复群众咨询'))}{rng.randint(2, 900)}"
                f"{rng.choice('条项次')}。{w.sentence()}" for _ in range(rng.randint(2, 3))]
        return [title, f"一、概述 {runs[0]}", *runs[1:], *w.filler(3)], [f"一、概述 {runs[0]}", *runs[1:]], True, []
    raise ValueError(f"unknown edge {edge!r}; known: {', '.join(EDGES)}")


def one_line_opening_page(edge: str, seed: str) -> OneLineOpeningPage:
    """A one-line page built around ``edge`` (one of ``EDGES``), drawn from ``seed``."""
    pieces, expected, old, run_in = _page(ParagraphWriter(f"{seed}:{edge}"), edge)
    return OneLineOpeningPage(edge, " ".join(pieces), tuple(expected), old, tuple(run_in))
