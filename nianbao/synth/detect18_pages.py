"""Page shapes of the detect18 classes: a report's body known without its title, a cited notice wrapped onto lines of
its own, and the year of a period written loosely or of a period and overview agreeing against a title one year off.
Places are real divisions drawn from the gazetteer (``nianbao.synth.sealed17_pages``); every sentence is nianbao's
own. Each report shape gives (lines, agency, year) — agency None where the page names no body.

Reports (``DETECT18_KINDS``, the ``hidden`` family):

- ``compiled_preamble``: an untitled page whose preamble says '编制完成本报告' (or '编写完成本报告'), then 一、总体情况
  in an item of the body's own, no year in its lead but the period's (``report_words``);
- ``unnumbered_old_part``: a wiki's repost of a pre-2019 report, often in traditional characters, opening at its first
  part's heading without a number ('工作开展情况', '概述', '基本情况'), a lead on the year's 政府信息公开 work, then
  unnumbered sub-headings of its own (``detect._untitled_old_account``);
- ``old_overview_items``: a pre-2019 report cut to its first part ('一、政府信息公开基本情况') under a site's search box, its
  items the old outline's overview (organisation, 指南 and 目录, reading rooms, training), no year stated: a report
  whose year is unknown (``detect._old_overview_cut``);
- ``wrapped_citation``: an untitled report hard-wrapped at a page's width through its preamble's cited notices, so that
  a line opens or ends inside a notice's name ('关于做好…', '…的通知》') (``lookalikes.inside_citation``);
- ``loose_period``: a report titled without its year whose only year is its period, written loosely ('2021.1.1-
  2021.12.31', '2021年l月l日', '2021/01/01', '2021年1-12月') (``report_year``);
- ``title_year_off``: a repost whose title is a year behind the period and the overview's own year (``stated``);
- ``data_period_preamble``: an untitled page whose preamble gives its data's period with the 本 dropped ('报告统计数据
  时间为…', '报告所列数据的统计期限为…'), then 一、总体情况 (``report_words``);
- ``format_items_no_year``: an untitled page opening at 一、总体情况 whose items after a first of its own are the format's
  (（二）主动公开, （三）依申请公开), no year said anywhere: a report whose year is unknown (``detect``).

Look-alikes (``DETECT18_LOOKALIKE_KINDS``, bare lines): ``unnumbered_summary`` (``unnumbered_old_part`` saying
'现将…总结如下'), ``old_items_summary`` (``old_overview_items`` closing on '以上是…工作总结', or with no 指南, 目录 or
reading room among its items), ``wrapped_notice`` (the notice itself, titled on its own line, hard-wrapped, its body citing its superior's notice of
the same name in brackets), ``format_items_summary`` (``format_items_no_year`` whose lead says it is a 总结 or 汇报),
``key_points_account`` (an account of the year's 政务公开工作要点 carried out, '某州2017年政务公开工作要点落实情况报告',
posted in a portal's 年报 column and telling the year's disclosure work).
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report
from nianbao.synth.portal import traditional
from nianbao.synth.sealed17_pages import _counties, _place

DETECT18_KINDS = ("compiled_preamble", "unnumbered_old_part", "old_overview_items", "wrapped_citation", "loose_period",
                  "title_year_off", "data_period_preamble", "format_items_no_year")
DETECT18_LOOKALIKE_KINDS = ("unnumbered_summary", "old_items_summary", "wrapped_notice", "format_items_summary",
                            "key_points_account")
DETECT18_OLD_KINDS = ("unnumbered_old_part",)

_DEPARTMENTS = ("交通运输局", "统计局", "审计局", "水利局", "民政局", "医疗保障局", "林业局", "商务局")
_COMPILED = ("编制完成本报告", "编写完成本报告", "制作完成本报告", "编制完成了本报告")
# the body's own items under 总体情况, not the format's (主动公开, 依申请公开…, which say 'report' alone)
_OWN_ITEMS = ("（一）加强领导，及时公开惠企信息。", "（一）完善栏目，做好便民信息公开。", "（一）压实责任，稳步推进公开工作。")
_OWN_ITEM_TEXTS = ("在网站更新了办事指南、办公地址和联系方式。", "发布了支持企业发展的若干措施等政策文件。",
                   "明确了各科室的公开职责和审核流程。")
_FIRST_PARTS = ("工作开展情况", "概述", "基本情况", "主要工作情况", "总体情况")
_OWN_HEADS = ("加强政府信息公开组织领导。", "完善政府信息公开工作制度。", "抓好重点领域信息公开。", "规范依申请公开办理。",
              "拓宽政府信息公开渠道。")
_OLD_ITEMS = (("领导机构建设情况", "县政府明确了牵头单位，配备了专职工作人员。"),
              ("《指南》和《目录》编制情况", "各部门按照要求修订完善了本单位的公开指南和公开目录。"),
              ("政府信息查阅场所建设情况", "在档案馆和图书馆设立了政府信息查阅点，方便群众查阅。"),
              ("工作机制建设情况", "建立了保密审查、信息发布协调等制度。"),
              ("宣传培训情况", "举办了政府信息公开业务培训班。"))
_CHROME = (["选择搜索类型", "请输入搜索"], ["站内搜索", "请输入关键词"], ["网站首页", "返回顶部"])
_LOOSE = ("{y}.1.1-{y}.12.31", "{y}年l月l日至{y}年12月31日", "{y}/01/01至{y}/12/31", "{y}年1-12月",
          "{y}年1月至12月")
_PERIOD_WORDS = ("统计期限为", "统计时间为", "统计时限：", "数据统计期限是")


def _cut_items(rng: random.Random, self_word: str) -> list[str]:
    return [f"（一）主动公开。全年{self_word}主动公开政府信息{rng.randint(20, 900)}条。",
            f"（二）依申请公开。全年收到政府信息公开申请{rng.randint(0, 30)}件，均按时答复。"]


def _compiled_preamble(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = [f"根据《中华人民共和国政府信息公开条例》和上级有关要求，{rng.choice(_COMPILED)}。报告中所列数据的统计时限自"
             f"{year}年1月1日至{year}年12月31日。", "一、总体情况",
             rng.choice(("本年度以来，", "一年来，")) + "园区围绕企业和群众关切，加大惠企政策和办事信息的公开力度。",
             rng.choice(_OWN_ITEMS) + rng.choice(_OWN_ITEM_TEXTS)]
    return lines, None, year


def _unnumbered_old_part(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    return _unnumbered_old_lines(rng)


def _unnumbered_old_lines(rng: random.Random) -> tuple[list[str], str, int]:
    year = rng.randint(2009, 2018)
    place = rng.choice(_counties())
    heads = rng.sample(_OWN_HEADS, 3)
    lines = [rng.choice(_FIRST_PARTS),
             f"{year}年，{place}认真贯彻落实《条例》，积极推进主动公开，不断深化依申请公开，政府信息公开工作稳步推进。",
             heads[0], f"{place}调整了政府信息公开领导小组，由分管副职任组长，各成员单位明确专人负责。",
             heads[1], "制定了政府信息公开保密审查和发布协调办法，明确了各环节的责任。", heads[2]]
    if rng.random() < 0.5:  # a traditional-character wiki repost
        lines = [traditional(t) for t in lines]
    return lines, place, year


def _old_overview_lines(rng: random.Random, tools: bool) -> list[str]:
    items = list(_OLD_ITEMS) if tools else [_OLD_ITEMS[0], _OLD_ITEMS[3], _OLD_ITEMS[4]]
    chosen = [items[0], *rng.sample(items[1:], 2)] if tools else items
    if tools and not any(k in name for name, _ in chosen for k in ("指南", "查阅")):
        chosen[1] = _OLD_ITEMS[rng.choice((1, 2))]
    return [*rng.choice(_CHROME), rng.choice(("一、政府信息公开基本情况", "一、政府信息公开总体工作情况", "一、概述")),
            *(f"（{'一二三四'[i]}）{name}。{text}" for i, (name, text) in enumerate(chosen))]


def _old_overview_items(rng: random.Random, rep: Report) -> tuple[list[str], None, None]:
    return _old_overview_lines(rng, tools=True), None, None


def _wrapped(lines: list[str], width: int) -> list[str]:
    return [line[i:i + width] for line in lines for i in range(0, len(line), width)]


def _wrapped_citation(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    place, year = _place(rng), rep.year
    issuer = rng.choice((f"《{place}人民政府办公室", "《国务院办公厅政府信息与政务公开办公室", f"《{place}政务公开领导小组办公室"))
    notice = rng.choice((f"关于做好{year}年度政府信息公开工作年度报告编制发布工作的通知》", "关于印发〈中华人民共和国政府信息公开工作"
                         "年度报告格式〉的通知》", f"关于报送{year}年度政府信息公开工作年度报告的通知》"))
    # untitled (the title left on the portal), wrapped at a page's width where the line breaks inside the notice's name:
    # before its 关于 or after its 的通知
    cut = rng.choice(("关于", "的通知"))
    at = notice.index(cut) + (len(cut) if cut == "的通知" else 0)
    width = rng.randint(30, 48)
    preamble = [f"本报告依据{issuer}{notice[:at]}", f"{notice[at:]}要求编制。本报告所列数据的统计期限为{year}年1月1日至"
                f"{year}年12月31日。"]
    rest = ["一、总体情况", f"{year}年，我局坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。", *_cut_items(rng, "我局")]
    return [*preamble[:1], *_wrapped(preamble[1:], width), *_wrapped(rest, width)], None, year


def _loose_period(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year = _place(rng), rep.year
    body = place + rng.choice(_DEPARTMENTS)
    period = rng.choice(_LOOSE).format(y=year)
    lines = [f"{body}政府信息公开工作年度报告",
             f"本报告依据《中华人民共和国政府信息公开条例》编制。本报告所列数据{rng.choice(_PERIOD_WORDS)}{period}。",
             "一、总体情况", "本年度，我局坚持以公开为常态、不公开为例外，扎实推进政府信息公开工作。", *_cut_items(rng, "我局")]
    return lines, body, year


def _title_year_off(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    place, year = _place(rng), rep.year
    body = place + rng.choice(_DEPARTMENTS)
    lines = [f"{body}{year - 1}年政府信息公开工作年度报告",
             f"本报告依据《中华人民共和国政府信息公开条例》编制。所列数据统计期限为{year}年1月1日至{year}年12月31日。",
             "一、总体情况", f"{year}年，我局扎实推进政府信息公开工作。",
             f"（一）主动公开。{year}年主动公开政府信息{rng.randint(20, 900)}条。"]
    return lines, body, year


def _data_period_preamble(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    said = rng.choice(("报告统计数据时间为", "报告所列数据的统计期限为", "报告中所列数据统计时限为", "报告数据统计期限为"))
    lines = [f"根据《中华人民共和国政府信息公开条例》有关要求，我委结合工作实际，完善相关制度，规范公开渠道。{said}{year}年1月1日"
             f"至{year}年12月31日。", "一、总体情况", f"{year}年，我委在上级的领导下，持续深化政府信息公开工作。"]
    return lines, None, year


def _format_items_lines(rng: random.Random) -> list[str]:
    return ["一、总体情况", f"（一）{rng.choice(('组织领导', '工作机制', '队伍建设'))}。我镇明确专人负责，完善了信息发布审核制度。",
            f"（二）主动公开。围绕法定公开范围，聚焦财政、民生等重点领域，全年累计主动公开政府信息{rng.randint(20, 600)}条。",
            f"（三）依申请公开。建立健全申请接收、登记、办理和答复流程，全年收到申请{rng.randint(0, 20)}件。"]


def _format_items_no_year(rng: random.Random, rep: Report) -> tuple[list[str], None, None]:
    return _format_items_lines(rng), None, None


def _format_items_summary(rng: random.Random) -> list[str]:
    lines = _format_items_lines(rng)
    return [lines[0], rng.choice(("现将全年政务公开工作总结如下。", "现将有关情况汇报如下。")), *lines[1:]]


def _unnumbered_summary(rng: random.Random) -> list[str]:
    lines, _, year = _unnumbered_old_lines(rng)
    return [*lines[:2], f"现将{year}年政府信息公开工作总结如下。", *lines[2:]]


def _old_items_summary(rng: random.Random) -> list[str]:
    if rng.random() < 0.5:
        return _old_overview_lines(rng, tools=False)
    return [*_old_overview_lines(rng, tools=True), "以上是我县政府信息公开工作总结，不足之处请批评指正。"]


def _wrapped_notice(rng: random.Random) -> list[str]:
    place, year = _place(rng), rng.randint(2019, 2024)
    lines = [f"各{rng.choice(('县区', '乡镇'))}人民政府，{place}直各部门：",
             # the body citing its superior's notice of the same name: the title's words again, inside brackets
             f"按照市政务公开办公室《关于做好{year}年度政府信息公开工作年度报告编制发布工作的通知》要求，现将有关事项通知如下。",
             "一、报送时间", f"各单位应于{year + 1}年1月31日前将年度报告报送{place}政务公开办公室。"]
    return [f"关于做好{year}年度政府信息公开工作年度报告编制发布工作的通知", *_wrapped(lines, rng.randint(30, 48))]


def _key_points_account(rng: random.Random) -> list[str]:
    place, year = _place(rng), rng.randint(2016, 2023)
    done = rng.choice(("落实情况", "完成情况", "贯彻落实情况"))
    title = f"{place}{year}年政务公开工作要点{done}报告"
    lines = [f"公开目录：政府信息公开年报 发布机构：{place}人民政府办公室", f"标题：{title}"] if rng.random() < 0.5 else []
    return [*lines, title, f"根据上级关于{year}年政务公开工作要点的分工要求，现将{place}{year}年政务公开工作要点{done}报告如下：",
            f"一、{year}年政务公开工作要点{done}", f"{year}年，{place}认真贯彻政务公开各项要求，全面推进决策、执行、管理、服务、结果公开。",
            f"（一）全年主动公开政府信息{rng.randint(200, 9000)}条，及时回应社会关切。"]


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
DETECT18_SHAPES = {"compiled_preamble": _compiled_preamble, "unnumbered_old_part": _unnumbered_old_part,
                   "old_overview_items": _old_overview_items, "wrapped_citation": _wrapped_citation,
                   "loose_period": _loose_period, "title_year_off": _title_year_off,
                   "data_period_preamble": _data_period_preamble, "format_items_no_year": _format_items_no_year}
# The look-alikes' writers, as ``nianbao.synth.detect_pages`` calls them: rng → lines.
DETECT18_LOOKALIKES = {"unnumbered_summary": _unnumbered_summary, "old_items_summary": _old_items_summary,
                       "wrapped_notice": _wrapped_notice, "format_items_summary": _format_items_summary,
                       "key_points_account": _key_points_account}
