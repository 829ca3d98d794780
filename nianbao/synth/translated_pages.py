"""Page shapes of sealfix13n's naming classes: a place's own report whose title names only the place while the page
states the body that compiled it, and a report translated into English whole (a mirror's or a translation proxy's
page), whose English title is the one place naming its body. Places are real divisions from the gazetteer
(``nianbao.core.places``); the English names are built from a short list of this module's own; every sentence is
nianbao's own. Each shape gives (lines, agency, year):

- ``place_compiled_office``: '某省YYYY年政府信息公开工作年度报告', '本报告由某省人民政府办公厅编制…', the overview speaking
  of the whole place ('全省…'): the office, as stated (a place is no body);
- ``place_compiled_own``: the same, the overview speaking of the government's own work ('我省…'): the government the
  office compiles for;
- ``english_of_title``: 'Annual Report of <body> on Government Information Disclosure in YYYY', then the report in
  English: the English body and the year;
- ``english_year_first``: 'YYYY Annual Report of <body> on Government Information Openness' under a portal's English
  chrome: the same;
- ``english_body_first``: '<body> YYYY Annual Report on Government Information Disclosure': the same.
"""

from __future__ import annotations

import random

from nianbao.core import places
from nianbao.synth.model import Report

TRANSLATED_KINDS = ("place_compiled_office", "place_compiled_own", "english_of_title", "english_year_first",
                    "english_body_first")
_REST = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
_CITIES = ("Hangzhou", "Chengdu", "Hefei", "Nanning", "Lanzhou", "Kunming", "Harbin", "Fuzhou", "Jinan", "Xining",
           "Taiyuan", "Guiyang", "Changsha", "Wuhan", "Shenyang", "Hohhot")
_LEVELS = ("Municipal", "Provincial", "District", "County")
_KINDS = ("Bureau of Natural Resources", "Health Commission", "Department of Transport", "People's Government",
          "Market Supervision Administration", "Bureau of Ecology and Environment", "Education Department",
          "Development and Reform Commission", "Bureau of Finance", "Water Resources Bureau")
_ENGLISH_REST = ("II. Information Voluntarily Disclosed", "III. Requests for Information Received and Handled",
                 "IV. Administrative Reconsideration and Litigation")


def _period(year: int) -> str:
    return f"本报告所列数据的统计期限为{year}年1月1日至{year}年12月31日。"


def _province(rng: random.Random) -> str:
    return rng.choice([p.name for p in places.of_level("provincial") if p.name.endswith("省")])


def _place_compiled(rng: random.Random, rep: Report, own: bool) -> tuple[list[str], str, int]:
    province = _province(rng)
    office = province + rng.choice(("人民政府办公厅", "政府办公厅"))
    overview = (f"{rep.year}年，我省扎实推进政府信息公开工作。" if own
                else f"{rep.year}年，全省政府信息公开工作稳步推进。")
    lines = [f"{province}{rep.year}年政府信息公开工作年度报告",
             f"本报告根据条例要求，在各市和省直各部门年度报告的基础上，由{office}编制。{_period(rep.year)}", "一、概述",
             overview, f"（一）主动公开。全年主动公开政府信息{rng.randint(100, 9000)}条。", *_REST]
    government = province + "人民政府"
    return lines, government if own else office, rep.year


def _place_compiled_office(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    return _place_compiled(rng, rep, own=False)


def _place_compiled_own(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    return _place_compiled(rng, rep, own=True)


def _english_body(rng: random.Random) -> str:
    return f"{rng.choice(_CITIES)} {rng.choice(_LEVELS)} {rng.choice(_KINDS)}"


def _english_text(rng: random.Random, year: int) -> list[str]:
    return [rng.choice(("This report is prepared in accordance with the Regulations of the People's Republic of China "
                        "on the Disclosure of Government Information.",
                        "This annual report has been compiled under the Regulations on Open Government Information.")),
            f"The statistical period of the data listed in this report is from January 1, {year} to December 31, {year}.",
            "I. General Situation",
            f"(1) Voluntary disclosure. In {year}, {rng.randint(40, 900)} items of information were released on the "
            "portal and its new media accounts.", *_ENGLISH_REST]


def _english_of_title(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = _english_body(rng)
    subject = rng.choice(("Government Information Disclosure", "Government Information Openness",
                          "Government Affairs Information Disclosure"))
    return [f"Annual Report of {body} on {subject} in {rep.year}", *_english_text(rng, rep.year)], body, rep.year


def _english_year_first(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = _english_body(rng)
    chrome = ["Current location: Home > Government Information Disclosure > Annual Reports", "Font: large medium small"]
    return [*chrome, f"{rep.year} Annual Report of {body} on Government Information Openness",
            *_english_text(rng, rep.year)], body, rep.year


def _english_body_first(rng: random.Random, rep: Report) -> tuple[list[str], str, int]:
    body = _english_body(rng)
    return [f"{body} {rep.year} Annual Report on Government Information Disclosure", *_english_text(rng, rep.year)], body, rep.year


TRANSLATED_SHAPES = {"place_compiled_office": _place_compiled_office, "place_compiled_own": _place_compiled_own,
                     "english_of_title": _english_of_title, "english_year_first": _english_year_first,
                     "english_body_first": _english_body_first}
