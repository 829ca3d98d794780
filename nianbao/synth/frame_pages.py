"""Pages whose portal frame sits under the title, between it and the report (invented wording; the shapes are
those of crawled portal pages): a metadata block as 'key：value' runs, or flattened from a table of fields with
its keys spaced out to a column's width and no colons ('索  引  号 …', '来        源 某局'), its title field
repeating the title; a breadcrumb a converter set as an ordered list ('1. 当前位置:' / '2. 首页 > …' /
'3. > 正文'); a font switch and a share bar, or a share bar set as a bulleted list ('• 打印'); a block with
half-width colons whose date goes by 发文日期 or 公开日期. None of it is narrative: ``framed_page`` returns the page text
and the paragraphs it must yield, no more and no fewer.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

_BREADCRUMB = ("1. 当前位置:", "2. 首页 > 政务公开 > 政府信息公开年报", "3. > 正文")
_TOOLS = ("【字体：大 中 小】", "分享到：", "【打印本页】 【关闭窗口】", "字号：[ 大 中 小 ]")
# A share bar a crawler set as a bulleted list, a word or a bar a line ('  • 字号:' / '  • |' / '  • 打印').
_BULLETED_TOOLS = ("  • 字号:", "  • |", "  • 打印", "  • 关闭", "  · 收藏")
_PREAMBLE = ("本报告根据《中华人民共和国政府信息公开条例》的要求编制，由总体情况、主动公开政府信息情况等六部分组成。",
             "本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。如对本报告有疑问，请与{a}办公室联系。")
_OVERVIEW = ("{y}年，{a}把政务公开列入全年重点工作，逐条对照公开目录更新信息，做到应公开尽公开。",
             "我们坚持先审后发，对拟公开的文件逐件作保密审查，全年未发生泄密和不当公开情况。")


def _spaced(key: str, width: int) -> str:
    """A key spaced out to a column's width, as a table of fields flattened to text sets it ('来        源')."""
    if len(key) == 4 or width == 0:
        return key
    gap = " " * width
    return gap.join(key)


def _metadata_block(rng: random.Random, rep: Report) -> list[str]:
    code = f"{rng.randint(10000, 99999)}-{rep.year + 1}-{rng.randint(1, 999):06d}"
    date = f"{rep.year + 1}-01-{rng.randint(10, 31):02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    draw = rng.random()
    if draw < 0.35:
        return [f"索引号：{code}  主题分类：综合政务", f"发布机构：{rep.agency.name}  发布日期：{date}",
                "文号：  有效性：有效", f"来源：{rep.agency.name}", f"标题：{rep.title}"]
    if draw < 0.6:  # half-width colons, the date under the names a portal gives it (发文日期, 公开日期)
        key = rng.choice(("发文日期", "公开日期"))
        return [f"标题: {rep.title}", f"索引号: {code} 文号: 无文号", f"{key}: {date[:10]} 发布机构: {rep.agency.name}"]
    w = rng.choice((1, 2, 4, 8))
    return [f"{_spaced('索引号', w)} {code} 主题分类", f"发布机构 {rep.agency.name} 发布日期 {date}",
            f"{_spaced('文号', w)} 〔〕号 {_spaced('有效性', rng.choice((0, 1, 2)))}", f"{_spaced('来源', w)} {rep.agency.name}",
            f"{_spaced('名称', w)} {rep.title}"]


def framed_page(rng: random.Random, rep: Report) -> tuple[str, list[str]]:
    """A report's page with its frame under the title; the page text and the paragraphs it must yield."""
    y, a = rep.year, rep.agency.name
    frame = _metadata_block(rng, rep) + rng.sample(_TOOLS, rng.randint(0, 2))
    rng.shuffle(frame)
    if rng.random() < 0.4:
        frame += list(_BULLETED_TOOLS[:rng.randint(2, len(_BULLETED_TOOLS))])
    top = list(_BREADCRUMB) if rng.random() < 0.5 else []
    under = list(_BREADCRUMB) if not top and rng.random() < 0.5 else []
    preamble = [p.format(y=y, a=a) for p in _PREAMBLE]
    overview = [p.format(y=y, a=a) for p in _OVERVIEW]
    lines = [*top, rep.title, *under, *frame, *preamble, "一、总体情况", *overview,
             "二、主动公开政府信息情况"]
    return "\n".join(lines), [*preamble, *overview]
