"""Page shapes of detect14's classes: an untitled report of a body the 2018 reform made, a report with its English
translation under its Chinese preamble, and a document site's bundle of 总结 counted bare. Every sentence is
nianbao's own. Each report shape gives (lines, None, year): no body is named.

Reports (``REFORMED_KINDS``, written in the ``hidden`` family by ``REFORMED_SHAPES``):

- ``reformed_body_cut`` (heldout36/44): an untitled page opening at 一、总体情况 whose lead tells the year the body was
  founded or reorganised ('为YYYY年机构改革新组建的机构', '成立于YYYY年', 'YYYY年新组建') beside the year it reports
  on, named only in the overview's sentences — the founding year is the body's history, not the report's year;
- ``bilingual_preamble`` (heldout36/47): an untitled report whose Chinese preamble (the report speaking of itself, its
  period, its contact) comes first, then the same preamble in English, longer in letters than the Chinese is in
  characters — a bilingual report, no summary in Latin letters.

Look-alike (``REFORMED_LOOKALIKE_KINDS``, bare lines): ``bare_count_bundle`` (detect14/25), a document site's bundle of
year-end 总结 headed '…工作总结N篇' (the count bare, no brackets), each piece marked '【篇一】', whose first piece says
'现将…工作报告如下'; ``other_work_account`` (heldout40/39), an untitled account of another year's work (法治政府建设,
安全生产, 营商环境) ending its lead '现将有关情况报告如下' with no word of 公开.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report

REFORMED_KINDS = ("reformed_body_cut", "bilingual_preamble")
REFORMED_LOOKALIKE_KINDS = ("bare_count_bundle", "other_work_account")

_NEW_BODIES = ("我局", "本局", "我委")
_FOUNDED = ("为{f}年机构改革新组建的机构", "于{f}年机构改革中组建", "成立于{f}年", "系{f}年新组建的部门")
_SETUP = ("一是建立政务公开工作机制，明确分管领导和专人负责，办公室牵头协调各科室共同推进。",
          "一是成立政务公开工作领导小组，主要负责同志负总责，各科室明确一名信息员。")
_CHANNELS = ("二是开通门户网站和政务新媒体，设置政策文件、政策解读、通知公告等栏目。",
             "二是完善信息发布审核流程，坚持先审后发，确保公开内容准确规范。")


def _reformed_body_cut(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = max(rep.year, 2019)  # the format's first heading 总体情况 is the 2019 outline's
    founded, body = rng.randint(2016, year - 1), rng.choice(_NEW_BODIES)
    history = rng.choice(_FOUNDED).format(f=founded)
    lead = (f"{body}{history}，成立后高度重视政务公开工作，不断健全信息公开制度，加强公开平台建设，"
            "政府信息公开工作取得一定成效。")
    lines = ["一、总体情况", lead, rng.choice(_SETUP) + rng.choice(_CHANNELS),
             f"三是加强政策宣传，{year}年{body}通过门户网站和微信公众号发布工作信息{rng.randint(20, 600)}条。"]
    if rng.random() < 0.5:
        lines.append(f"四是做好依申请公开，{year}年共收到政府信息公开申请{rng.randint(0, 40)}件，均按时答复。")
    return lines, None, year


_ENGLISH = ("This report is compiled in accordance with the Regulations of the People's Republic of China on the "
            "Disclosure of Government Information and the local provisions, on the basis of the annual reports of the "
            "districts and of the departments of the municipal government.",
            "It covers the key work of government information disclosure in {y}, the release and interpretation of "
            "information in key areas, the shortcomings found and the work planned for the next year, together with "
            "the figures on voluntary disclosure, responses, disclosure upon request, administrative reconsideration "
            "and administrative litigation.",
            "The statistics listed in this report cover the period from January 1, {y} to December 31, {y}. The "
            "electronic version of this report can be downloaded from the municipal government portal. Questions about "
            "the report may be sent to the municipal office for government information and government affairs "
            "disclosure, whose address, postcode, telephone number and e-mail are given above.")


def _bilingual_preamble(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    chinese = [f"本报告根据政府信息公开条例和本市有关规定的要求，在{year}年度各区和市政府各部门政府信息公开工作年度报告的基础上"
               "汇总编制。",
               f"全文包括{year}年本市政务公开重点工作情况、重点领域信息发布和解读情况、存在的不足和下一年度的工作安排，以及"
               "主动公开、回应解读、依申请公开、行政复议和行政诉讼等方面的数据。",
               f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告的电子版可在市政府门户网站下载。"
               "如对本报告有疑问，请与市政府信息和政务公开办公室联系。",
               f"联系电话：{rng.randint(20000000, 89999999)}"]
    english = [s.format(y=year) for s in _ENGLISH]
    return [*chinese, *english], None, year


_KINDS_OF_BODY = ("区统计局", "县水利局", "镇人民政府", "市民政局", "区司法局")


def _bare_count_bundle(rng: random.Random) -> list[str]:
    year, n = rng.randint(2015, 2024), rng.randint(3, 30)
    heading = rng.choice((f"{year}年政务公开工作总结{n}篇", f"政务公开年终总结范文{n}篇", f"{year}年信息公开工作总结汇编{n}篇"))
    marker = rng.choice(("【篇一】", "[篇一]", "【篇1】"))
    return [heading, f"上传时间：{year}-12-{rng.randint(10, 28)}",
            f"{marker}{year}年，{rng.choice(_KINDS_OF_BODY)}认真落实政府信息公开条例，不断拓展公开内容，完善公开制度，"
            f"现将{year}年度政务公开工作报告如下：",
            f"一、主动公开情况。全年主动公开各类信息{rng.randint(20, 800)}条。"]


_OTHER_WORK = ("扎实推进法治政府建设，为全区发展提供坚实法治保障", "认真抓好安全生产工作，全年未发生较大以上事故",
               "持续优化营商环境，市场主体活力不断增强")


def _other_work_account(rng: random.Random) -> list[str]:
    year = rng.randint(2019, 2025)
    body = rng.choice(_KINDS_OF_BODY)
    return [f"{year}年，{body}在上级的正确领导下，{rng.choice(_OTHER_WORK)}，顺利完成年度各项任务。现将有关情况报告如下。",
            "一、提高政治站位，加强组织领导", "一是健全工作机制，主要负责同志亲自部署，分管负责同志具体落实。"]


REFORMED_SHAPES = {"reformed_body_cut": _reformed_body_cut, "bilingual_preamble": _bilingual_preamble}
REFORMED_LOOKALIKES = {"bare_count_bundle": _bare_count_bundle, "other_work_account": _other_work_account}
