"""Page shapes for detect13's classes (its survey of 94 fresh pages): a pre-2019 report whose first part is the old
outline's 概述 with the work it tells of named ('一、政府信息公开工作概述'), cut inside it under a lead that may call the
report a 汇报; a university's report in the 高等学校信息公开办法's outline (概述, 依申请公开和不予公开 …), whose academic
year, not its headings, says whether it is older than the 2019 formats; and a notice on the reports that lists the old
outline's parts as its own numbered lines. Every sentence is nianbao's own.

Reports (``NAMED_KINDS``, written in the ``hidden`` family by ``NAMED_SHAPES``: (lines, None, year)):

- ``named_overview_cut``: an untitled page of 2009–2018, a lead on the body's year of 政府信息公开 work ending
  '现将…工作汇报如下：' or '…报告如下：', then '一、政府信息公开工作概述' (or '一、政府信息公开概述', '一、信息公开工作概述')
  and a paragraph or two of the overview, cut there: a partial report in the pre-2019 format; or a lead citing the 条例
  with no year, the year named only in the heading ('一、2016年度政府信息公开工作概述');
- ``school_outline``: a university's report over an academic year ('YEAR-YEAR学年', its period 9月1日 to 8月31日), its
  parts 一、概述 … 三、依申请公开和不予公开情况 …, naming no body: a report of the year its academic year ends in, in the pre-2019
  format only where its academic year ends before 2019 (``school_year_end`` tells which).

Look-alikes (``NAMED_LOOKALIKE_KINDS``, bare lines): ``outline_notice``, a county office's notice asking for the year's
reports whose body lists the parts a report must have as numbered lines, '一、政府信息公开工作概述' among them; and
``report_bundle`` (detect13b), a document site's bundle of pieces under a report's name ('…工作报告（共6篇）', then
'篇1：…'), the first piece read as a report's opening.
"""

from __future__ import annotations

import random
import re

from nianbao.synth.model import Report

NAMED_KINDS = ("named_overview_cut", "school_outline")
NAMED_LOOKALIKE_KINDS = ("outline_notice", "report_bundle")

_OVERVIEW_HEADINGS = ("一、政府信息公开工作概述", "一、政府信息公开概述", "一、信息公开工作概述")
_BODIES = ("我镇", "我乡", "我街道", "我局", "我办")
_LEAD_WORK = ("在上级的统一部署下，认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作",
              "围绕中心工作，不断健全政府信息公开制度，规范公开程序，政府信息公开工作取得了一定成效",
              "按照区委、区政府的要求，加强组织领导，稳步推进政府信息公开各项工作")
_ENDINGS = ("现将{body}{year}年度政府信息公开工作汇报如下：", "现将{body}{year}年政府信息公开工作情况报告如下：",
            "现将{year}年度政府信息公开工作有关情况汇报如下：")
_OVERVIEW_TEXT = ("{year}年，{body}成立了政府信息公开工作领导小组，明确一名分管领导和一名工作人员负责日常工作，"
                  "做到有人管事、有人做事。",
                  "{year}年，{body}对政府信息公开指南和目录进行了全面梳理，及时更新公开内容，保证公开信息准确完整。")
_ITEMS = ("（一）健全工作机制。制定了主动公开、依申请公开和保密审查等工作制度。",
          "（二）加强学习培训。组织工作人员学习《条例》，提高业务水平。")


def _named_overview_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rng.randint(2009, 2018), rng.choice(_BODIES)
    if rng.random() < 0.5:
        lead = f"{year}年，{body}{rng.choice(_LEAD_WORK)}。" + rng.choice(_ENDINGS).format(body=body, year=year)
        heading, text = rng.choice(_OVERVIEW_HEADINGS), rng.choice(_OVERVIEW_TEXT).format(year=year, body=body)
    else:  # the year named in the heading only: '一、2016年度政府信息公开工作概述'
        lead = f"根据《中华人民共和国政府信息公开条例》要求，现将{body}政府信息公开工作情况{rng.choice(('汇报', '报告'))}如下："
        heading = f"一、{year}年{rng.choice(('', '度'))}{rng.choice(_OVERVIEW_HEADINGS)[2:]}"
        text = rng.choice(_OVERVIEW_TEXT).format(year="全年", body=body).replace("全年年，", "全年，")
    lines = [lead, heading, text]
    lines += list(_ITEMS[:rng.randint(0, 2)])
    return lines, None, year


_SCHOOL_PARTS = ("二、主动公开信息情况", "三、依申请公开和不予公开情况", "四、对信息公开的评议情况",
                 "五、因信息公开工作受到举报、复议、诉讼的情况")


def _school_outline(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    # the academic year ends in the report's year, or in a year before 2019 (the old outline's own years)
    start = rng.choice((rep.year - 1, rng.randint(2012, 2017)))
    term = f"{start}-{start + 1}学年"
    lines = [rng.choice((f"{term}信息公开工作年度报告", f"{term}度信息公开年报")),
             f"按照《高等学校信息公开办法》的要求，学校根据{start}年9月1日至{start + 1}年8月31日信息公开工作的实际情况"
             "编写了本报告。报告包括概述、主动公开信息情况、依申请公开和不予公开情况等部分。",
             "一、概述", f"{term}，学校坚持以公开为常态、不公开为例外，进一步完善信息公开工作机制。",
             *_SCHOOL_PARTS[:rng.randint(1, len(_SCHOOL_PARTS))]]
    return lines, None, start + 1


def school_year_end(lines: tuple[str, ...] | list[str]) -> int | None:
    """The year in which a ``school_outline`` page's academic year ends (what decides its format), or None."""
    m = re.search(r"\d{4}-(\d{4})学年", "\n".join(lines))
    return int(m.group(1)) if m else None


def _outline_notice(rng: random.Random) -> list[str]:
    year = rng.randint(2010, 2018)
    return [f"关于做好{year}年度政府信息公开工作年度报告编制工作的通知",
            "各乡镇人民政府，县政府各部门：",
            f"为做好{year}年度政府信息公开工作年度报告的编制和公布工作，现将有关事项通知如下。年度报告应包括以下部分：",
            "一、政府信息公开工作概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况",
            f"请各单位于{year + 1}年3月31日前在门户网站公布本单位年度报告，并报县政府办公室备案。"]


def _report_bundle(rng: random.Random) -> list[str]:
    year, body = rng.randint(2012, 2024), rng.choice(_BODIES)
    name = rng.choice((f"{year}年政府信息公开工作年度报告", f"{year}乡镇政府信息公开工作报告", f"{year}年度信息公开工作报告"))
    lines = [rng.choice((f"{name}（共{rng.randint(3, 30)}篇）", f"{name}({rng.randint(3, 30)}篇)")),
             f"篇{rng.choice(('1', '一'))}：{name}",
             f"{year}年，{body}{rng.choice(_LEAD_WORK)}。现将有关情况报告如下：", "一、总体情况",
             rng.choice(_OVERVIEW_TEXT).format(year=year, body=body)]
    if rng.random() < 0.5:
        lines.append(f"篇2：{name}")
    return lines


NAMED_SHAPES = {"named_overview_cut": _named_overview_cut, "school_outline": _school_outline}
NAMED_LOOKALIKES = {"outline_notice": _outline_notice, "report_bundle": _report_bundle}
