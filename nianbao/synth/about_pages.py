"""Page shapes for pages about the reports that read like one, and a public institution's own report (the classes
detect24 met among pages a user's corpus brings for report queries). Every sentence is nianbao's own.

Look-alikes (``ABOUT_KINDS``, written in the ``not_report`` family with ``nianbao.synth.detect_pages``' look-alikes):

- ``best_reports_headline``: news that the year's best reports were chosen ('…优秀年度报告出炉'), under a portal's
  language switch, telling the reports it names;
- ``contents_guidance``: an exam-news site's guidance on what a school's report must hold, its headline '…年度报告要有
  这N类内容' and the report's parts (概述, 主动公开情况) as its own headings;
- ``masked_account``: a 范文 site's copy of an institution's account of its disclosure work, its dates and names
  masked ('XX年8月', '201x年度', 'xxx为组长'), saying '现将有关情况报告如下';
- ``paper_abstract``: a research paper's abstract on the provinces' annual reports (摘要, 本文…, 关键词);
- ``report_catalogue``: a portal column's list of one body's reports, a title and its date a line, and the pager;
- ``rule_of_law_report``: a government's year's 法治政府建设 report, titled so, saying '现将有关情况报告如下' and telling
  its 政务公开 figures first.

Report (``INSTITUTION_KINDS``, written in the ``hidden`` family by ``INSTITUTION_SHAPES``: (lines, None, year)):

- ``hospital_report``: a hospital's report naming itself only 我院, opening on its lead ('…现将政府信息公开工作情况
  报告如下') and the contact line, then 一、总体情况 and its first items.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

ABOUT_KINDS = ("best_reports_headline", "contents_guidance", "masked_account", "paper_abstract", "report_catalogue",
               "rule_of_law_report")
INSTITUTION_KINDS = ("hospital_report",)


def _best_reports_headline(rng: random.Random) -> list[str]:
    year, chosen = rng.randint(2012, 2023), rng.randint(5, 12)
    return [rng.choice(("EN", "繁体", "English")), f"{year}年度政府信息公开优秀年度报告出炉",
            f"{year + 1}-0{rng.randint(5, 9)}-1{rng.randint(0, 9)} 08:52 来源：某某政务网",
            f"{year + 1}年4月起，{year}年度政府信息公开年度报告专题上线，汇集了各省和各部门的年度报告，网友为心目中的好年报投票。",
            f"综合网友投票和专家评议，评出优秀年度报告{chosen}家，其中省级政府{chosen // 2}家。"]


def _contents_guidance(rng: random.Random) -> list[str]:
    parts = rng.randint(5, 9)
    return ["当前位置：首页 > 升学资讯 > 政策", f"{rng.choice(('高校', '学校', '高等学校'))}信息公开年度报告要有这{parts}类内容",
            "小编整理了相关信息，供考生和家长参考。", "做好年度报告编制发布", "各校要按时保质做好年度报告的编制和发布工作。",
            "概述", "主要反映本学年度学校信息公开工作开展的总体情况。", "主动公开情况",
            "主要反映通过学校网站、校报、微博、微信等渠道主动公开信息的情况及相关统计数据。"]


def _masked_account(rng: random.Random) -> list[str]:
    mask = rng.choice(("XX年8月", "xx年3月", "201x年度", "20XX年", "19××年"))
    unit = rng.choice(("我院", "我中心", "我校"))
    return [f"{mask}{unit}被列入政府信息公开单位以来，依照有关要求及时、规范地公开各类信息，现将有关情况报告如下：",
            "一、概述", f"（一）加强组织领导。成立了以xxx为组长的信息公开工作领导小组，{unit}办公室负责日常工作。",
            "（二）规范公开内容。按照公开目录及时更新收费标准、办事流程等信息。"]


def _paper_abstract(rng: random.Random) -> list[str]:
    first = rng.randint(2009, 2016)
    return [rng.choice(("摘要", "【摘 要】", "摘 要：")),
            f"本文通过对若干省级政府{first}-{first + 2}年度政府信息公开工作年度报告的数据统计，分析依申请公开的数量、渠道和答复情况，"
            "进而评价政府信息公开的整体状况。", "关键词：政府信息公开；年度报告；依申请公开"]


def _report_catalogue(rng: random.Random) -> list[str]:
    last, n = rng.randint(2019, 2025), rng.randint(3, 7)
    body = rng.choice(("青石县水利局", "云岚市统计局", "澜江区人民政府", "白沙镇人民政府"))
    word = rng.choice(("政府信息公开工作年度报告", "政府信息公开年报", "政务公开工作年度报告"))
    return ["当前位置：首页 > 政府信息公开 > 年度报告",
            *(f"{body}{y}年{word} {y + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}" for y in range(last, last - n, -1)),
            f"共{n}条 首页 上一页 下一页 尾页"]


def _rule_of_law_report(rng: random.Random) -> list[str]:
    year, body = rng.randint(2019, 2025), rng.choice(("青石县人民政府", "云岚市人民政府", "澜江区人民政府"))
    title = rng.choice((f"{body}{year}年法治政府建设年度报告", f"{body}关于{year}年度法治政府建设情况的报告"))
    return [title, f"{year}年，{body.replace('人民政府', '')}深入推进法治政府建设，现将有关情况报告如下。", "一、主要举措和成效",
            f"（一）深化政务公开。全年主动公开政府信息{rng.randint(300, 5000)}条，办理政府信息公开申请{rng.randint(1, 60)}件。",
            "（二）规范行政执法。全面推行行政执法公示制度。", "二、存在的不足和原因", "基层法治力量还比较薄弱。"]


def _hospital_report(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    tel = f"0{rng.randint(100, 999)}-{rng.randint(5550000, 5559999)}"
    return [f"{year}年，我院高度重视政府信息公开工作，健全工作机构、完善公开内容，有序推进政府信息公开。"
            f"现将政府信息公开工作情况报告如下：如对本报告有任何疑问，可与我院行政办公室联系，电话：{tel}。",
            "一、总体情况", f"（一）主动公开情况。{year}年我院主动公开医院信息{rng.randint(20, 300)}条。",
            "（二）依申请公开情况。全年未收到政府信息公开申请。"], None, year


ABOUT_PAGES = {"best_reports_headline": _best_reports_headline, "contents_guidance": _contents_guidance,
               "masked_account": _masked_account, "paper_abstract": _paper_abstract, "report_catalogue": _report_catalogue,
               "rule_of_law_report": _rule_of_law_report}
# The report's writer, as ``nianbao.synth.hidden_body`` calls them: (rng, report) → (lines, agency, year).
INSTITUTION_SHAPES = {"hospital_report": _hospital_report}
