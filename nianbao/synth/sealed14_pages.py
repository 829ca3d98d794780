"""Page shapes of the classes the integrator's commit 5f23464 read from the sealed sets heldout37–39. The places are
real divisions drawn from the gazetteer (``nianbao.core.places``); every sentence is nianbao's own. Each shape
gives (lines, agency, year) — agency None where the page names no body:

- ``lookalike_word_body``: a city body whose own name holds a look-alike's word (人民政府新闻办公室, 预算评审中心,
  规划展示馆), titled '{body}{year}年政府信息公开工作年度报告': the body;
- ``made_report_untitled``: an untitled page cut short, whose preamble says the report was made (制作/编写/撰写本报告),
  then the lead on the year's work (under 一、总体情况 or not): a report of its year, naming no body;
- ``division_desk``: an untitled report of a city government's 办公厅 whose contact desk is a division inside it
  ('请与某市人民政府办公厅文电处联系'), its overview on the office's own work: the 办公厅;
- ``enterprise_subject``: an untitled report of a city's public enterprise (水务/公交/燃气 集团有限公司), the overview's
  opening sentence having it for subject: the enterprise;
- ``city_government_subject``: a city's report compiled by the government's office (the contact desk), whose
  overview has '某市政府' for subject: the government;
- ``untitled_translation``: an untitled English translation that says it is compiled under the Regulations on the
  Openness of Government Information and opens on 'I. General situation', its year in 'In YEAR, …': no body;
- ``work_carried_out`` (heldout40): a university's academic-year report behind a portal's sidebar, its preamble
  compiling it from the school's year of disclosure work carried out ('根据某大学YEAR年信息公开工作执行情况编制而成'):
  the school and that year.
"""

from __future__ import annotations

import random

from nianbao.synth.model import Report
from nianbao.synth.page_items import real_city

SEALED14_KINDS = ("lookalike_word_body", "made_report_untitled", "division_desk", "enterprise_subject",
                  "city_government_subject", "untitled_translation", "work_carried_out")

_LOOKALIKE_WORD_BODIES = ("人民政府新闻办公室", "预算评审中心", "规划展示馆", "城市规划展示馆", "财政预算评审中心")
_MADE = ("制作", "编写", "撰写")
_DIVISIONS = ("文电处", "综合处", "法规处", "综合一处", "文秘科")
_ENTERPRISES = ("水务集团有限公司", "公共交通集团有限公司", "燃气集团有限公司", "供水有限公司", "公交集团有限责任公司")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")


def _items(rng: random.Random) -> list[str]:
    return ["（一）主动公开", f"全年主动公开政府信息{rng.randint(10, 900)}条。", "（二）依申请公开",
            f"全年新收政府信息公开申请{rng.randint(0, 40)}件，均按期答复。"]


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。"


def _lookalike_word_body(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body, year = real_city(rng) + rng.choice(_LOOKALIKE_WORD_BODIES), rep.year
    lines = [f"{body}{year}年政府信息公开工作年度报告",
             f"本报告依据政府信息公开条例和年度报告格式的要求编制。{_period(year)}", "一、总体情况",
             f"{year}年，{body}认真落实条例要求，围绕本单位职责稳步推进政务公开。", *_items(rng), *_REST]
    return lines, body, year


def _made_report_untitled(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year, verb = rep.year, rng.choice(_MADE)
    if rng.random() < 0.5:  # the preamble, then the lead on the year's work: cut there
        lines = [f"按照上级有关通知的要求，结合本单位实际，{verb}本报告。",
                 f"{year}年，我单位坚持以公开为常态、不公开为例外，把信息公开融入日常工作，全年主动公开政府信息"
                 f"{rng.randint(10, 900)}条。"]
    else:  # the preamble with its period, then the overview's lead: cut there
        lines = [f"现根据政府信息公开条例，{verb}本报告，报告数据统计期限为{year}年全年。", "一、总体情况",
                 f"{year}年，我局稳步推进政务公开工作，不断完善公开制度。"]
    return lines, None, year


def _division_desk(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = real_city(rng), rep.year
    office = city + "人民政府办公厅"
    lines = [f"本报告根据政府信息公开条例编制。{_period(year)}如对本报告有疑问，请与{office}{rng.choice(_DIVISIONS)}联系"
             f"（电话：{rng.randint(1000000, 9999999)}）。", "一、总体情况",
             f"{year}年，市政府办公厅认真落实条例，做好市政府文件和政策解读的发布工作。", *_items(rng), *_REST]
    return lines, office, year


def _enterprise_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    company, year = real_city(rng) + rng.choice(_ENTERPRISES), rep.year
    lines = [f"{year}年，{company}严格落实政府信息公开条例和本市政务公开工作要点，围绕供应服务主业做好信息公开。",
             "一、总体情况", *_items(rng), *_REST]
    return lines, company, year


def _city_government_subject(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    city, year = real_city(rng), rep.year
    office = city + rng.choice(("人民政府办公室", "人民政府办公厅"))
    lines = [f"本报告根据政府信息公开条例编制。{_period(year)}如对本报告有疑问，请与{office}联系。", "一、总体情况",
             f"{year}年，{city}政府坚持以人民为中心，深入推进决策、执行、管理、服务、结果公开。", *_items(rng), *_REST]
    return lines, city + "人民政府", year


def _untitled_translation(rng: random.Random, rep: Report) -> tuple[list[str], None, int]:
    year = rep.year
    self_line = rng.choice((
        "This report is compiled in accordance with the Regulations of the People's Republic of China on the Openness of "
        "Government Information and the annual report format issued by the State Council.",
        "This annual report has been prepared under the Regulations on the Disclosure of Government Information and the "
        "requirements of the provincial government office."))
    lines = [self_line, "It covers the general situation, voluntary disclosure, requests received and handled, reviews and "
             "lawsuits, the main problems and their improvement, and other matters to report.",
             rng.choice(("I. General situation", "I. General Situation", "1. Overall situation")),
             f"In {year}, the bureau carried out the Regulations in full, published {rng.randint(20, 900)} items on its "
             "portal and answered every request within the time limit.",
             "II. Voluntary disclosure of government information",
             f"The bureau issued {rng.randint(1, 30)} normative documents during the year."]
    return lines, None, year


def _work_carried_out(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    school, year = real_city(rng)[:-1] + rng.choice(("大学", "师范大学", "理工大学")), rep.year
    lines = ["信息公开指南", "信息公开目录", "最新公开信息", f"{school}{year - 1}-{year}学年度信息公开工作报告",
             f"本年度报告是按照《高等学校信息公开办法》的要求，根据{school}{year}年信息公开工作"
             f"{rng.choice(('执行', '落实'))}情况编制而成。", "一、概述", "（一）加强信息公开工作组织领导",
             "学校把信息公开工作纳入重要议事日程，成立信息公开领导小组，明确责任部门。"]
    return lines, school, year


SEALED14_SHAPES = {"lookalike_word_body": _lookalike_word_body, "made_report_untitled": _made_report_untitled,
                   "division_desk": _division_desk, "enterprise_subject": _enterprise_subject,
                   "city_government_subject": _city_government_subject, "untitled_translation": _untitled_translation,
                   "work_carried_out": _work_carried_out}
