"""Page shapes for report detection (classes first seen on the sealed set heldout17 and in the detect20 survey):
three reports cut short that say little of themselves, and two look-alikes laid out as a report's beginning. Every
sentence is nianbao's own. Each shape gives lines and the facts the page states.

Reports (``DETECT_KINDS``, written in the ``hidden`` family by ``DETECT_SHAPES``; each page names no body, so (lines, None, year)):

- ``contact_cut``: a page whose only words above 一、总体情况 are the report's contact line ('如对本报告有任何疑问，
  请与…联系'), cut after the overview's first item;
- ``turned_items``: a county-wide report opening at 一、总体情况, its items '（一）政府信息主动公开情况' and
  '（二）办理政府信息依申请公开情况', the year only in the text;
- ``old_lead``: an untitled pre-2019 report opening on a lead paragraph on the body's year of 政府信息公开 work,
  its own headings (not the old outline's) right under it.
- ``points_cut`` (sealfix3d, heldout18/23): a page opening at 一、总体情况 whose overview goes on in points on 公开
  work ('一是…主动公开…', '二是…依申请公开…') or under a lead whose year stands on a line of its own ('YEAR年，' then
  the sentence), cut there;
- ``university_report``: a university's report under the 高等学校信息公开办法 over an academic year ('YEAR-YEAR学年',
  9月1日 to 8月31日), titled or not, naming no body: a report of the year its academic year ends in;
- ``old_chrome_cut``: an untitled pre-2019 report cut before its title and first part, under a site's search-box
  chrome, opening at '二、主动公开政府信息情况' on the body's year of work.
- ``first_item_cut`` (sealfix5d, heldout27): a page opening at 一、总体情况 on a dated lead on the body's 政府信息公开 work,
  cut after the overview's first item, which names 公开 work.
- ``format_overview_cut`` (detect25): a page opening at the format's 一、总体情况 whose overview opens (in a lead, or
  in its first item) on the year's 政府信息公开 work, cut there or going on in an item on the body's own work.
- ``account_then_format`` (detect26): an untitled page opening at its overview — 一、总体情况, or another first heading
  (一、概述, 一、基本情况, 一、总体工作情况) — whose lead may say '现将…总结如下', then the format's own headings
  (二、主动公开政府信息情况, 三、收到和处理政府信息公开申请情况) with a line or none under them;
- ``one_line_overview`` (detect26): a crawler's one-line text of a page opening at 一、总体情况, its lead and items
  ('（一）主动公开 …。（二）依申请公开 …', or '一是…。二是…') run together on the line.

Look-alikes (``LOOKALIKE_KINDS``, written in the ``not_report`` family as bare lines):

- ``blank_year_template``: a 范文 from a document site, '20xx年度，xx镇…现将工作情况报告如下', titled as a report;
- ``old_lead_briefing``: the ``old_lead`` page whose lead says it is a 汇报 or a 总结 ('现将有关情况汇报如下');
- ``news_byline``: news of a province publishing its report, a reporter's byline in brackets
  (``nianbao.synth.lead_pages``).
- ``news_day_lead``: news of a province publishing its report, its lead opening on the day ('28日，…发布…年度报告')
  and telling what the report shows ('报告显示，…'), no byline;
- ``publication_account``: a city's account of which units published their reports (title '…年度报告公布情况');
- ``other_work_report``: another year's report laid out alike ('现将…法治政府建设工作情况报告如下');
- ``latin_summary``: a summary in English under a report's Chinese title;
- ``compiling_standard`` (sealfix5d, heldout27): a province's standard on compiling the reports (its 'DB../T' number,
  '本标准规定了…');
- ``quarter_self_check`` (sealfix5d, heldout26): a quarter's 政务公开 self-check report on a document site, its lines
  run together;
- ``overview_account`` (detect25): a year-end 总结 or 汇报 laid out as ``format_overview_cut``, its lead saying what it
  is ('现将全年工作总结如下', '现将有关情况汇报如下');
- ``account_one_line`` (detect26): the same 总结 or 汇报 as a crawler's one line, or going on under headings of its own
  (二、主要做法, 三、存在问题) rather than the format's;
- pages about the reports (``nianbao.synth.about_pages``): a headline that the year's best reports were chosen,
  guidance on what a report must hold, a 范文 site's account with its dates masked, a paper's abstract.

sealfix6d (heldout29 and heldout30's misses), reports:

- ``chrome_overview``: an untitled page whose only lines above 一、总体情况 are a portal's frame (menu entries, a share
  prompt, the site's footer with its 版权所有 and ICP number), the overview opening on the year's work;
- ``made_as_report``: an untitled page whose lead says the report is made below ('现将…年度报告编制如下') and asks those
  with questions on it ('若对报告有任何疑问') to call, then 一、总体情况 in items of the body's own work;
- ``university_parts``: a university's untitled report whose preamble lists its parts and says they make its 信息公开
  工作报告 ('现将…形成信息公开工作报告'), then its first part's heading: a report whose year is unknown;
- ``old_middle``: a pre-2019 report's middle page, opening at a numbered item and keeping the old outline's
  '（一）公开的主要内容' / '（二）公开形式' or '（二）依申请公开政府信息情况' with the year's figures;

and the look-alikes ``chrome_account`` (the ``chrome_overview`` frame above a 总结 that says so) and ``old_middle_summary``
(the ``old_middle`` page closing on '以上是…工作总结').

A public institution's own report (``nianbao.synth.about_pages``): ``hospital_report``, a hospital naming itself 我院.

detect27 (``nianbao.synth.short_heading_pages``): the reports ``short_heading_cut`` and ``old_middle_numbered``, the
look-alike ``short_heading_account``; a crawler's one-line page whose title runs on (``nianbao.synth.run_on_title_pages``):
the report ``run_on_report`` and the look-alikes ``run_on_template``, ``run_on_submission``, ``run_on_publication`` and
``run_on_abstract``.

sealfix7d (``nianbao.synth.masked_head_pages``): reports whose head is masked (a mirror's empty tags above the title, a
menu list above an old report's second page, a school's name taken out, a lead citing the 条例 over a first heading
naming the year) and the look-alikes laid out alike.

detect13 (``nianbao.synth.named_overview_pages``): the reports ``named_overview_cut`` and ``school_outline``, the
look-alike ``outline_notice``.

The integrator's heldout47–48 look-alikes (``nianbao.synth.sealed17_pages``): ``named_report_shows`` (an account opening on a
named report that shows something) and ``published_already`` (news that a bracketed report 已于…公布).

detect18's look-alikes (``nianbao.synth.detect18_pages``): ``unnumbered_summary``, ``old_items_summary``,
``wrapped_notice``.
"""

from __future__ import annotations

import random

from nianbao.synth.about_pages import ABOUT_KINDS, ABOUT_PAGES, INSTITUTION_KINDS, INSTITUTION_SHAPES
from nianbao.synth.lead_pages import LEAD_OLD_KINDS, NEWS_KINDS, news_byline
from nianbao.synth.masked_head_pages import MASKED_KINDS, MASKED_LOOKALIKE_KINDS, MASKED_LOOKALIKES, MASKED_SHAPES
from nianbao.synth.model import Report
from nianbao.synth.named_overview_pages import NAMED_KINDS, NAMED_LOOKALIKE_KINDS, NAMED_LOOKALIKES, NAMED_SHAPES
from nianbao.synth.reformed_pages import REFORMED_KINDS, REFORMED_LOOKALIKE_KINDS, REFORMED_LOOKALIKES, REFORMED_SHAPES
from nianbao.synth.run_on_title_pages import RUN_ON_KINDS, RUN_ON_LOOKALIKE_KINDS, RUN_ON_LOOKALIKES, RUN_ON_SHAPES
from nianbao.synth.sealed17_pages import SEALED17_LOOKALIKE_KINDS, SEALED17_LOOKALIKES, SEALED17_OLD_KINDS
from nianbao.synth.detect18_pages import DETECT18_LOOKALIKE_KINDS, DETECT18_LOOKALIKES, DETECT18_OLD_KINDS
from nianbao.synth.short_heading_pages import SHORT_KINDS, SHORT_LOOKALIKE_KINDS, SHORT_LOOKALIKES, SHORT_SHAPES
from nianbao.synth.own_items_pages import (OWN_ITEMS_KINDS, OWN_ITEMS_LOOKALIKE_KINDS, OWN_ITEMS_LOOKALIKES,
                                          OWN_ITEMS_SHAPES)

DETECT_KINDS = ("contact_cut", "turned_items", "old_lead", "points_cut", "university_report", "old_chrome_cut",
                "first_item_cut", "format_overview_cut", "account_then_format", "one_line_overview", "chrome_overview", "made_as_report", "university_parts",
                "old_middle", *INSTITUTION_KINDS, *SHORT_KINDS, *RUN_ON_KINDS, *MASKED_KINDS, *NAMED_KINDS, *REFORMED_KINDS,
                *OWN_ITEMS_KINDS)
LOOKALIKE_KINDS = ("blank_year_template", "old_lead_briefing", *NEWS_KINDS, "news_day_lead", "publication_account",
                   "other_work_report", "latin_summary", "compiling_standard", "quarter_self_check", "overview_account",
                   "account_one_line", "chrome_account", "old_middle_summary", *ABOUT_KINDS, *SHORT_LOOKALIKE_KINDS,
                   *RUN_ON_LOOKALIKE_KINDS, *MASKED_LOOKALIKE_KINDS, *NAMED_LOOKALIKE_KINDS,
                   *REFORMED_LOOKALIKE_KINDS, *OWN_ITEMS_LOOKALIKE_KINDS, *SEALED17_LOOKALIKE_KINDS,
                   *DETECT18_LOOKALIKE_KINDS)
# a report of its own year before 2019, whatever the sampled report's (heldout21's too: ``nianbao.synth.lead_pages``;
# school_outline on one of its old academic years)
OLD_LEAD_KINDS = ("old_lead", "old_chrome_cut", "old_middle", "old_middle_numbered", "menu_old_cut", "named_overview_cut",
                  "school_outline", *LEAD_OLD_KINDS, *SEALED17_OLD_KINDS, *DETECT18_OLD_KINDS)

_BODIES = ("我局", "我委", "我办", "我镇", "我乡")
_OLD_HEADINGS = (("一、加强组织领导，健全工作机构", "二、规范公开内容，拓宽公开渠道", "三、依申请公开和收费情况"),
                 ("一、领导重视，机构健全", "二、突出重点，扎实公开", "三、申请办理及复议诉讼情况"),
                 ("一、健全工作机制", "二、主动公开信息", "三、依申请公开工作"))


def _contact_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    contact = rng.choice(("如对本报告有任何疑问，请与本机关政府信息公开工作机构联系（电话：{tel}）。",
                          "如对本年度报告有疑问，请联系本单位办公室，电话：{tel}，邮编：{code}。",
                          "若对本年报有任何意见，可致电{tel}。")).format(
        tel=f"0{rng.randint(100, 999)}-{rng.randint(5550000, 5559999)}", code=rng.randint(100000, 999999))
    lead = f"{year}年，{body}认真贯彻落实《中华人民共和国政府信息公开条例》，持续完善信息公开制度建设。"
    return [contact, "一、总体情况", lead, "（一）主动公开情况", f"网站全年主动公开政府信息{rng.randint(3, 900)}条。"], None, year


def _turned_items(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    lines = ["一、总体情况", "（一）政府信息主动公开情况",
             f"一是依法主动公开政府信息。{year}年，各乡镇和县级各部门认真落实《条例》要求，全县共公开政府信息"
             f"{rng.randint(500, 5000)}条。二是做好决策信息公开。全县开展重大决策预公开{rng.randint(1, 9)}次。",
             rng.choice(("（二）办理政府信息依申请公开情况", "（二）政府信息依申请公开情况")),
             f"全县共受理政府信息公开申请{rng.randint(0, 40)}件，均在法定时限内办结。"]
    return lines, None, year


def _old_year(rng: random.Random) -> int:
    return rng.randint(2009, 2018)


def _old_body(rng: random.Random, year: int, body: str) -> list[str]:
    headings = rng.choice(_OLD_HEADINGS)
    return [headings[0], f"{body}成立了政府信息公开工作领导小组，办公室负责日常工作，明确专人负责信息发布。",
            headings[1], f"全年通过门户网站主动公开政府信息{rng.randint(10, 300)}条。",
            headings[2], f"{year}年度{body}未收到政府信息公开申请，未收取任何费用。"]


def _old_lead(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = _old_year(rng), rng.choice(_BODIES)
    lead = rng.choice(("{y}年，{b}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作，工作透明度进一步提高。",
                       "{y}年以来，{b}按照《政府信息公开条例》要求，把政府信息公开工作列入重要议事日程，各项工作有序开展。",
                       "{y}年度，{b}以《中华人民共和国政府信息公开条例》为依据，积极推进政府信息公开工作。"))
    return [lead.format(y=year, b=body), *_old_body(rng, year, body)], None, year


def _blank_year_template(rng: random.Random) -> list[str]:
    blank = rng.choice(("20xx年度", "20XX年", "xxxx年度", "20××年"))
    title = rng.choice(("乡镇年度政府信息公开工作情况报告", "镇政府信息公开工作年度报告", "xx局政府信息公开工作报告"))
    return [title, f"{blank}，xx镇在县委、县政府的领导下，按照《中华人民共和国政府信息公开条例》要求，扎实推进政府信息公开工作。"
            "现将工作情况报告如下：", "一、主要做法", "（一）强化组织领导",
            "调整充实了政府信息公开领导小组，明确专人负责。", "二、存在问题", "公开内容还不够全面。"]


def _old_lead_briefing(rng: random.Random) -> list[str]:
    year, body = _old_year(rng), rng.choice(_BODIES)
    lead = rng.choice(("{y}年，{b}按照上级要求做好政府信息公开工作，现将有关情况汇报如下：",
                       "{y}年，{b}政府信息公开工作在领导班子的重视下有序推进，现将全年工作总结如下："))
    return [lead.format(y=year, b=body), *_old_body(rng, year, body)]


def _points_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    proactive = f"{year}年，{body}通过门户网站主动公开政府信息{rng.randint(5, 600)}条。"
    if rng.random() < 0.5:
        lines = ["一、总体情况", f"一是做好主动公开。{body}及时发布工作动态和政策文件。{proactive}",
                 f"二是规范依申请公开。{body}完善申请受理和答复流程，全年收到政府信息公开申请{rng.randint(0, 20)}件。"]
    else:
        lines = ["一、总体情况", f"{year}年，", f"{body}坚持以公开为常态，扎实推进政务公开工作，不断提升公开实效。",
                 "（一）加强组织领导，夯实工作基础", f"{body}调整了政务公开工作领导小组，明确专人负责。",
                 "（二）围绕中心工作，深化重点公开", proactive]
    return lines, None, year


def _university_report(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year - 1  # the academic year that ends in the report's year
    span = f"{year}{rng.choice(('-', '—'))}{year + 1}学年"
    lines = [rng.choice((f"本报告依据《中华人民共和国政府信息公开条例》和《高等学校信息公开办法》编制，所列数据的统计期限为"
                         f"{year}年9月1日至{year + 1}年8月31日。",
                         f"根据《高等学校信息公开办法》要求，现将我校{span}信息公开工作情况报告如下。")),
             "一、概述", "本学年学校进一步规范信息公开工作，完善信息公开目录。", "二、主动公开情况",
             f"学校通过门户网站和校报公开各类信息{rng.randint(50, 900)}条。"]
    if rng.random() < 0.5:
        lines.insert(0, f"{span}信息公开工作年度报告")
    return lines, None, year + 1


def _old_chrome_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = _old_year(rng)
    return [rng.choice(("选择搜索类型", "搜索类型")), "请输入搜索", "二、主动公开政府信息情况",
            f"{year}年，我市各级政府共主动公开政府信息{rng.randint(1000, 40000)}条，其中市政府网站公开政府信息"
            f"{rng.randint(100, 999)}条。", "一是升级政府门户网站栏目，使其成为政府信息公开的主要平台。",
            f"二是通过政府公报公开政府信息，{year}年印发公报{rng.randint(4, 12)}期。",
            "三、依申请公开政府信息情况", f"{year}年，全市共受理政府信息公开申请{rng.randint(10, 300)}件。"], None, year


def _news_day_lead(rng: random.Random) -> list[str]:
    year, day = rng.randint(2016, 2024), rng.randint(10, 28)
    province = rng.choice(("云岚省", "青川省", "澜江省"))
    return [f"{province}公布{year}年政府信息公开工作年度报告", f"{year + 1}-03-{day} 09:30 来源：某某日报",
            f"{rng.choice((f'{day}日', '日前', '近日'))}，{province}人民政府向社会公布了{year}年政府信息公开工作年度报告。",
            f"报告显示，{year}年全省各级行政机关累计主动公开政府信息{rng.randint(10, 90)}万条。"]


def _publication_account(rng: random.Random) -> list[str]:
    year, units = rng.randint(2019, 2024), rng.randint(20, 60)
    return [f"青岚市{year}年政府信息公开工作年度报告公布情况", f"发布时间：{year + 1}-02-0{rng.randint(1, 9)}",
            f"按照年度报告格式要求，我市组织各责任单位编制并发布{year}年度政府信息公开工作年度报告。"
            f"现将青岚市{year}年政府信息公开工作年度报告公布情况报告如下：",
            f"一、我市应公布年度报告单位{units}个，均已按时公布。", "二、各单位均在政府网站的指定栏目发布年度报告。"]


def _other_work_report(rng: random.Random) -> list[str]:
    year = rng.randint(2019, 2024)
    work = rng.choice(("法治政府建设", "安全生产", "平安建设"))
    return [f"根据上级有关规定，现将县人民政府{year}年{work}工作情况报告如下。", "一、主要成效",
            f"{year}年，县人民政府认真落实{work}各项部署，扎实推进{work}工作。", f"（一）加强{work}的组织领导",
            "1.深入学习有关精神，领导班子带头学习。"]


def _latin_summary(rng: random.Random) -> list[str]:
    year = rng.randint(2015, 2024)
    return [f"{rng.choice(('水运部', '林草部', '海洋渔业部'))}{year}年政府信息公开工作年度报告", f"Source · {year + 1}-04-02",
            "Overview - The report describes how the ministry improved government transparency and public engagement "
            f"in {year}, publishing lists of administrative powers and regulatory documents on its website.",
            "Key points - The ministry handled a number of disclosure requests within the legal time limits and "
            "expanded its online channels for policy interpretation and public consultation."]


def _first_item_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    lead = rng.choice((f"{year}年，{body}政府信息公开工作坚持以人民为中心，认真落实上级部署，不断提升规范化水平。",
                       f"{year}年，{body}按照《中华人民共和国政府信息公开条例》要求，围绕中心工作推进政务公开。"))
    item = rng.choice(("（一）服务大厅主动公开。在大厅和门户网站公布进驻事项和办事流程。",
                       "（一）规范运行，提升政务公开水平。及时调整更新职责清单。", "1.主动公开情况"))
    return ["一、总体情况", lead, item], None, year


_OWN_WORK = ("夯实业务基础。完成年度报表审核，组织开展业务培训两期。", "加强队伍建设。调整充实工作人员，明确专人负责日常工作。",
             "推进重点工作。围绕年度目标任务，逐项细化分解并督促落实。")


def _years_disclosure_lead(rng: random.Random, year: int, body: str) -> str:
    return rng.choice((f"{year}年，{body}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
                       "扎实推进政府信息公开工作。",
                       f"{year}年以来，{body}政府信息公开工作在上级部署下有序开展，公开质量和实效进一步提升。",
                       f"{year}年度，{body}按照《政府信息公开条例》要求，稳步推进政府信息公开各项工作。"))


def _format_overview_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    lead, item = _years_disclosure_lead(rng, year, body), rng.choice(_OWN_WORK)
    shape = rng.choice(("lead", "lead_item", "first_item"))
    if shape == "first_item":  # the overview opens on its first item, which tells the year's disclosure work
        return ["一、总体情况", f"（一）{lead}", f"（二）{item}"], None, year
    return ["一、总体情况", lead, *((f"（一）{item}",) if shape == "lead_item" else ())], None, year


def _overview_account(rng: random.Random) -> list[str]:
    year, body = rng.randint(2019, 2024), rng.choice(_BODIES)
    said = rng.choice(_ACCOUNT_SAID)
    return ["一、总体情况", _years_disclosure_lead(rng, year, body) + said,
            *(f"（{n}）{w}" for n, w in zip("一二", rng.sample(_OWN_WORK, 2)))]


_ACCOUNT_SAID = ("现将全年工作总结如下：", "现将有关情况汇报如下。", "现将工作开展情况总结如下。")


def _account_then_format(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    first = rng.choice(("一、总体情况", "一、概述", "一、基本情况", "一、总体工作情况"))
    lead = _years_disclosure_lead(rng, year, body) + rng.choice(("", *_ACCOUNT_SAID))
    proactive = rng.choice(("", f"本年度通过门户网站主动公开政府信息{rng.randint(12, 900)}条。"))
    return [first, lead, f"（一）{rng.choice(_OWN_WORK)}", "二、主动公开政府信息情况", *((proactive,) if proactive else ()),
            "三、收到和处理政府信息公开申请情况"], None, year


def _one_line_overview(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    lead = _years_disclosure_lead(rng, year, body)
    shown, asked = rng.randint(12, 900), rng.randint(0, 9)
    if rng.random() < 0.5:
        items = (f"（一）主动公开 全年通过门户网站主动公开政府信息{shown}条，内容涉及规划计划和工作动态。"
                 f"（二）依申请公开 全年收到政府信息公开申请{asked}件，均在法定期限内答复。")
    else:
        items = (f"一是主动公开政府信息{shown}条，及时更新机构职能和办事指南。"
                 f"二是规范办理依申请公开，全年收到政府信息公开申请{asked}件。")
    return [f"一、总体情况 {lead} {items}"], None, year


def _account_one_line(rng: random.Random) -> list[str]:
    lines = _overview_account(rng)
    if rng.random() < 0.5:
        return [" ".join(lines)]
    return [*lines, "二、主要做法", rng.choice(_OWN_WORK), "三、存在问题", "公开内容还不够全面，更新还不够及时。"]


def _compiling_standard(rng: random.Random) -> list[str]:
    number, year = rng.randint(1000, 3999), rng.randint(2018, 2023)
    province = rng.choice(("青岚", "澜溪", "云岫"))
    return [f"ICS 01.{rng.randint(100, 140)} A 00 DB{rng.randint(11, 65)} {province}省地方标准 "
            f"DB{rng.randint(11, 65)}/T {number}—{year} 政府信息公开工作年度报告编制发布规范",
            "前言", f"本标准由{province}省人民政府办公厅提出并归口。",
            "1 范围", "本标准规定了政府信息公开工作年度报告的编制要求、提交公布和监督考核的要求。"]


def _quarter_self_check(rng: random.Random) -> list[str]:
    year, quarter = rng.randint(2019, 2024), rng.choice("一二三四")
    return [f"{year}年{quarter}季度政务公开工作自查报告某市某局{year}年{rng.randint(3, 12)}月{rng.randint(1, 28)}日"
            f"一、基本情况我局通过门户网站和政务新媒体主动公开信息，本季度主动公开政府信息{rng.randint(20, 900)}条，"
            f"收到政府信息公开申请{rng.randint(0, 6)}件，均在规定时限内答复。"]


_MENU = ("地方性法规", "规章", "行政规范性文件", "其他文件", "机构职能", "工作动态")


def _portal_frame(rng: random.Random) -> list[str]:
    """A portal's frame above an untitled page: menu entries, a share prompt, or its footer."""
    frame = rng.choice(("menu", "share", "footer"))
    if frame == "menu":
        return rng.sample(_MENU, rng.randint(2, 4))
    if frame == "share":
        return [rng.choice(_MENU), "用微信扫一扫，分享给好友和朋友圈"]
    return [f"版权所有：青岚市人民政府 主办单位：青岚市人民政府办公室 网站标识码：{rng.randint(1000000000, 9999999999)}",
            f"地址：青岚市临江路{rng.randint(1, 300)}号 邮编：{rng.randint(100000, 899999)}",
            f"澜ICP备{rng.randint(10000000, 99999999)}号"]


def _chrome_overview(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(_BODIES)
    item = rng.choice(("", f"（一）主动公开情况\n全年主动公开政府信息{rng.randint(5, 900)}条。"))
    return [*_portal_frame(rng), "一、总体情况", _years_disclosure_lead(rng, year, body), *item.split("\n")[: 2 if item else 0]], \
        None, year


def _chrome_account(rng: random.Random) -> list[str]:
    return [*_portal_frame(rng), *_overview_account(rng)]


def _made_as_report(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, body = rep.year, rng.choice(("我镇", "我乡", "我街道"))
    made = rng.choice(("现将全年政府信息公开年度报告编制如下", "现将本年度政府信息公开工作报告公布如下"))
    lead = (f"{year}年度，{body}按照上级关于政务公开工作的部署，落实专人负责，稳步推进政务公开工作。{made}，若对报告有任何"
            f"疑问，请与{body}党政办公室联系（电话：0{rng.randint(100, 999)}-{rng.randint(5550000, 5559999)}）。")
    return [lead, "一、总体情况", f"（一）{rng.choice(_OWN_WORK)}", f"（二）{rng.choice(_OWN_WORK)}"], None, year


def _university_parts(rng: random.Random, rep: Report) -> tuple[list[str], None, None]:
    parts = "、".join(rng.sample(("工作举措", "主动公开情况", "依申请公开和不予公开情况", "评议情况", "存在的主要问题及改进措施"), 4))
    lead = (f"为贯彻落实《高等学校信息公开办法》和教育厅关于做好高校信息公开年度报告工作的通知要求，学校认真做好信息公开工作。"
            f"现将学校本学年信息公开的{parts}形成{rng.choice(('信息公开工作报告', '信息公开年度报告'))}。具体情况如下：")
    return [lead, "一、推进信息公开的工作举措", "（一）加强组织建设", "本学年学校调整了信息公开工作领导小组，明确职责分工。"], None, None


def _old_middle_lines(rng: random.Random, year: int) -> list[str]:
    if rng.random() < 0.5:
        return ["（一）公开的主要内容", f"{year}年，我局主动公开政府信息{rng.randint(30, 2000)}条，其中工作动态信息占多数。",
                "（二）公开形式", f"1.门户网站。{year}年，我局对门户网站进行了改版，及时发布各类信息。"]
    return [f"{rng.randint(3, 5)}、公共查阅点", "市档案馆和图书馆设立政府信息查阅点，配备电脑和查阅设备。",
            "（二）依申请公开政府信息情况", f"{year}年，全市共受理政府信息公开申请{rng.randint(10, 900)}件，均按时答复。"]


def _old_middle(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = _old_year(rng)
    return _old_middle_lines(rng, year), None, year


def _old_middle_summary(rng: random.Random) -> list[str]:
    year = _old_year(rng)
    return [*_old_middle_lines(rng, year), f"以上是我局{year}年政府信息公开工作总结，不足之处请批评指正。"]


# The reports' writers, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
DETECT_SHAPES = {"contact_cut": _contact_cut, "turned_items": _turned_items, "old_lead": _old_lead,
                 "points_cut": _points_cut, "university_report": _university_report, "old_chrome_cut": _old_chrome_cut,
                 "first_item_cut": _first_item_cut, "format_overview_cut": _format_overview_cut,
                 "account_then_format": _account_then_format, "one_line_overview": _one_line_overview,
                 "chrome_overview": _chrome_overview, "made_as_report": _made_as_report,
                 "university_parts": _university_parts, "old_middle": _old_middle, **INSTITUTION_SHAPES,
                 **SHORT_SHAPES, **RUN_ON_SHAPES, **MASKED_SHAPES, **NAMED_SHAPES, **REFORMED_SHAPES, **OWN_ITEMS_SHAPES}
_LOOKALIKES = {"blank_year_template": _blank_year_template, "old_lead_briefing": _old_lead_briefing,
               "news_byline": news_byline, "news_day_lead": _news_day_lead, "publication_account": _publication_account,
               "other_work_report": _other_work_report, "latin_summary": _latin_summary,
               "compiling_standard": _compiling_standard, "quarter_self_check": _quarter_self_check,
               "overview_account": _overview_account, "account_one_line": _account_one_line,
               "chrome_account": _chrome_account, "old_middle_summary": _old_middle_summary, **ABOUT_PAGES,
               **SHORT_LOOKALIKES, **RUN_ON_LOOKALIKES, **MASKED_LOOKALIKES, **NAMED_LOOKALIKES,
               **REFORMED_LOOKALIKES, **OWN_ITEMS_LOOKALIKES, **SEALED17_LOOKALIKES,
               **DETECT18_LOOKALIKES}


def lookalike_page(rep: Report, kind: str) -> list[str]:
    """The lines of a look-alike (one of ``LOOKALIKE_KINDS``) drawn with ``rep``'s seed: no report."""
    return _LOOKALIKES[kind](random.Random(f"{rep.seed}:detect20:{kind}"))
