"""Page furniture and look-alike titles right above a page's first paragraph, as the coverage survey of real
pages met them (``benchmarks/coverage_survey.py``): a line of the site's frame the line cleaner leaves text in,
or the title of a document that is no report, standing on its own line with no stop after it. A reader sees
the first paragraph start below it; nianbao must not glue the two together. All wording is nianbao's own.

- ``furniture_page(rep, kind)``: the report's title, one furniture line of ``kind`` (``FURNITURE_KINDS``),
  then the report's narrative lines up to its first table;
- ``look_alike_page(seed, kind)``: a summary, work points, a guide, a plan… titled in one of
  ``LOOK_ALIKE_KINDS``'s ways, its first paragraph and a few items.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

FURNITURE: dict[str, tuple[str, ...]] = {
    "font_share_bar": ("字体大小：A+ A A-  分享： 打印", "字体：大 中 小   分享：", "【字体：大 中 小】 分享到： 打印"),
    "document_site_bar": ("{date} 10:21:09   某某文档网     [ 字体： ] [ 阅读： ] [ 文档下载 ]",
                          "[ 字体：] [ 阅读：{n} ] [ 文档下载 ]"),
    "forum_bar": ("发表于 {date} 09:12:14 | 只看该作者 | 显示全部楼层 |阅读模式", "显示全部楼层 | 阅读模式"),
    "view_count": ("作者：办公室   发布日期：{date}   浏览：{n}次", "供稿：{agency}   编辑：办公室   浏览：{n}次"),
    "site_address": ("{place}人民政府网 www.{domain}.gov.cn 选择阅读", "网址：http://www.{domain}.gov.cn/"),
    "mail_address": ("电子邮箱：office@{domain}.gov.cn", "邮件：xxgk@{domain}.gov.cn"),
    "site_menu": ("首  页  走进{place}  新闻中心  政府信息公开  政务服务  互动交流", "首页 政务公开 政务服务 互动交流 走进{place}"),
    "copyright": ("版权所有：{agency}", "Copyright 版权所有 {agency}  备案号 ICP备{n}号"),
    "bare_heading": ("引言", "前言"),
}
FURNITURE_KINDS = tuple(FURNITURE)

LOOK_ALIKE: dict[str, tuple[str, ...]] = {
    "summary": ("{place}{year}年政务公开工作总结", "{agency}{year}年度政务公开工作总结"),
    "work_points": ("{place}{year}年政务公开工作要点", "{agency}{year}年政务公开重点工作要点"),
    "guide": ("{agency}政府信息公开指南", "{agency}信息公开指南（{year}年修订）"),
    "plan": ("{agency}{year}年政务公开工作实施方案", "{place}{year}年政务公开工作方案"),
    "rule_of_law": ("{place}{year}年度法治政府建设情况报告",),
    "work_report": ("{place}{year}年政府工作报告-{n}篇(第{k}/{m}页)", "{place}{year}年政府工作报告"),
    "summary_decorated": ("街道政务公开工作总结{n}字（篇{k}）", "政务公开年度工作总结篇{k}政务公开年度工作总结篇{m}",
                          "{year}年政务公开工作总结【{place}政务公开工作总结】.docx",
                          "{agency}{year}年度政务公开工作总结——以公开促规范以透明惠民生",
                          "{agency}{year}年政府信息公开工作总结和{next}年工作思路", "{year}年政务公开工作总结汇编（{k}篇）"),
}
LOOK_ALIKE_KINDS = tuple(LOOK_ALIKE)

_OPENINGS = (
    "{year}年，{agency}在上级部门的指导下，认真落实政务公开各项要求，公开工作有序推进，现将有关情况总结如下：",
    "为进一步做好{place}政务公开工作，提升公开质量和实效，结合本地实际，制定本方案。",
    "{year}年以来，我单位围绕中心工作，持续加大信息公开力度，不断拓宽公开渠道，取得了一定成效。",
    "近年来，{place}坚持以公开促落实、以公开促规范，把政务公开作为转变作风的一项重要抓手。",
)
_ITEMS = ("一、主要做法", "全年通过门户网站公开各类信息{n}条，及时回应群众关切。", "二、存在问题",
          "公开内容的深度和广度还需进一步拓展。")


def _fill(rng: random.Random, agency: str, place: str, year: int) -> dict[str, object]:
    return {"agency": agency, "place": place, "year": year, "next": year + 1, "n": rng.randint(12, 3000),
            "k": rng.randint(1, 9), "m": rng.randint(10, 30), "date": f"{year + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}",
            "domain": f"site{rng.randint(100, 999)}"}


def furniture_page(rep: Report, kind: str) -> tuple[list[str], str]:
    """The lines of ``rep``'s page with a furniture line of ``kind`` under its title, and the report's first
    paragraph, which must come out whole."""
    rng = random.Random(f"{rep.seed}:furniture:{kind}")
    a = rep.agency
    line = rng.choice(FURNITURE[kind]).format(**_fill(rng, a.name, a.region, rep.year))
    body: list[str] = []
    for block in rep.blocks:
        if block.kind == "table":
            break
        body.append(block.text)
    first = next(b.text for b in rep.blocks if b.kind == "para")
    return [f"{a.name}{rep.year}年政府信息公开工作年度报告", line, *body], first


def look_alike_page(seed: str, index: int, kind: str, agency: str, place: str, year: int) -> tuple[list[str], str]:
    """The lines of a document that is no report, titled in one of ``kind``'s ways, and its first paragraph."""
    rng = random.Random(f"{seed}:{index}:look-alike:{kind}")
    fill = _fill(rng, agency, place, year)
    title = rng.choice(LOOK_ALIKE[kind]).format(**fill)
    first = rng.choice(_OPENINGS).format(**fill)
    return [title, first, *(t.format(**fill) for t in _ITEMS)], first
