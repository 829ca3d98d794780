"""Page shapes of detect15's classes: an untitled report (or a mirror's middle page) opening at the format's
一、总体情况 whose overview goes on in items of the body's own on 公开 work rather than the format's five, and a
document site's piece numbered in its bundle. Every sentence is nianbao's own. Each report shape gives
(lines, None, year): no body is named.

Report (``OWN_ITEMS_KINDS``, written in the ``hidden`` family by ``OWN_ITEMS_SHAPES``):

- ``own_items_overview`` (heldout39/19): a page opening at 一、总体情况, its first two items headed in the body's own
  words on 公开 work ('（一）依法依规公开各类业务信息。…', '（二）持续深化重点领域信息公开。…'), the year said only in
  an item's text; simplified or as a traditional-character mirror writes it.

Look-alikes (``OWN_ITEMS_LOOKALIKE_KINDS``, bare lines):

- ``numbered_piece`` (detect15/33): a document site's bundle whose first piece is a report, headed '第一篇：YEAR年某局
  政府信息公开工作年度报告' (or '篇一：…'), its preamble speaking of itself as the report;
- ``own_items_account``: a year-end 总结 laid out as ``own_items_overview``, its lead saying '现将…总结如下';
- ``own_items_other_work``: a year's account opening at 一、总体情况 whose items are headed on other work (法治宣传,
  安全生产, 营商环境), one of them naming 公开 in its text only.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report
from nianbao.synth.portal import traditional

OWN_ITEMS_KINDS = ("own_items_overview",)
OWN_ITEMS_LOOKALIKE_KINDS = ("numbered_piece", "own_items_account", "own_items_other_work")

_FIRST = ("依法依规公开各类业务信息", "扎实做好主动公开工作", "全面规范公开各类规划信息", "持续推进决策公开")
_SECOND = ("持续深化重点领域信息公开", "着力加强政策解读和公开", "不断拓展信息公开渠道", "依法做好申请公开答复")
_FIRST_TEXT = ("局党组高度重视政务公开工作，把公开工作纳入年度考核，做到常议常抓。",
               "我单位细化各科室公开责任，对每条拟发布信息坚持先审后发、专人把关。")
_SECOND_TEXT = ("围绕群众关心的民生事项，通过门户网站和政务新媒体及时发布信息{n}条。",
                "全年通过公开栏、微信公众号和门户网站发布各类政务信息{n}条，回应群众关切。")
_PIECE_BODIES = ("市文化局", "区统计局", "县水利局", "市民政局")


def _own_items_overview(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = max(rep.year, 2019)  # the format's first heading 总体情况 is the 2019 outline's
    lines = ["一、总体情况", f"（一）{rng.choice(_FIRST)}。{rng.choice(_FIRST_TEXT)}",
             f"（二）{rng.choice(_SECOND)}。{year}年1月1日以来，" + rng.choice(_SECOND_TEXT).format(n=rng.randint(20, 900))]
    if rng.random() < 0.5:
        lines = [traditional(line) for line in lines]
    return lines, None, year


def _numbered_piece(rng: random.Random) -> list[str]:
    year, body = rng.randint(2008, 2024), rng.choice(_PIECE_BODIES)
    marker = rng.choice(("第一篇：", "第一篇:", "篇一："))
    return [f"{marker}{year}年{body}政府信息公开工作年度报告",
            f"本报告是根据政府信息公开条例的要求，由{body}编制的{year}年度政府信息公开工作年度报告。"
            f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。",
            "一、概述" if year < 2019 else "一、总体情况",
            f"{year}年，{body}主动公开政府信息{rng.randint(20, 800)}条，收到政府信息公开申请{rng.randint(0, 20)}件。"]


def _own_items_account(rng: random.Random) -> list[str]:
    year = rng.randint(2019, 2025)
    return ["一、总体情况", f"{year}年，我局在上级的正确领导下扎实推进政务公开工作，现将全年工作总结如下：",
            f"（一）{rng.choice(_FIRST)}。{rng.choice(_FIRST_TEXT)}", f"（二）{rng.choice(_SECOND)}。"
            + rng.choice(_SECOND_TEXT).format(n=rng.randint(20, 900))]


_OTHER_ITEMS = ("深入开展法治宣传教育", "认真抓好安全生产工作", "持续优化营商环境", "扎实推进乡村振兴")


def _own_items_other_work(rng: random.Random) -> list[str]:
    year = rng.randint(2019, 2025)
    first, second = rng.sample(_OTHER_ITEMS, 2)
    return ["一、总体情况", f"（一）{first}。{year}年，我局组织开展各类活动{rng.randint(5, 60)}场次，并在门户网站公开活动信息。",
            f"（二）{second}。全年排查整治问题{rng.randint(10, 300)}个，均已整改到位。"]


OWN_ITEMS_SHAPES = {"own_items_overview": _own_items_overview}
OWN_ITEMS_LOOKALIKES = {"numbered_piece": _numbered_piece, "own_items_account": _own_items_account,
                        "own_items_other_work": _own_items_other_work}
