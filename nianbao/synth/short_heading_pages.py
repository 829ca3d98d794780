"""Page shapes for detect27's classes (the survey34 check and issue 14's cut-page probe): a report cut to its overview
whose next heading is the format's in short, a pre-2019 report's middle numbered in Arabic figures, and the year-end
account laid out like the first. Every sentence is nianbao's own.

Reports (``SHORT_KINDS``, written in the ``hidden`` family by ``SHORT_SHAPES``: (lines, None, year)):

- ``short_heading_cut``: an untitled page opening at 一、总体情况, its lead on the year's 公开 work (ending
  '…情况总结如下', '…报告如下' or on the work itself), then the format's second heading in short ('二、主动公开情况',
  '二、政府信息主动公开情况') with a line under it or none;
- ``old_middle_numbered``: a pre-2019 report's middle page opening at a numbered item, its sub-items in Arabic figures
  ('2、公开形式'), the old outline's '（二）依申请公开的政府信息情况' and the year's figures told as '发布政府信息N条' or
  '共收到申请政府信息公开N件'.

Look-alike (``SHORT_LOOKALIKE_KINDS``, bare lines): ``short_heading_account``, the ``short_heading_cut`` page whose lead
or overview says it is a year-end account ('现将…政务公开工作总结如下', '…汇报如下').
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

SHORT_KINDS = ("short_heading_cut", "old_middle_numbered")
SHORT_LOOKALIKE_KINDS = ("short_heading_account",)

_BODIES = ("我局", "我委", "本局", "我镇", "我中心")
_SHORT_HEADINGS = ("二、主动公开情况", "二、政府信息主动公开情况", "二、主动公开信息情况")
_WORK = ("深入推进决策、执行、管理、服务和结果公开，加强政策解读，及时回应社会关切",
         "认真落实政务公开各项要求，不断拓宽公开渠道，增强公开实效",
         "扎实推进政府信息公开工作，规范公开流程，保障群众知情权")


def _lead(rng: random.Random, year: int, body: str, ending: str) -> str:
    return f"{year}年，{body}{rng.choice(_WORK)}。{ending}"


def _short_heading_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    ending = rng.choice(("", f"现将{year}年政府信息公开工作情况总结如下：", "现将有关情况报告如下："))
    lines = ["一、总体情况", _lead(rng, year, body, ending), rng.choice(_SHORT_HEADINGS)]
    if rng.random() < 0.5:
        lines.append(f"{year}年，{body}通过门户网站发布各类政务信息{rng.randint(20, 9000)}条。")
    return lines, None, year


def _old_middle_numbered(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rng.randint(2009, 2018)
    return [f"({rng.randint(2, 4)})市政府重点工作及为民办实事项目", f"({rng.randint(5, 8)})市政府人事任免",
            "2、公开形式", f"(1)政府网站。{year}年度，门户网站共发布政府信息{rng.randint(100, 3000)}条。",
            "(二)依申请公开的政府信息情况",
            f"{year}年度，全市共收到申请政府信息公开{rng.randint(3, 90)}件，均及时给予了答复。"], None, year


def _short_heading_account(rng: random.Random) -> list[str]:
    year, body = rng.randint(2010, 2024), rng.choice(_BODIES)
    ending = rng.choice((f"现将{year}年政务公开工作总结如下：", "现将有关情况汇报如下：", "现将全年政务公开工作总结如下："))
    return ["一、总体情况", _lead(rng, year, body, ending), rng.choice(_SHORT_HEADINGS),
            f"{body}通过门户网站和公开栏公开各类信息{rng.randint(20, 900)}条。"]


SHORT_SHAPES = {"short_heading_cut": _short_heading_cut, "old_middle_numbered": _old_middle_numbered}
SHORT_LOOKALIKES = {"short_heading_account": _short_heading_account}
